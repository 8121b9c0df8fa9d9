import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { _buildDoc } from '../../src/smart/_doc';
import { _provisionClauses } from '../../src/smart/_specific';
import { _outcomeParts } from '../../src/smart/_roles';
import { MEETING, smt } from './_judge';

/*
 * The role reading (src/smart/_roles.ts): specific, measurable and time-bound only from a part of the text that states an
 * outcome. Halton Virtual School PEP Policy 2023-24, Appendix C, "QA of SMART Targets": Specific — "It is clear what will be
 * achieved"; Bradford Council, "SMART Outcomes - Annual Reviews": "Goals and outcomes are not: Services ... Activities ...
 * Outputs". Wordings written here (none from a corpus file); a PEP meeting on 15 January 2025.
 */
const roles = (text: string): ReturnType<typeof _outcomeParts> => {
  const doc = _buildDoc(text, { n: 0 });
  return _outcomeParts(doc, _provisionClauses(doc));
};

describe('Halton Appendix C ("It is clear what will be achieved"): the present state or a baseline alone states no outcome', () => {
  it.each(['Times tables - is slow on the 7s and 8s', 'Attendance at school is 83% this term', "Maya's reading is below age-related expectations", 'Sleep - is in bed late most nights'])(
    '%s: not specific (how things are now)',
    (text) => {
      expect(smt(text)[0]).toBe(false);
    },
  );

  it('a baseline beside an outcome leaves the outcome: "is slow on the 7s, will know them by Easter" stays specific, measurable and time-bound', () => {
    expect(smt('Times tables - is slow on the 7s, will know them by Easter')).toEqual([true, true, true]);
    expect(smt('Attendance is 83% - to reach 95% by July')).toEqual([true, true, true]);
    expect(smt('Writing - is untidy. Ollie will join his letters in all of his English work by Easter')).toEqual([true, true, true]);
  });
});

describe('Halton Appendix C: a need alone ("needs to catch up", "needs to improve") states no outcome', () => {
  it.each(['Carter has missed a lot of maths since the move and needs to catch up', 'Swimming - needs to keep going to lessons with foster carer', 'Maths - Jay has gaps in fractions and needs to practise'])(
    '%s: not specific',
    (text) => {
      expect(smt(text)[0]).toBe(false);
    },
  );

  it('a baseline and a need: its figure and its term are no measure and no deadline ("11 lates this half term, needs to improve")', () => {
    expect(smt('Punctuality - 11 lates this half term, needs to improve')).toEqual([false, false, false]);
  });

  it('the child named before "needs to" sets the child a task; a deadline on a need is an outcome to reach by then', () => {
    expect(smt('Carter needs to hand in all of his maths homework this half term')).toEqual([true, true, true]);
    expect(smt('Mia has missed a lot of phonics and needs to learn her Phase 3 sounds by Easter')[0]).toBe(true);
  });
});

describe('Halton Appendix C: a report of what someone says states no outcome, a wish reported neither', () => {
  it.each(['she says she wants to be a vet', 'Grandad reports she wants to join the army', 'He says he would like to be a chef', 'Dance - she says she loves it'])(
    '%s: neither specific nor measurable',
    (text) => {
      expect(smt(text).slice(0, 2)).toEqual([false, false]);
    },
  );

  it('what the child says she will do is her outcome: "She says she will read 3 books before Easter"', () => {
    expect(smt('She says she will read 3 books before Easter')).toEqual([true, true, true]);
  });
});

describe('Bradford, "SMART Outcomes - Annual Reviews" ("not: Services"): provision done to the child alone states no outcome', () => {
  it.each(['Visual timetable to be used in class', 'Fidget toys to be offered in lessons', 'Laptop to be provided through PP+', 'Ear defenders to be given for assemblies'])(
    '%s: not specific',
    (text) => {
      expect(smt(text)[0]).toBe(false);
    },
  );

  it("the provision's purpose, what the child will do, is an outcome: still specific", () => {
    expect(smt('Visual timetable to be used in class so that Omar can start each lesson without a reminder')[0]).toBe(true);
    expect(smt('Spelling - Leo to learn 10 spellings each week')).toEqual([true, true, false]);
  });
});

describe('Halton Appendix C and Measurable rule 6 (a baseline is no target figure): a bare figure beside a part that says how things are or what is needed is a baseline', () => {
  it.each(['Maths mock 38% - needs to go up', 'Homework 4 of 10 handed in - needs to be better', 'Speech therapy referral accepted - waiting list 12 weeks. Carer to chase'])(
    '%s: neither specific nor measurable',
    (text) => {
      expect(smt(text).slice(0, 2)).toEqual([false, false]);
    },
  );

  it.each(['Reading age 7.1 - is behind his friends', 'Spelling age 6y9m - is below his age'])('%s: not specific ("reading age" names a measure, not a skill)', (text) => {
    expect(smt(text)[0]).toBe(false);
  });

  it('the figure with its target, or a skill named by its gerund, stays: "74% - to be 90% by Easter", "74%, target 90%", "Counting to 20 - is confident up to 12"', () => {
    expect(smt('Attendance at nursery 74% - to be 90% by Easter')).toEqual([true, true, true]);
    expect(smt('Attendance at nursery 74%, target 90%').slice(0, 2)).toEqual([true, true]);
    expect(smt('Counting to 20 - is confident up to 12')[0]).toBe(true);
  });
});

