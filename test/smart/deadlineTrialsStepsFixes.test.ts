import { describe, expect, it } from 'vitest';
import { guideDeadline } from './_deadlineLabel';
import { specific } from './_judge';

// Meeting 15 January 2025, as the labelling guide fixes (docs/smart.md, "Labelling guide").

describe('Labelling guide, Time-bound (T), "Not deadlines": a trial told of, with its own start, or hedged is no point', () => {
  it('gives no point for a trial already over or only reported in its own clause', () => {
    expect(guideDeadline('A 6 week trial ended in December; Maya to attend 95% of sessions.')).toBe('none');
    expect(guideDeadline('The school hopes for a 6 week trial but nothing is agreed yet.')).toBe('none');
  });
  it('gives no point for a trial with a start of its own (the guide\'s row for a plan with a later start)', () => {
    expect(guideDeadline('Maya to attend 95% of sessions for a 6 week trial from 3 March.')).toBe('none');
    expect(guideDeadline('Maya to attend 95% of sessions for a 6 week trial starting after half term.')).toBe('none');
  });
  it('gives no point for a trial asked about, conditional, possible or to be confirmed (vague timing)', () => {
    expect(guideDeadline('Maya will attend a 6 week trial at Oakfield?')).toBe('none');
    expect(specific('Maya will attend a 6 week trial at Oakfield?')).toBe(false);
    expect(guideDeadline('Maya may have a 6 week trial at Oakfield if a place comes up.')).toBe('none');
    expect(guideDeadline('Possible 6 week trial at Oakfield - TBC')).toBe('none');
    expect(guideDeadline('Maya will perhaps do a 6 week trial at Oakfield.')).toBe('none');
  });
  it('keeps a trial the child\'s act or a review decides', () => {
    expect(guideDeadline('Maya will attend her new school for the 6 week trial with no suspensions.')).toBe('relative:42');
    expect(guideDeadline('Managed move to Oakfield school - 4 week trial, review in week 4')).toBe('relative:28');
  });
});

describe('Labelling guide, Time-bound (T), the row "Short-term target: ... after an outcome dated by school time": the step is the child\'s own', () => {
  it('keeps the school-time point when another person\'s act follows ";"', () => {
    expect(guideDeadline('By the end of Year 11 Zara will pass English; her mum will buy a laptop by March.')).toBe('academic-year-end~');
    expect(guideDeadline('By the end of Year 11 Zara will pass English; school will buy new books by Easter.')).toBe('academic-year-end~');
  });
  it('keeps the school-time point for help given "until" a point after ", with" (the Eid/Ramadan row: background)', () => {
    expect(guideDeadline('By the end of Year 11 Zara will pass English, with help from her TA until Easter, and go to revision.')).toBe('academic-year-end~');
    expect(guideDeadline('By the end of Year 11 Zara will pass English, with 1:1 tuition until February half term.')).toBe('academic-year-end~');
  });
  it('still reads the child\'s own step', () => {
    expect(guideDeadline('By the end of Year 11 Zara will pass English; her next step is to finish 3 past papers by Easter.')).toBe('date:2025-04-20');
    expect(guideDeadline('By the end of Year 11, Zara will finish her project, with the plan handed in by February half term.')).toBe('term:spring:half-term');
  });
});

describe('Labelling guide, Time-bound (T): a month is its last day, also for a September transition week', () => {
  it('reads "by the end of transition week in September" as the month', () => {
    expect(guideDeadline('Kai will find his form room on his own by the end of transition week in September.')).toBe('date:2025-09-30');
  });
  it('keeps the transition week alone or in July as the year\'s end', () => {
    expect(guideDeadline('Kai will find his form room on his own by the end of transition week.')).toBe('academic-year-end~');
    expect(guideDeadline('Kai will find his form room on his own by the end of transition week in July.')).toBe('academic-year-end~');
  });
});

describe('Labelling guide, Time-bound (T), the row for a lone "review" closing the text (labels y22-193, y23-207)', () => {
  it('keeps the review as the point after a measured target', () => {
    expect(guideDeadline('Attendance target 90% - Review')).toBe('next-review');
    expect(guideDeadline('Attendance - 90% - review.')).toBe('next-review');
  });
  it('reads it as no point after an act or heading with no figure', () => {
    expect(guideDeadline('Reading - review.')).toBe('none');
    expect(guideDeadline('Lily to use her calm box at lunch - review.')).toBe('none');
  });
});

describe('Labelling guide, Time-bound (T), "Not deadlines": vague timing, "TBC" before a review named', () => {
  it('reads "TBC at the next LAC review" as a target still to be set, as "TBC at the next PEP"', () => {
    expect(guideDeadline('Maths target TBC at the next LAC review.')).toBe('none');
    expect(guideDeadline('Maths target TBC at the next PEP.')).toBe('none');
  });
  it('keeps a LAC review the target is achieved by, its date to be confirmed', () => {
    expect(guideDeadline('Maya will read 20 books by the next LAC review (date TBC).')).toBe('next-review');
    expect(guideDeadline('Maya will read 20 books at the next LAC review.')).toBe('next-review');
  });
  it('reads a cell labelled by a deadline word before the dash as a cell of when', () => {
    expect(guideDeadline('Reading - timescale - review.')).toBe('next-review');
    expect(guideDeadline('By when - review.')).toBe('next-review');
  });
});
