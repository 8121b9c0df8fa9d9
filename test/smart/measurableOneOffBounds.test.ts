import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * The bounds of the one-off acts and the lone baseline read by src/smart/_measure.ts (`standingBeforeInPart`, `passiveOneOff`,
 * `adultDoing`, `appointmentsKept`) and src/smart/_statusNote.ts (`_baselineAlone`). The labelling guide, Measurable: "M is met
 * when someone could check, at the deadline, whether it happened"; rule 5 ("a one-off event is measurable"); rule 6 ("a baseline
 * with no target figure" is not; a quantity of provision is not); Settled cases, "a one-off thing adults arrange or do for the
 * child": measurable. Every wording is written here, none a data set's text.
 */
const MEETING = { meetingDate: '2025-01-15' };
const measurable = (text: string): boolean | null => checkSmartTarget(text, MEETING).measurable.met;

describe('Labelling guide, Measurable rule 6: a baseline followed by its target under another label is a target, not a baseline alone', () => {
  it.each([
    'Baseline: 4/10. Expected: 9/10.',
    'Baseline: 78% attendance. Intended outcome: 96% attendance.',
    'Baseline: 78% attendance. Measure of success: 96%',
    'Baseline: 78% attendance. Success criteria: 96%.',
    'Baseline: 4 call-outs a lesson. Outcome: no call-outs.',
    'Baseline: 4/10 -> 9/10',
    'Baseline: 4/10 => 9/10',
    'Baseline: Priya cannot tie her laces. Success: ties them unaided.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // A baseline alone: figures of the start only, a count within it, a word "success" that labels nothing.
    'Baseline: 4/10 on the Friday times-tables quiz.',
    'Baseline (Oct): blends 5 of 20 CVC words.',
    'Baseline: worried about success in tests.',
    'Baseline: 52% attendance. Successful move noted.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 6 and Settled cases ("a one-off thing adults arrange"): a heading naming only a rate makes the act after it kept up', () => {
  it.each([
    'Weekly - key worker to visit.',
    'Fortnightly – mentor to meet Priya.',
    'Twice weekly – TA to meet Priya.',
    'Every fortnight: SW to visit.',
    'Weekly, key worker to visit.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each([
    // The rate belongs to the heading's own thing; the adult's act after the mark is done once.
    'Mentoring to continue weekly - SW to chase.',
    'Funding for 10 hrs to continue - VS to chase.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});
