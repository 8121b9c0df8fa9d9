import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

const MEETING = { meetingDate: '2025-01-15' };
const met = (text: string) => {
  const r = checkSmartTarget(text, MEETING);
  return { s: r.specific.met, m: r.measurable.met };
};

describe('Measurable rule 3: an unseen state of mind shown by an act ("show understanding of …")', () => {
  it.each([
    'I can show understanding of many common words and phrases in a story.',
    'Sam will demonstrate understanding of place value.',
    'Demonstrate understanding when talking with others about a book.',
    'Demonstrate his understanding by retelling the story.',
  ])('granted: the act that shows it is seen, with named content or a named act: %s', (text) => {
    expect(met(text).m).toBe(true);
  });

  it.each([
    'Sam will develop an understanding of place value.',
    'Sam will understand place value.',
    'Sam will show understanding of it.',
    'Sam will show an understanding of his feelings.',
    'Sam will show awareness of danger.',
    'Sam will be aware of danger.',
  ])('still denied: understanding not shown, shown of nothing named, or of a broad area: %s', (text) => {
    expect(met(text).m).toBe(false);
  });
});

describe('Measurable rule 3: curriculum acts seen done in the work (compare, summarise, predict, retrieve, justify)', () => {
  it.each([
    'I can compare two characters in a story.',
    'I can summarise the main events of a chapter.',
    'To understand how settings influence events in stories and to compare and contrast settings.',
    'Sam can justify his answers using evidence from the text.',
  ])('granted: %s', (text) => {
    expect(met(text)).toEqual({ s: true, m: true });
  });

  it.each([
    'To understand how settings influence events in stories.',
    'Sam will compare better.',
  ])('still denied: understanding alone, or a comparative with no figure (M rule 6): %s', (text) => {
    expect(met(text).m).toBe(false);
  });
});

describe('Specific rule 1 (a general object) narrowed by its source: "ideas with evidence from the book"', () => {
  it.each([
    'I am beginning to justify my ideas with evidence from the book.',
    'Sam will pick a strategy from his toolkit when in the yellow zone, 3 times a week.',
  ])('granted: the general word is drawn from a named source: %s', (text) => {
    expect(met(text)).toEqual({ s: true, m: true });
  });

  it.each([
    'Sam will use strategies.',
    'Sam will use strategies from his key worker.',
    'Sam will access support from the SENCo.',
    'Sam will use ideas from it.',
  ])('still denied: general, or drawn from an adult or from nothing named: %s', (text) => {
    expect(met(text).s).toBe(false);
  });
});
