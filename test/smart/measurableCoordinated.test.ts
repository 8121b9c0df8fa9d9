import { describe, expect, it } from 'vitest';
import { measurable as met } from './_judge';

/*
 * Labelling guide, Measurable rule 3 ("An observable capability is measurable when an adult can see it done"), read
 * through coordination: a verb joined by "and"/"or" later in the sentence shares the frame of the first (its subject
 * and modal), whatever the first verb was ("be served", "understand", "know"). Barnet Virtual School PEP Guidance,
 * 5. Setting SMART Outcomes: "What will the child or young person be able to do that they cannot do now?"
 * Examples written here, in words and frames the corpus does not use, in both directions.
 */

describe('Measurable rule 3 (Barnet, 5. Setting SMART Outcomes): a later coordinated verb seen done shares the frame', () => {
  it.each([
    'The pupil will be shown the route and walk it alone to the bus stop.',
    'Priya should be taken to the shop and pay for her snack at the till.',
    'Jo will understand why we recycle and sort the class rubbish into the right bins.',
    'To know the story of Guy Fawkes and to draw a timeline of the plot.',
  ])('%s: measurable', (text) => {
    expect(met(text)).toBe(true);
  });
});

describe('Measurable rules 3 and 6: a coordinated disposition, feeling, process or general object is still not seen', () => {
  it.each([
    'Sam will be happy and confident in class.',
    'Sam will be supported by his TA and feel calmer in lessons.',
    'Mia will understand her feelings and manage them better.',
    'Ava will understand the rules and follow them.',
    'The pupil will be given time and space to calm down.',
    'Ruby will develop her confidence and enjoy reading.',
  ])('%s: not measurable', (text) => {
    expect(met(text)).toBe(false);
  });
});
