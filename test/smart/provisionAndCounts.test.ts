import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { MEETING, sm } from './_judge';

describe('Labelling guide, Specific rule 4 and Measurable rule 6: provision is not a child outcome, and its quantity is not a measure', () => {
  it.each([
    'Ollie will access the nurture group three afternoons a week.',
    'Mr Khan will meet Leah every Monday for mentoring.',
    'Foster carer to read with Amelia every night.',
    'Jade will attend the CAMHS appointment on 03/03/2025.',
  ])('%s', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });

  it('a stated rate of going to provision attended measures it, and it stays provision (Settled cases, provision row)', () => {
    // A stated rate of going to provision attended measures (Settled cases, provision row: "a stated rate or frequency of
    // attending still measures"; the settled labels count 12 measurable, y25-016 … y43-085, against 3 not, w218, v197, t071).
    expect(sm('Kyle will attend Lego therapy once a week.')).toEqual([false, true]);
  });

  it('a child taking part in something that is not provision is still an outcome', () => {
    expect(sm('Jacob will attend 95% of sessions by Easter.')).toEqual([true, true]);
    // Rehearsals are not in the settled row on activities joined (no development label reads them): attending every one is
    // the child's own attendance, a habit an adult records.
    expect(sm('Ava will join the choir and attend every rehearsal by Easter.')).toEqual([true, true]);
    expect(sm('Noah will play in a group of 3 children for 10 minutes by half term.')).toEqual([true, true]);
  });
});

describe('Labelling guide, Specific: a figure and the thing it counts name what the child will achieve', () => {
  it.each([
    'Connor will get fewer than 3 detentions this half term.',
    'Leo will get 100 house points by Easter.',
    'Mohammed will have 2 friends, who he will socialise with at breaks and lunch times at least twice a week.',
  ])('%s', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it('units of time and occasions are not the thing counted', () => {
    expect(sm('Tom will do better for 10 minutes 3 afternoons a week.')[0]).toBe(false);
  });
});

describe('Labelling guide, Specific rules 2 and 6: comparatives with no figure and headings', () => {
  it('"more than" with no figure after it is a vague comparative ("I will read more")', () => {
    expect(sm('Tom will read more than he did last term.')[0]).toBe(false);
    expect(sm('Tom will read more than 3 books by Easter.')).toEqual([true, true]);
  });

  it('a one- or two-word heading is not specific', () => {
    expect(sm('Attendance.')[0]).toBe(false);
    expect(sm('Tom will improve his attendance to 95% by Easter.')[0]).toBe(true);
  });
});

describe('Bradford Council, SMART Outcomes - Annual Reviews: "Goals and outcomes are not: Services ... Resources (e.g. 5 hours of TA support)"', () => {
  it.each(['5 hours of TA support', 'speech and language therapy session'])('%s is neither specific nor measurable', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });

  it('a target of more than eight words is not read as a fragment of provision', () => {
    expect(sm('Read with TA support for 10 minutes every day by Easter.')).toEqual([true, true]);
  });
});

describe('Labelling guide, Specific rule 6: a target still to be written is a placeholder', () => {
  it('"Writing target to be set at next review." is not time-bound and has no deadline', () => {
    const r = checkSmartTarget('Writing target to be set at next review.', MEETING);
    expect([r.timeBound.met, r.deadline, r.findings.map((f) => f.code)]).toEqual([false, null, ['SMART-TEXT-PLACEHOLDER']]);
  });
});
