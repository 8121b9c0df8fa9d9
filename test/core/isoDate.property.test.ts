import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  fromDayNumber,
  isoParts,
  toDayNumberOrNull,
  weekdayOfDayNumber,
  yearOfDayNumber,
} from '../../src/core/isoDate';

// The integer civil-date arithmetic (no Date, no regex) checked against independent oracles
// built on Date.UTC and a regex, over the whole supported range 1000–9999.
const MS = 86_400_000;
const oracleFormat = (day: number) => new Date(day * MS).toISOString().slice(0, 10);
function oracleParse(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000) return null;
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(t / MS);
}

describe('civil-date arithmetic agrees with Date-based oracles', () => {
  it('formats and parses every day number of years 1000–9999 the same way', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }), (day) => {
        const iso = oracleFormat(day);
        expect(fromDayNumber(day)).toBe(iso);
        expect(toDayNumberOrNull(iso)).toBe(day);
        expect(yearOfDayNumber(day)).toBe(Number(iso.slice(0, 4)));
        expect(weekdayOfDayNumber(day)).toBe(new Date(day * MS).getUTCDay());
      }),
      { seed: 42, numRuns: 5000 },
    );
  });

  it('rejects exactly the strings the oracle rejects', () => {
    const dateLike = fc
      .tuple(fc.integer({ min: 0, max: 10999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), (s) => {
        expect(toDayNumberOrNull(s)).toBe(oracleParse(s));
      }),
      { seed: 42, numRuns: 5000 },
    );
  });
});

describe('isoParts reads the three fields as Number of their substrings did', () => {
  it('gives the same year, month and day for dates, near-dates and any other string', () => {
    const oracle = (d: string) => ({ year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) });
    const digit = fc.constantFrom(...'0123456789');
    const nearDate = fc.array(fc.oneof(digit, digit, digit, fc.constantFrom('-', ' ', '+', 'e', '.', 'x')), { minLength: 0, maxLength: 12 }).map((cs) => cs.join(''));
    const real = fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }).map(fromDayNumber);
    fc.assert(
      fc.property(fc.oneof(real, nearDate, fc.string()), (d) => {
        expect(isoParts(d)).toEqual(oracle(d));
      }),
      { numRuns: 3000 },
    );
  });
});
