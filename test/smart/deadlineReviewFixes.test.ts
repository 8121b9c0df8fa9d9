import { describe, expect, it } from 'vitest';
import { date, deadlineOf, relative } from './_deadlineLabel';

// Near misses of the deadline readings for past "to", first weeks, "once this term", booked events and reviews
// (docs/smart.md, "Labelling guide", Time-bound (T)), meeting Wednesday 15 January 2025. The targets are written here
// for the rules, not copied from a data set.

describe('Labelling guide, Time-bound (T), "Not deadlines": background dates are what happened; a wish told at the meeting has not happened', () => {
  it.each([
    ['Jo said she wanted to start at college in September and will go to three taster days.', '2025-09-30'],
    ['Jo told her carer she hoped to join the sixth form in September.', '2025-09-30'],
    ['Jo said she was going to try for the netball squad in September.', '2025-09-30'],
    ['Jo hoped to begin her course in September | will tour 2 colleges', '2025-09-30'],
    ['Jo wanted to enter the art show in June and will finish 3 paintings.', '2025-06-30'],
  ])('%s → %s (the wish is about a month still ahead)', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it.each([
    // A wish whose month is over at the meeting, a place, an act done: the past.
    'Jo wanted to enter the art show in November 2024. She will finish 3 paintings.',
    'Jo was going to the youth club in November and will go to 2 sessions a week.',
    'Jo applied to college in November and will attend an interview.',
    'Jo tried to join the netball squad in October. She will train twice a week.',
  ])('%s: no point', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T), "for the next 6 weeks" row: "For 6 weeks" with no anchor stays a duration; first weeks need their start', () => {
  it.each([
    ['Jo will start her new placement and be on time every day for the first 6 weeks.', 42],
    ['Jo will be on time every day at her new school for the first 4 weeks.', 28],
    ['Jo will be on time on each day of her first 2 weeks.', 14],
  ])('%s → relative:%i', (text, days) => {
    expect(deadlineOf(text)).toEqual(relative(days));
  });

  it.each([
    // "new" that names no start next to the weeks.
    'Jo will bring her new pencil case to every lesson for the first 6 weeks.',
    'Jo will spell 4 new words each week for the first 6 weeks.',
    'Her new foster carer will listen to Jo read each night for the first 6 weeks.',
    // A past verb governs the first weeks: what happened.
    'Jo was late 3 times in the course of her first 2 weeks and will now be on time.',
    'Jo settled well during her first 2 weeks and will keep going.',
    // A start the school year dates (the row for "within 3 weeks of starting Year 7", label t223), or one repeated.
    'Jo will start Year 10 and be on time every day for the first 6 weeks.',
    'Jo will start each lesson with her plan and for the first 5 days tick it off.',
    'Jo will start her homework on the day it is set and show it to her carer for the first 4 weeks.',
  ])('%s: no point', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T), "Not deadlines": conditions ("once … is over") are no point; "once this term" closing its clause is a count', () => {
  it.each([
    'Jo will sing a solo once this term is over.',
    'Jo will take her library book home once this half term ends.',
    'Jo will tidy her locker once this week is done.',
    'Jo will join the drama group once next term begins.',
    "Jo will choose a new book once this term's class novel is read.",
  ])('%s: a condition, no point', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it.each([
    ['Jo will sing a solo once this term, with her music teacher.', { kind: 'term', term: 'spring', part: 'end' }],
    ['Jo will sing a solo in assembly once this half term.', { kind: 'term', term: 'spring', part: 'half-term' }],
  ])('%s: a count in the term, its end', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });
});

describe('Labelling guide, Time-bound (T), "Not deadlines": a course for September is a start point; the child\'s act at a booked time is a date', () => {
  it.each([
    'Jo will start the hairdressing course booked for September.',
    'Jo will begin the apprenticeship arranged for September.',
    'Jo will take up the college place booked for September 2025.',
    // Booked for a month over at the meeting: what happened.
    'Jo will pass her theory test, booked for December 2024.',
  ])('%s: no point', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it.each([
    ['Jo will pass her theory test booked for March.', '2025-03-31'],
    ['Jo will sit the maths exam, booked for June.', '2025-06-30'],
    ['Jo will go to the dentist appointment booked for February.', '2025-02-28'],
    ['Jo will attend the college interview arranged for 12th February.', '2025-02-12'],
  ])('%s → %s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });
});

describe('Labelling guide, Time-bound (T), the row for a review or PEP named with a month ("checked at the review in March" → the month)', () => {
  it.each([
    ['I will read to my carer each night and this will be reviewed at my PEP in May.', '2025-05-31'],
    ['Jo will read to her carer each night (review at PEP in May).', '2025-05-31'],
    ['Jo will read to her carer each night | checked at the PEP in May', '2025-05-31'],
  ])('%s → %s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('a check done at a past PEP is what happened, not the month', () => {
    expect(deadlineOf('Her reading was checked at the PEP in December and she will read each night.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T), the row "has been late 14 times this half term": a perfect before the point is what has happened', () => {
  it('"has been to" a place in a month over at the meeting is background', () => {
    expect(deadlineOf('Jo has been to the optician in November and will wear her glasses in every lesson.')).toBeNull();
  });

  it.each([
    ['Jo has to go to the optician in March.', '2025-03-31'],
    ['Jo will have been to the optician in March.', '2025-03-31'],
  ])('%s → %s (an obligation or a future perfect keeps the point)', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });
});
