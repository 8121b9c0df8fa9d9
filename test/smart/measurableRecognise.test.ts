import { describe, expect, it } from 'vitest';
import { measurable as met } from './_judge';

/*
 * Labelling guide, Measurable rule 3: "An observable capability is measurable when an adult can see it done ... A
 * capability that cannot be seen ("understand", "be aware of", "develop an understanding") is not." Recognising a
 * thing (a flag, a note, a road sign) is seen picked out, as identifying is; recognising a feeling, a sign of
 * something or a clause ("when she needs a break") is awareness. Bolton Virtual School PEP guidance (2021/22), smart
 * targets, Step 3: "What would I see/measure/count etc. that would tell me?" Examples written here, in words and
 * frames the corpus does not use, in both directions.
 */

describe('Measurable rule 3 (Bolton, smart targets, Step 3): recognising a thing is seen done', () => {
  it.each([
    'Kofi recognises the flags of five countries.',
    'The pupil will be able to recognise road signs on the walk to school.',
    'Recognise the notes on the treble stave.',
    "Nadia could recognise her key worker's voice.",
  ])('%s: measurable', (text) => {
    expect(met(text)).toBe(true);
  });
});

describe('Measurable rule 3: recognising a feeling, the signs of something or a clause is awareness, not seen', () => {
  it.each([
    'The pupil will recognise when she needs a break.',
    'Aisha can recognise the signs of a panic attack.',
    'Recognise his own triggers.',
    'Jamie is able to recognise how his actions affect others.',
    'Ben can recognise the importance of school.',
    'Lily can recognise that her friend is upset.',
    'Zoe will recognise it.',
    'Tom can recognise his own worth.',
  ])('%s: not measurable', (text) => {
    expect(met(text)).toBe(false);
  });
});
