import { describe, expect, it } from 'vitest';
import { _buildDoc } from '../../src/smart/_doc';
import { _adultsClausesOnly } from '../../src/smart/_doer';
import '../../src/smart/index';

/*
 * The clause reading (Specific rule 4; Bradford, SMART Outcomes - Annual Reviews, "Goals and outcomes are not: Services …
 * Resources") tells each token's part (a mark that ends a clause, a spaced dash, a word that opens or joins a clause, a
 * predicate's head) by one look-up: each part must still split the text where it did, so a child's clause after an adult's
 * keeps the target from being read as the adults' support alone. Sentences are our own.
 */

const adultsOnly = (text: string): boolean => _adultsClausesOnly(_buildDoc(text, { n: 0 }), []);

describe('Labelling guide, Specific rule 4: every mark and word that ends or opens a clause still parts the adults\' clause from the child\'s', () => {
  it.each([
    ['a table bar', 'SW to arrange a tutor | Sam to read 10 books'],
    ['a bullet', 'SW to arrange a tutor • Sam to read 10 books'],
    ['a star', 'SW to arrange a tutor * Sam to read 10 books'],
    ['a spaced dash', 'SW to arrange a tutor - Sam to read 10 books'],
    ['a spaced slash', 'SW to arrange a tutor / Sam to read 10 books'],
    ['an opener', 'SW to arrange a tutor because Sam will read 10 books'],
    ['a joiner after a verb', 'SW will arrange a tutor then Sam will read 10 books'],
  ])('%s: the child\'s clause after it is read as the child\'s', (_part, text) => {
    expect(adultsOnly(text), text).toBe(false);
  });

  it('near misses: a dash with no space, a joiner before any verb, and the adults\' clause alone', () => {
    expect(adultsOnly('SW to arrange a tutor-Sam to read 10 books')).toBe(true);
    expect(adultsOnly('SW and Sam will read 10 books')).toBe(false);
    expect(adultsOnly('SW to arrange a tutor')).toBe(true);
    expect(adultsOnly("SW shouldn't arrange a tutor")).toBe(true);
    expect(adultsOnly('SW needs to arrange a tutor')).toBe(true);
    expect(adultsOnly('Sam to read 10 books')).toBe(false);
  });
});
