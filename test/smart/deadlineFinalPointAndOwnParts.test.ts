import { describe, expect, it } from 'vitest';
import { date, deadlineOf, term, timeBoundOf, yearEndApprox } from './_deadlineLabel';

// Deadlines read by the labelling guide (docs/smart.md, "Labelling guide", "Deadline labels", Time-bound (T) and its
// school-time table), meeting Wednesday 15 January 2025. Every wording is written for this file, not taken from a data set.
const timeBound = timeBoundOf;

describe('Labelling guide, Deadline labels: the final point is the deadline ("50% by April, and 60% by June" → June)', () => {
  it.each([
    // An earlier step in another clause does not date the term the target ends on.
    ['Mia will get a grade 6 in the spring mocks and give her teacher a revision timetable by 27 January.', term('spring', 'end')],
    ['During the summer term Leo will finish 5 books, the first of them by 19 May.', term('summer', 'end')],
    ['Ruby will learn 12 spellings in the spring term | by 07/02 learn 4', term('spring', 'end')],
    // A day in another clause is not the term's own date.
    ['Leo will learn 30 spellings in the summer term and go to the book fair on 11 June.', term('summer', 'end')],
    ['Leo will learn 30 spellings in the summer term and go to the book fair in June.', term('summer', 'end')],
  ])('%s → the term’s end', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it.each([
    // The term only spans a habit; the day is the event the habit leads to.
    ['Mia will go to choir each week this term and sing at the spring concert on 26 March.', '2025-03-26'],
    // The date beside the term's event says when the event falls (school-time table: a named assessment with a month).
    ['Mia will get a grade 6 in the spring mock, by 21.03.25.', '2025-03-21'],
    ['Mia will get a grade 6 by the spring mocks (March).', '2025-03-31'],
    ['Mia will get a grade 6 by the spring mocks (April).', '2025-04-30'],
  ])('%s → %s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });
});

describe('Labelling guide, school-time table, "when retested in June": "it" stands for a check named before', () => {
  it.each([
    ['Theo missed the times tables check; he will score 20 when he sits it in June.', date('2025-06-30')],
    ['Theo will get his Bikeability level 1 when we do it in the summer term.', term('summer', 'end')],
  ])('%s → the check’s point', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it.each([
    'When his carer gives it in May, Theo will take his inhaler without fuss.',
    'Theo will catch the ball 8 times out of 10 when we do it in June.',
    'Theo will fasten his coat when he does it up in February.',
    'Theo will have his water bottle ready when we do it in the spring term.',
    'When Dad takes it in April, Theo will pack his bag himself.',
  ])('%s: "it" names no check, a condition', (text) => {
    expect(deadlineOf(text)).toBeNull();
    expect(timeBound(text)).toBe(false);
  });
});

describe('Labelling guide, Deadline labels, "until X" → X: a later part that takes the adult’s date with "until then"', () => {
  it.each([
    ['Mum is in hospital until March; Zoe will phone her every evening until then.', date('2025-03-31')],
    ['Mum is in hospital until March; Zoe will phone her every evening till then.', date('2025-03-31')],
    ['Mum is in hospital until March; Zoe will learn to plait her own hair by then.', date('2025-03-31')],
  ])('%s → the adult’s date is the child’s too', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
    expect(timeBound(text)).toBe(true);
  });
});

describe('Labelling guide, "Not deadlines": another person’s date (an adult’s or a brother’s or sister’s state)', () => {
  it.each([
    'The social worker is off sick until March; Zoe will write in her feelings diary each day.',
    'Zoe will write in her feelings diary each day; the social worker is off sick until March.',
    'The social worker is off sick until March | Zoe will write in her feelings diary each day.',
    'The social worker is off sick until March and Zoe will write in her feelings diary each day.',
    'Her brother is in hospital until May; Zoe will draw him a picture every week.',
  ])('%s: the month is the other person’s, no point for the child', (text) => {
    expect(timeBound(text)).toBe(false);
  });

  it.each([
    // The adult's plan, and a part with no outcome of the child's, keep the point.
    ['The social worker is to visit until March; Zoe will read 4 books by May.', date('2025-05-31')],
    ['Her brother is in hospital until May.', date('2025-05-31')],
  ])('%s: the point stays', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });
});

describe('Labelling guide, school-time table, "for the rest of this term": only "for the rest of" a year group, not a thing it names', () => {
  it.each([
    'Zoe will finish the rest of Year 8 homework.',
    'Zoe will work on the rest of Year 8 topics.',
    'Zoe will play for the rest of Year 6 netball team.',
    'Zoe will stay for the rest of Year 8 French lessons.',
  ])('%s: the year group names a thing, no point', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it.each([
    'Zoe will have no detentions for the rest of Year 8.',
    'Zoe will be on time for the rest of Year 8 and hand in her homework.',
  ])('%s → academic-year-end~', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });
});

describe('Measurable rule 2: a slash is a date only when used as one ("on 4/5 set days" counts days)', () => {
  it.each(['Zoe will bring her PE kit on 4/5 set days.', 'Zoe will read at home on 3/5 school days.'])('%s: a score, no date', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('a top above its whole is no score: "sing on 18/3 chosen songs" is 18 March', () => {
    expect(deadlineOf('Zoe will sing on 18/3 chosen songs.')).toEqual(date('2025-03-18'));
  });
});

describe('Labelling guide, school-time table, a leaving point "by the time" the child starts school: only the child’s own', () => {
  it('another child’s start keeps the month: "by the time her sister starts school in September"', () => {
    expect(deadlineOf('Zoe will tidy her toys away by the time her sister starts school in September.')).toEqual(date('2025-09-30'));
  });

  it('the child’s own start is the leaving point', () => {
    expect(deadlineOf('Zoe will put her own coat on by the time she starts school in September.')).toEqual(yearEndApprox);
  });
});
