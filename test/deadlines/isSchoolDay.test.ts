import { describe, expect, it } from 'vitest';
import { isSchoolDay } from '../../src/deadlines/isSchoolDay';
import { calendars } from './_calendars';

const { england } = calendars;

describe('isSchoolDay', () => {
  it('is true on a term-time weekday and false on a weekend, INSET day, half-term day or bank holiday', () => {
    expect(
      ['2025-09-04', '2025-09-06', '2025-09-02', '2025-10-28', '2026-05-04'].map((d) => isSchoolDay(d, england)),
    ).toEqual([true, false, false, false, false]);
  });

  it('is false in the holidays and null outside the calendar’s year or for bad input', () => {
    expect(isSchoolDay('2025-12-29', england)).toBe(false);
    expect(isSchoolDay('2026-09-07', england)).toBeNull();
    expect(isSchoolDay('07/09/2025', england)).toBeNull();
  });
});
