import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf, fromDayNumber } from '../../src/core/isoDate';
import { REGIONS } from '../../src/core/enums';
import { addWorkingDays } from '../../src/deadlines/addWorkingDays';
import { isWorkingDay } from '../../src/deadlines/isWorkingDay';
import { workingDaysBetween } from '../../src/deadlines/workingDaysBetween';

const date = fc.integer({ min: dayNumberOf(1995, 1, 1), max: dayNumberOf(2035, 12, 31) }).map(fromDayNumber);
const options = fc.record(
  { region: fc.constantFrom(...REGIONS), closures: fc.array(date, { maxLength: 6 }) },
  { requiredKeys: [] },
);
const amount = fc.integer({ min: -3000, max: 3000 });

describe('addWorkingDays properties', () => {
  it('always lands on a working day (n ≠ 0), for any region and closures', () => {
    fc.assert(
      fc.property(date, amount.filter((n) => n !== 0), options, (d, n, o) => {
        const r = addWorkingDays(d, n, o);
        expect(r).not.toBeNull();
        expect(isWorkingDay(r, o)).toBe(true);
        expect(n > 0 ? (r as string) > d : (r as string) < d).toBe(true);
      }),
      { seed: 42, numRuns: 1500 },
    );
  });

  it('is inverted by workingDaysBetween for any start date, working day or not', () => {
    fc.assert(
      fc.property(date, amount, options, (d, n, o) => {
        expect(workingDaysBetween(d, addWorkingDays(d, n, o), o)).toBe(n);
      }),
      { seed: 42, numRuns: 1500 },
    );
  });

  it('reaches any working day from any date with the count workingDaysBetween gives', () => {
    fc.assert(
      fc.property(date, date, options, (d, e, o) => {
        fc.pre(isWorkingDay(e, o) === true && d !== e);
        expect(addWorkingDays(d, workingDaysBetween(d, e, o), o)).toBe(e);
      }),
      { seed: 42, numRuns: 1500 },
    );
  });

  it('splits: adding a then b is adding a + b, when both steps go the same way', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), fc.boolean(), (d, a, b, back) => {
        const s = back ? -1 : 1;
        expect(addWorkingDays(addWorkingDays(d, s * a), s * b)).toBe(addWorkingDays(d, s * (a + b)));
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});
