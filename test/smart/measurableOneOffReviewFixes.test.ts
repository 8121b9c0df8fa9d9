import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { measurable, MEETING } from './_judge';

/*
 * The review of ad4's one-off readings (branch fx54; src/smart/_measure.ts `headingTask`/`headingNamesThing`, `partEndsAfter`,
 * `pairMeets`, `thingGiven`, `PLANNED_PASSIVE`, `detailToConfirm`; src/smart/_record.ts `recordTail`/`monthPast`). The labelling
 * guide, Measurable: "M is met when someone could check, at the deadline, whether it happened"; Measurable rule 6 (provision and
 * ways of treating the child are not the child's outcome); Settled cases, "a one-off thing adults arrange or do for the child":
 * measurable. Wordings written here, none a data set's text, both directions.
 */

describe("Labelling guide, Measurable rule 6 and Specific rule 6: a heading's task measures only when the heading names a thing done or obtained once", () => {
  it.each([
    'Maths - to complete',
    'Reading: to complete',
    'Jack - to complete',
    'Year 11 - to complete',
    'Target 2 - to complete',
    'Behaviour - to sort',
    'Attendance - to sort',
    'Anxiety - to sort',
    'AP: to book',
    'EHCP - to request',
    'Friendships. Carer to look.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each(['UCAS - to complete', 'Bursary - to apply', 'Uniform - to order', 'Laptop - to request', 'Homework - to complete', 'Housing form - to complete.', 'College course. PA to look.'])(
    '%s: measurable',
    (text) => {
      expect(measurable(text)).toBe(true);
    },
  );

  it('a heading task with no adult named is not called the adults\' act in the advice', () => {
    const r = checkSmartTarget('Bursary - to apply', MEETING);
    expect(r.measurable.advice ?? '').not.toContain("The adults' one-off act");
  });
});

describe('Labelling guide, Time-bound ("a point by which the target is achieved") read apart from Measurable: a deadline after the task keeps it', () => {
  it.each([
    'Passport - to apply by Feb half term',
    'Bursary - to apply asap',
    'Passport - to apply',
    'PA and Jay to meet by half term.',
    'PA and Jay to meet before the end of term',
    'PA and Jay to meet.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['Passport - to apply?', 'Carer and SW to meet weekly.'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 6 ("a quantity of provision"; not a chance, time or staff who go on): given staff, a timetable, a sanction or a reward is no one thing handed over', () => {
  it.each([
    'Tom to be given a mentor',
    'Tom to be given a learning mentor',
    'Tom to be given a key worker',
    'Tom to be given a support worker',
    'Tom to be given a home tutor',
    'Tom to be given a tutor',
    'Tom to be given a buddy',
    'Tom to be given a reduced timetable',
    'Tom to be given a part-time timetable',
    'Tom to be given a detention',
    'Tom to be given a hug',
    'Tom will be given a merit',
    'Tom to be given a reward for good behaviour',
    'Tom to be given a reading pen when needed',
    'Tom to be given a reading pen if needed',
    'Tom to be given a mentor by half term',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each(['Tom to be given a reading pen', 'Tom to be given a bus pass.', 'Noor to be given a bilingual dictionary', 'Emma to be given a laptop by half term'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 6 and Specific rule 6 (placeholders): planned or redone, provision or anything at all names nothing', () => {
  it.each(['Provision to be planned', 'Interventions to be planned', 'Work to be planned', 'Lessons to be planned', 'Everything to be redone'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each(['Transition to be planned', 'Timetable to be planned', 'Boxall to be redone.', 'Induction visits to be planned'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable ("someone could check, at the deadline, whether it happened"): TBC leaves the act undone only when it stands for the act', () => {
  it.each(['PA to book a college visit - date TBC', 'SW to arrange taxi, start date TBC', 'Laptop to be ordered (model TBC)', 'PA to chase bursary - amount TBD'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['Referral to SALT - TBC', 'Referral to Early Help - TBC', 'SALT referral - TBC.', 'Referral TBC'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe("Labelling guide, Measurable and Time-bound: a month alone after a record's participle is its date only when it is not later than the meeting's month in its school year", () => {
  it.each(['Referral made March', 'PEP completed April', 'Application submitted June', 'Reading assessment completed June'])('%s (January meeting): measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['EHCNA submitted Nov.', 'Referral made January', 'Application submitted Sept'])('%s (January meeting): not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it('a month later in the school year is past at a later meeting', () => {
    expect(checkSmartTarget('Referral made March', { meetingDate: '2025-05-10' }).measurable.met).toBe(false);
  });
});

describe('Labelling guide, Measurable ("someone could check, at the deadline, whether it happened"): "after" a named point of the school year is when, not an act following another', () => {
  it.each(['Boxall to be redone after Easter.', 'SDQ to be redone after half term', 'Sam will be entered into the competition'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['Support following the referral', 'Referral to CAMHS after the previous one was closed'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});
