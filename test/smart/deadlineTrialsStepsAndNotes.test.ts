import { describe, expect, it } from 'vitest';
import { guideDeadline, timeBoundOf } from './_deadlineLabel';

// Meeting 15 January 2025, as the labelling guide fixes (docs/smart.md, "Labelling guide").

describe('Labelling guide, Time-bound (T): a trial of so many weeks runs from the meeting, as "weekly for 6 weeks then review"', () => {
  it('reads a managed move trial of weeks as that many weeks, after a dash or after "for"', () => {
    expect(guideDeadline('Managed move to Oakfield school - 4 week trial, review in week 4')).toBe('relative:28');
    expect(guideDeadline('Maya to attend every lesson with no exclusions for the 8-week trial; a review meeting decides the move.')).toBe('relative:56');
  });
  it('gives way to a decision meeting or end date the text names', () => {
    expect(guideDeadline('Sam to complete the 12-week trial with 90% attendance; decision meeting w/c 24/3/25.')).toBe('date:2025-03-24');
    expect(guideDeadline('Sam to attend every lesson for the 6-week trial (to 14 March).')).toBe('date:2025-03-14');
  });
  it('is no point for a trial already done, trial runs or a trial with no count', () => {
    expect(guideDeadline('He completed a 6 week trial at his old school and it broke down.')).toBe('none');
    expect(guideDeadline('Tom will go on 3 trial runs of the bus route.')).toBe('none');
    expect(guideDeadline('A trial of the part-time timetable, to be looked at again.')).toBe('none');
    expect(guideDeadline('Ben had a 6 week trial at the PRU last year.')).toBe('none');
  });
});

describe('Labelling guide, Time-bound (T): an outcome dated by school time gives way to its step\'s own "by" point (the row "Short-term target: ...")', () => {
  it('reads the step written after the outcome with "by"', () => {
    expect(guideDeadline('By the end of Year 11, Priya will finish her art portfolio, with the first sketchbook handed in by February half term.')).toBe('term:spring:half-term');
    expect(guideDeadline('By the end of Year 5 Omar will read 100 words a minute; this term he will reach 80 by the end of the spring term.')).toBe('term:spring:end');
  });
  it('keeps the school-time point with no later "by" point, with a point in an "after ...ing" clause, or before it', () => {
    expect(guideDeadline('By the end of Year 6, Ava will walk to school on her own, after practising the route with her carer until Easter.')).toBe('academic-year-end~');
    expect(guideDeadline('By Easter Tom will read 20 words and by the end of Year 2 he will read 100.')).toBe('academic-year-end~');
    expect(guideDeadline('By the end of Year 9 Leah will solve linear equations, checked by her teacher at the next PEP.')).toBe('academic-year-end~');
    expect(guideDeadline('By the end of Year 11, Toby will achieve Grade 5 in English so that he can apply to college by March.')).toBe('academic-year-end~');
  });
});

describe('Labelling guide, Time-bound (T), "Not deadlines": notes that name no point', () => {
  it('reads a lone "review" closing the text after a dash as no point', () => {
    expect(guideDeadline('Mia to use the calm corner at break - review.')).toBe('none');
    expect(timeBoundOf('Forest school place - review')).toBe(false);
  });
  it('keeps a review that is named, dated or put in a cell of when', () => {
    expect(guideDeadline('Mia to use the calm corner at break - review at next PEP.')).toBe('next-review');
    expect(guideDeadline('Mia to use the calm corner at break - by review.')).toBe('next-review');
    expect(guideDeadline('Mia to use the calm corner at break - review in 6 weeks.')).toBe('relative:42');
    expect(guideDeadline('By when - review.')).toBe('next-review');
  });
  it('reads "TBC at the next PEP" as a target still to be set (vague timing, "TBC")', () => {
    expect(guideDeadline('Speech target following the assessment - TBC at next PEP')).toBe('none');
    expect(guideDeadline('New target TBC at the next meeting.')).toBe('none');
    expect(guideDeadline('Careers plan - to be discussed at next PEP')).toBe('next-review');
    expect(guideDeadline('Leo will read 20 books by the next PEP (date TBC).')).toBe('next-review');
  });
  it('reads the period a note says has no target as no point', () => {
    expect(guideDeadline('Settling in after a move: no targets this term.')).toBe('none');
    expect(guideDeadline('No new target set until Easter.')).toBe('none');
    expect(guideDeadline('No target this half term; Leo will read 20 books by Easter.')).toBe('date:2025-04-20');
    expect(guideDeadline('Leo will reach his reading target this term.')).toBe('term:spring:end');
    expect(guideDeadline('Leo will have no suspensions this term.')).toBe('term:spring:end');
  });
  it('reads "up-to-date" as current, not a label of when', () => {
    expect(guideDeadline('Every child in care will have an up-to-date PEP by March 2025.')).toBe('date:2025-03-31');
    expect(guideDeadline('Every child will have an up to date PEP.')).toBe('none');
    expect(guideDeadline('Target date: next PEP')).toBe('next-review');
  });
});

describe('Labelling guide, Time-bound (T), school-time rules: year groups, transition days and numbered terms', () => {
  it('reads Year R as the Reception year group', () => {
    expect(guideDeadline('Before she starts in Year R, Isla will visit her new class 3 times.')).toBe('academic-year-end~');
    expect(guideDeadline('By the end of Year R, Isla will write her first name.')).toBe('academic-year-end~');
    expect(guideDeadline('year r')).toBe('none');
  });
  it('reads the end of transition week as the transition days (the row "before transition day")', () => {
    expect(guideDeadline('Kai will find his form room on his own by the end of transition week in July.')).toBe('academic-year-end~');
    expect(guideDeadline('Kai will find his form room on his own before transition week.')).toBe('academic-year-end~');
    expect(guideDeadline('Kai will attend transition week.')).toBe('none');
  });
  it('reads "by the start of term N" as the end of the term before (the row "by the start of next term")', () => {
    expect(guideDeadline('Adam will move into the top set by the start of term 5.')).toBe('term:spring:end');
    expect(guideDeadline('Adam will read 20 books before the start of term 3.')).toBe('term:autumn:end');
    expect(guideDeadline('Adam will read 20 books by the start of term 1.')).toBe('term:summer:end');
    expect(guideDeadline('Adam will read 20 books from the start of term 5.')).toBe('none');
    expect(guideDeadline('Adam will read 20 books by the end of term 5.')).toBe('term:summer:half-term');
  });
});
