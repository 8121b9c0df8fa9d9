import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

// The labelling guide's school-time rules (docs/smart.md, "Labelling guide", Time-bound (T)), meeting Wednesday 15 January
// 2025 (spring term, first half: HT3 of a six-term year). Examples written here, not corpus texts.
const deadlineOf = (text: string): unknown => checkSmartTarget(text, { meetingDate: '2025-01-15' }).deadline;
const term = (t: string, part: string): unknown => ({ kind: 'term', term: t, part });
const date = (d: string): unknown => ({ kind: 'date', date: d });

describe('School-time rules: "for the rest of Spring 1" — the rest of a numbered term is its end', () => {
  it.each([
    ['Ayo will hand in every homework on time for the rest of term 4.', term('spring', 'end')],
    ['Ayo will hand in every homework on time for the rest of HT4.', term('spring', 'end')],
    ['Ayo will hand in every homework on time for the rest of HT3.', term('spring', 'half-term')],
    ['Ayo will hand in every homework on time for the rest of T5.', term('summer', 'half-term')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"in term 4" stays its half, and a rest with no term named is not read as one', () => {
    expect(deadlineOf('Ayo will hand in every homework on time in term 4.')).toEqual(term('spring', 'second-half'));
    expect(deadlineOf('Ayo will hand in every homework on time for the rest of the 4 lessons.')).toBeNull();
  });
});

describe('School-time rules: a named assessment with a month — a half named before its assessment or report is the half\'s end', () => {
  it.each([
    ['Reece will get an ATL of 2 or better on the HT4 report.', term('spring', 'end')],
    ['Reece will score 8/10 in the term 5 spelling test.', term('summer', 'half-term')],
    ['Sienna will use full stops, assessed in the Summer 1 writing moderation.', term('summer', 'half-term')],
    ['Sienna will use full stops in the Spring 2 assessment.', term('spring', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a half with no assessment after it keeps "in term N": its half', () => {
    expect(deadlineOf('Sienna will use full stops in her writing in Summer 1.')).toEqual(term('summer', 'first-half'));
    expect(deadlineOf('Sienna will use full stops in her writing in HT4, every lesson.')).toEqual(term('spring', 'second-half'));
  });
});

describe('School-time rules: "0 incidents in the next 6 weeks" — an event counted as none is the target\'s count', () => {
  it.each([
    ['Kwame will have 0 suspensions in HT4.', term('spring', 'second-half')],
    ['Kwame will have no exclusions in the summer term.', term('summer', 'end')],
    ['Kwame will have zero fixed-term exclusions in term 4.', term('spring', 'second-half')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a past count of events in a term stays background (when they happened)', () => {
    expect(deadlineOf('Kwame to stay in lessons (3 suspensions in the autumn term).')).toBeNull();
    expect(deadlineOf('Kwame to stay in lessons; he had 2 exclusions in HT2.')).toBeNull();
  });
});

describe('School-time rules: "when reassessed in March" — a check named with a month dates the figure it is to show', () => {
  it.each([
    ['Target: reading age 7y 6m when retested in March.', date('2025-03-31')],
    ['Reading age 8 years when reassessed in June.', date('2025-06-30')],
    ['Nia will move to the amber section when she is re-screened in March.', date('2025-03-31')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a score stated as now with a month and no check stays background, and "when she feels ready" stays a condition', () => {
    expect(deadlineOf('Reading age 6y 8m in November.')).toBeNull();
    expect(deadlineOf('Nia will read aloud in class when she feels ready in March.')).toBeNull();
  });
});

describe('School-time rules: "a range of days in a month" — the first week of a month is its 7th', () => {
  it.each([
    ['Ore will enrol at college by the first week of September.', date('2025-09-07')],
    ['Nia will move to amber when she is re-screened in the first week of March.', date('2025-03-07')],
    ['Ore will open a bank account before the first week of April.', date('2025-04-07')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('the first week of a term, of each half term, or from a month on is not the month\'s 7th', () => {
    expect(deadlineOf('Paige will be in school for the first week of each half term.')).toBeNull();
    expect(deadlineOf('Ore will enrol at college by the end of September.')).toEqual(date('2025-09-30'));
    expect(deadlineOf('Ore will start college from the first week of September.')).toBeNull();
  });
});
