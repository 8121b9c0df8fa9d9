import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { MEETING } from './_judge';

/*
 * The overall verdict against a publisher's (docs/smart.md, labelling guide, "Overall verdict against the publisher's"):
 * without a PEP the rating counts specific, measurable and time-bound, and Halton's scoring (Appendix C, QA of SMART
 * Targets: "Yes 5/5 = Outstanding", "Yes 4/5 = Good", "Scores below this = RI") is read as at most one judged criterion
 * missed for good. A deadline alone must not lift the kinds of target publishers call poor to good: provision given to
 * the child (Bradford, "Goals and outcomes are not: Services ... Resources"), a broad outcome in a named setting and a
 * disposition about something (the labelling guide, Specific rules 1, 3 and 4). Examples written here.
 */
const rating = (text: string): string => checkSmartTarget(text, MEETING).rating;

describe('Halton Appendix C, Scoring, with the labelling guide: poor kinds stay requires-improvement when dated', () => {
  it.each([
    'Provide Tom with a laptop by half term.',
    'Give her extra time in tests every week until Easter.',
    'Ayo will achieve his potential in his GCSE maths by the summer.',
    'Tyler will show an interest in dinosaurs by Easter.',
    'Mia will adapt to new situations by the end of term.',
  ])('%s: requires-improvement (only the deadline is met)', (text) => {
    const r = checkSmartTarget(text, MEETING);
    expect([r.rating, r.score, r.outOf, r.timeBound.met]).toEqual(['requires-improvement', 1, 3, true]);
  });

  it.each(['Tom will change for PE without help by half term.', 'Cara will be able to handle her anger using the Incredible five point scale by Easter.'])(
    '%s: a named action with a deadline is rated good or outstanding',
    (text) => {
      expect(['good', 'outstanding']).toContain(rating(text));
    },
  );
});
