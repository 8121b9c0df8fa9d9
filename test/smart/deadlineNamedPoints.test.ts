import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { date, term } from './_deadlineLabel';
import { MEETING } from './_judge';

// Rows of the labelling guide (docs/smart.md, "Labelling guide", Time-bound (T), school-time rules) for named days, a
// "By when?" point alone and plans of so many weeks. Meeting Wednesday 15 January 2025. The targets are written here
// for the rule, not copied from a corpus.
const deadlineOf = (text: string, context: Parameters<typeof checkSmartTarget>[1] = MEETING): unknown => checkSmartTarget(text, context).deadline;

describe('Time-bound (T), school-time rules: by Whitsun, by Whit Sunday, by Pentecost → Whit Sunday (seven weeks after Easter Sunday)', () => {
  it.each([
    ['Mia will read all 19 Phase 2 sounds by Whitsun.', '2025-06-08'],
    ['Mia will read all 19 Phase 2 sounds by Whit Sunday.', '2025-06-08'],
    ['Mia will read all 19 Phase 2 sounds by Whitsunday.', '2025-06-08'],
    ['Mia will read all 19 Phase 2 sounds by Pentecost.', '2025-06-08'],
    // Easter 2026 is 5 April: Whit Sunday 24 May 2026.
    ['Mia will read all 19 Phase 2 sounds by Whitsun 2026.', '2026-05-24'],
  ])('%s → %s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('a meeting after Whit Sunday reads the next year\'s', () => {
    expect(deadlineOf('Mia will read all 19 Phase 2 sounds by Whitsun.', { meetingDate: '2025-06-20' })).toEqual(date('2026-05-24'));
  });

  it('the Whitsun holidays, Whit half term and Whit week are the school holiday, the summer half-term', () => {
    expect(deadlineOf('Mia will read all 19 Phase 2 sounds by the Whitsun holidays.')).toEqual(term('summer', 'half-term'));
    expect(deadlineOf('Mia will read all 19 Phase 2 sounds by Whit half term.')).toEqual(term('summer', 'half-term'));
    expect(deadlineOf('Mia will read all 19 Phase 2 sounds before Whit week.')).toEqual(term('summer', 'half-term'));
  });

  it('"Whit" alone (a name) is no point', () => {
    expect(deadlineOf('Mia will read 10 words to Mrs Whit every week.')).toBeNull();
  });
});

describe('Time-bound (T), school-time rules: a school event named by a term, with its day or month — the Easter concert (service)', () => {
  it('the event\'s own day wins over Easter Sunday', () => {
    expect(deadlineOf('Noah will sing with the choir at the Easter service on 10th April.')).toEqual(date('2025-04-10'));
    expect(deadlineOf('Noah will sing a solo in the Easter concert at the parish church on 2nd April.')).toEqual(date('2025-04-02'));
  });

  it('with no day or month, the spring term\'s end (not Easter Sunday)', () => {
    expect(deadlineOf('Noah will join the choir and sing in the Easter concert.')).toEqual(term('spring', 'end'));
  });

  it('"by Easter" alone is still Easter Sunday, and Easter eggs are no point', () => {
    expect(deadlineOf('Noah will sing 3 songs from memory by Easter.')).toEqual(date('2025-04-20'));
    expect(deadlineOf('Noah will share Easter eggs with 2 friends every day.')).toBeNull();
  });
});

describe('Time-bound (T): a "By when?" point alone ("By Summer 2", "By the next LAC review") gives the point, but names nothing to achieve', () => {
  it.each([
    ['By Summer 2', term('summer', 'end')],
    ['By Easter hols', term('spring', 'end')],
    ['By the end of T5', term('summer', 'half-term')],
    ['By Sept 2025', date('2025-09-30')],
    ['By the next LAC review', { kind: 'next-review' }],
    ['Before the Easter holidays.', term('spring', 'end')],
  ])('%s', (text, want) => {
    const r = checkSmartTarget(text, MEETING);
    expect(r.deadline).toEqual(want);
    expect([r.specific.met, r.measurable.met, r.timeBound.met]).toEqual([false, false, true]);
    expect(r.findings.map((f) => f.code)).not.toContain('SMART-TEXT-PLACEHOLDER');
  });

  it('timing with no "by" or "before" stays a placeholder ("Review in 6 weeks.": a review date with no target)', () => {
    for (const text of ['Review in 6 weeks.', 'Ongoing', 'End of term']) {
      const r = checkSmartTarget(text, MEETING);
      expect(r.timeBound.met).toBe(false);
      expect(r.findings.map((f) => f.code)).toContain('SMART-TEXT-PLACEHOLDER');
    }
  });
});

