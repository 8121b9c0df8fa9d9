import { describe, expect, it } from 'vitest';
import { measurable } from './_judge';

/*
 * One-off tasks in headed and passive forms, and records that are only waiting (issue 15, branch ad4; src/smart/_measure.ts
 * `headingTask`, `pairMeets`, `thingGiven`, `childChecked`, `PLANNED_PASSIVE`, `PLANNED_EVENTS`, `NOT_DONE`; src/smart/_record.ts
 * `recordTail`). The labelling guide, Measurable: "M is met when someone could check, at the deadline, whether it happened";
 * its Settled cases row "a one-off thing adults arrange or do for the child": measurable. Wordings written here, none a data
 * set's text, both what the readings grant and what they still deny.
 */

describe('Labelling guide, Settled cases ("a one-off thing adults arrange or do for the child": measurable): headed and passive forms of a one-off task', () => {
  it.each([
    // "<heading> - to <verb>" alone: a task done once on the thing the heading names.
    'Bursary - to apply.',
    'Housing form - to complete.',
    'Careers interview - to book',
    // A passive of planning or doing again; a transition planned or discussed is an event, not an abstract noun.
    'Transition - to be planned.',
    'SDQ to be redone in June.',
    // The child given one thing, or entered for an exam.
    'Jade to be given a reading pen.',
    'Kai will be entered for Entry Level science.',
    // Two people, one an adult, meeting once.
    'PA and Kayla to meet.',
    'Carer and SW will meet.',
    'Mentor and Kai to meet.',
    // Looking for a thing found once, or looking into the thing named before.
    'Carer to look for a swimming club.',
    'Work experience. PA to look.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 6 and Settled cases (what goes on, a way of treating the child, a wait or a question is no one-off act): still not measurable', () => {
  it.each([
    // The child's own aim after a heading, or talk with a person only.
    'Reading - to improve.',
    'Options - to discuss with carer.',
    // A heading task left to a condition.
    'Bursary - to apply if eligible.',
    // Given a chance, time or staff who go on.
    'Jade to be given time to settle.',
    'Kai to be given a chance to lead.',
    'Sam to be given a key adult.',
    // Entered only if something holds.
    'Kai will be entered for Entry Level science if ready.',
    // A meeting that recurs.
    'Carer and SW to meet weekly.',
    // Looking for what recurs or anything at all.
    'Staff to look for signs of stress.',
    'Carer to look for ways to help.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable ("someone could check, at the deadline, whether it happened"): a thing still to be confirmed, or a record dated by its month, is not measurable', () => {
  it.each([
    'SALT referral - TBC.',
    'Referral to CAMHS - tba',
    'EHCNA submitted Nov.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each([
    // The record's month beside something still to do keeps the measure.
    'EHCNA submitted Nov. SW to chase.',
    // A referral named with no doubt still reads.
    'Referral to CAMHS.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});
