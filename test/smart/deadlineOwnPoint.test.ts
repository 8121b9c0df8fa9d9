import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { date, deadlineOf, term } from './_deadlineLabel';
import { MEETING } from './_judge';

// A point's own date wins over a background one (docs/smart.md, "Labelling guide": "Deadline labels", "Time-bound (T)",
// its school-time table and "Not deadlines"), meeting Wednesday 15 January 2025. The targets are written here for the
// rule, not copied from a corpus.

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

describe('Time-bound (T), "Not deadlines": a past verb\'s day is background only on or before the meeting; a thing arranged or confirmed keeps its day', () => {
  it.each([
    // "confirmed" is a word of arranging, as "booked" is (row "test (booked 14th Feb)", label y19-220).
    ['College interview confirmed 12th February - attend with carer.', '2025-02-12'],
    ['Passport appointment confirmed 3rd March - Dean to take his documents.', '2025-03-03'],
    // Note style, a day after the meeting: the point (its nearest occurrence is six weeks on, not last February).
    ['UCAS application sent 28th February.', '2025-02-28'],
    ['Bank account opened 28th February', '2025-02-28'],
    ['Bank account opened 28th February 2025.', '2025-02-28'],
  ])('%s → %s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('a past verb\'s day on or before the meeting is background, with or without a year', () => {
    // 6 January: nine days before the meeting (the nearest occurrence), 3 December the month before.
    expect(deadlineOf('Jade will attend school 90%+ (reduced timetable ended 6th Jan).')).toBeNull();
    expect(deadlineOf('Jade will attend school 90%+ (reduced timetable ended 6th January 2025).')).toBeNull();
    expect(deadlineOf('Jade will read 3 books (her tutoring stopped on 3rd Dec).')).toBeNull();
    // "set" and "arranged" keep a day even before the meeting: when the thing arranged is.
    expect(deadlineOf('Jade will attend her review meeting, set 10th January 2025.')).toEqual(date('2025-01-10'));
  });

  it('with no meeting date there is nothing to compare: the past verb alone makes the day background', () => {
    expect(checkSmartTarget('Bank account opened 28th February.').timeBound.met).toBe(false);
    expect(checkSmartTarget('Bank account to be opened 28th February.').timeBound.met).toBe(true);
    expect(checkSmartTarget('College interview confirmed 12th February.').timeBound.met).toBe(true);
  });
});

describe('Time-bound, "a day-precise date refines a month in the same month" ("by the February deadline (Fri 21/02)"): a day alone in brackets in the month\'s last eight days restates "the end of" its month', () => {
  it.each([
    ['Jay will hand in his coursework by the end of February (Fri 21/02).', '2025-02-21'],
    ['Jay will hand in his coursework by the end of March (Mon 24/03).', '2025-03-24'],
    ['Jay will hand in his coursework by the end of March (on 28th March).', '2025-03-28'],
  ])('%s → %s (the bracket says which day the end of the month is)', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it.each([
    // review21 finding 6b: 7 April is three weeks before the end of April, no restatement of it.
    ['To complete his coursework by the end of April (Mon 7/04).', '2025-04-30'],
    ['Jay will hand in his coursework by the end of March (on 14th March).', '2025-03-31'],
    ['Jay will hand in his coursework by the end of March (Fri 21/03).', '2025-03-31'],
  ])('%s → %s (a day earlier than the month\'s last eight days does not restate its end)', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('a month alone is refined by a day anywhere in it, as before ("by the February deadline (Fri 21/02)")', () => {
    expect(deadlineOf('Jay will hand in his coursework by the April deadline (Mon 7/04).')).toEqual(date('2025-04-07'));
  });

  it('a bracket naming an event booked for a day does not refine "the end of" the month (label y19-236)', () => {
    expect(deadlineOf('Jade will pass her theory test by the end of April (test 3rd April).')).toEqual(date('2025-04-30'));
    expect(deadlineOf('Jade will pass her theory test by the end of April (appointment on 3rd April).')).toEqual(date('2025-04-30'));
  });
});

describe('Time-bound (T), "Not deadlines": a past verb\'s day after the meeting is background where another part states what the child will do', () => {
  it.each([
    // review21 finding 6: the note says when a thing happened; the outcome is the other clause, with no point of its own.
    ['EHCP issued 28th February; to use his visual timetable every morning.'],
    ['School changed 1st March; to attend every day.'],
    ['Suspended 20th January for 2 days; to have no further suspensions.'],
    ['Application submitted 20th March; to attend the college interview.'],
    ['Application submitted 20th March. Sam will attend the college interview.'],
    ['Application submitted 20th March - attend the interview.'],
  ])('%s → no point', (text) => {
    expect(deadlineOf(text)).toBeNull();
    expect(checkSmartTarget(text, MEETING).timeBound.met).toBe(false);
  });

  it('the outcome\'s own point still stands beside such a note', () => {
    expect(deadlineOf('Application submitted 20th March; to attend the college interview by the end of April.')).toEqual(date('2025-04-30'));
    expect(deadlineOf('EHCP issued 28th February; to use his visual timetable every morning by Easter.')).toEqual(date('2025-04-20'));
  });

  it.each([
    // Nothing else states an outcome: the note is the task itself, and its day the point.
    ['UCAS application sent 28th February.', '2025-02-28'],
    ['Bank account opened 28th February, with help from PA.', '2025-02-28'],
    ['UCAS application sent 28th February (personal statement done).', '2025-02-28'],
    // A thing arranged or confirmed keeps its day beside another part's outcome.
    ['College interview confirmed 12th February - attend with carer.', '2025-02-12'],
    ['Passport appointment confirmed 3rd March - Dean to take his documents.', '2025-03-03'],
  ])('%s → %s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });
});
