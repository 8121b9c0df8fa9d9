import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { _buildDoc } from '../../src/smart/_doc';
import { _read } from '../../src/smart/_text';
import { withAndWithoutGuards } from './_guards';

/*
 * Work removed with every judgement kept: the word table keeps two words per pair of slots, and the reading of "nothing to
 * measure" is skipped for a text with no measure. Sentences are our own.
 */

const context = { meetingDate: '2025-01-15' };

/** The word table's slot of an ASCII word: the hash the reader works out as it measures the word (`_text.ts`, chunkEnd). */
function slotOf(word: string): number {
  let h = word.charCodeAt(0);
  for (let k = 1; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) & 0x3fffffff;
  return (h ^ (h >>> 15)) & 32_767;
}

/** A made-up word of letters only for n ("qz" and n in base 26, a to z). */
function letters(n: number): string {
  let s = '';
  let m = n;
  do {
    s += String.fromCharCode(97 + (m % 26));
    m = Math.floor(m / 26);
  } while (m > 0);
  return `qz${s}`;
}

/** Three made-up words of one pair of slots (slot and slot ^ 1). */
function threeOfOnePair(): string[] {
  const byPair = new Map<number, string[]>();
  for (let n = 0; n < 200_000; n++) {
    const word = letters(n);
    const pair = slotOf(word) >> 1;
    const list = byPair.get(pair) ?? [];
    list.push(word);
    if (list.length === 3) return list;
    byPair.set(pair, list);
  }
  throw new Error('no three words of one pair');
}

describe('Tokens (docs/smart.md, the analysed text): every word read as written, whichever words came before it', () => {
  it('three words of one pair of slots, read in turn, each keep their own token, lower-case and canonical form', () => {
    const words = threeOfOnePair();
    // One pair holds two words: the third pushes one out, and each is read right again whichever was pushed out.
    for (let round = 0; round < 4; round++) {
      for (const [k, word] of words.entries()) {
        const text = `${word.toUpperCase()} ${word} ${words[(k + 1) % 3] as string}`;
        const r = _read(text, (x) => x, { one: () => 0, two: () => 0 }, 0);
        expect(r.toks.map((t) => t.raw)).toEqual([word.toUpperCase(), word, words[(k + 1) % 3]]);
        expect(r.words).toEqual([word, word, words[(k + 1) % 3]]);
        expect(r.starts).toEqual([0, word.length + 1, 2 * word.length + 2]);
      }
    }
  });

  it('a word read again after many others gives the same canonical words as before (typo-corrected, possessive dropped)', () => {
    const before = _buildDoc("Sam's attendence will be 95% by Easter.", { n: 0 }).w.slice();
    for (let n = 0; n < 20_000; n++) _buildDoc(`${letters(n)} ${letters(n + 20_000)}`, { n: 0 });
    expect(_buildDoc("Sam's attendence will be 95% by Easter.", { n: 0 }).w).toEqual(before);
    expect(before).toEqual(['sam', 'attendance', 'will', 'be', '#', 'by', 'easter', '.']);
  });
});

describe('Labelling guide, Measurable rule 6 ("a quantity of provision … rather than of the child\'s success"): read only for a text with a measure', () => {
  const measurable = (text: string): boolean | null => checkSmartTarget(text, context).measurable.met;

  it('a rate of provision with no result of the child\'s still measures nothing; a result of the child\'s still does', () => {
    expect(measurable('Lexia 3x a week')).toBe(false);
    expect(measurable('Home tutor 5 hours per week')).toBe(false);
    expect(measurable('Tia will read 3 books by Easter.')).toBe(true);
  });

  it('near misses with no measure at all are not measurable: a review note, a vague aim, a plain aim, a feeling', () => {
    expect(measurable('Partially met - continue.')).toBe(false);
    expect(measurable('Not to get in trouble.')).toBe(false);
    expect(measurable('Work on his reading.')).toBe(false);
    expect(measurable('Feel happier at school.')).toBe(false);
  });

  it('with the reading done for every text (guards off) the reports are the same, at both details', () => {
    const texts = ['Partially met - continue.', 'Not to get in trouble.', 'Work on his reading.', 'Baseline: reading age 7', 'Lexia 3x a week', 'SW and DT to meet fortnightly', 'Application submitted', 'Tia will read 3 books by Easter.', 'Attend football on Saturdays'];
    for (const text of texts) {
      const [full, fullOff] = withAndWithoutGuards(() => checkSmartTarget(text, context));
      expect(full, text).toEqual(fullOff);
      const [codes, codesOff] = withAndWithoutGuards(() => checkSmartTarget(text, { ...context, detail: 'codes' }));
      expect(codes, text).toEqual(codesOff);
    }
  });
});
