import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { measurableOf as r } from './_judge';

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

/*
 * fx57: review36a's findings on the readings above. Every wording here is written for the test; no data set uses it.
 */

describe('Settled cases, "the child letting or asking them is the child\'s act": no shared adult past "<child> to"', () => {
  it.each([
    'Teacher to ask Isla to stop and discuss her choices.',
    'Carer to ask him to sit down and discuss his weekend.',
    'DT to ask Omar to attend and complete the assessment.',
    'Mentor to ask the pupil to sit down and discuss his week.',
  ])('denies %s', (text) => {
    expect(m(text)).toBe(false);
  });
  it.each([
    'DT to meet with the SENCo and request a speech and language assessment by half term.',
    'SW to ask CAMHS for the report and book a review meeting with the family about his move by Easter.',
  ])('still grants %s', (text) => {
    expect(m(text)).toBe(true);
  });
});

describe('Settled cases, "a one-off thing": a thing moved again and again is standing provision', () => {
  it.each([
    'SW to move family time weekly.',
    'Social worker to move contact to Sundays every week.',
    'School to move his snack to the quiet room each day.',
  ])('denies %s', (text) => {
    expect(m(text)).toBe(false);
  });
  it.each([
    'SW to move family time from Tuesday after school to Sunday.',
    'SW to move family time to after school on Fridays.',
  ])('still grants %s', (text) => {
    expect(m(text)).toBe(true);
  });
});

describe('Measurable rule 6, a quantity of provision: every weekend is a rate of going', () => {
  it.each([
    'Foster carer to go to the swimming pool with her every weekend.',
    'Carer to go to the library with him each weekend.',
    'Carer to go to the library with him at weekends.',
  ])('denies %s', (text) => {
    expect(m(text)).toBe(false);
  });
  it('still grants going once: Carer to go to the school open evening on 6 March.', () => {
    expect(m('Carer to go to the school open evening on 6 March.')).toBe(true);
  });
});

describe('Settled cases, "a one-off thing adults arrange or do for the child": going somewhere to meet an adult is the adults\' own talk', () => {
  it.each([
    'Social worker to go to the college to meet the head of year.',
    'Carer to go to the school to speak to the SENCo.',
  ])('denies %s', (text) => {
    expect(m(text)).toBe(false);
  });
  it.each([
    'Social worker to go to the college to meet the tutor about his bursary.',
    'Carer to go to the dentist with her to get a check-up.',
  ])('still grants %s', (text) => {
    expect(m(text)).toBe(true);
  });
});

describe('Measurable: "after school" is a time only when a time follows, not an event named after it', () => {
  it.each([
    'DT to review the plan after lunch club ends.',
    'SENCo to review his timetable after school club finishes.',
    'SW to visit after lunch detentions end.',
  ])('denies %s', (text) => {
    expect(m(text)).toBe(false);
  });
  it.each([
    'SW to visit him at home after school on 12/03/25.',
    'SW to visit him after school.',
  ])('still grants %s', (text) => {
    expect(m(text)).toBe(true);
  });
});

describe('Measurable rule 6: a disposition quoted after "more" is still a comparative', () => {
  it.each([
    "Lily to be 'more confident' when reading aloud.",
    'Jack to be "more settled" in the afternoons.',
  ])('denies %s, with the comparative as evidence', (text) => {
    const res = r(text);
    expect(res.met).toBe(false);
    expect(res.evidence.join(' ')).toMatch(/more/);
  });
  it.each([
    "Poppy will say 2-word phrases like 'more bubbles' in play.",
    'Kai will use the phrase "I want more" at snack time.',
    "Ava will sign 'no more' when she has finished.",
  ])('still grants the child\'s words %s', (text) => {
    expect(m(text)).toBe(true);
  });
  it('denies an opening quote after "more": Ben to become more \'settled\' in class.', () => {
    expect(m("Ben to become more 'settled' in class.")).toBe(false);
  });
});

describe('Measurable rule 6: choices described, whatever word describes them, are not seen made', () => {
  it.each([
    'Leah to make healthier snack choices.',
    'Tom to make safer internet choices.',
    'Maya to make better snack choices.',
    'Sam to make healthier lifestyle choices.',
  ])('denies %s', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });
  it.each([
    'Leah to make healthier snack choices at break - eat a piece of fruit each day.',
    'Sam to make a healthier packed lunch each day.',
  ])('still grants the act named %s', (text) => {
    expect(m(text)).toBe(true);
  });
});
