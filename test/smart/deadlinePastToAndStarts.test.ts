import { describe, expect, it } from 'vitest';
import { date, deadlineOf, relative, timeBoundOf as timeBound } from './_deadlineLabel';

// Deadline readings from the labelling guide (docs/smart.md, "Labelling guide", Time-bound (T)), meeting Wednesday
// 15 January 2025. The targets are written here for the rules, not copied from a data set.

describe('Labelling guide, Time-bound (T), "Not deadlines": background dates are what happened, also after a "to" a past verb governs', () => {
  it.each([
    'Mia went to school in December; she will read 10 books each week.',
    'Kai went to hospital in November; he will catch up on 3 missed units.',
    'Tom wanted to go to the fair in December 2024. He will save £5 each week.',
    'Ben hoped to visit the museum in December 2024. He will write a report.',
    'Amy tried to join the choir in October. She will sing in assembly.',
    'Tom used to go to the club in November. He will attend 3 sessions a week.',
    'Tom was going to go to the fair in December 2024. He will save £5 each week.',
    'Ben was hoping to go to camp in October 2024. He will pack his bag each day.',
    'Ben was aiming to get a grade 5 in the November mock. He will revise each night.',
    'Sara had been going to swimming in November; she will swim 25 metres.',
    'Leo went to college in September and will attend 95% of lessons.',
  ])('%s: the past month is no deadline', (text) => {
    expect(deadlineOf(text)).toBeNull();
    expect(timeBound(text)).toBe(false);
  });

  it.each([
    ['Mia went to school in December; she will read 10 books by Easter.', date('2025-04-20')],
    ['Leo went to college in September and will attend 95% of lessons by the end of term.', { kind: 'term', term: 'spring', part: 'end' }],
  ])('%s: the target\'s own point is read, not the past month', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it.each([
    // A "to" of the future or of a wish now: the month is the next one.
    ['Ben wants to go to the fair in December.', '2025-12-31'],
    ['Ben is going to go to the fair in March.', '2025-03-31'],
    ['Sara will be going to the fair in December.', '2025-12-31'],
    ['Ben will go to college in September.', '2025-09-30'],
    // A past verb that looks ahead from when it was said, or a present perfect: the point may be the next one.
    ['Ben has agreed to attend the Christmas fair in December.', '2025-12-31'],
    ['Sam decided to apply for college in September.', '2025-09-30'],
    ['Sam has decided to go to college in September.', '2025-09-30'],
    // "get used to" is what the child will do, not a past habit.
    ['Caleb to get used to going to the gym in March.', '2025-03-31'],
    // A past act whose month is still to come at the meeting stays a point (not over).
    ['Lily went to the dentist in March to have a check-up.', '2025-03-31'],
  ])('%s → %s (near miss: not the past)', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('a year group after a past act names the year it was done in: "he missed in Year 10" gives way to the mock in March', () => {
    const text = 'Kayla will revise the topics she missed in Year 10 and get a grade 5 in the mock in March 2025.';
    expect(deadlineOf(text)).toEqual(date('2025-03-31'));
    expect(deadlineOf('Kayla will get a grade 5 in Year 11.')).toEqual({ kind: 'academic-year-end', approximate: true });
  });
});

describe('Labelling guide, Time-bound (T), "by his GCSEs … With a month, the month" and "Before the placement starts in May"', () => {
  it.each([
    ['Zoe will revise 3 times a week before her GCSE exams start on 12 May.', '2025-05-12'],
    ['Zoe will revise daily until her GCSE exams start in May.', '2025-05-31'],
    ['Zoe will score 80% on quizzes before her Year 11 mocks begin on 24 Feb.', '2025-02-24'],
    ['Zoe will know her 6 times table before the Year 4 MTC in June.', '2025-06-30'],
  ])('%s → %s (the exams dated by their start: the year group or exams give way)', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it.each([
    // No day or month after the start: the exams still date the target approximately.
    ['Zoe will revise before her GCSEs start.', { kind: 'academic-year-end', approximate: true }],
    // A later start after "and", not governed by "before": the "by" point stays (start points are not deadlines).
    ['Zoe will pass Entry 3 by June and move to the Level 1 class in September.', date('2025-06-30')],
  ])('%s (near miss)', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });
});

describe('Labelling guide, Time-bound (T): "within his first 6 weeks in school, in the first two weeks" → relative, also "for the first" and "of her first" weeks', () => {
  it.each([
    ['Sam will start his new placement and attend every day for the first 6 weeks.', 42],
    ['Sam will begin the course and attend 4 days a week for the first 8 weeks.', 56],
    ['Sam will attend every day of his first 2 weeks.', 14],
  ])('%s → relative:%i', (text, days) => {
    expect(deadlineOf(text)).toEqual(relative(days));
  });

  it.each([
    // "the first" weeks with no start named: a window with no anchor, as "for 6 weeks" is.
    'Success: no lateness recorded by his employer for the first 6 weeks.',
    'Sam will attend every lesson for 4 weeks.',
    // The first weeks of a recurring period, or minutes of each lesson: no point.
    'Sam will start each term well and attend every lesson for the first 4 weeks of each term.',
    'Sam will read for the first 10 minutes of each lesson.',
  ])('%s: no point', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): "this term" → the term\'s end, also after "once" as a count', () => {
  it('"once this term" is one time in the term, not a condition', () => {
    expect(deadlineOf('Kian to read aloud to his group once this term.')).toEqual({ kind: 'term', term: 'spring', part: 'end' });
  });

  it.each([
    // A count per period recurs; "once this is in place" is a condition.
    'Kian to read aloud to his group once a term.',
    'Kian will read aloud to his group once this is in place.',
  ])('%s: no point', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T), the row for a review or PEP named with a month ("at the May review") after a future verb', () => {
  it('"we will look at it at my PEP in May" is the month', () => {
    expect(deadlineOf('I will tell my teacher when I feel worried every day, and we will look at it at my PEP in May.')).toEqual(date('2025-05-31'));
  });

  it('a past verb before the review keeps it what happened', () => {
    expect(deadlineOf('Sam agreed at the PEP in December to read every night.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T), "Not deadlines": a thing booked for a point is a start point only with have, get or be governing it', () => {
  it.each([
    ['Kai will pass his Level 1 exam, booked for March 2025, with weekly tuition.', '2025-03-31'],
    ['To finish the Silver award (the expedition booked for June 2026)', '2026-06-30'],
  ])('%s → %s (the booked event is the child\'s act then)', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it.each([
    'Kai will have his work experience arranged for June.',
    'Kai will get a place booked for September on the Level 1 course.',
    // A course for a month, with no participle of arranging: a start point.
    'Kai will apply for a course for September.',
  ])('%s: no point', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});
