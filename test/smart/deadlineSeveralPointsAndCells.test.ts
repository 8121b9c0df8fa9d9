import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart';
import { guideDeadline } from './_deadlineLabel';

// Several points in one target and a point written in a cell or fragment (docs/smart.md, "Labelling guide", Deadline
// labels: "When a target gives several points, the final one is the deadline", a term named alone is its end, a month
// alone its last day; Time-bound (T), the cell rows and "Not deadlines": baselines, background dates, start points).
// Meeting Wednesday 15 January 2025. The targets are written here, not copied from a data set.

describe('Deadline labels, both halves of a term named ("spring 1 and 2"): the later half is the final point', () => {
  it.each([
    ['Number bonds to 20 - autumn 1 and 2', 'term:autumn:end'],
    ['Phonics phase 5 - Spring 1 & 2.', 'term:spring:end'],
    ['Spellings: learn the Y4 list in summer 1 and 2', 'term:summer:second-half'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
  it.each([
    ['Times tables: read 5 books in autumn 1 and 2 weeks of spring.', 'term:autumn:first-half'],
    ['Number bonds to 20 - spring 1', 'term:spring:half-term'],
    ['Number bonds to 20 - spring 2', 'term:spring:end'],
  ])('not a count after the "2", nor one half alone: %s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
});

describe('Time-bound (T), cell rows: a term or month alone in a cell of a row pasted with tabs is its "when" column', () => {
  it.each([
    ['Art\tFinish her portfolio\tArt teacher\tSummer', 'term:summer:end'],
    ['Careers\tVisit two colleges\tPA\tSept', 'date:2025-09-30'],
    ['Attendance\tReach 95%\tDT\tJuly', 'date:2025-07-31'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
  it.each([
    ['Subject\tAutumn\tSpring\tSummer', 'none'],
    ['Pupil\tSummer', 'none'],
    ['Reading\tRead a book a week\tTA\tongoing', 'none'],
    ['\tRead 3 books by March.', 'date:2025-03-31'],
  ])('the same guards as a row with pipes: %s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
});

describe('Time-bound (T), cell rows: a tab inside a sentence is a space, not a cell (the reviewer\'s texts)', () => {
  it.each([
    ['Freya will swim 25m unaided by\tJuly.', 'date:2025-07-31'],
    ['Sophie will say hello to one new adult each week\tuntil\tEaster.', 'date:2025-04-20'],
    ['Ava will read 10 books before\tEaster.', 'date:2025-04-20'],
    ['Ava will read 10 books by the end of\tMarch.', 'date:2025-03-31'],
    ['Ava will read 10 books in\tMarch.', 'date:2025-03-31'],
    ['Ava will have read 10 books within\t6 weeks.', 'relative:42'],
    ['Ben will write 3 paragraphs by 14th\tMarch.', 'date:2025-03-14'],
    ['Ben will write 3 paragraphs by Feb\thalf term.', 'term:spring:half-term'],
    ['Attendance target\t95%\tBy\tHalf term', 'term:spring:half-term'],
    ['Attendance\t95%\tBy\tEaster', 'date:2025-04-20'],
  ])('after a cue, a determiner, a day\'s number or before a cell of "By": %s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
  it('one tab is no row: a negation split by a tab is still read (Ben will not<tab>swear at staff.)', () => {
    const r = checkSmartTarget('Ben will not\tswear at staff.', { meetingDate: '2025-01-15' });
    expect(r.specific.met).toBe(true);
    expect(r.measurable.met).toBe(true);
  });
});

describe('Time-bound (T), baselines are not deadlines: a figure after a target\'s mark is the one to reach, its point the target\'s', () => {
  it.each([
    ['Baseline: spelling age 7y 2m (October). Target: spelling age 8y on the retest in July.', 'date:2025-07-31'],
    ['Now: reading age 8y (Sept). Target: reading age 9y at the NGRT in June.', 'date:2025-06-30'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
  it.each([
    ['Reading age 9y 4m in November.', 'none'],
    ['Spelling age was 7y 2m in October; target 8y.', 'none'],
  ])('a figure stated as now keeps its month a baseline\'s: %s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
});

describe('Deadline labels, the final point: a past act with a note in brackets dates only the baseline', () => {
  it.each([
    ['English: Mia got a 4 (Higher) in the Dec mocks. Target a 5 in the March mocks and a 5 in the summer exams.', 'term:summer:end'],
    ['Mia got a 4 (Higher) in the Dec mocks.', 'none'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
  it('a future act with a note keeps its month: Mia will get a 5 (Higher) in the June mocks', () => {
    expect(guideDeadline('Mia will get a 5 (Higher) in the June mocks.')).toBe('date:2025-06-30');
  });
});

describe('Time-bound (T): a year group before a term\'s assessment only names it, and the term dates the target', () => {
  it.each([
    ['Maya will move her Year 10 English grade from 4 to 5 by the Year 10 summer data drop.', 'term:summer:end'],
    ['Jay will get a grade 5 in his Year 11 spring mocks.', 'term:spring:end'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
  it.each([
    ['By the end of Year 10 summer term, read 5 books.', 'academic-year-end~'],
    ['By the end of Year 11, Sam will get a grade 5 in maths.', 'academic-year-end~'],
  ])('a year group that dates the target stays: %s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
});

describe('Time-bound (T), "Not deadlines": a season after a year group that a course is for gives way to the target\'s own point', () => {
  it('the course for the summer after Year 11, booked before the end of April → the end of April', () => {
    expect(guideDeadline('Careers adviser to book Leo on the forklift course for the summer after Year 11 before the end of April.')).toBe('date:2025-04-30');
  });
  it('alone it still dates the target: Find a course for the summer after Year 11', () => {
    expect(guideDeadline('Find a course for the summer after Year 11.')).toBe('academic-year-end~');
  });
});

describe('Time-bound (T), cell rows: a "By when:" answer names its occasion, then the point after a comma', () => {
  it.each([
    ['Target: grade 5 in the resit. By when: results day, August.', 'date:2025-08-31'],
    ['Finish the portfolio. Timescale: moderation week, May.', 'date:2025-05-31'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
  it('a label that is not of when: Attend the club. Who: carer, Mum.', () => {
    expect(guideDeadline('Attend the club. Who: carer, Mum.')).toBe('none');
  });
  it.each([
    ['Ben will take the bus alone. By when: when ready, June?'],
    ['Sara will read 5 books. Reviewed: last PEP, December.'],
    ['Ava will read 10 books. By when: last review, November.'],
    ['Ava will read 10 books. By when: hopefully, June.'],
    ['Ava will read 10 books. By when: not yet agreed, June.'],
    ['Ava will read 10 books. Review date: last PEP, December.'],
    ['Ava will read 10 books. Start date: new term, February.'],
  ])('an occasion past, an answer hedged or asked, a label of what was or of a start gives none: %s', (text) => {
    expect(guideDeadline(text)).toBe('none');
  });
  it('the next occasion still answers: Ava will read 10 books. Review date: next PEP, March.', () => {
    expect(guideDeadline('Ava will read 10 books. Review date: next PEP, March.')).toBe('date:2025-03-31');
  });
});

describe('Time-bound (T): a month in brackets after the next occasion the target is checked on or in is the month', () => {
  it.each([
    ['Reading: standard score 90 on the next NGRT (June).', 'date:2025-06-30'],
    ['Spelling: 18/20 in the next spelling test (March).', 'date:2025-03-31'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
  it('an occasion that was is no point: Get 90% on the last NGRT (June)', () => {
    expect(guideDeadline('Get 90% on the last NGRT (June).')).toBe('none');
  });
});
