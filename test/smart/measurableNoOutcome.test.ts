import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { _ADVICE } from '../../src/smart/_judge';
import { sm as both, measurableOf as measurable, MEETING } from './_judge';

/*
 * Measurable of a text that states no outcome (src/smart/_analyse.ts, `noMeasure`; docs/smart.md, Measurable, "No outcome,
 * nothing to measure"): the labelling guide, Measurable ("someone could check, at the deadline, whether it happened") and
 * rule 6 ("a quantity of provision ('5 hours of TA support') rather than of the child's success", "numbers that only name
 * things", "a baseline with no target figure", process verbs alone). Wordings written here, not taken from the corpus; both
 * directions.
 */

describe('Labelling guide, Measurable rule 6 ("a quantity of provision ... rather than of the child\'s success"): a fragment of provision whose only figure is how often it runs', () => {
  it.each([
    'Spelling - 4x week with HLTA, Nessy group 3',
    'Maths catch up - daily Numicon group with Mr Patel',
    'Language Link 2x a week for 6 weeks, group of 4, run by the TA.',
    'Carer and school to share a reading diary daily',
    'Nessy 4 times a week.',
  ])('%s: not measurable, low, saying why the figures listed do not measure', (text) => {
    const m = measurable(text);
    expect(m.met).toBe(false);
    expect(m.confidence).toBe('low');
    expect(m.advice).toBe(_ADVICE.measurableNoOutcome);
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

/*
 * review24c's probes of the rule above (fx31), each a test, both directions.
 */
describe('Labelling guide, Measurable rules 1 and 4 and Settled cases (sanctions below a figure): a figure written in words is the child\'s figure as its digits are', () => {
  it.each([
    'To get into trouble no more than twice a half term',
    'To get into trouble no more than two times a half term',
    'To get into trouble no more than 2 times a half term',
    'Not to get into trouble more than once a week',
    'To get on with his peers at lunchtime at least four days a week',
    'Get on with the other children in his group in four out of five sessions',
    'Not met - carry over: spellings ten out of ten',
    'To fit in with his class and have no more than one red card a week',
  ])('%s: measurable', (text) => {
    expect(measurable(text).met).toBe(true);
  });

  it.each([
    // No figure: a frequency alone does not say what is seen (Measurable rule 3).
    'To get on with his peers at lunchtime every day',
    // A thing left unnamed stays unnamed with a figure, in words or digits (Halton Appendix C, "It is clear what will be achieved").
    'Find something to do on Saturdays twice a month',
    'Find something to do on Saturdays 2 times a month',
    // "one" as a pronoun is no figure.
    'To get on with one another in class',
    'Ongoing - twice weekly phonics group',
  ])('%s: still not measurable', (text) => {
    expect(measurable(text).met).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 2 (slash scores) and Settled cases (the child\'s own attendance or punctuality): a slash score of days or lessons is a value to reach', () => {
  it.each(['Punctuality - on time 9/10 days', 'Attendance - 19/20 days', 'Punctuality | on time 9/10 days | Partly met', 'Attendance - 19 out of 20 days'])('%s: specific and measurable, no advice', (text) => {
    const r = checkSmartTarget(text, MEETING);
    expect(r.specific.met).toBe(true);
    expect(r.measurable.met).toBe(true);
    expect(r.measurable.advice).toBeUndefined();
  });

  it.each(['Partially achieved (scored 14/20). Carry forward.', 'Still working towards - 3/5 sessions attended'])('%s: a review note stays not measurable', (text) => {
    expect(measurable(text).met).toBe(false);
  });
});

describe('Labelling guide, Settled cases (joining or going to a club: "a rate of going still measures"): a club at a stated rate is no provision delivered', () => {
  it.each(['Drama club - 1x a week after school', 'Football club 2x a week', 'Lunchtime Lego club x2 weekly', 'Clubs | Drama club 1x a week | Ongoing', 'Breakfast club 4 days a week', 'Brownies - 1x weekly'])(
    '%s: measurable, not specific',
    (text) => {
      const r = checkSmartTarget(text, MEETING);
      expect(r.measurable.met).toBe(true);
      expect(r.specific.met).toBe(false);
    },
  );

  it.each(['Lexia 3x a week', 'Reading - 3x week with TA', 'Fresh Start phonics group of 4, daily', 'Ongoing - 3x weekly group'])('%s: provision, not measurable', (text) => {
    expect(measurable(text).met).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 6 (provision, content named, a baseline): fragments the rule names, with or without an anchor', () => {
  it.each(['Reading - 3x week with TA', '1:1 tuition 2 x 30 min weekly (PP+ £450)', 'Reading | 3x weekly with TA | ongoing', 'Number bonds to twenty', 'Maths - place value to 1000', 'Spelling age 7y 11m, CA 9y 3m'])(
    '%s: not measurable, low',
    (text) => {
      const m = measurable(text);
      expect(m.met).toBe(false);
      expect(m.confidence).toBe('low');
    },
  );

  it.each(['Counting to twenty', 'Tricky words - twenty', 'Spelling age 7y 11m, CA 9y 3m - target 8y 6m by July', 'Phonics screening - 28/40', 'Multiplication check - 20/25', 'Scouts weekly'])(
    '%s: still measurable',
    (text) => {
      expect(measurable(text).met).toBe(true);
    },
  );
});

describe('Labelling guide, Measurable rule 6: the advice and evidence of a measure set aside agree', () => {
  it('a fragment lists its figures with advice saying they count provision or content, not the child\'s success', () => {
    const m = measurable('Lexia 3x a week');
    expect(m.evidence).toEqual(['3x a week']);
    expect(m.advice).toBe(_ADVICE.measurableNoOutcome);
    // Advice for people cites public sources by title and section, not the labelling guide (review24e).
    expect(_ADVICE.measurableNoOutcome).toContain('Bradford Council, SMART Outcomes - Annual Reviews');
    expect(_ADVICE.measurableNoOutcome).toContain('Designated Teacher Handbook 2024/25, Appendix 1 (SMART targets), Measurable');
    expect(_ADVICE.measurableNoOutcome).not.toContain('labelling guide');
  });

  it('a review note or vague outcome lists no measure beside "states no success measure"', () => {
    for (const text of ['Not to get in trouble at school', 'Carry over - reading']) {
      const m = measurable(text);
      expect(m.evidence).toEqual([]);
      expect(m.advice).toBe(_ADVICE.otherDescribed);
    }
  });

  it('a review note with a score keeps it as evidence and measures (not the adult-act advice)', () => {
    const m = measurable('Carried over from last PEP - spellings 5/10');
    expect(m.met).toBe(true);
    expect(m.confidence).toBe('high');
    expect(m.evidence).toEqual(['5/10']);
    expect(m.advice).toBeUndefined();
  });
});

/* review24e's probes of fx31 (meeting 2025-01-15): each row both ways. */

describe("Settled cases, the child's own attendance or punctuality: a slash score is a value only of the child's own days, lessons, sessions or work", () => {
  it.each([
    // A rate before a period is how often provision runs, not a score.
    'Lexia 4/5 times a week',
    'Phonics group - 4/5 sessions a week',
    // A count already made.
    'Attended 8/10 sessions',
  ])('%s: neither specific nor measurable', (text) => {
    expect(both(text)).toEqual([false, false]);
  });

  it.each(['Breakfast club 3/5 days', 'Football club - 3/4 weeks'])('%s: a club gone to is not specific (its rate still measures)', (text) => {
    expect(both(text)[0]).toBe(false);
  });

  it.each(['Homework 4/5 weeks', 'Attendance 18/20 sessions', 'Lessons on time - 25/30 lessons', 'Punctuality 5/5 mornings', 'Homework handed in 3/5 days'])(
    '%s: still specific and measurable',
    (text) => {
      expect(both(text)).toEqual([true, true]);
    },
  );
});

describe('Measurable rule 6, a quantity of provision: a number in words is read as its digits are', () => {
  it.each(['Lexia three times a week', 'Lexia three times a week - met', 'Lexia three times a week - ongoing', 'Lexia 3 times a week', 'Lexia 3 times a week - met'])(
    '%s: provision, neither specific nor measurable',
    (text) => {
      expect(both(text)).toEqual([false, false]);
    },
  );

  it.each(['Spellings - eight out of ten', 'Attendance - nineteen out of twenty days', 'Lates - no more than two per half term', 'Sight words - thirty out of a hundred'])(
    '%s: a value in words still measures',
    (text) => {
      expect(both(text)).toEqual([true, true]);
    },
  );
});

describe('Measurable rule 6, "numbers that only name things": a figure closing a range of content is no figure of the child\'s', () => {
  it.each(['Maths - number bonds to ten - achieved', 'Maths - number bonds to 10 - achieved', 'Maths - number bonds to ten'])('%s: a review note or topic, not measurable', (text) => {
    expect(both(text)).toEqual([false, false]);
  });

  it.each(['Counting to twenty - achieved', 'Times tables - nine out of twelve by Easter', 'Apply to 3 apprenticeships'])('%s: still measurable', (text) => {
    expect(both(text)[1]).toBe(true);
  });
});

describe('Settled cases, "a rate of going still measures": an activity the child does keeps its rate; only provision adults deliver is set aside', () => {
  it.each(['Gym 3x a week', 'Horse riding once a week', 'TTRS - 3 times a week at home', 'TTRS 3 x a week at home', 'Netball team 1x a week, PP+ funded'])(
    '%s: measurable (not specific)',
    (text) => {
      expect(both(text)).toEqual([false, true]);
    },
  );

  it.each([
    'Anger management - 6 weeks',
    'Key person 1:1 time daily – PP+ funded',
    '1:1 TA support in maths and english 5 hrs a week',
    'Precision teaching daily with HLTA.',
    'Reading - 3x week with TA',
    'Maths - place value to 1000',
  ])('%s: provision or content, not measurable', (text) => {
    expect(both(text)).toEqual([false, false]);
  });
});
