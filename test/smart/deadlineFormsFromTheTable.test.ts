/**
 * Deadlines written in forms the school-time table (docs/smart.md, Labelling guide, Time-bound (T)) decides but the
 * development texts seldom hold: a six-term year's numbered term or a named half with its number as a word or spaced
 * ("Term Five", "Summer Two", "T 4", "HT 4", "term4", "Half Term 4"), a key stage or year group with its number as a word
 * ("Key Stage Two", "Year Six"), the end of infants, a review dated after a dash or "which is in", and a period over at the meeting after
 * "during" and a past verb (a record, as after "in"). Each form both ways: the near misses keep their reading.
 * Texts are written for these tests, not taken from any corpus. Meeting: 15 January 2025.
 */
import { describe, expect, it } from 'vitest';
import { judge } from './_judge';

/** The analyser's deadline as a guide label (`~` when approximate). */
function label(text: string): string {
  const d = judge(text).deadline as { kind: string; date?: string; term?: string; part?: string; days?: number; approximate?: boolean } | null;
  if (d === null) return 'none';
  const t = d.approximate === true ? '~' : '';
  if (d.kind === 'date') return `date:${d.date}${t}`;
  if (d.kind === 'term') return `term:${d.term}:${d.part}${t}`;
  if (d.kind === 'relative') return `relative:${d.days}${t}`;
  return `${d.kind}${t}`;
}

describe('School-time table, "term 1 … term 6 (councils with six-term years)": the number as a word, spaced or joined', () => {
  it.each([
    ['Ali will spell 30 key words by the end of Term Five.', 'term:summer:half-term'],
    ['Ali will spell 30 key words by the end of term four.', 'term:spring:end'],
    ['Ali will spell 30 key words in Term Six.', 'term:summer:second-half'],
    ['Ali will spell 30 key words by the end of T 4.', 'term:spring:end'],
    ['Ali will spell 30 key words by the end of HT 3.', 'term:spring:half-term'],
    ['Ali will spell 30 key words in HT 5.', 'term:summer:first-half'],
    ['Ali will spell 30 key words by the end of term4.', 'term:spring:end'],
    ['Ali will spell 30 key words by the end of Half Term 4.', 'term:spring:end'],
    ['Ali will spell 30 key words by half-term 5.', 'term:summer:half-term'],
    ['Ali will spell 30 key words in Half Term 6.', 'term:summer:second-half'],
  ])('%s → %s', (text, want) => expect(label(text)).toBe(want));

  it.each([
    // A count after a term is no term number; "by half term" then a count is the half-term.
    ['Ali will practise spellings this term two times a week.', 'term:spring:end'],
    ['Ali will practise spellings by half term 3 times a week.', 'term:spring:half-term'],
    ['Ali will practise spellings by half term.', 'term:spring:half-term'],
    ['Ali will practise spellings every day.', 'none'],
    ['Ali will score T 4 on his reading test.', 'none'],
  ])('near miss: %s → %s', (text, want) => expect(label(text)).toBe(want));
});

describe('School-time table, "end of Spring 1 / Summer 2 (named halves)": the half\'s number as a word', () => {
  it.each([
    ['Ali will write 3 letters by the end of Summer Two.', 'term:summer:end'],
    ['Ali will write 3 letters by the end of Spring One.', 'term:spring:half-term'],
    ['Ali will write 3 letters by the end of spring one.', 'term:spring:half-term'],
  ])('%s → %s', (text, want) => expect(label(text)).toBe(want));

  it.each([
    ['Ali will write over the summer two letters a week.', 'term:summer:end'],
    ['Ali will write 3 letters by the end of the summer.', 'date:2025-08-31'],
  ])('near miss: %s → %s', (text, want) => expect(label(text)).toBe(want));
});

describe('School-time table, "by the end of Key Stage 1/2/3/4, by Year 6, by the end of Year 9": the number as a word', () => {
  it.each([
    ['Ali will read fluently by the end of Key Stage Two.', 'academic-year-end~'],
    ['By the end of Key Stage Three Ali will read fluently.', 'academic-year-end~'],
    ['Ali will read fluently by the end of KS Two.', 'academic-year-end~'],
    ['Ali will read fluently by the end of Year Six.', 'academic-year-end~'],
    ['Ali will read fluently by the end of year eleven.', 'academic-year-end~'],
    ['Ali will read fluently before Year Seven.', 'academic-year-end~'],
    // The infant years end as Key Stage 1 does.
    ['Ali will read fluently by the end of infants.', 'academic-year-end~'],
    ['Ali will read fluently by the end of infant school.', 'academic-year-end~'],
  ])('%s → %s', (text, want) => expect(label(text)).toBe(want));

  it.each([
    ['Ali will read to a year two pupil every day.', 'none'],
    ['Ali will read fluently one year on.', 'none'],
    ['Ali will read to the infants at the end of lunch.', 'none'],
    ['Ali will help at the end of infants assembly every week.', 'none'],
    ['Ali will read fluently by the end of the year.', 'academic-year-end'],
  ])('near miss: %s → %s', (text, want) => expect(label(text)).toBe(want));
});

