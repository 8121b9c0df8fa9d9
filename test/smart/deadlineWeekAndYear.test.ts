import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { yearEndApprox as YEAR_END_APPROX } from './_deadlineLabel';

// The labelling guide's deadline rules (docs/smart.md, "Labelling guide", "Deadline labels" and "School-time
// rules"), meeting Wednesday 15 January 2025 unless a test says otherwise. Examples written here, not corpus texts.
const deadlineOf = (text: string, meetingDate = '2025-01-15'): unknown => checkSmartTarget(text, { meetingDate }).deadline;

describe('School-time rules: "by Friday, by the end of this week" → the next such day', () => {
  it.each([
    ['Noah will bring his signed reading record to school by Friday.', '2025-01-17'],
    ['Isla will hand in her permission slip on Friday.', '2025-01-17'],
    ['Ben will return his library book after school on Thursday.', '2025-01-16'],
    ['Ada will tidy her tray by the end of this week.', '2025-01-17'],
    ['Ada will tidy her tray by the end of the week.', '2025-01-17'],
    ['Leo will show his mentor the finished poster next Monday.', '2025-01-20'],
    ['Leo will show his mentor the finished poster by Wednesday.', '2025-01-22'],
  ])('%s → %s', (text, date) => {
    expect(deadlineOf(text)).toEqual({ kind: 'date', date });
  });

  it('a meeting on a Friday: "by Friday" is the Friday after, "this week" the same day', () => {
    expect(deadlineOf('Noah will bring his reading record by Friday.', '2025-01-17')).toEqual({ kind: 'date', date: '2025-01-24' });
    expect(deadlineOf('Noah will bring his reading record by the end of this week.', '2025-01-17')).toEqual({ kind: 'date', date: '2025-01-17' });
  });

  it.each([
    'Noah will read with his carer every Friday.',
    'Noah will attend the homework club on Friday afternoons.',
    'Freddie will spell 8 of his 10 words correctly in his Friday test.',
    'Mia will complete 3 maths challenges each week.',
    'Jo will attend the lunch club on Fridays.',
    'Jo will hand in her homework on Friday each week.',
    'Jo will bring her PE kit by Monday morning every week.',
    'Jo will attend the homework club on Monday and Wednesday afternoons.',
    'Jo will read to an adult on Tuesday, Thursday and Friday.',
  ])('%s: a frequency or a name, no deadline', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('a week day written before a date is that date', () => {
    expect(deadlineOf('Tom will read 20 words by Monday 20th January.')).toEqual({ kind: 'date', date: '2025-01-20' });
    expect(deadlineOf('Tom will read 20 words by Fri 21/02.')).toEqual({ kind: 'date', date: '2025-02-21' });
  });
});

describe('Deadline labels, relative:<days>: years and whole years of months are 365 days', () => {
  it.each([
    ['To raise his reading age by six months in twelve months.', 365],
    ['Kai will read 40 words within 12 months.', 365],
    ['Kai will read 40 words within a year.', 365],
    ["Kai will read 40 words in two years' time.", 730],
    ['Kai will read 40 words within 6 months.', 180],
    ['Kai will read 40 words within a month.', 30],
  ])('%s → relative %i', (text, days) => {
    expect(deadlineOf(text)).toEqual({ kind: 'relative', days });
  });

  it.each([
    'Kai will read 40 words with a Year 7 reading buddy.',
    'Kai will read 40 words by the end of next year.',
    'Kai has been in care for two years and will read 40 words.',
  ])('%s: a year group, the next year or a background duration is no 365-day window', (text) => {
    const d = deadlineOf(text) as { kind: string } | null;
    expect(d?.kind).not.toBe('relative');
  });
});

describe('Deadline labels, "a two-digit year written after a month, as in \'By April 16\', is that year"', () => {
  it('reads the two digits as the year, the month as its last day (before the meeting, still a deadline)', () => {
    expect(deadlineOf('By April 16, Jo will use two-word phrases to ask for help.')).toEqual({ kind: 'date', date: '2016-04-30' });
    expect(deadlineOf('By March 26 Jo will count to 20.')).toEqual({ kind: 'date', date: '2026-03-31' });
  });

  it('keeps a day that has its ordinal, a single digit or a year after it', () => {
    expect(deadlineOf('Jo will count to 20 by April 16th.')).toEqual({ kind: 'date', date: '2025-04-16' });
    expect(deadlineOf('Jo will count to 20 by April 1.')).toEqual({ kind: 'date', date: '2025-04-01' });
    expect(deadlineOf('Jo will count to 20 by April 16, 2025.')).toEqual({ kind: 'date', date: '2025-04-16' });
  });
});

describe('Deadline labels, a year alone is read like a month alone ("a month alone is its last day")', () => {
  it.each([
    ['Zoe will pass her Level 1 functional maths by the end of 2025.', '2025-12-31'],
    ['Zoe will pass her Level 1 functional maths by 2026.', '2026-12-31'],
  ])('%s → %s', (text, date) => {
    expect(deadlineOf(text)).toEqual({ kind: 'date', date });
  });

  it.each(['Zoe has attended 98% since 2023 and will pass her Level 1 maths.', 'Zoe will pass her Level 1 maths in 2025 if she can.', 'Zoe will score 2025 points.'])('%s: no point in time', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});

describe('School-time rules: a leaving point or the end of a phase is `academic-year-end~`', () => {
  it.each([
    'Aled will find his way around the school site on his own ready for his transition to secondary school.',
    'By the time he starts Year 7, Aled will carry his own timetable.',
    'Before she begins college, Nia will travel on the bus on her own.',
    'Aled will write his name and address by the end of primary school.',
    'Nia will open a bank account by the end of sixth form.',
    'Before he starts school, Ali will use the toilet on his own.',
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(YEAR_END_APPROX);
  });

  it.each([
    'Aled will join the transition group with his mentor.',
    'Aled starts school each morning at 8:45 and will hang up his coat.',
    'Before he starts school each morning Aled will eat breakfast.',
    'Aled will use the end of primary maths booklet.',
  ])('%s: no leaving point', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});

describe('School-time rules, six-term years: a numbered term written short ("T2", "HT3") reads like "term 2"', () => {
  it.each([
    ['Ola will know her number bonds to 20 by the end of T2.', { kind: 'term', term: 'autumn', part: 'end' }],
    ['Ola will know her number bonds to 20 by the end of HT3.', { kind: 'term', term: 'spring', part: 'half-term' }],
    ['Ola will know her number bonds to 20 in HT4.', { kind: 'term', term: 'spring', part: 'second-half' }],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('a T or HT number that is no term (T7, HT10) is not read', () => {
    expect(deadlineOf('Ola will know her number bonds to 20 by the end of T7.')).toBeNull();
  });
});

describe('"by the end of the 2024-25 academic year", "by the end of the school week"', () => {
  it('an academic year written before "academic year" does not hide the prefix', () => {
    expect(deadlineOf('Ola will pass her Entry 3 maths by the end of the 2024-25 academic year.')).toEqual({ kind: 'academic-year-end' });
    expect(deadlineOf('Ola will pass her Entry 3 maths by the end of the 2024/25 school year.')).toEqual({ kind: 'academic-year-end' });
  });

  it('"the school week" is the week', () => {
    expect(deadlineOf('Ola will hand in her planner by the end of the school week.')).toEqual({ kind: 'date', date: '2025-01-17' });
  });
});

describe('a two-digit number after a month is a year only if a target could name it', () => {
  it('"by March 31" (31 is no year within five years of the meeting) is a day', () => {
    expect(deadlineOf('Jo will count to 20 by March 31.')).toEqual({ kind: 'date', date: '2025-03-31' });
  });
});

describe('a key stage or year group that names a thing after "in" does not date the target; the month does', () => {
  it.each([
    ['Lola will reach the expected standard in the KS2 writing SATs in May.', { kind: 'date', date: '2025-05-31' }],
    ['Ruby will get a grade 5 in the Year 11 mocks in March.', { kind: 'date', date: '2025-03-31' }],
    ['Ruby will sit her mock exams in December and get a 4 or above in maths.', { kind: 'date', date: '2025-12-31' }],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('with no other deadline, the key stage or year group still dates the target ("in his Year 6 SATs")', () => {
    expect(deadlineOf('In Year 11 Sam will pass 5 GCSEs.')).toEqual(YEAR_END_APPROX);
    expect(deadlineOf('Amy will reach the expected standard in her Year 6 SATs.')).toEqual(YEAR_END_APPROX);
    expect(deadlineOf('Amy will get better in Key Stage 2 maths.')).toEqual(YEAR_END_APPROX);
  });

  it('a window from the meeting after a baseline clause is still a deadline', () => {
    expect(deadlineOf('Kai will move to a full timetable from his current part-time one within a month.')).toEqual({ kind: 'relative', days: 30 });
  });
});

describe('Deadline labels, term:<term>:<part>: a half named before its term ("the first half of the summer term")', () => {
  it.each([
    ['Isla will swim 10 metres by the end of the first half of the summer term.', { kind: 'term', term: 'summer', part: 'half-term' }],
    ['Isla will swim 10 metres in the first half of the summer term.', { kind: 'term', term: 'summer', part: 'first-half' }],
    ['Isla will swim 10 metres in the second half of the spring term.', { kind: 'term', term: 'spring', part: 'second-half' }],
    ['Isla will swim 10 metres by half of the summer term.', { kind: 'term', term: 'summer', part: 'end' }],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });
});

describe('"by the end of the calendar year" is 31 December of the meeting\'s year', () => {
  it('a date, not the end of the academic year', () => {
    expect(deadlineOf('Tia will pass her theory test by the end of the calendar year.')).toEqual({ kind: 'date', date: '2025-12-31' });
    expect(deadlineOf('Tia will pass her theory test by the end of the financial year.')).toBeNull();
  });
});

describe('a deadline word before a window ("Review: 6 weeks", "Timescale - 4 weeks") reads it like a "Timescale" cell', () => {
  it('is a relative deadline, not a duration', () => {
    expect(deadlineOf('Tom will read 20 words. Review: 6 weeks.')).toEqual({ kind: 'relative', days: 42 });
    expect(deadlineOf('Tom will read 20 words. Timescale - 4 weeks')).toEqual({ kind: 'relative', days: 28 });
  });

  it('a window with its own preposition keeps its reading', () => {
    expect(deadlineOf('Tom will read 20 words every day for 6 weeks.')).toBeNull();
  });
});

describe('"this week\'s spellings", "this month\'s book": a possessive period names a thing, not a deadline', () => {
  it('is no deadline; "this week" and "this month" alone still are', () => {
    expect(deadlineOf("Sam will learn this week's spellings.")).toBeNull();
    expect(deadlineOf("Sam will read this month's class book.")).toBeNull();
    expect(deadlineOf('Sam will read 20 words this week.')).toEqual({ kind: 'date', date: '2025-01-17' });
    expect(deadlineOf('Sam will read 20 words this month.')).toEqual({ kind: 'date', date: '2025-01-31' });
  });
});

describe('"by <week day>" for any meeting date (fast-check): the first such day after the meeting', () => {
  const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  it('falls 1 to 7 days after the meeting, on that week day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 6 }), (offset, dow) => {
        const meeting = new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const d = checkSmartTarget(`Ben will read 20 words by ${DAYS[dow]}.`, { meetingDate: meeting }).deadline as { kind: string; date: string };
        const days = (Date.parse(d.date) - Date.parse(meeting)) / 86_400_000;
        expect(d.kind).toBe('date');
        expect(days).toBeGreaterThanOrEqual(1);
        expect(days).toBeLessThanOrEqual(7);
        expect(new Date(Date.parse(d.date)).getUTCDay()).toBe(dow);
      }),
    );
  });
});

describe('The labelling guide, "a named assessment with a month": the month after the assessment ("mock - Dec", "mocks (June)")', () => {
  it('dates the target with the month\'s last day', () => {
    expect(deadlineOf('Eva will get a grade 5 in English literature, mock - Dec.')).toEqual({ kind: 'date', date: '2025-12-31' });
    expect(deadlineOf('Eva will get a grade 5 in her mocks (June).')).toEqual({ kind: 'date', date: '2025-06-30' });
  });

  it('a month that is also a word needs the mark between: "the mock exam may be hard" names no month', () => {
    expect(deadlineOf('Eva will sit the mock exam may be hard for her.')).toBeNull();
  });
});
