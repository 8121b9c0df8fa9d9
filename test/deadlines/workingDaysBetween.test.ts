import { describe, expect, it } from 'vitest';
import { workingDaysBetween, workingDaysBetweenChecked } from '../../src/deadlines/workingDaysBetween';

describe('workingDaysBetween', () => {
  it('does not count the start and counts the end (5 working days from a Monday meeting to the next Monday)', () => {
    expect(workingDaysBetween('2025-01-06', '2025-01-13')).toBe(5);
  });

  it('leaves out Christmas and Boxing Day 2024', () => {
    expect(workingDaysBetween('2024-12-20', '2024-12-27')).toBe(3);
  });

  it('is negative when the end is earlier', () => {
    expect(workingDaysBetween('2024-12-27', '2024-12-20')).toBe(-3);
  });

  it('leaves out Good Friday and Easter Monday, but only Good Friday in Scotland', () => {
    expect(workingDaysBetween('2025-04-17', '2025-04-22')).toBe(1);
    expect(workingDaysBetween('2025-04-17', '2025-04-22', { region: 'scotland' })).toBe(2);
  });

  it('counts whole years: 253 working days in England and Wales in 2025, 252 in Scotland, 251 in Northern Ireland', () => {
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(253);
    expect(workingDaysBetween('2024-12-31', '2025-12-31', { region: 'scotland' })).toBe(252);
    expect(workingDaysBetween('2024-12-31', '2025-12-31', { region: 'northern-ireland' })).toBe(251);
  });

  it('counts 250 working days in 2022 (two extra days for the jubilee and the funeral)', () => {
    expect(workingDaysBetween('2021-12-31', '2022-12-31')).toBe(250);
  });

  it('gives 0 for the same date and across a weekend', () => {
    expect(workingDaysBetween('2025-01-06', '2025-01-06')).toBe(0);
    expect(workingDaysBetween('2025-01-04', '2025-01-05')).toBe(0);
  });

  it('leaves out closures', () => {
    expect(workingDaysBetween('2025-03-07', '2025-03-14', { closures: ['2025-03-10', '2025-03-15'] })).toBe(4);
    expect(workingDaysBetween('2025-03-14', '2025-03-07', { closures: ['2025-03-10'] })).toBe(-4);
  });

  it('returns null for invalid dates; the Checked form reports each one', () => {
    expect(workingDaysBetween('2025-01-06', '2025-02-30')).toBeNull();
    expect(workingDaysBetweenChecked('06/01/2025', null)).toEqual({
      ok: false,
      days: null,
      findings: [
        { code: 'DEADLINE-DATE-INVALID', severity: 'error', message: '`start` must be a real date written YYYY-MM-DD.', path: ['start'] },
        { code: 'DEADLINE-DATE-INVALID', severity: 'error', message: '`end` must be a real date written YYYY-MM-DD.', path: ['end'] },
      ],
    });
  });

  it('counts the far end of the supported range without overflowing', () => {
    expect(workingDaysBetween('9999-12-30', '9999-12-31')).toBe(1);
    expect(workingDaysBetweenChecked('2025-01-06', '2025-01-13')).toEqual({ ok: true, days: 5, findings: [] });
  });
});
