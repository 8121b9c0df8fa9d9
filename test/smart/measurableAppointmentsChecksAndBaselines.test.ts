import { describe, expect, it } from 'vitest';
import { measurable, specific } from './_judge';

/*
 * One-off acts said in forms the measure did not read, and a baseline stated alone (src/smart/_measure.ts `appointmentsKept`,
 * `childChecked`, `SETTLED_PASSIVE`, `adultDoing`, `standingBeforeInPart`; src/smart/_statusNote.ts `_baselineAlone`). The
 * labelling guide, Measurable: "M is met when someone could check, at the deadline, whether it happened"; rule 5 ("a one-off
 * event is measurable"); rule 6 ("a baseline with no target figure" is not); its Settled cases row "a one-off thing adults
 * arrange or do for the child": measurable. Every wording is written here, none a data set's text; each list holds what the
 * readings grant and the near misses they must leave alone.
 */

describe('Labelling guide, Measurable rule 5: the child attending their own appointments is checked from the service\'s record', () => {
  it.each([
    'Maya will attend her CAMHS appointments.',
    'Tariq to attend his YOS appointments',
    'To attend her physio appointments.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // Kept up, or only how the service runs (Measurable rule 6: "continue" is a process verb alone).
    'Ongoing: Maya to attend her weekly CAMHS appointments.',
    'Maya will continue to attend her CAMHS appointments.',
    // Hedged, tried or in the past: nothing to check at the deadline.
    'Maya will attend her CAMHS appointments if she feels able.',
    'Maya attended her CAMHS appointments last term.',
    'Maya will attend her appointments regularly.',
    // A feeling at the appointments, not going to them.
    'Maya to feel calmer at her appointments.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases ("a one-off thing adults arrange or do for the child"): the child unsaid, to be assessed or referred', () => {
  it.each([
    'To be assessed by the speech and language therapist asap.',
    'To be referred to the school nurse.',
    'To be seen by the educational psychologist.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // The target itself reviewed or checked, a condition, a hedge, a name or a judgement.
    'To be reviewed at the next PEP.',
    'To be checked by the teacher.',
    'To be referred if concerns continue.',
    'Possibly to be assessed by the EP.',
    'To be referred to as Maya by staff.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it('the check arranged stays provision: not specific (Specific rule 4)', () => {
    expect(specific('To be referred to the school nurse.')).toBe(false);
  });
});

describe('Labelling guide, Settled cases ("a one-off thing adults arrange or do for the child"): held, confirmed, in hand', () => {
  it.each([
    'Transition review to be held before the move.',
    'College course to be confirmed.',
    'Work placement – school sorting.',
    'Uniform grant. SW chasing.',
    // The rate and the continuing are the heading's; the adult's act after the mark is done once.
    'Tutoring to continue weekly - SW to chase.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // When the act falls left to settle, a meeting held again and again, a wait, no adult, a question.
    'Start date to be confirmed.',
    'To be confirmed.',
    'Meetings to be held every half term.',
    'Equipment needs sorting.',
    'Placement - college sorting it out with the employer.',
    'Carer sorting?',
    // The adult's own act kept up.
    'Weekly, SW to visit.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 6: a baseline with no target figure', () => {
  it.each([
    'Baseline: 3/10 on the weekly spelling check.',
    'Baseline (Sept): names 4 of 26 letter sounds.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each([
    // A target figure beside the baseline, by a word of a target or the future.
    'Baseline: 14/25. Target: 20/25 by June.',
    'Baseline: 3 words. Next step: 10 words.',
    'Baseline: she reads 12 words and will read 30 by Easter.',
  ])('%s: still measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});
