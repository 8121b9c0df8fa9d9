import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

// A point's own date wins over a background one (docs/smart.md, "Labelling guide": "Deadline labels", "Time-bound (T)",
// its school-time table and "Not deadlines"), meeting Wednesday 15 January 2025. The targets are written here for the
// rule, not copied from a corpus.
const MEETING = { meetingDate: '2025-01-15' };
const deadlineOf = (text: string): unknown => checkSmartTarget(text, MEETING).deadline;
const date = (d: string): unknown => ({ kind: 'date', date: d });
const term = (t: string, part: string): unknown => ({ kind: 'term', term: t, part });

describe('Time-bound (T), row "has been late 14 times this half term, … up from 78% in the autumn": a grade letter after "from" is the baseline\'s figure', () => {
  it.each([
    ['Mia will get a B or above in her GCSE English mock in March, up from a D in December.', '2025-03-31'],
    ['Mia will get a grade 5 in the June maths mock, up from an E in November.', '2025-06-30'],
  ])('%s → %s (the month after the grade letter dates the baseline)', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('a month with no "from" before it is still a point ("a D in November" as the target)', () => {
    expect(deadlineOf('Mia will get a D in her November mock.')).toEqual(date('2025-11-30'));
  });
});

describe('Time-bound (T), rows "an event the target is due by, dated by a month" and "a review with its month … in brackets": a month in brackets after an occasion the target is due by or checked at', () => {
  it.each([
    ['Kyle will have no rent arrears by his 18th birthday (June).', '2025-06-30'],
    ['Kyle will keep his attendance above 90% until his work placement (April).', '2025-04-30'],
    ["Kyle's effort grades will be 2 or better at the next data drop (March).", '2025-03-31'],
  ])('%s → %s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('a month in brackets after a noun no "by", "before", "until" or "at the next" governs is no point', () => {
    expect(deadlineOf('Kyle will tell his PA about the birthday (June) he enjoyed.')).toBeNull();
    // A document's own date stays background (Settled row "a document's own date in brackets").
    expect(deadlineOf('Kyle will use the strategies from the EP report (Nov).')).toBeNull();
  });
});

describe('Time-bound (T), "Not deadlines": background dates are what happened, also after a past verb with no preposition', () => {
  it('"part time timetable ended 6th Jan" dates the past; the target\'s own term is the point', () => {
    expect(deadlineOf('Jade will attend school 90%+ by the end of the spring term (currently 70% - reduced timetable ended 6th Jan).')).toEqual(term('spring', 'end'));
    expect(deadlineOf('Jade will read 3 books by the end of March (her tutoring stopped on 3rd Dec).')).toEqual(date('2025-03-31'));
  });

  it('a thing arranged for a day, a check, and a participle still to be done keep their day', () => {
    // "test (booked 14th Feb)": the booking dates the test the target is about.
    expect(deadlineOf('Jade will pass her theory test (booked 14th Feb).')).toEqual(date('2025-02-14'));
    expect(deadlineOf('Jade will hand in her coursework, to be completed 14th March.')).toEqual(date('2025-03-14'));
  });
});

describe('Deadline labels, "the final point is the deadline": "the end of April" names its day, which a day in April does not refine', () => {
  it('"by the end of April (booked 3rd April)" keeps the 30th', () => {
    expect(deadlineOf('Jade will pass her theory test by the end of April (booked 3rd April).')).toEqual(date('2025-04-30'));
  });

  it('a month alone is still refined by a day in it ("by the February deadline (Fri 21/02)")', () => {
    expect(deadlineOf('Jade will hand in her NEA by the February deadline (Fri 21/02).')).toEqual(date('2025-02-21'));
    expect(deadlineOf('Jade will sit her mock in March, on 14th March.')).toEqual(date('2025-03-14'));
  });
});
