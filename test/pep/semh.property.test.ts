import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSemhNeed } from '../../src/pep/semh';

/** The reading isSemhNeed had before it read words in place (split into lower-case words, then matched). */
function byWords(need: unknown): boolean {
  if (typeof need !== 'string') return false;
  const w: string[] = [];
  let current = '';
  for (let i = 0; i < Math.min(need.length, 200); i++) {
    const c = need.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) current += String.fromCharCode(c | 32);
    else if (current !== '') {
      w.push(current);
      current = '';
    }
  }
  if (current !== '') w.push(current);
  return w.some((word, i) => word === 'semh' || word === 'emotional' || (word === 'mental' && w[i + 1] === 'health'));
}

// SEND Code of Practice 6.32 names the area "Social, emotional and mental health": every module asks
// isSemhNeed, so its answer must not move when it is made faster.
describe('isSemhNeed reads a need as the word-by-word reading did', () => {
  const pieces = fc.constantFrom('SEMH', 'semh', 'Semhx', 'emotional', 'EMOTIONAL', 'emotion', 'mental', 'Mental', 'health', 'HEALTH', 'social', 'and', ' ', ', ', '-', '/', '1', 'é', '\n', 'x');
  it('agrees on texts made of the words it looks for, separators and other letters', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const need = parts.join('');
        expect(isSemhNeed(need)).toBe(byWords(need));
      }),
      { numRuns: 3000 },
    );
  });
  it('agrees on any string, and reads only the first 200 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 260 }), (need) => {
        expect(isSemhNeed(need)).toBe(byWords(need));
      }),
      { numRuns: 1000 },
    );
    expect([isSemhNeed(`${'x '.repeat(99)}emotional`), isSemhNeed(`${'x '.repeat(97)}mental health`), isSemhNeed('Mental-Health')]).toEqual([false, false, true]);
  });
});
