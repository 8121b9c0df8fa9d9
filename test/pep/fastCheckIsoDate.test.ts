import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _isoDateText } from '../../src/pep/_fastCheck';
import { parsePep } from '../../src/pep/parsePep';
import { _ISO_DATE } from '../../src/pep/schema';
import { readFileSync } from 'node:fs';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('the structural check reads dates by hand, as the schema pattern does', () => {
  it('agrees with the pattern on every year 0000-9999, month 00-13 and day 00-32', () => {
    const disagree: string[] = [];
    for (let year = 0; year <= 9999; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (_isoDateText(s) !== _ISO_DATE.test(s)) disagree.push(s);
        }
      }
    }
    expect(disagree).toEqual([]);
  });

  it('agrees with the pattern on strings near a date (other characters, lengths, separators)', () => {
    const near = fc
      .tuple(fc.constantFrom('2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2025-04-31'), fc.nat(11), fc.string({ maxLength: 2 }))
      .map(([date, at, insert]) => date.slice(0, at) + insert + date.slice(at + insert.length));
    fc.assert(fc.property(fc.oneof(near, fc.string({ maxLength: 12 })), (s) => _isoDateText(s) === _ISO_DATE.test(s)), { numRuns: 20_000 });
  });

  it('a PEP with 29 February in a common year fails the check and gets the schema finding, as before', () => {
    const pep = JSON.parse(readFileSync(new URL('../../examples/peps/school-age-good.json', import.meta.url), 'utf8')) as { meeting: { date: string } };
    pep.meeting.date = '2025-02-29';
    const r = parsePep(pep);
    expect(r.ok).toBe(false);
    pep.meeting.date = '2024-02-29';
    expect(parsePep(pep).ok).toBe(true);
  });
});
