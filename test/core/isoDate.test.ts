import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  ageOn,
  dayOfWeek,
  fromDayNumber,
  isIsoDate,
  isoDateOf,
  toDayNumber,
  toDayNumberOrNull,
} from '../../src/core/isoDate';

describe('isIsoDate', () => {
  it('accepts real dates including 29 February in leap years', () => {
    expect(['2024-02-29', '2000-02-29', '2025-12-31', '1995-01-01'].map(isIsoDate)).toEqual([true, true, true, true]);
  });
  it('refuses impossible dates, other formats and non-strings', () => {
    const bad: unknown[] = ['2025-02-29', '1900-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '31/01/2025', '2025-1-5', ' 2025-01-05', '2025-01-05T00:00', 20250105, null, undefined, {}, []];
    expect(bad.map(isIsoDate)).toEqual(bad.map(() => false));
  });
});

describe('day numbers', () => {
  it('counts from 1970-01-01', () => {
    expect([toDayNumber('1970-01-01'), toDayNumber('2000-03-01'), toDayNumberOrNull('2025-02-30')]).toEqual([0, 11017, null]);
  });
  it('round-trips every date between 1900 and 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2100-12-31') }), (n) => toDayNumber(fromDayNumber(n)) === n),
      { seed: 42, numRuns: 2000 },
    );
  });
  it('knows the day of the week', () => {
    expect([dayOfWeek('2024-12-25'), dayOfWeek('2025-01-04'), dayOfWeek('2025-01-05')]).toEqual([3, 6, 0]);
  });
});

describe('calendar arithmetic', () => {
  it('adds days across a leap day and a year end', () => {
    expect([addCalendarDays('2024-02-28', 1), addCalendarDays('2024-12-31', 1), addCalendarDays('2025-01-01', -1)]).toEqual([
      '2024-02-29',
      '2025-01-01',
      '2024-12-31',
    ]);
  });
  it('clamps months to the last day of a shorter month (CPPCR reg 33 "3 months")', () => {
    expect([
      addCalendarMonths('2024-11-30', 3),
      addCalendarMonths('2023-11-30', 3),
      addCalendarMonths('2025-01-31', 1),
      addCalendarMonths('2025-08-31', 6),
      addCalendarMonths('2025-03-31', -1),
    ]).toEqual(['2025-02-28', '2024-02-29', '2025-02-28', '2026-02-28', '2025-02-28']);
  });
  it('builds dates from parts only when they are real', () => {
    expect([isoDateOf(2025, 4, 1), isoDateOf(2025, 2, 29), isoDateOf(2025, 1.5, 1)]).toEqual(['2025-04-01', null, null]);
  });
});

describe('ageOn', () => {
  it('adds a year on the birthday, not the day before', () => {
    expect([ageOn('2015-09-01', '2025-08-31'), ageOn('2015-09-01', '2025-09-01')]).toEqual([9, 10]);
  });
  it('ages someone born on 29 February on 1 March in common years', () => {
    expect([ageOn('2012-02-29', '2025-02-28'), ageOn('2012-02-29', '2025-03-01')]).toEqual([12, 13]);
  });
});
