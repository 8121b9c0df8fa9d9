/**
 * The labelling guide, Settled cases: "attending a group, service, club run for the child or tuition: not specific (S rule 4:
 * provision)" and an outcome joined to it is read on the usual rules; Specific rule 1: a broad word with nothing named is
 * not specific; Measurable rule 1: a score or percentage measures. Review30d's findings on ac2 (src/smart/_specific.ts:
 * ownAct and namesSomething, joinedOutcome, serviceForm and schoolWorkAt, _markOf; src/smart/_analyse.ts reads measures
 * through _markOf): a vague clause after "and" does not end the provision, "will attend" is never the evidence, and school
 * work or a scored test after a club or intervention is the child's result.
 */
import { describe, expect, it } from 'vitest';
import { judge as check } from './_judge';

describe('Settled cases, attending a service: a vague clause joined by "and" names nothing (Specific rule 1)', () => {
  it.each([
    'Ada will attend the homework club and do well.',
    'Mo will attend the group and try his best.',
    'Mo will attend the group and improve.',
    'Mo will attend the group and keep trying.',
    'Frankie will attend YOS appointments and stay out of trouble.',
    'To attend the homework club and do well.',
    'Mo will attend the homework club and enjoy it.',
  ])('%s: neither specific nor measurable', (text) => {
    const r = check(text);
    expect(r.specific.met).toBe(false);
    expect(r.measurable.met).toBe(false);
  });
});

describe('Settled cases, attending a service: attending is never the evidence of the child\'s clause', () => {
  it.each([
    ['Olivia will attend the homework club and do her homework.', 'homework'],
    ['Freddie will attend the maths booster group and know his 6 times table by Easter.', '6 times table'],
  ])('%s: specific on the child\'s clause', (text, named) => {
    const r = check(text);
    expect(r.specific.met).toBe(true);
    expect(r.specific.evidence).toContain(named);
    expect(r.specific.evidence.some((e) => /attend/i.test(e))).toBe(false);
    expect(r.measurable.evidence.some((e) => /^(will|to) attend$/i.test(e))).toBe(false);
  });
  it('an outcome named still passes S and M ("and keep a sleep diary")', () => {
    const r = check('Tom to attend his monthly CAMHS appointments and keep a sleep diary for 4 weeks.');
    expect(r.specific.met).toBe(true);
    expect(r.measurable.met).toBe(true);
  });
});

describe('Measurable rule 1 and Settled cases: school work and scored tests after a club or intervention are the child\'s', () => {
  it.each([
    'Sam will attend the homework club and complete his book report by Friday.',
    'Sam will attend the homework club and complete a report on the Romans by half term.',
    'Sam will attend the booster group and complete the reading assessment with a score of 100 by July.',
    'Sam will attend the maths intervention and complete the end of unit assessment with 80% by Easter.',
  ])('%s: specific and measurable', (text) => {
    const r = check(text);
    expect(r.specific.met).toBe(true);
    expect(r.measurable.met).toBe(true);
  });
  it.each([
    'Isla will attend counselling and complete the questionnaire.',
    'Harvey will attend counselling and complete his self-report each session.',
    'Ellie will attend her CAMHS appointments and complete the mood questionnaire each time.',
  ])('%s: a service\'s form stays the service (not specific)', (text) => {
    expect(check(text).specific.met).toBe(false);
  });
});
