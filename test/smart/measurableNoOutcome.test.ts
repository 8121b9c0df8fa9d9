import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { _ADVICE } from '../../src/smart/_judge';

/*
 * Measurable of a text that states no outcome (src/smart/_analyse.ts, `noMeasure`; docs/smart.md, Measurable, "No outcome,
 * nothing to measure"): the labelling guide, Measurable ("someone could check, at the deadline, whether it happened") and
 * rule 6 ("a quantity of provision ('5 hours of TA support') rather than of the child's success", "numbers that only name
 * things", "a baseline with no target figure", process verbs alone). Wordings written here, not taken from the corpus; both
 * directions.
 */
const MEETING = { meetingDate: '2025-01-15' };
const measurable = (text: string) => checkSmartTarget(text, MEETING).measurable;

describe('Labelling guide, Measurable rule 6 ("a quantity of provision ... rather than of the child\'s success"): a fragment of provision whose only figure is how often it runs', () => {
  it.each([
    'Spelling - 4x week with HLTA, Nessy group 3',
    'Maths catch up - daily Numicon group with Mr Patel',
    'Language Link 2x a week for 6 weeks, group of 4, run by the TA.',
    'Carer and school to share a reading diary daily',
    'Nessy 4 times a week.',
  ])('%s: not measurable, low, pointing to Specific', (text) => {
    const m = measurable(text);
    expect(m.met).toBe(false);
    expect(m.confidence).toBe('low');
    expect(m.advice).toBe(_ADVICE.otherDescribed);
  });

  it.each([
    // A figure of the child's success, a value to reach: the provision is only how.
    'Spelling - 4x week with HLTA. Spell 20 Year 3 words correctly by Easter',
    'Maths catch up group daily - target 15/20 on the arithmetic check',
    'Nessy 4x a week - to move up to level 6',
    // The settled row: a stated rate of attending a club still measures.
    'Priya will go to chess club every Wednesday.',
    // The settled row: a one-off thing adults arrange or do is checked done.
    'Laptop - DT to order.',
  ])('%s: still measurable', (text) => {
    expect(measurable(text).met).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 6 ("numbers that only name things", "a baseline with no target figure"): a topic or a current score', () => {
  it.each(['Numeracy - number bonds to 20', 'Times tables facts to 12', 'Reading age 7y 4m', 'Spelling age 8.2 (chronological age 10.1)'])('%s: not measurable', (text) => {
    expect(measurable(text).met).toBe(false);
  });

  it.each(['Reading age 7y 4m now - to reach 8y 6m by July', 'Recall doubles to 20 in under 2 minutes', 'Maths - score 15/20 on the doubles check by Easter'])(
    '%s: a value to reach or the child doing it: measurable',
    (text) => {
      expect(measurable(text).met).toBe(true);
    },
  );

  it.each(["Leah shows the social skills to facilitate shared play with a friend.", 'Ring the college to book a place on the open day.'])(
    '%s: a verb of the child\'s, not a figure, is measured as before (Measurable rules 3 and 5)',
    (text) => {
      expect(measurable(text).met).toBe(true);
    },
  );
});

describe('Labelling guide, Measurable rule 6 (process verbs alone) with Settled cases ("keep going to college": "continue" is a process verb alone): a review status with no new outcome', () => {
  it.each(['Carry over - reading', 'Carry forward: dressing. Partly met.', 'Handwriting - ongoing weekly group.'])('%s: not measurable', (text) => {
    const m = measurable(text);
    expect(m.met).toBe(false);
    expect(m.confidence).toBe('low');
  });

  it.each(['Carried over: spell 10 of the Year 2 common exception words by Easter.', 'Not met - carry forward: to read 20 red words by half term.'])('%s: a new outcome with its measure is measurable', (text) => {
    expect(measurable(text).met).toBe(true);
  });
});

describe('Labelling guide, Measurable (Barnet, Examples of SMART Outcomes: not "vague, generic"): a vague outcome has nothing to check', () => {
  it.each(['Not to get in trouble at school', 'To find something to do at weekends'])('%s: not measurable', (text) => {
    expect(measurable(text).met).toBe(false);
  });

  it.each(['Will not hit or kick other children at break.', 'To find a work placement by Easter.'])('%s: a behaviour stopped or a one-off event with its point is measurable', (text) => {
    expect(measurable(text).met).toBe(true);
  });
});