describe('the role reading itself: one pass over the tokens, one mark per segment', () => {
  it('marks the segment that states the outcome and not the heading or the baseline before it', () => {
    const r = roles('Attendance is 83% - to reach 95% by July');
    expect(r.any).toBe(true);
    expect(r.describes).toBe(true);
    expect(Array.from(r.marks)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1]);
  });

  it('a heading, a baseline and a need: no outcome, something described, nothing unread', () => {
    const r = roles('Attendance - 70% this term, needs to come up');
    expect([r.any, r.describes, r.unknown]).toEqual([false, true, false]);
  });

  it('a part it cannot read (a verb no list knows, a bare figure) is unknown, and the text is left to the other rules', () => {
    expect(roles('Resit science in June - PP+ funded').unknown).toBe(true);
    expect(smt('Resit science in June - PP+ funded')[0]).toBe(true);
  });

  it('counts one step per token (and one for the end)', () => {
    const doc = _buildDoc('Attendance - 70% this term, needs to come up', { n: 0 });
    const provision = _provisionClauses(doc);
    const before = doc.ops.n;
    _outcomeParts(doc, provision);
    expect(doc.ops.n - before).toBe(doc.toks.length + 1);
  });
});

const bits = (text: string): string => smt(text).map((b) => (b === true ? '1' : '0')).join('');

describe('Halton Appendix C: a target with its own point states an outcome (a not-specific rule never removes an outcome with its own deadline)', () => {
  it.each([
    ['Jack is at the expected standard in reading at the end of Year 6', '111'],
    ['Kai is punctual every day until Easter', '111'],
    ['Kai is punctual every day by Easter', '111'],
    ['Kai is toilet trained during the summer term', '101'],
    ['Ellie is toilet trained at the end of Reception', '101'],
    ['Phonics - Phase 3 sounds are secure at the end of the spring term', '101'],
  ])('a point opened by by/before/within/until/till/during/at/end: %s stays %s', (text, want) => {
    expect(bits(text)).toBe(want);
  });

  it.each([
    ['Jade is punctual every day this half term', '111'],
    ['Success criteria: times tables are known to 12 in June', '111'],
    ['Times tables are known to 12 in June', '111'],
    ['Maths - he is secure with number bonds to 20 in July', '111'],
    ['Kai is secure in phase 5 phonics in July', '101'],
    ['All homework is handed in on time this term', '111'],
    ['Homework is done every week this term', '111'],
    ["Tom's behaviour points are under 5 a week this term", '111'],
    ['Sam is now reading at 20 wpm this term', '111'],
    ['Jade is on time every day - 10/10 this half term', '111'],
  ])('a present-tense success criterion with its own point and no word of need or report: %s stays %s', (text, want) => {
    expect(bits(text)).toBe(want);
  });

  it.each(['He is often late for school this term', 'Attendance is poor - 81% this term', 'Attendance at school is 83% this term', 'Mum says Kai is happy at school this term', 'Kai was punctual every day this half term'])(
    'near variant, a state of now or a report with a point: %s is not specific',
    (text) => {
      expect(smt(text)[0]).toBe(false);
    },
  );
});

describe('Measurable rule 6 (a baseline is no target figure): a figure after a baseline with its own figure is the target', () => {
  it.each([
    ['Attendance currently 88%. 95% at the end of the summer term', '111'],
    ['Attendance was 88% last term. 95% in July', '111'],
    ['Attendance: currently 88%. 95% in July', '111'],
    ['Attendance: currently 88%, target 95% in July', '111'],
    ['Currently 12 wpm. 20 wpm at Easter', '111'],
    ['Baseline 12 wpm. 20 wpm in July', '111'],
    ['Reading: currently 12 wpm; 20 wpm in July', '111'],
    ['Attendance currently 88%. 95%', '110'],
    ['Baseline 12 wpm. 20 wpm', '110'],
    ['Attendance is 88% - 95%', '110'],
    ['Homework: 2 of 5 handed in is the baseline. 5 of 5 every week', '110'],
    ['Spelling age is 7.0 (baseline). Spelling age 8.0 in July', '100'],
    ['Attendance 88% currently - aiming for 95% in July', '111'],
  ])('%s stays %s', (text, want) => {
    expect(bits(text)).toBe(want);
  });
});