describe('School-time table, "a review or PEP named with a month": the month or date after a dash, or "which is in"', () => {
  it.each([
    ['Ali will read 20 books by next PEP - April 25.', 'date:2025-04-30'],
    ['Ali will read 20 books by next PEP - 14/3/25.', 'date:2025-03-14'],
    ['Ali will read 20 books by the next PEP, which is in April.', 'date:2025-04-30'],
    ['Ali will read 20 books by the next PEP which will be in May.', 'date:2025-05-31'],
  ])('%s → %s', (text, want) => expect(label(text)).toBe(want));

  it.each([
    ['Ali will read 20 books by the next PEP - 3 books a week.', 'next-review'],
    ['Ali will read 20 books by the next PEP: reading record checked.', 'next-review'],
    ['Ali will read 20 books by the next PEP.', 'next-review'],
  ])('near miss: %s → %s', (text, want) => expect(label(text)).toBe(want));
});

describe('School-time table, "in the first 2 weeks of March": a period over at the meeting after "during" and a past verb is a record', () => {
  it.each([
    ['Ali wrote 3 stories during December.', 'none'],
    ['Ali wrote 3 stories during the autumn term.', 'none'],
    ['Ali lost 3 days during HT2; he will attend every day by the end of HT4.', 'term:spring:end'],
    ['Ali sat his mocks during November and will revise 3 topics by March.', 'date:2025-03-31'],
  ])('%s → %s', (text, want) => expect(label(text)).toBe(want));

  it.each([
    // A period still to come, or a future verb, keeps the point.
    ['Ali will write 3 stories during the summer term.', 'term:summer:end'],
    ['Ali will write 3 stories during Spring 2.', 'term:spring:second-half'],
    ['Ali will have 0 detentions during March.', 'date:2025-03-31'],
  ])('near miss: %s → %s', (text, want) => expect(label(text)).toBe(want));
});

describe('School-time table, six-term numbers, named halves, key stages and year groups: one closing rule for the number (after review)', () => {
  it.each([
    // A hyphen, "to" or "in" after a number word or figure opens a count or a ratio, no number of the point.
    ['This term one-to-one reading will help Kai spell 15 words.', 'term:spring:end'],
    ['Kai will spell 15 words this term one to one with the TA.', 'term:spring:end'],
    ['Kai will spell 15 words by the summer one-to-one with the TA.', 'term:summer:end'],
    ['Kai will practise 6 words in the summer two to three times a week.', 'term:summer:end'],
    ['Kai will score 10/10 in his times tables test by half term 3 in a row.', 'term:spring:half-term'],
    ['Kai will score 10/10 in his times tables test by half term 5 in a row.', 'term:spring:half-term'],
    ['Kai will practise handwriting this year one line at a time.', 'academic-year-end'],
    ['Kai will read over the year one comic a week.', 'academic-year-end'],
    // "during" a numbered term or named half over at the meeting, straight after a past verb, is a record.
    ['Kai fell behind during term two but will spell 15 words by the end of term four.', 'term:spring:end'],
    ['Kai was absent during Autumn 2 but will spell 15 words by the end of T4.', 'term:spring:end'],
  ])('%s → %s', (text, want) => expect(label(text)).toBe(want));

  it.each([
    // The number closing its phrase, or a name's capital, keeps it.
    ['Kai will spell 15 words by the end of term four and read daily.', 'term:spring:end'],
    ['Kai will spell 15 words by half term 4, then read daily.', 'term:spring:end'],
    ['Kai will spell 15 words by the end of Summer Two with the TA.', 'term:summer:end'],
    ['Kai will spell 15 words by the end of Year Six.', 'academic-year-end~'],
    ['Kai will spell 15 words by the end of key stage two.', 'academic-year-end~'],
    // "during" a period still to come, or with a future verb, keeps the point.
    ['Kai will spell 15 words during term four.', 'term:spring:second-half'],
    ['Kai will catch up during Summer 2 and spell 15 words.', 'term:summer:second-half'],
    // A participle straight before "during" with no subject of its own is the target's state, not a record.
    ['Kai is potty trained during Summer 2.', 'term:summer:second-half'],
  ])('near miss: %s → %s', (text, want) => expect(label(text)).toBe(want));
});
