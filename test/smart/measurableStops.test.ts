import { describe, expect, it } from 'vitest';
import { measurable as met } from './_judge';

/*
 * Labelling guide, Measurable rule 4: "A stop-behaviour is measurable with or without how often: 'will not bite other
 * children' (success is no incidents), 'will stop climbing on the furniture'". The stop is read however the future
 * and the behaviour are written: "am not going to" like "will not", a hyphenated gerund after "stop", and "no" with
 * a counted noun. Examples written here, in words the corpus does not use, in both directions.
 */

describe('Measurable rule 4: a stop-behaviour however the future or the gerund is written', () => {
  it.each([
    'I am not going to swear at teachers.',
    'Sam will stop self-harming.',
    'Aria will stop day-dreaming.',
    'No missing episodes this term.',
    'Leo needs to stop getting into arguments.',
    'Leo will stop climbing on the tables.',
  ])('%s: measurable', (text) => {
    expect(met(text)).toBe(true);
  });
});

describe('Measurable rules 4 and 6: not a behaviour that stops', () => {
  it.each(['Sam is not going to be happy.', 'YP will reduce his cannabis use.', 'Leo will stop being rude.', 'Leo needs to stop getting into bother.'])('%s: not measurable', (text) => {
    expect(met(text)).toBe(false);
  });
});