describe('Time-bound (T), school-time rules: a plan of weeks (course, programme, the N-week group or block) runs from the meeting', () => {
  it.each([
    ['Ava will finish the 8-week Lego therapy group and take turns in 4 of 5 games by the end of the course.', 56],
    ['Ava will name 3 calming strategies to her ELSA by the end of the 10 week block.', 70],
    ['Ava will attend a 6 week social skills group and name 2 friends by the end of it.', 42],
  ])('%s → relative:%i', (text, days) => {
    expect(deadlineOf(text)).toEqual({ kind: 'relative', days });
  });

  it('a group or block with no article before its count says how often or who: no point', () => {
    expect(deadlineOf('Phonics 3x a week for 9 weeks, group of 6, run by the nursery practitioner.')).toBeNull();
    expect(deadlineOf('Reading - 3x week with TA, phonics group 2')).toBeNull();
  });

  it('a group with its own start is no point from the meeting', () => {
    expect(deadlineOf('Ava will attend the 6 week social skills group starting in March.')).toBeNull();
  });
});

describe('Time-bound (T), school-time rules: a year group naming a school event or assessment gives way to the event\'s own day', () => {
  it.each([
    ['Leah will play a solo in the Year 5 spring concert on 26th March.', date('2025-03-26')],
    ['Leah will take part in the Year 9 science workshop at the university on 11/03 and write a report.', date('2025-03-11')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a year group alone, or before a name and its verb, still dates approximately', () => {
    expect(deadlineOf('Leah will read 20 books in Year 5.')).toEqual({ kind: 'academic-year-end', approximate: true });
    expect(deadlineOf('By the end of Year 6 Leah will read 20 books.')).toEqual({ kind: 'academic-year-end', approximate: true });
  });
});

describe('Time-bound (T), school-time rules: an outcome dated by school time with a labelled step that has its own point → the step\'s point', () => {
  it.each([
    ['EHCP outcome: By the end of KS2, Omar will write a paragraph. Step for this term: Omar will write 4 linked sentences by 31 March 2025.', date('2025-03-31')],
    ['By the end of Reception, Omar will use short sentences. Small step: Omar will ask for a toy with a symbol card 3 times a day by Easter.', date('2025-04-20')],
    ['EHCP outcome: By the time he leaves college, Omar will travel on his own. Short-term step: do the route with his PA 3 times by the February half term.', term('spring', 'half-term')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('with no point in the step, or no step label, the school-time point stays', () => {
    expect(deadlineOf('By the end of KS2, Omar will write a paragraph. Step: write 3 sentences every day.')).toEqual({ kind: 'academic-year-end', approximate: true });
    expect(deadlineOf('By the end of KS2, Omar will write a paragraph and 3 sentences by Easter.')).toEqual({ kind: 'academic-year-end', approximate: true });
  });
});

// Findings of review22a on the dl22 readings (invented texts, meeting 15 January 2025).
describe('Time-bound (T), school-time rules, by Whitsun: Whit, Whitsun and Pentecost count only after a cue, never after a title (a person)', () => {
  it.each([
    'Amelia will read with Miss Whit half an hour every day.',
    'Amelia will read with Mr Whit week by week and learn 10 spellings.',
    'Amelia will read with Mrs Whit holidays included.',
    'Amelia will speak to Ms Whit break and lunch times if she is worried.',
    'Mrs Pentecost (TA) will hear Maya read 3 times a week; Maya will read 40 words.',
    'Maya will read to Mrs Pentecost every day and know 40 words.',
    'Maya will read with Mr Whitsun every week and know 40 words.',
  ])('a name: %s → none', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it.each([
    ['Maya will read 40 words by Whitsun.', date('2025-06-08')],
    ['Maya will read 40 words by Whit Sunday 2026.', date('2026-05-24')],
    ['Maya will read 40 words by Pentecost 2025.', date('2025-06-08')],
    ['Maya will sing two songs with the choir at Pentecost.', date('2025-06-08')],
    ['Maya will read 40 words before the Whit hols.', term('summer', 'half-term')],
    ['Maya will read 40 words by Whit half-term.', term('summer', 'half-term')],
  ])('after a cue: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('Time-bound (T), "Not deadlines" (background dates): a plan of weeks the child has finished is no point from the meeting', () => {
  it.each([
    'Liam completed the 6-week Seasons for Growth group last term and will now attend Lego club weekly.',
    'Liam completed the 6 week anger management course and will now attend Lego club weekly.',
    'Liam did a 6 week reading block last term and will now read to an adult daily.',
  ])('%s → none', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('a plan still to be done keeps its weeks from the meeting', () => {
    expect(deadlineOf('Liam will complete the 6-week Seasons for Growth group.')).toEqual({ kind: 'relative', days: 42 });
    expect(deadlineOf('Liam will attend the 6-week anger management course and has completed his baseline.')).toEqual({ kind: 'relative', days: 42 });
  });
});

describe('Time-bound (T), school-time rules, an outcome with a labelled step: with no point in the step the school-time point stays', () => {
  it('a point in a later sentence is not the step\'s', () => {
    expect(deadlineOf('By the end of KS2 Tia will read a Year 4 book. Step 1: read for 10 minutes a day with her carer. Review at the next PEP.')).toEqual({
      kind: 'academic-year-end',
      approximate: true,
    });
  });

  it('a point in the step\'s own sentence is the step\'s', () => {
    expect(deadlineOf('By the end of KS2 Tia will read a Year 4 book. Step 1: read for 10 minutes a day with her carer by the next PEP.')).toEqual({ kind: 'next-review' });
  });
});

describe('Time-bound (T), school-time rules: an Easter event is the spring term\'s, its point ending before the event\'s noun', () => {
  it('the event stays what the target names (specific), the point is the spring term\'s end or the event\'s day', () => {
    const r = checkSmartTarget('Jordan will help make decorations for the Easter fair.', MEETING);
    expect(r.deadline).toEqual(term('spring', 'end'));
    expect(r.specific.met).toBe(true);
    const dated = checkSmartTarget('Jordan will help make decorations for the Easter fair on 28/03.', MEETING);
    expect(dated.deadline).toEqual(date('2025-03-28'));
    expect(dated.specific.met).toBe(true);
  });

  it.each([
    ['Jordan will read a prayer aloud at the Easter service on Thursday 3rd April.', date('2025-04-03')],
    ['Jordan will read a prayer aloud at the spring service on Thursday 3rd April.', date('2025-04-03')],
    ['Jordan will read a prayer aloud at the Easter service on 3rd April.', date('2025-04-03')],
  ])('a weekday before the event\'s day: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a weekday alone does not date the event; a service on the Sunday is Easter Day\'s', () => {
    expect(deadlineOf('Jordan will read a prayer aloud at the Easter service on Thursday.')).not.toEqual(date('2025-04-03'));
    expect(deadlineOf('Jordan will be on time for the Easter service at church on Sunday.')).toEqual(date('2025-04-20'));
    expect(deadlineOf('Jordan will be on time for the Easter service.')).toEqual(term('spring', 'end'));
  });
});

describe('Time-bound (T): a "By when?" point alone, pasted as "By:", a leaving point or two points (the final point)', () => {
  it.each([
    ['By: end of summer term', term('summer', 'end')],
    ['By: Easter', date('2025-04-20')],
    ['by the time she moves to secondary school', { kind: 'academic-year-end', approximate: true }],
    ['By half-term, by end of term', term('spring', 'end')],
  ])('%s', (text, want) => {
    const r = checkSmartTarget(text, MEETING);
    expect(r.deadline).toEqual(want);
    expect([r.specific.met, r.measurable.met, r.timeBound.met]).toEqual([false, false, true]);
  });

  // "Before half term?": a question proposes a point, it does not settle one, as "TBC" does not (guide, "Not deadlines": vague timing).
  it.each(['By end of year - TBC', 'by end of summer - ongoing', 'Before half term?'])('hedged by TBC, ongoing or a question mark: %s stays a placeholder', (text) => {
    const r = checkSmartTarget(text, MEETING);
    expect(r.timeBound.met).toBe(false);
    expect(r.deadline).toBeNull();
    expect(r.findings.map((f) => f.code)).toContain('SMART-TEXT-PLACEHOLDER');
  });
});

// Findings of review22d on fx25 (invented texts, meeting 15 January 2025).
describe('Time-bound (T), school-time rules, an outcome with a labelled step: the step runs to its full stop or line\'s end, not ";" or "!"', () => {
  it.each([
    'EHCP outcome: by the end of KS2 Ava will write a paragraph. Step 1: write 3 sentences with her TA; by Easter.',
    'EHCP outcome: by the end of KS2 Ava will write a paragraph. Step 1: write 3 sentences with her TA! By Easter.',
    'EHCP outcome: by the end of KS2 Ava will write a paragraph. Step 1: read 5 books with her carer; by Easter.',
  ])('%s → Easter Sunday', (text) => {
    expect(deadlineOf(text)).toEqual(date('2025-04-20'));
  });

  it('a point in the next sentence is still not the step\'s', () => {
    expect(deadlineOf('EHCP outcome: by the end of KS2 Ava will write a paragraph. Step 1: write 3 sentences with her TA. Review by Easter.')).not.toEqual(date('2025-04-20'));
  });
});

describe('Time-bound (T), "Not deadlines" (background dates): "last term" after a plan the child will do says when it began, not that it is done', () => {
  it.each(['Ava will redo the 6-week course she started last term.', 'Ava will repeat the 6-week course she completed last year.'])('%s → 42 days', (text) => {
    expect(deadlineOf(text)).toEqual({ kind: 'relative', days: 42 });
  });

  it('a plan done last term stays background', () => {
    expect(deadlineOf('Ava did the 6-week course last term and will now read to an adult daily.')).toBeNull();
  });
});