describe('Halton Appendix C: "needs to" with a figure in its segment states the outcome; a need with no figure of its own does not', () => {
  it.each([
    ['Needs to attend 95% of sessions', '110'],
    ['Needs to score 8/10 in weekly spelling tests', '110'],
    ['Needs to hand in 5 of 5 homework tasks each week', '110'],
    ['Reading - needs to read 20 wpm', '110'],
    ['Attendance - needs to be 95%', '110'],
    ['Needs to read 20 words per minute at Easter', '111'],
    ['Needs to attend 95% of sessions this term', '111'],
    ['Attendance 88% - needs to be 95% in July', '111'],
    ['Attendance 88%, needs to go up to 95% this term', '111'],
    ['Kai needs to attend 95% of sessions this term', '111'],
    ['Attendance needs to be 95% or above', '110'],
    ['Needs to get a grade 5 in maths in June', '111'],
  ])('%s stays %s', (text, want) => {
    expect(bits(text)).toBe(want);
  });

  it.each([
    'Maths mock 38% in November - needs to go up',
    'Attendance 81% in autumn - needs to be better',
    'Attendance - 81% this term, needs to come up',
    'Maths mock 38% - needs to go up',
    'Punctuality - 11 lates this half term, needs to improve',
    'He is often late for school',
    'Carer says Jake is happy at school',
    'Attendance is poor. He is often late',
    'Missed 20 days in autumn 2. Needs to catch up',
    'Homework 4 of 10 handed in - needs to be better',
  ])('still gated (a baseline, a need, a report, a state of now): %s is neither specific, measurable nor time-bound', (text) => {
    expect(smt(text)).toEqual([false, false, false]);
  });
});

describe('Halton Appendix C: the advice on a text that only describes points to what is missing, not to a figure or a date it has', () => {
  it('a figure and a point set aside: specific is low (wording alone tells a baseline from a target), measurable and time-bound point to the specific advice', () => {
    const r = checkSmartTarget('Attendance 81% in autumn - needs to be better', MEETING);
    expect(r.specific.confidence).toBe('low');
    expect(r.measurable.advice).toMatch(/^See Specific/);
    expect(r.measurable.advice).not.toMatch(/a number, percentage/);
    expect(r.timeBound.advice).toMatch(/^See Specific/);
    expect(r.timeBound.advice).not.toMatch(/Give a date/);
    expect(r.findings.map((f) => f.code)).toEqual(['SMART-NOT-SPECIFIC', 'SMART-NOT-MEASURABLE']);
  });

  it('no figure and no point: specific is high, and measurable and time-bound keep their usual advice and findings', () => {
    const r = checkSmartTarget('He is often late for school', MEETING);
    expect(r.specific.confidence).toBe('high');
    expect(r.measurable.advice).toMatch(/a number, percentage/);
    expect(r.timeBound.advice).toMatch(/Give a date/);
    expect(r.findings.map((f) => f.code)).toContain('SMART-NO-DEADLINE');
  });
});

describe('Halton Appendix C: the words of a target or an aim state the outcome in every form ("aiming for", "aims for", "expected")', () => {
  it.each([
    ['Attendance 88% currently - aiming for 95% in July', '111'],
    ['Attendance is 88% - aiming for 95%', '110'],
    ['Reading age is 7.1 - aims for 8.0', '110'],
    ['Attendance is 88% - expected 95% in July', '111'],
  ])('%s: %s', (text, want) => {
    expect(bits(text)).toBe(want);
  });

  it('near variant: a figure with no word of an aim after a state of now stays a baseline ("Attendance is 88%, targeted 95%" is read as two figures of now)', () => {
    expect(smt('Attendance is 88%, targeted 95%')[0]).toBe(false);
  });
});

describe('Halton Appendix C: the boundary of a part that only describes (progressives, "not", names, brackets)', () => {
  it.each(['Tom is struggling with fractions', 'Mum reports he is sleeping badly', 'Jake is not attending school', 'Homework is not being handed in', 'Attendance is poor (plan. He is often late'])(
    '%s: not specific (how things go now, a "not" of the present, a bracket left open)',
    (text) => {
      expect(smt(text)[0]).toBe(false);
    },
  );

  it('a capitalised noun or subject is no name: "Attendance needs to come up this term" is a need, not a task set', () => {
    expect(smt('Attendance needs to come up this term')).toEqual([false, false, false]);
  });

  it.each(['Kai is beginning to read CVC words', 'Kai to not leave lessons without asking', "Kai won't hit peers at lunchtime", 'No exclusions this term', 'Kai needs to hand in his homework each week'])(
    'near variant, the child doing, a "not" set or a name before "needs to": %s stays specific',
    (text) => {
      expect(smt(text)[0]).toBe(true);
    },
  );
});
