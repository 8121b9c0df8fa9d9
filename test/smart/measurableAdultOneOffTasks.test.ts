import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * Every wording here is written for the test; no data set uses it.
 *
 * Labelling guide, Measurable: "someone could check, at the deadline, whether it happened"; Settled cases, "a one-off thing
 * adults arrange or do for the child": not specific (Specific rule 4), measurable. Read in src/smart/_measure.ts, only for
 * measurable, after the anchors, so Specific never changes:
 * - a named adult with a name or role in brackets after it ("Kinship carer (Aunty Rose) to …", "Mrs Lee (DT) to …") and the
 *   early years key person are the doers of their act (adultDoes);
 * - a named adult or the leaving care service "to look at" a thing named (ONE_OFF_PARTICLES), and "send" and "open" as
 *   acts done once (ONE_OFF_ACTS);
 * - an adult helping or supporting the child through one task done once (helpedTask);
 * - a target table row whose first cell names a check of the child and whose second names who does it (rowTask);
 * - "To be considered for …" (childChecked) and provision put in place "for" a school subject (passiveOneOff).
 * Measurable rule 6 and the row's word one-off keep what goes on unmeasured: support in general, acts kept up, things sent home
 * batch after batch, ways looked at, a check left possible.
 */
const sm = (text: string): [boolean, boolean] => {
  const r = checkSmartTarget(text, { meetingDate: '2025-01-15' });
  return [r.specific.met === true, r.measurable.met === true];
};
const m = (text: string): boolean => checkSmartTarget(text, { meetingDate: '2025-01-15' }).measurable.met === true;

describe('Settled cases, "a one-off thing adults arrange or do for the child": the adult named with a bracket or as the key person', () => {
  it.each([
    'Kinship carer (Aunty Rose) to go to the Reception welcome evening at the school before 11 July.',
    'Mrs Lee (DT) to set up a meeting with the new college about the transport.',
    'Key person to complete the two-year check with the health visitor by 14 March.',
  ])('%s', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });
});

describe('Settled cases, "a one-off thing adults arrange or do for the child": a named adult looks at a thing, sends or opens one', () => {
  it.each([
    'Weekend family time is unsettling him. SW to look at.',
    'Bus pass - school cannot fund. Leaving care to look at.',
    'SW to look at moving family time to Sundays.',
    'SENCo to send the EHC needs assessment request to the local authority by 7 March.',
    'DT to send his SEN file and latest report to the new junior school by half term.',
    'Foster carer and PA to open a savings account with Jade by Easter.',
  ])('%s', (text) => {
    expect(m(text)).toBe(true);
  });
});

describe('Settled cases, "a one-off thing adults arrange or do for the child": an adult helps the child through one task', () => {
  it.each([
    'PA to help Nadia fill in the bursary form by 21 February.',
    "Shay's PA will help him apply for a provisional licence before his birthday.",
    'PA to support Lacey-Jo to open a bank account by the end of March.',
    'Carer to help Ben finish his college application and send it by 31 January.',
  ])('%s', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });
});

describe('Settled cases, "a one-off thing adults arrange or do for the child": a target table row with who does the check', () => {
  it.each(['Educational psychologist assessment | SENCo | TBC | PP+', 'Hearing referral | DT | asap | £0', 'OT assessment | SENCo'])('%s', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });
});

describe('Settled cases, "a one-off thing adults arrange or do for the child": arrangements in the passive', () => {
  it.each(['To be considered for the Year 10 booster group.', 'Interventions to be put in place for reading.'])('%s', (text) => {
    expect(m(text)).toBe(true);
  });
});

describe('Measurable rule 6 and the row\'s word one-off: what stays not measurable', () => {
  it.each([
    // vague adult support, routines and acts kept up
    'Carer (Nan) to encourage reading every night.',
    'Mrs Khan (TA) to support Ollie in English lessons.',
    'Key worker (children\'s home) to check in with him each morning.',
    'SW to support.',
    'Carer to encourage reading.',
    'To be monitored.',
    // looking again and again, or the meeting's own talk
    'We will look at his writing at the next review.',
    'Staff to look at ways to help her settle.',
    'Teacher to look at his spelling with him every week.',
    'Amy to look at college courses.',
    // things sent home batch after batch, or on a schedule
    'School to send home reading books.',
    'Tutor to send work home each Friday.',
    // help with no one task done once
    'TA to help Sam complete his classwork.',
    'PA to help Leah find part time work.',
    'PA to support him with his CV.',
    'Carer to help her apply her cream.',
    // a check still possible, or a row with no check of the child
    'Possible EP assessment | SENCo | TBC',
    'Wellbeing check | DT | termly',
    'Emotional wellbeing | EP consultation | EP / DT | Summer',
    // a condition, a person not a subject, provision named by no subject
    'To be considered for a place if he behaves.',
    'Interventions to be put in place for Sam.',
    'School to consider a managed move.',
  ])('%s', (text) => {
    expect(m(text)).toBe(false);
  });
});
