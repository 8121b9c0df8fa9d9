import { describe, expect, it } from 'vitest';
import { financialYearOf } from '../../src/deadlines/index';

describe('financialYearOf (shared with the funding module)', () => {
  it('switches year between 31 March and 1 April', () => {
    expect(financialYearOf('2025-03-31')).toEqual({ label: '2024-25', start: '2024-04-01', end: '2025-03-31' });
    expect(financialYearOf('2025-04-01')).toEqual({ label: '2025-26', start: '2025-04-01', end: '2026-03-31' });
  });

  it('places a leap day in the year that started the previous April', () => {
    expect(financialYearOf('2024-02-29')?.label).toBe('2023-24');
  });

  it('labels the turn of a century with two digits', () => {
    expect(financialYearOf('1999-04-01')?.label).toBe('1999-00');
  });

  it('is null for invalid dates', () => {
    expect([financialYearOf('2025-04-31'), financialYearOf('01/04/2025'), financialYearOf(45748), financialYearOf(null)]).toEqual([null, null, null, null]);
  });
});
