import { describe, expect, it } from 'vitest';
import { measurable as met } from './_judge';

/*
 * Labelling guide, Measurable rule 4: "A stop-behaviour is measurable with or without how often ... 'no more than one
 * incident a week'"; rule 5: "A standard reached or a one-off event is measurable". The counted noun after "no" is
 * found past its modifiers, whatever their number; "achieve" and "gain" take the same things attained. Halton PEP
 * Policy 2023-24, Appendix C, Post-16, Measurable: "can be demonstrated through assessment or data".
 * Examples written here, in words the corpus does not use, in both directions.
 */

describe('Measurable rule 4: "no" + modifiers + a counted noun is a limit', () => {
  it.each([
    'No fixed term exclusions this year.',
    'Sam will have no fixed term exclusions.',
    'There will be no unauthorised school absences.',
    'Zero serious behaviour incidents at break.',
  ])('%s: measurable', (text) => {
    expect(met(text)).toBe(true);
  });

  it.each(['No change to lessons.', 'Sam will need no adult support in lessons.'])('%s: no counted noun before the preposition, not measurable', (text) => {
    expect(met(text)).toBe(false);
  });
});

describe('Measurable rule 5 (Halton, Appendix C, Post-16): "gain" and "achieve" a thing attained', () => {
  it.each(['To gain her Level 2 in Maths.', 'Priya will achieve a place on the college course.'])('%s: measurable', (text) => {
    expect(met(text)).toBe(true);
  });

  it.each(['Sam will gain confidence in maths.', 'Sam will achieve his potential.', 'Sam will gain more friends.'])('%s: not measurable', (text) => {
    expect(met(text)).toBe(false);
  });
});

describe('Measurable rule 1 ("a frequency ... every morning"): "every"/"each" quantifies what "all" does', () => {
  it.each(['Sam will show his working in every test.', 'Sam will attempt every question.'])('%s: measurable', (text) => {
    expect(met(text)).toBe(true);
  });

  it.each(['Sam will take every opportunity to read.', 'Sam will try every food.'])('%s: not measurable', (text) => {
    expect(met(text)).toBe(false);
  });
});
