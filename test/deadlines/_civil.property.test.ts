import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumberOrNull } from '../../src/core/isoDate';
import { _MAX_DAY, _MIN_DAY, _formatDay, _parseDay, _weekday, _yearOfDay } from '../../src/deadlines/_civil';

describe('_civil agrees with src/core/isoDate', () => {
  it('formats and parses every day number of years 1000–9999 the same way', () => {
    fc.assert(
      fc.property(fc.integer({ min: _MIN_DAY, max: _MAX_DAY }), (day) => {
        const iso = fromDayNumber(day);
        expect(_formatDay(day)).toBe(iso);
        expect(_parseDay(iso)).toBe(day);
        expect(_yearOfDay(day)).toBe(Number(iso.slice(0, 4)));
        expect(_weekday(day)).toBe(new Date(day * 86_400_000).getUTCDay());
      }),
      { seed: 42, numRuns: 5000 },
    );
  });

  it('rejects exactly the strings the core rejects', () => {
    const dateLike = fc
      .tuple(fc.integer({ min: 0, max: 10999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), (s) => {
        expect(_parseDay(s)).toBe(toDayNumberOrNull(s));
      }),
      { seed: 42, numRuns: 5000 },
    );
  });
});
