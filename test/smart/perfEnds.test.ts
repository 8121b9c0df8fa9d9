import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { _endsEd, _endsIng, _endsLy, _endsS, _endsSs } from '../../src/smart/_ends';

/*
 * The word-ending checks read character codes instead of calling `endsWith`: for every string (empty, one
 * character, the ending itself, non-ASCII, surrogate pairs) each must give exactly what `endsWith` gives.
 */
const CHECKS: [string, (x: string) => boolean][] = [
  ['ing', _endsIng],
  ['s', _endsS],
  ['ss', _endsSs],
  ['ed', _endsEd],
  ['ly', _endsLy],
];

describe('word endings by character code agree with endsWith', () => {
  it.each(CHECKS)('"%s" on the edge cases', (ending, check) => {
    const cases = ['', 's', 'g', 'ng', 'ing', 'ding', 'reading', 'readings', 'ed', 'd', 'walked', 'ly', 'y', 'quickly', 'class', 'ss', 'ING', 'Reading', 'zoë', '😀', 'a😀', 'ingx', 'sing', 'bled', 'fly'];
    for (const x of cases) expect(check(x), `${ending} on ${JSON.stringify(x)}`).toBe(x.endsWith(ending));
  });

  it.each(CHECKS)('"%s" on random strings built from the ending\'s letters', (ending, check) => {
    const char = fc.constantFrom(...new Set([...ending, 'e', 'i', 'n', 'g', 's', 'l', 'y', 'd', 'x', 'é']));
    fc.assert(fc.property(fc.array(char, { maxLength: 6 }), (cs) => check(cs.join('')) === cs.join('').endsWith(ending)), { numRuns: 2000 });
  });

  it('tells a near-variant apart: "ingo", "ly." and "sS" do not end in the ending', () => {
    expect(_endsIng('ingo')).toBe(false);
    expect(_endsLy('ly.')).toBe(false);
    expect(_endsSs('sS')).toBe(false);
    expect(_endsEd('de')).toBe(false);
    expect(_endsS('S')).toBe(false);
  });
});
