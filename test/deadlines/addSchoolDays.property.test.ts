import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf, fromDayNumber } from '../../src/core/isoDate';
import { addSchoolDays } from '../../src/deadlines/addSchoolDays';
import { isSchoolDay } from '../../src/deadlines/isSchoolDay';
import { schoolDaysBetween } from '../../src/deadlines/schoolDaysBetween';
import { calendars } from './_calendars';

const calendar = fc.constantFrom(calendars.halton, calendars.bolton, calendars.england);

describe('addSchoolDays properties', () => {
  it('lands on a school day and is inverted by schoolDaysBetween, whenever it has an answer', () => {
    fc.assert(
      fc.property(calendar, fc.integer({ min: 0, max: 364 }), fc.integer({ min: -200, max: 200 }), (cal, offset, n) => {
        const start = fromDayNumber(dayNumberOf(Number(cal.covers.start.slice(0, 4)), 9, 1) + offset);
        const r = addSchoolDays(start, n, cal);
        // null exactly when the count runs off either end of the calendar's school days.
        const after = schoolDaysBetween(start, cal.covers.end, cal) as number;
        const before = schoolDaysBetween(start, cal.covers.start, cal) as number;
        expect(r === null).toBe(n > after || n < before);
        if (r === null) return;
        if (n !== 0) expect(isSchoolDay(r, cal)).toBe(true);
        expect(schoolDaysBetween(start, r, cal)).toBe(n);
      }),
      { seed: 42, numRuns: 1500 },
    );
  });
});
