import { describe, expect, it } from 'vitest';
import { measurable as met } from './_judge';

/*
 * Labelling guide, Measurable rule 3: "A capability that cannot be seen ... is not" measurable; Specific rule 1: "be
 * more confident", "be happier", "settle" are broad dispositions. A disposition stays one when a time or setting follows
 * it ("remain calm during PE"); a place or thing kept is seen ("stay in his seat during carpet time"). Barnet Virtual
 * School PEP Guidance, Examples of SMART Outcomes: not "vague, generic or unrealistic". Examples written here, in words
 * the corpus does not use, in both directions.
 */

describe('Measurable rule 3: a disposition followed by a time or setting is still not seen', () => {
  it.each(['I can stay focused during carpet time.', 'Sam will remain calm during PE.', 'Sam will be settled during registration.'])('%s: not measurable', (text) => {
    expect(met(text)).toBe(false);
  });
});

describe('Measurable rule 3: a place kept during a time is seen', () => {
  it.each(['Sam will stay in his seat during carpet time.', 'Sam will remain in class during maths.'])('%s: measurable', (text) => {
    expect(met(text)).toBe(true);
  });
});
