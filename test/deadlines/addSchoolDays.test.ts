import { describe, expect, it } from 'vitest';
import { addSchoolDays, addSchoolDaysChecked } from '../../src/deadlines/addSchoolDays';
import { calendars } from './_calendars';

const { halton, bolton, england } = calendars;

describe('addSchoolDays', () => {
  it('gives Halton’s initial PEP dates for a child entering care on 14 October 2024: 10 and 20 school days, over half-term', () => {
    expect(addSchoolDays('2024-10-14', 10, halton)).toBe('2024-11-04');
    expect(addSchoolDays('2024-10-14', 20, halton)).toBe('2024-11-18');
  });

  it('crosses the Christmas holidays and the spring INSET day', () => {
    expect(addSchoolDays('2024-12-18', 5, halton)).toBe('2025-01-09');
  });

  it('crosses the Easter holidays (Halton 2025: spring ends 4 April, summer starts Tuesday 22 April)', () => {
    expect(addSchoolDays('2025-04-03', 3, halton)).toBe('2025-04-23');
  });

  it('skips a term-time bank holiday (Early May, 5 May 2025)', () => {
    expect(addSchoolDays('2025-05-02', 1, halton)).toBe('2025-05-06');
  });

  it('gives Bolton’s 10-school-day return across Christmas 2021', () => {
    expect(addSchoolDays('2021-12-10', 10, bolton)).toBe('2022-01-11');
  });

  it('skips the jubilee week 2022 (half-term holding both extra bank holidays)', () => {
    expect(addSchoolDays('2022-05-27', 1, bolton)).toBe('2022-06-06');
  });

  it('counts from the first school day when the start is in the holidays', () => {
    expect(addSchoolDays('2025-08-20', 1, halton)).toBeNull();
    expect(addSchoolDays('2025-12-24', 1, england)).toBe('2026-01-06');
  });

  it('counts back with a negative amount, and returns the date for 0', () => {
    expect(addSchoolDays('2025-01-09', -5, halton)).toBe('2024-12-18');
    expect(addSchoolDays('2025-01-01', 0, halton)).toBe('2025-01-01');
  });

  it('refuses dates outside the calendar’s years and results beyond its terms', () => {
    expect(addSchoolDaysChecked('2023-10-02', 5, halton)).toEqual({
      ok: false,
      date: null,
      findings: [
        {
          code: 'DEADLINE-CALENDAR-OUT-OF-RANGE',
          severity: 'error',
          message: 'The date is outside the academic years the calendar covers (2024-09-01 to 2025-08-31).',
          path: ['date'],
        },
      ],
    });
    expect(addSchoolDaysChecked('2025-07-14', 10, halton)).toEqual({
      ok: false,
      date: null,
      findings: [{ code: 'DEADLINE-CALENDAR-OUT-OF-RANGE', severity: 'error', message: 'The result falls beyond the terms the calendar holds.', path: ['amount'] }],
    });
  });

  it('refuses bad dates, amounts and calendars together', () => {
    expect(addSchoolDaysChecked('2025-02-29', 0.5, { kind: 'school-calendar' } as never)).toEqual({
      ok: false,
      date: null,
      findings: [
        { code: 'DEADLINE-DATE-INVALID', severity: 'error', message: '`date` must be a real date written YYYY-MM-DD.', path: ['date'] },
        { code: 'DEADLINE-AMOUNT-INVALID', severity: 'error', message: '`amount` must be a whole number of days.', path: ['amount'] },
        { code: 'DEADLINE-CALENDAR-INVALID', severity: 'error', message: 'The calendar must be the one returned by createSchoolCalendar.', path: ['calendar'] },
      ],
    });
    expect(addSchoolDays('2024-10-14', 10, null as never)).toBeNull();
    expect(addSchoolDaysChecked('2024-10-14', 10, halton)).toEqual({ ok: true, date: '2024-11-04', findings: [] });
  });
});
