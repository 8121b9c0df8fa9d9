import { describe, expect, it } from 'vitest';
import { measurable as met } from './_judge';

/*
 * Labelling guide, Measurable rule 3 ("An observable capability is measurable when an adult can see it done"): a next
 * step written as a gerund opening a sentence or list item is read as a capability; in a list of gerunds after a
 * colon or at the start, each item after a comma opens the same way. Bolton Virtual School PEP guidance (2021/22),
 * smart targets, Step 3: "What would I see/measure/count etc. that would tell me?" Examples written here, in words
 * the corpus does not use, in both directions.
 */

describe('Measurable rule 3 (Bolton, smart targets, Step 3): each gerund item of a list opens like the first', () => {
  it.each([
    'Getting changed, eating lunch, taking turns.',
    'Home time: independently zipping up, putting on her hat, eating an apple.',
  ])('%s: measurable', (text) => {
    expect(met(text)).toBe(true);
  });
});

describe('Measurable rules 3 and 6: a gerund after a comma that is no list item, or a process, is not', () => {
  it.each([
    'Sam enjoys reading, writing stories and drawing pictures.',
    'Sam will keep trying, listening to adults, and making progress.',
    'Getting ready, developing his confidence, making progress.',
  ])('%s: not measurable', (text) => {
    expect(met(text)).toBe(false);
  });
});
