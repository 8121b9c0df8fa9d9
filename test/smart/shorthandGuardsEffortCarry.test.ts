import { describe, expect, it } from 'vitest';
import { judge as check, sm } from './_judge';

/*
 * The review of sp4 (branch fx47), each reading both ways; wordings written here, in no data set. Labelling guide
 * (docs/smart.md, "## Labelling guide"):
 * - a result named in shorthand only as the child's decided act: not negated, wished or missed (Settled cases, the child's
 *   wish alone; Specific, "It is clear what will be achieved"): src/smart/_standard.ts (decidedAct, phaseOf);
 * - "any more", "no more" are no comparative (Specific rule 5, Measurable rule 4); "try harder to <task>" names the task
 *   (Specific rule 2): src/smart/_review.ts (effortAt);
 * - "carry over" / "carry forward" is a review's status only at the part's end or before "from" (Measurable rule 3 for the
 *   sum's step): src/smart/_measure.ts (carriedOn), src/smart/_review.ts (continuedPart);
 * - the Early Learning Goal and "aim for expected" only where reached, with a standard's context (Measurable rules 5 and 6);
 *   an exam word only as the head of what is attained (Specific rule 1): src/smart/_measure.ts (standard, attainedExamEnd).
 */

describe('Settled cases, the child\'s wish alone; Specific, "It is clear what will be achieved": a result in shorthand not negated, wished or missed', () => {
  it.each(['Sam did not get his maths.', 'Last year he failed to get his maths.', 'He did not get his English and maths in Year 11.', 'Sam does not want to get his maths.'])(
    '%s: not a target',
    (text) => expect(sm(text)).toEqual([false, false]),
  );
  it.each(['Sam will get his maths.', 'Mia to get her maths and English by the end of Year 11.', 'To get his English and maths.'])('%s: still specific and measurable', (text) =>
    expect(sm(text)).toEqual([true, true]),
  );
});

describe('Specific: "the particular ... qualification the child will achieve": a subject passed in shorthand only where a qualification is meant', () => {
  it.each(['Get his PE.', 'Get her music.', 'Sam (Year 2) will get his science.', 'Get his history and geography.'])('%s: no qualification named', (text) =>
    expect(sm(text)).toEqual([false, false]),
  );
  it.each(['Get his history and geography GCSEs.', 'Get her maths and science.', 'Get her music at college.'])('%s: a qualification in a secondary text', (text) =>
    expect(sm(text)[1]).toBe(true),
  );
});

describe('Specific rule 5 and Measurable rule 4: "any more", "no more" are a stop, not a comparative', () => {
  it('Sam will try to not swear any more.: specific and measurable', () => expect(sm('Sam will try to not swear any more.')).toEqual([true, true]));
  it('Sam will try to read more.: still neither', () => expect(sm('Sam will try to read more.')).toEqual([false, false]));
});

describe('Specific rule 2: "try harder to <named task>" names the task; Measurable rule 1: its frequency measures', () => {
  it('Sam will try harder to be on time every day.: specific and measurable', () => expect(sm('Sam will try harder to be on time every day.')).toEqual([true, true]));
  it('Sam will try harder to put his hand up in class.: specific (the skill named), not measurable (no figure)', () =>
    expect(sm('Sam will try harder to put his hand up in class.')).toEqual([true, false]));
  it.each(['Try harder in maths.', 'Maya will try harder with her reading.'])('%s: still neither', (text) => expect(sm(text)).toEqual([false, false]));
});

describe('Measurable rule 3: carrying in a sum is a step seen done; "carry forward" alone a review\'s status (Specific rule 6)', () => {
  it.each(['Carry over correctly when using column addition.', 'Carry forward the tens when adding.'])('%s: specific and measurable', (text) =>
    expect(sm(text)).toEqual([true, true]),
  );
  it.each(['Carry forward.', 'Carry over.'])('%s: neither, with the review-status advice', (text) => {
    const r = check(text);
    expect([r.specific.met, r.measurable.met]).toEqual([false, false]);
    expect(r.specific.advice).toMatch(/a review's status/);
  });
});

describe('Measurable rules 5 and 6: the Early Learning Goal reached, not a baseline', () => {
  it.each(['Sam is below the Early Learning Goal for reading.', 'Sam met the Early Learning Goal for number last year.', 'Early Learning Goal: emerging.', 'Emerging in the Early Learning Goal for writing.'])(
    '%s: not measurable',
    (text) => expect(check(text).measurable.met).toBe(false),
  );
  it.each(['To meet the Early Learning Goal for writing by July.', 'Early Learning Goal for reading by the end of Reception.'])('%s: measurable', (text) =>
    expect(check(text).measurable.met).toBe(true),
  );
});

describe('Specific rule 1 and Measurable rule 5: an exam word only as the head of what is attained', () => {
  it.each(['Achieve his GCSE potential.', 'Gain her sats confidence.', 'Achieve the GCSE course.'])('%s: not measurable', (text) => expect(check(text).measurable.met).toBe(false));
  it.each(['Achieve his GCSEs.', 'Achieve her maths and English GCSEs.', 'Ruby to get her SATs.', 'Get her SATs by May.'])('%s: measurable', (text) =>
    expect(check(text).measurable.met).toBe(true),
  );
});

describe('Specific rule 1, Measurable rule 6: "aim for expected" only before a standard\'s context', () => {
  it.each(['Aim for expected behaviour in class.', 'Aim for expected levels of attendance.'])('%s: neither', (text) => expect(sm(text)).toEqual([false, false]));
  it.each(['Aim for expected in reading.', 'Aim for expected level in maths.'])('%s: specific and measurable', (text) => expect(sm(text)).toEqual([true, true]));
});

describe('Specific: "the particular ... qualification the child will achieve": near neighbours of a result in shorthand', () => {
  it.each(['Get merits.', 'Get distinctions.', 'Aim for A*s in maths.', 'Get her English and maths (grade 4).', 'Amir to get his English and maths at college by July.'])(
    '%s: specific and measurable',
    (text) => expect(sm(text)).toEqual([true, true]),
  );
  it('Gain her Functional Skills.: specific and measurable', () => expect(sm('Gain her Functional Skills.')).toEqual([true, true]));
  it('Aim for B*s.: no such grade', () => expect(sm('Aim for B*s.')).toEqual([false, false]));
});

describe('Halton Appendix C Post-16, Measurable: a standard with nothing named gets the standard\'s advice', () => {
  it('Aim for expected by the end of Year 6.: measurable, low, advice names the subject to add', () => {
    const r = check('Aim for expected by the end of Year 6.');
    expect(r.measurable.met).toBe(true);
    expect(r.measurable.advice).toMatch(/standard or grade to reach/);
  });
  it('Gain a place at college by September.: still the act-or-event advice', () => expect(check('Gain a place at college by September.').measurable.advice ?? '').not.toMatch(/standard or grade/));
});
