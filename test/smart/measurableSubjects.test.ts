import { describe, expect, it } from 'vitest';
import { measurable as met } from './_judge';

/*
 * Labelling guide, Measurable: "M is met when someone could check, at the deadline, whether it happened" — what the
 * child does. An event verb after "can" counts only when the child is the subject of "can", the same test the
 * capability frame applies (a plan, a resource or a text "can" do things; the child does not). Halton PEP Policy
 * 2023-24, Appendix C "QA of SMART Targets": "It is clear how success will be measured". Examples written here, in
 * words the corpus does not use, in both directions.
 */

describe('Measurable rule 5 (Halton, Appendix C): an event the child can do is measurable', () => {
  it.each([
    'Sam can create a poster about recycling.',
    'The pupil can complete a job application form.',
    'Jack and Amy can perform a short play.',
    'She can pass her driving theory test.',
    'Sam to arrange a meeting with his tutor.',
  ])('%s: measurable', (text) => {
    expect(met(text)).toBe(true);
  });
});

describe('Measurable: an event whose subject is not the child is no outcome of the child', () => {
  // An adult's one-off act ("Designated teacher to arrange a visit to the sixth form", "Mum to arrange a dentist appointment")
  // is measurable since 5 December 2026 (Settled cases, "a one-off thing adults arrange or do for the child"; y19-174, y19-106):
  // test/smart/adultOneOff.test.ts.
  it.each(['This plan can secure a place at college.', 'A timer can help Sam complete his work.'])('%s: not measurable', (text) => {
    expect(met(text)).toBe(false);
  });
});

describe('Measurable: "do" opening a question before its subject is an auxiliary, not a thing done', () => {
  it.each(['Why does she refuse to come in?', 'Does Mason get angry at home time?'])('%s: not measurable', (text) => {
    expect(met(text)).toBe(false);
  });

  it.each(['Sam will do French on Duolingo.', 'Sam can do Sudoku puzzles.', 'Priya can do long division.'])('%s: "do" with a thing done is measurable', (text) => {
    expect(met(text)).toBe(true);
  });
});
