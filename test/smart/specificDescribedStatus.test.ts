import { describe, expect, it } from 'vitest';
import { judge as check } from './_judge';

/*
 * Texts that state no target: a status line, a concern, a report or a note of provision beside a phrase no reading knows
 * (docs/smart.md, labelling guide, Specific: "the particular skill, knowledge, behaviour, task or qualification the child
 * will achieve"; Halton PEP Policy 2023-24, Appendix C, QA of SMART Targets: Specific means "It is clear what will be
 * achieved"; Specific rule 4, adult provision with no child outcome). The child's liking said in the present ("is
 * enjoying her course") is how the child feels now, as "enjoys" is (Settled cases, the wish row). Examples written here.
 */

describe('Labelling guide, Specific: a text that only describes, the rest unread, is not specific', () => {
  it.each([
    'Science - all topics below ARE. Tuition in place.',
    "College. Kai says it's ok but he misses the bus most days.",
    'Housing, money and health are all barriers right now; education on hold.',
  ])('%s: not specific, low confidence (part of it was not read)', (text) => {
    const r = check(text);
    expect([r.specific.met, r.specific.confidence]).toEqual([false, 'low']);
    expect(r.specific.advice).toMatch(/only describes/);
  });

  it('keeps the measure it had: only Specific is set aside when part is unread, the measure and its confidence as read', () => {
    const r = check('Science - all topics below ARE. Tuition in place.');
    expect([r.measurable.met, r.measurable.confidence]).toEqual([true, 'high']);
  });
});

describe('Labelling guide, Settled cases, the wish row: liking said in the present progressive describes the present', () => {
  it.each(['Georgia is enjoying her childcare course.', 'Ben is loving his apprenticeship.', 'Shannon is finding the A level course hard.'])('%s: not specific', (text) => {
    expect(check(text).specific.met).toBe(false);
  });
});

describe('Labelling guide, Specific: an outcome beside a description stays specific (near misses)', () => {
  it.each([
    'Leo is enjoying swimming and will swim 25 metres unaided by the May half term.',
    'Ava is finding fractions hard; she will add fractions with the same denominator by March.',
    'Intervention in place. Jake will score 8/10 in his weekly spelling test by Easter.',
    'Attendance is poor. 95% attendance by July.',
    'Behaviour is a concern. Zero exclusions this term.',
    'Maths below ARE - times tables to 12 by Easter.',
    'Reading is a strength. Grade 6 in English Literature.',
    // An award with its level is the qualification named (Specific), whatever need is described beside it.
    'Needs a laptop. DofE Bronze award.',
    // A target figure read as background alone ("80%+ average score") is no description: it may be the target itself.
    '- 4 Sparx tasks a week - 80%+ average score - from February to Easter',
  ])('%s: specific', (text) => {
    expect(check(text).specific.met).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 1: a frequency after a concern is a measure, as a number is (a verbless target line)', () => {
  it.each([
    'Lateness is a concern. In school on time every day.',
    'Punctuality is a worry for staff. On time daily.',
    'Organisation is a concern. Planner every day.',
  ])('%s: specific (the line with the frequency may be the target)', (text) => {
    expect(check(text).specific.met).toBe(true);
  });
  it.each(['Lateness is a concern. In school on time.', 'Punctuality is a concern. Transport arranged.'])('%s: near miss, no frequency: not specific', (text) => {
    expect(check(text).specific.met).toBe(false);
  });
});

describe('Labelling guide, Specific ("the particular skill, knowledge, behaviour, task"; Barnet, Step Two): an act or thing named as a fragment is an outcome part', () => {
  it.each([
    'Scissor work is a concern. Cutting around a circle.',
    'Conduct in line is a concern. Hands to herself.',
    'Fine motor skills are a concern. Buttons and zip.',
  ])('%s: specific', (text) => {
    expect(check(text).specific.met).toBe(true);
  });
  it.each([
    'Placement going well. Continue.',
    'Behaviour is a concern. Settling in.',
    'Attendance is a concern. Support ongoing.',
  ])('%s: near miss, how it goes now or nothing named: not specific', (text) => {
    expect(check(text).specific.met).toBe(false);
  });
});
