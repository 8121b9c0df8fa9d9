import { describe, expect, it } from 'vitest';
import { schoolDaysBetween, schoolDaysBetweenChecked } from '../../src/deadlines/schoolDaysBetween';
import { calendars } from './_calendars';

const { halton, england } = calendars;

describe('schoolDaysBetween', () => {
  it('counts the whole year: 190 school days', () => {
    expect(schoolDaysBetween('2024-09-01', '2025-08-31', halton)).toBe(190);
    expect(schoolDaysBetween('2025-09-01', '2026-08-31', england)).toBe(190);
  });

  it('counts across Christmas, the start not counted and the end counted', () => {
    expect(schoolDaysBetween('2024-12-18', '2025-01-09', halton)).toBe(5);
    expect(schoolDaysBetween('2025-01-09', '2024-12-18', halton)).toBe(-5);
  });

  it('is 0 inside a holiday', () => {
    expect(schoolDaysBetween('2025-04-05', '2025-04-21', halton)).toBe(0);
  });

  it('refuses dates outside the calendar and bad input', () => {
    expect(schoolDaysBetween('2024-08-30', '2024-09-10', halton)).toBeNull();
    expect(schoolDaysBetweenChecked('2024-08-30', '2025-09-01', halton)).toEqual({
      ok: false,
      days: null,
      findings: [
        {
          code: 'DEADLINE-CALENDAR-OUT-OF-RANGE',
          severity: 'error',
          message: 'The date is outside the academic years the calendar covers (2024-09-01 to 2025-08-31).',
          path: ['start'],
        },
        {
          code: 'DEADLINE-CALENDAR-OUT-OF-RANGE',
          severity: 'error',
          message: 'The date is outside the academic years the calendar covers (2024-09-01 to 2025-08-31).',
          path: ['end'],
        },
      ],
    });
    expect(schoolDaysBetweenChecked(1, '2025-01-01', {} as never).findings.map((f) => f.code)).toEqual(['DEADLINE-DATE-INVALID', 'DEADLINE-CALENDAR-INVALID']);
  });
});
