import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { sm as judged, MEETING } from './_judge';

/*
 * Notes of how things are now, which set no target: Halton PEP Policy 2023-24, Appendix C (QA of SMART Targets), Specific: "It
 * is clear what will be achieved"; the labelling guide (docs/smart.md), Specific: "the particular skill … the child will
 * achieve", Specific rule 4 (adults' act), Measurable rule 6 ("a baseline with no target figure"). Wordings written here
 * (none taken from a corpus file). Meeting on Wednesday 15 January 2025, no school calendar, no next-review date.
 */

describe('Labelling guide, Specific: a RAG rating with its state is a status, not what will be achieved', () => {
  it.each(['Maya – Amber – not attending', 'Progress (RAG): Red - punctuality still below 80%', 'Level 2 Catering. RAG: Green - attending well.'])(
    '%s: neither specific nor measurable',
    (text) => {
      expect(judged(text)).toEqual([false, false]);
    },
  );

  it.each([
    'Maya – Red – to attend 4 mornings a week by half term.',
    'Amber - read 10 books by Easter.',
    'Amber will hand in 4 of 5 homework tasks each week.',
  ])('%s: specific and measurable (a target after the rating; a name, not a rating)', (text) => {
    expect(judged(text)).toEqual([true, true]);
  });

  it.each(['Maya sorts the bricks by colour – blue – red – yellow – on her own.', 'Maya can point to the colours: green, orange, purple.'])(
    '%s: specific and measurable (a list of colours is what she names, not a rating)',
    (text) => {
      expect(judged(text)).toEqual([true, true]);
    },
  );

  it.each(['Maya – Amber – practising her spellings 3 times a week', 'Maya – Green – reading for 15 minutes a day'])(
    '%s: specific and measurable (Measurable rule 1: the act has its own rate)',
    (text) => {
      expect(judged(text)).toEqual([true, true]);
    },
  );

  it('Maya – Red – 3 detentions a week: neither (a rate of no act of hers is the state rated)', () => {
    expect(judged('Maya – Red – 3 detentions a week')).toEqual([false, false]);
  });
});

describe('Labelling guide, Measurable rule 6: a problem held in an unnamed amount, or a figure that dips, is the present state', () => {
  it.each(['Kemi has a number of missing homeworks.', "Kemi's attendance drops when she stays with her nan.", 'Kemi has several late pieces of coursework.'])(
    '%s: neither',
    (text) => {
      expect(judged(text)).toEqual([false, false]);
    },
  );

  it.each([
    'Kemi will have no late assignments this half term.',
    'Kemi has 2 late assignments; aim for none by Easter.',
    "Kemi's attendance dips on Mondays; Kemi to attend every Monday until Easter.",
    'Kemi has some spellings to learn each week.',
  ])('%s: specific and measurable (a figure, a point or a target word)', (text) => {
    expect(judged(text)).toEqual([true, true]);
  });
});

describe('Labelling guide, Specific rule 4: a passive going on now ("is being looked at") is the adults\' act, as "to be looked at" is', () => {
  it.each(["Kemi's lateness is being looked at by school.", "Kemi's attendance is being monitored by the attendance officer."])('%s: not specific', (text) => {
    expect(checkSmartTarget(text, MEETING).specific.met).toBe(false);
  });

  it('a child\'s act after help given now stays specific: Kemi is being supported by her carer to get to school by 8.45 every day.', () => {
    expect(checkSmartTarget('Kemi is being supported by her carer to get to school by 8.45 every day.', MEETING).specific.met).toBe(true);
  });
});
