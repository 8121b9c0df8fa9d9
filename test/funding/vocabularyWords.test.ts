import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _asciiWords } from '../../src/funding/_vocabulary';

const regexWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

describe('spending vocabulary: words of an ASCII text read by hand', () => {
  it('gives the words the regular expression gives, on any ASCII text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 60 }), (s) => {
        expect(_asciiWords(s)).toEqual(regexWords(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads spending words as the vocabulary does: School-Uniform, TAXIS 2x, café (not ASCII: left to the regular expression)', () => {
    expect(_asciiWords('School-Uniform, TAXIS 2x')).toEqual(['school', 'uniform', 'taxis', '2x']);
    expect(_asciiWords('')).toEqual([]);
    expect(_asciiWords('café')).toBeNull();
  });
});
