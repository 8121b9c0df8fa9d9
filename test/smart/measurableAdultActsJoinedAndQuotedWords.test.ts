import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * Issue 15, branch mm6. Every wording here is written for the test; no data set uses it.
 *
 * Labelling guide, Settled cases, "a one-off thing adults arrange or do for the child": measurable, not specific
 * (src/smart/_measure.ts _adultOneOff): an adult's act after "and" shares the adult of the act before it (sharedAdult);
 * an adult moving an arrangement, or going to an event, does it once ("move", "go to" in ONE_OFF_ACTS); "after school" is a
 * time of the day, not an act following another (afterTermPoint, DAY_POINTS).
 *
 * Measurable rule 1 (a count of phrases measures) and rule 6 (a comparative without a figure): a quoted phrase opening
 * "more" ("more juice") is what the child says, not a comparative (quotedWord); "safer choices" is "choices", what no one sees
 * made, as "better choices" is (OBJECT_LEAD).
 */
const sm = (text: string): [boolean, boolean] => {
  const r = checkSmartTarget(text, { meetingDate: '2025-01-15' });
  return [r.specific.met === true, r.measurable.met === true];
};
const m = (text: string): boolean => checkSmartTarget(text, { meetingDate: '2025-01-15' }).measurable.met === true;

describe('Settled cases, "a one-off thing adults arrange or do for the child": the second act of an adult after "and"', () => {
  it.each([
    'SENCo to meet the carers and request an EP assessment by half term.',
    'Nursery to apply for the 2-year-old funding and confirm the hours with the carer.',
    'Social worker to contact the new school and book a transition visit before Easter.',
  ])('%s', (text) => {
    expect(m(text)).toBe(true);
  });
});

describe('Settled cases, "a one-off thing adults arrange or do for the child": an arrangement moved, an event gone to', () => {
  it.each([
    'Social worker to move the family time from Thursday after school to Sunday by half term.',
    'School to move his lunchtime to the nurture room.',
    'Kinship carer to go to the phonics evening for parents on 4 March.',
    'Carer will go to the Year 6 open evening at the high school in June.',
  ])('%s', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });
});

describe('what stays not measurable: the adult act kept up, left undone, or the child after "and"', () => {
  it.each([
    'Carer to go to the stay and play group every week.',
    'Mentor to meet Ruby weekly and talk about her day.',
    'School may need to move him to another class.',
    'Staff to encourage Leo and praise him.',
  ])('%s', (text) => {
    expect(m(text)).toBe(false);
  });
});

describe('Measurable rules 1 and 6: a quoted phrase opening "more" is what the child says', () => {
  it.each([
    'Kian will use 2-word phrases such as "more milk" with his key person.',
    "Poppy will say 2-word phrases like 'more bubbles' in play.",
    'Zac will sign "more please" at snack time.',
  ])('%s', (text) => {
    expect(m(text)).toBe(true);
  });
});

describe('Measurable rule 6: a comparative with no figure stays one', () => {
  it.each([
    'Ruby will join in more at carpet time.',
    'Tyler to talk more in class.',
    'Dylan to make safer choices.',
    'Amira will make healthier choices at lunch.',
  ])('%s', (text) => {
    expect(m(text)).toBe(false);
  });
});
