import { describe, expect, it } from 'vitest';
import { measurable as met } from './_judge';

/*
 * Labelling guide, Measurable rule 3: a capability "that cannot be seen" is not measurable, and neither is one with a
 * vague extent (the guide's own: "with some independence", "in a limited way", "as appropriate"). "A range of" after a
 * preposition says where the skill is shown ("in a wide range of poems"), not how far it goes; as the object itself
 * ("eat a range of foods") or with a general noun ("in a range of ways") it names nothing to check.
 * Barnet Virtual School PEP Guidance, Examples of SMART Outcomes: outcomes must not be "vague, generic or unrealistic".
 * Examples written here, in words and frames the corpus does not use, in both directions.
 */

describe('Measurable rule 3: "a range of" things after a preposition is where the skill is seen', () => {
  it.each([
    'The pupil will find capital cities on a map across a range of continents.',
    'Sam can pick out rhyming words in a wide range of poems.',
    'Sam can write in a range of styles.',
  ])('%s: measurable', (text) => {
    expect(met(text)).toBe(true);
  });
});

describe('Barnet, Examples of SMART Outcomes ("vague, generic"): a range as the object, or a range of general things, is not', () => {
  it.each([
    'Lola will eat a range of foods.',
    'Zain will communicate in a range of ways.',
    'I can use a range of strategies.',
    'Noah will use a wide range of vocabulary in his writing.',
  ])('%s: not measurable', (text) => {
    expect(met(text)).toBe(false);
  });
});
