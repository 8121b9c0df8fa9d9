import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { MEETING, sm } from './_judge';

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
    'Reduced hours to be reviewed.',
    // "Looked at" as "looked into": the settled labels count 4 measurable (y28-152, y32-049, y38-174, y40-139) to 1 not (y27-194).
    'Transport to college - to be looked at.',
  ])('%s', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });
});

describe('(a) what is not a one-off thing set up: a child starting, a word for anything, standing provision', () => {
  it.each([
    'Bailey to start.',
    'He to start after Easter.',
    'Support to be put in place.',
    'Strategies to be put in place.',
    'Jordan to start revising for his mocks.',
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

/*
 * Review 30b of branch ad1 (branch fx46): each reading narrowed to its form, both directions.
 */
describe('Time-bound, not an agent: "by" an adult word that describes a time is a deadline (_specific.ts adultAgent, headsPhrase)', () => {
  it.each([
    'Coursework to be completed by the college deadline.',
    'Application to be completed by the school deadline.',
    'Homework to be completed by school tomorrow.',
    "Homework to be completed by carers' deadline.",
  ])('%s: the child\'s own work stays specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it.each([
    'Bursary application to be completed by college.',
    'Homework to be completed by the TA.',
    'UCAS application to be completed by her tutor.',
    'Coursework to be completed by the tutor with Jade.',
  ])('%s: an adult heading its phrase does the act (Specific rule 4)', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });
});

describe('Specific rule 6 and Measurable rule 6: a thing set up names its kind (_measure.ts passiveOneOff, namingWord, SET_UP_UNNAMED)', () => {
  it.each([
    'More support to be put in place.',
    'Additional support to be put in place.',
    'Extra support to be put in place.',
    'Appropriate support to be put in place.',
    "Sam's support to be put in place.",
    'School support to be put in place.',
    'All support to be in place.',
    'Provision to be put in place.',
    'Interventions to be put in place by Easter.',
    'Plan to be put in place.',
    'Measures to be put in place.',
    'Things to be put in place.',
    'Everything to be in place.',
  ])('%s names nothing: not measurable', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });

  it.each([
    'SALT support to be put in place.',
    'Speech and language support to be put in place.',
    'Exam support to be put in place.',
    'Transport support to be put in place.',
    'EBSA plan to be put in place.',
    'Reading intervention to be put in place.',
  ])('%s names its kind: measurable, not specific', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it.each([
    'Routines to be put in place at home.',
    'Boundaries to be put in place by carers.',
    'Bedtime routine to be put in place.',
    'Reward chart to be put in place at home.',
  ])('%s: a practice kept up at home is no one-off act (Measurable rule 6)', (text) => {
    expect(sm(text)[1]).toBe(false);
  });

  it('the evidence is the whole phrase set up', () => {
    const r = checkSmartTarget('EAL support to be put in place by half term.', MEETING);
    expect(r.measurable.evidence).toEqual(['EAL support to be put in place']);
  });
});

describe('Settled cases, "a one-off thing adults arrange": a start read from its subject (_measure.ts thingStarts)', () => {
  it.each([
    'Sam is to start in September.',
    'Sam is to begin in September.',
    'The plan is to start soon.',
    'Lessons to start on time.',
  ])('%s: the child, nothing named, or punctuality: not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });

  it.each([
    'Tutoring is to start next week.',
    'Tutoring to start.',
    'Counselling to begin next week.',
    'Lessons to begin.',
    'Tuition to start next week.',
  ])('%s: provision set going, a word of provision is no name: measurable, not specific', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });
});

describe('Specific rule 4 read narrowly: a heading of the child\'s act, "looked after", the child\'s own study (_specific.ts)', () => {
  it.each([
    'Read every night - to be monitored by carer.',
    'Revision notes to be reviewed every evening.',
    'Key words to be reviewed each lesson.',
  ])('%s stays specific', (text) => {
    expect(sm(text)[0]).toBe(true);
  });

  it('"looked after" is no adults\' act of looking', () => {
    expect(sm('His books to be looked after.')[0]).toBe(true);
  });

  it.each([
    'Access arrangements - to be sorted by SENCo',
    'Attendance - to be reviewed weekly by SENCo',
    'Attendance to be reviewed.',
    'Part-time timetable to be reviewed.',
    'Attendance to be looked at.',
  ])('%s stays adult provision: not specific', (text) => {
    expect(sm(text)[0]).toBe(false);
  });
});

describe('Settled cases, "a one-off thing adults arrange": (b) what a fund buys names it (_measure.ts namedThingBought)', () => {
  it.each([
    'PP+ to buy a range of resources.',
    'PP+ to buy a variety of resources.',
    'PP+ to buy lots of resources.',
    'PP+ to buy extra resources.',
    'PP+ to buy specialist resources.',
    'PP+ to buy additional equipment.',
    'PP+ used to buy additional resources.',
    'PP+ to fund a TA.',
    'PP+ used to fund a TA.',
  ])('%s: nothing named, or staff deployed (Measurable rule 6): not measurable', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });

  it.each([
    'PP+ to buy resources and a laptop.',
    'PP+ to buy a laptop and resources.',
    'PP+ to buy sensory resources for the setting.',
  ])('%s: a thing named in the list: measurable', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });
});

describe('Specific rule 4: provision put in place is no skill of the child\'s (_specific.ts setInPlace)', () => {
  it.each([
    'A laptop to be put in place.',
    'Reader to be in place for mocks.',
    'Extra time to be put in place for exams.',
    'Access arrangements to be in place for GCSEs.',
  ])('%s: measurable, not specific', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it.each([
    'Reader to be put in place. Sam to use the reader in all his mocks.',
    'Sam to put in place his revision timetable.',
  ])('%s: the child\'s own act stays specific', (text) => {
    expect(sm(text)[0]).toBe(true);
  });
});
