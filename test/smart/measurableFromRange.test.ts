import { describe, expect, it } from 'vitest';
import { judge as r } from './_judge';

/*
 * "from" + a quantity is a baseline only after a word of change or measure ("rise from 84% to 92%",
 * "attendance from 85%"); after any other verb it is the content's own range ("count from 0 in steps of 5").
 * Labelling guide, Measurable rule 6: "a baseline with no target figure" is not measurable, so only a real
 * baseline may hide its figure. Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes: "What will the
 * child or young person be able to do that they cannot do now?" (a capability needs no baseline).
 * Examples written here, in words and frames the corpus does not use, in both directions.
 */

describe('Measurable rule 3 (Barnet, 5. Setting SMART Outcomes): "from" + a number after a content verb is the range, not a baseline', () => {
  it.each([
    'Leila can count from 0 in steps of 2.',
    'The pupil can count on from 10 in steps of 10.',
    'I can count backwards from 20 in steps of 2.',
    'I can recall number bonds from 10.',
    'I can choose from 3 ways to calm down.',
  ])('%s: measurable', (text) => {
    expect(r(text).measurable.met).toBe(true);
  });
});

describe('Measurable rule 6: "from" + a number after a word of change or measure is a baseline, and alone it does not measure', () => {
  it.each([
    'My attendance has risen from 85%.',
    'Her lateness has dropped from 9 a month.',
    'The number of call-outs has fallen from 14 a day.',
    "Rory's behaviour points have gone down from 30 last week.",
    'Tyler has reduced his absences from 8.',
    "Priya's attendance will go up from 81%.",
  ])('%s: not measurable', (text) => {
    expect(r(text).measurable.met).toBe(false);
  });

  it.each([
    ["Priya's attendance will go up from 81% to 95%.", true],
    ['Zara will raise her score from 3 to 9 out of 10 by Easter.', true],
  ] as const)('%s: the figure after "to" measures', (text, want) => {
    expect(r(text).measurable.met).toBe(want);
  });
});

describe('Time-bound: "from" + a date is a start point, whatever comes before it', () => {
  it.each([
    'We will attend every club session from 6th January.',
    'The pupil will arrive on time every day from 12/2/25.',
  ])('%s: no deadline', (text) => {
    expect(r(text).deadline).toBeNull();
  });
});
