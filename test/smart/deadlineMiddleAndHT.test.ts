import { describe, expect, it } from 'vitest';
import { deadlineOf, term } from './_deadlineLabel';

// The labelling guide's deadline rules (docs/smart.md, "Labelling guide", "School-time rules": "by Feb half term →
// term:spring:half-term"), meeting Wednesday 15 January 2025. "HT" after a month is that half term, as it already is
// after a term word ("summer HT"); a term's middle is its half-term. Examples written here, not corpus texts.

describe('School-time rules: a month + "HT" is that month\'s half term, like "Feb half term"', () => {
  it.each([
    ['Kit will learn the 8 times table by Feb HT.', 'spring'],
    ['Kit will learn the 8 times table by February HT.', 'spring'],
    ['Kit will learn the 8 times table by Oct HT.', 'autumn'],
    ['Kit will learn the 8 times table by May HT.', 'summer'],
  ])('%s → %s half-term', (text, t) => {
    expect(deadlineOf(text)).toEqual(term(t, 'half-term'));
  });

  it('a month alone is still its last day; "HT" without a month or term word is no deadline (it is also "head teacher")', () => {
    expect(deadlineOf('Kit will learn the 8 times table by February.')).toEqual({ kind: 'date', date: '2025-02-28' });
    expect(deadlineOf('Kit will read to the HT every Friday.')).toBeNull();
  });
});

describe('School-time rules: the middle of a term is its half-term', () => {
  it.each([
    ['Rosa will swim 10 metres by the middle of the summer term.', term('summer', 'half-term')],
    ['Rosa will swim 10 metres by mid-summer term.', term('summer', 'half-term')],
    ['Rosa will swim 10 metres by the middle of the autumn term.', term('autumn', 'half-term')],
    ['Rosa will swim 10 metres by the middle of term.', term('spring', 'half-term')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('the end and the start of a term keep their readings', () => {
    expect(deadlineOf('Rosa will swim 10 metres by the end of the summer term.')).toEqual(term('summer', 'end'));
    expect(deadlineOf('Rosa will swim 10 metres by the start of the summer term.')).toEqual(term('spring', 'end'));
  });
});

describe('Deadline labels: "a two-digit year written after a month ... is that year", after a day and a month too', () => {
  it.each([
    ['Jade will hand in her art portfolio by 5th Feb 27.', '2027-02-05'],
    ['Jade will hand in her art portfolio by the 12th of March 26.', '2026-03-12'],
    ['Jade will hand in her art portfolio by 5th Feb.', '2025-02-05'],
  ])('%s → %s', (text, date) => {
    expect(deadlineOf(text)).toEqual({ kind: 'date', date });
  });

  it('two digits that are no year a target could name, or a count, are not a year', () => {
    expect(deadlineOf('Jade will practise by 21st June 40 times.')).toEqual({ kind: 'date', date: '2025-06-21' });
    expect(deadlineOf('Jade will read for 3rd May 25 minutes a day.')).toEqual({ kind: 'date', date: '2025-05-03' });
  });
});
