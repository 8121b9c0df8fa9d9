import { describe, expect, it } from 'vitest';
import { date, deadlineOf, term, timeBoundOf, yearEndApprox } from './_deadlineLabel';

// Time-bound points and deadlines read by general rules of the labelling guide (docs/smart.md, "Labelling guide",
// "Deadline labels", Time-bound (T) and its school-time table), meeting Wednesday 15 January 2025. Every wording is
// written for this file, not taken from a data set.
const timeBound = timeBoundOf;

describe('Labelling guide, school-time table, "a named assessment with a month": a term event dated by a day or month in that term', () => {
  it.each([
    ['Maya will reach a grade 6 by the summer mocks in June.', '2025-06-30'],
    ['Leon will score 70% in the spring assessment week (10-14 March).', '2025-03-14'],
    ['Ruby will get a B by the spring data drop (end of March).', '2025-03-31'],
    ['Ollie will know 30 sounds in his end of term phonics check in March.', '2025-03-31'],
    ['Zara will get a grade 5 in the spring mock, by 28.03.25.', '2025-03-28'],
    ['Finn will practise every week this term and sing in the concert on 27 March.', '2025-03-27'],
  ])('%s → %s (the date says when in the term the event falls)', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it.each([
    // "By the end of" a term names the term's end: a review date in brackets after it is no later point.
    ['Sam will get a grade 5 by the end of the spring term (review 17/3).', term('spring', 'end')],
    ['By the end of the summer term in July Sam will swim 25 metres.', term('summer', 'end')],
    // A month alone after the term, with no "by", stays inside it: the term's end is the final point.
    ['Sam will read 20 books in the summer term and visit the library in June.', term('summer', 'end')],
    // Easter falls in the holidays before the summer term, not in it.
    ['Ava will sit her violin exam in the summer term; her teacher to say she is ready by Easter.', term('summer', 'end')],
  ])('%s: the term stays', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });
});

describe('Labelling guide, school-time table, a leaving point: "by the time" the child starts school or goes to a middle school', () => {
  it.each([
    'Poppy will use the toilet on her own by the time she starts school in September.',
    'I will know my 8 times table by the time I go to middle school in September.',
    'Jack will write his name by the time he goes to the upper school.',
  ])('%s → academic-year-end~', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it.each([
    ['Sam will eat his breakfast by the time he starts school each morning.', null],
    ['By the time she goes to the middle of the line she will be calm.', null],
    // "Before" with a month keeps the month's own day (an older settled label).
    ['Before he starts school in September, Sam will visit his class twice.', date('2025-09-30')],
  ])('%s: no leaving point', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });
});

describe('Labelling guide, school-time table, "when retested in June": a check taken again, named by "it"', () => {
  it.each([
    ['Isla will pass the phonics check when she retakes it in June.', date('2025-06-30')],
    ['Kai wants his level 1 cycling badge when we do it in the summer term.', term('summer', 'end')],
    ['Noah will pass Entry 2 reading when he takes it in May.', date('2025-05-31')],
  ])('%s → the check’s point', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
    expect(timeBound(text)).toBe(true);
  });

  it.each([
    'When we do swimming in June, Amy will swim 10 metres.',
    // A date the check's reading would take: "it" here names no check.
    'When he takes his tablets in May he will settle more quickly.',
    'Arthur will keep his inhaler in his bag when he takes it in March.',
  ])('%s: a condition, or no point', (text) => {
    expect(timeBound(text)).toBe(false);
  });
});

describe('Measurable rule 2 (a slash is a date only when used as one): "on 4/5 observed occasions" is a score', () => {
  it.each([
    ['Lily will ask for help on 4/5 observed occasions by 31/03/25.', date('2025-03-31')],
    ['Eli will share a toy on 3/5 recorded days by the end of Spring 1.', term('spring', 'half-term')],
  ])('%s → the written point, not 4 May', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('a day alone after "on" is still a date: "Sam will hand in his form on 3/5."', () => {
    expect(deadlineOf('Sam will hand in his form on 3/5.')).toEqual(date('2025-05-03'));
  });
});

describe('Labelling guide, "Not deadlines": background dates (what happened, a baseline, another person’s time)', () => {
  it.each([
    ['Tom will get a grade 5 in his mock in March, improving from a grade 4 in November.', date('2025-03-31')],
    ['Tia will score 12 or below on her carer-completed SDQ at the summer PEP (January score: 20).', term('summer', 'end')],
    ['No detentions for the rest of Year 9. I had 4 before Christmas.', yearEndApprox],
  ])('%s → the target’s own point', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it.each([
    'Mum is in hospital until March; Leo will tell his key adult how he feels each morning.',
    'Dad is away with work until April. Mia will talk to her mentor about her week.',
  ])('%s: the month is the adult’s, no point for the child', (text) => {
    expect(timeBound(text)).toBe(false);
  });

  it.each([
    // The adult's own plan, and a part with no other outcome, keep the point.
    ['Mum is to take her swimming until Easter; Amy will swim 25 metres.', date('2025-04-20')],
    ['Mum is reading with him until Easter; Leo will read every night.', date('2025-04-20')],
    ['Dad is deployed until April.', date('2025-04-30')],
    ['School is closed until 6th January; Sam will read 3 books by Easter.', date('2025-04-20')],
    // A point still to come after "before", and no past act: the target's.
    ['Jo will have no detentions before Christmas.', term('autumn', 'end')],
    ['Sam will read 14 books by the next PEP (March).', date('2025-03-31')],
  ])('%s: the point stays', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });
});

describe('Labelling guide, school-time table, "for the rest of this term": a year group after "for the rest of" is its end', () => {
  it('"for the rest of Year 11" → academic-year-end~', () => {
    expect(deadlineOf('Sam will attend every lesson for the rest of Year 11.')).toEqual(yearEndApprox);
  });

  it('"finished the rest of Year 9 work" names the work, no point', () => {
    expect(timeBound('He finished the rest of Year 9 work.')).toBe(false);
  });
});
