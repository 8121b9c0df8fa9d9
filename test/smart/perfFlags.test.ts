import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { checkSmartTarget, checkTargetSet } from '../../src/smart/index';
import { _buildDoc, _flag2At, _flagTesting, _lacks2, _wordFlag } from '../../src/smart/_doc';
import { _F2_ADULT_DOER } from '../../src/smart/_doer';

/*
 * The scans skip a word on its flags (one array read) instead of testing it against their lists. A skip
 * must never change a judgement: with every flag set on every token (so nothing is skipped) the reports
 * must be exactly the same, on the development corpora and on generated texts.
 */

const texts: string[] = [];
for (const file of ['corpus', 'corpus-extra', 'corpus-extra2', 'corpus-extra3']) {
  for (const record of JSON.parse(readFileSync(`test/fixtures/smart/${file}.json`, 'utf8')) as { text: string }[]) texts.push(record.text);
}
for (const file of ['labelled', 'smart-dev', 'tuning']) {
  for (const item of (JSON.parse(readFileSync(`test/smart/${file}.json`, 'utf8')) as { items: { text: string }[] }).items) texts.push(item.text);
}
const context = { meetingDate: '2025-01-15', nextReviewDate: '2025-04-01' };

function both<T>(run: () => T): [T, T] {
  _flagTesting.every = false;
  const flagged = run();
  _flagTesting.every = true;
  try {
    return [flagged, run()];
  } finally {
    _flagTesting.every = false;
  }
}

afterEach(() => {
  _flagTesting.every = false;
});

describe('skipping words on their flags changes no judgement', () => {
  it(`every development target (${texts.length}), alone and as one set`, () => {
    for (const text of texts) {
      const [flagged, unskipped] = both(() => checkSmartTarget(text, context));
      expect(flagged).toEqual(unskipped);
    }
    const [flagged, unskipped] = both(() => checkTargetSet(texts, context));
    expect(flagged).toEqual(unskipped);
  });

  it('generated texts from the targets\' own words, numbers and marks (fast-check)', () => {
    const vocabulary = Array.from(new Set(texts.join(' ').split(/\s+/)));
    const piece = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('by', 'not', 'will', 'every', '3/5', 'Year', '6', ',', '.', '(', '-', 'they', 'makes', 'reading'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join(' ');
        const [flagged, unskipped] = both(() => checkSmartTarget(text, context));
        expect(flagged).toEqual(unskipped);
      }),
      { numRuns: 1500, seed: 31 },
    );
  });

  it('a flag is the bit registered for its words, on their canonical forms (a typo of a key word too)', () => {
    const bit = _wordFlag(['attendance', '.']);
    const doc = _buildDoc('Attendence of 96%.', { n: 0 });
    expect(doc.w).toEqual(['attendance', 'of', '#', '.']);
    expect(Array.from(doc.flags, (f) => (f & bit) !== 0)).toEqual([true, false, false, true]);
  });

  it('a flag of the second word is the bit registered for its words, a sign read as a word too; none past either end', () => {
    // The second word has all 32 bits in use, so this reads one the analysis registered (the words of an adult's doer,
    // Specific rule 4) rather than registering its own; test/smart/perfAdultWordFlag.test.ts checks it on every token.
    const bit = _F2_ADULT_DOER;
    const doc = _buildDoc('Attendence checked £96.', { n: 0 });
    expect(doc.w).toEqual(['attendance', 'checked', '£', '#', '.']);
    expect(Array.from(doc.flags2, (f) => (f & bit) !== 0)).toEqual([false, true, true, false, false]);
    expect([0, 1, 2, 3, -1, 5].map((i) => _flag2At(doc, i, bit))).toEqual([false, true, true, false, false, false]);
    expect(_lacks2(doc, bit)).toBe(false);
    expect(_lacks2(_buildDoc('Ben will read', { n: 0 }), bit)).toBe(true);
  });
});
