import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * Labelling guide, Settled cases: "a one-off thing adults arrange or do for the child ('visits to be arranged', 'CAMHS
 * referral')": not specific (Specific rule 4, adult provision is no child outcome) and measurable (someone can check it was
 * done). Issue 15, branch ad1. Two readings of forms, each with wordings written here that no data set uses:
 * (a) a thing set up or started once, in the passive or "<thing> to start" with no child subject ("… to be put in place",
 *     "… to be looked into", "… to be in place", "… to start"), src/smart/_measure.ts SET_UP_PASSIVE and thingStarts;
 *     and, for Specific, a passive whose heading is named before its mark, or whose agent is an adult (_specific.ts
 *     adultPassive, headingStart, adultAgent);
 * (b) a fund used to buy a thing once ("PP+ will be used to buy …"), and a named thing a fund buys even for the setting
 *     ("sensory resources"), _measure.ts fundUsedToBuy and namedThingBought.
 */
const MEETING = { meetingDate: '2025-01-15' };
const sm = (text: string): [boolean | null, boolean | null] => {
  const r = checkSmartTarget(text, MEETING);
  return [r.specific.met, r.measurable.met];
};

describe('Settled cases, "a one-off thing adults arrange": (a) a thing set up or started once is measurable, not specific', () => {
  it.each([
    'Counselling referral to be put in place.',
    'Dyslexia screening to be put in place by Easter.',
    'Laptop loan to be looked into.',
    'Music lessons to be looked into before half term.',
    'A school place to be in place by September.',
    'Taxi escort to be in place.',
    'Mentoring scheme to start.',
    'Work placement - to start in April',
    'Bus pass application to be submitted by the DT.',
    'Bursary form to be completed by the social worker.',
    'Exam arrangements - to be sorted by the SENCo.',
  ])('%s', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });
});

describe('(a) what is not a one-off thing set up: a child starting, a word for anything, a thing only looked at, standing provision', () => {
  it.each([
    'Bailey to start.',
    'He to start after Easter.',
    'Support to be put in place.',
    'Strategies to be put in place.',
    'Jordan to start revising for his mocks.',
    'Transport to college - to be looked at.',
    'Reduced hours to be reviewed.',
    'Maths support to be reviewed.',
    'Tutoring to start - weekly sessions',
    'Reading group to begin every Monday',
  ])('%s is not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });

  it.each([
    'Reduced hours to be reviewed.',
    'Exam arrangements - to be sorted by the SENCo.',
    'Bursary form to be completed by the social worker.',
    'Transport to college - to be looked at.',
  ])('%s is not specific (adult provision)', (text) => {
    expect(sm(text)[0]).toBe(false);
  });

  it.each([
    "Tom's homework - to be completed.",
    'Coursework to be completed and handed in by Friday.',
    'Homework to be completed by Kai each week.',
    'Poppy will start at the new school in April and attend 90% of days.',
  ])('%s: the child\'s own work or start stays specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });
});

describe('Settled cases, "a one-off thing adults arrange": (b) a fund buying a named thing once is measurable, not specific', () => {
  it.each([
    'PP+ will be used to buy a tablet.',
    'EYPP used to buy outdoor play resources for the nursery',
    'Bursary will be used to buy a calculator.',
    'Grant used to buy a bike.',
    'PP+ to buy messy play resources for the setting.',
    'Pupil premium is used to buy a reading pen.',
    'PP+ to buy a keyboard for the classroom.',
    'EYPP will be used to buy a weighted blanket.',
    'PP+ used to buy revision guides for science.',
    'PP+ to buy fine motor resources for nursery.',
  ])('%s', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it.each([
    'PP+ to buy resources.',
    'Use the bursary to buy a bike.',
    'PP+ will be used to buy 1:1 tuition.',
    'EYPP used to buy sessions at the forest school.',
    'PP+ to buy resources for the setting.',
    'Bursary will be used to buy bus passes for travel.',
    'PP+ will be used to buy equipment.',
    'Bursary used to buy tutoring hours.',
    'PP+ used to buy some resources.',
    'PP+ may be used to buy a laptop.',
  ])('%s is not measurable (provision, a word for anything, someone using the fund, undone)', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });
});
