import { describe, expect, it } from 'vitest';
import { financialYearOf } from '../../src/deadlines/financialYearOf';

describe('financialYearOf', () => {
  it('puts 31 March in the year that started the April before', () => {
    expect(financialYearOf('2025-03-31')).toEqual({ label: '2024-25', start: '2024-04-01', end: '2025-03-31' });
  });

  it('starts a new year on 1 April', () => {
    expect(financialYearOf('2025-04-01')).toEqual({ label: '2025-26', start: '2025-04-01', end: '2026-03-31' });
  });

  it('labels the year crossing a century with two digits', () => {
    expect(financialYearOf('2100-01-15')?.label).toBe('2099-00');
  });

  it('returns null for bad input', () => {
    expect([financialYearOf('2025-02-29'), financialYearOf(20250401), financialYearOf(undefined)]).toEqual([null, null, null]);
  });
});
