import { describe, expect, it } from 'vitest';
import { academicYearOf, academicYearStarting, ncYearGroup } from '../../src/deadlines/academicYear';

describe('academicYearOf', () => {
  it('switches year between 31 August and 1 September', () => {
    expect(academicYearOf('2024-08-31')).toEqual({ label: '2023/24', start: '2023-09-01', end: '2024-08-31' });
    expect(academicYearOf('2024-09-01')).toEqual({ label: '2024/25', start: '2024-09-01', end: '2025-08-31' });
  });

  it('places a leap day in the year that started the previous September', () => {
    expect(academicYearOf('2024-02-29')?.label).toBe('2023/24');
  });

  it('labels the turn of a century with two digits', () => {
    expect(academicYearStarting(1999).label).toBe('1999/00');
  });

  it('is null for invalid dates', () => {
    expect([academicYearOf('2025-02-29'), academicYearOf('31/01/2025'), academicYearOf(20250131), academicYearOf(null)]).toEqual([null, null, null, null]);
  });
});

describe('ncYearGroup', () => {
  it('puts a child born on 31 August in the year above a child born on 1 September', () => {
    // Aged 10 on 31 August 2024: Year 6 (turns 11 during 2024/25); born a day later: Year 5.
    expect(ncYearGroup('2014-08-31', '2025-01-15')).toBe('6');
    expect(ncYearGroup('2014-09-01', '2025-01-15')).toBe('5');
  });

  it('moves the child up on 1 September, not on the birthday', () => {
    expect(ncYearGroup('2014-08-31', '2025-08-31')).toBe('6');
    expect(ncYearGroup('2014-08-31', '2025-09-01')).toBe('7');
    expect(ncYearGroup('2014-12-25', '2025-12-24')).toBe('6');
  });

  it('starts Reception at age 4 on 31 August, after nursery years N1 (2) and N2 (3)', () => {
    expect(ncYearGroup('2020-08-31', '2024-09-01')).toBe('R');
    expect(ncYearGroup('2020-09-01', '2024-09-01')).toBe('N2');
    expect(ncYearGroup('2022-06-01', '2024-10-01')).toBe('N1');
  });

  it('ends with Year 13 (aged 17 on 31 August)', () => {
    expect(ncYearGroup('2007-08-31', '2025-01-15')).toBe('13');
    expect(ncYearGroup('2007-09-01', '2025-01-15')).toBe('12');
  });

  it('is null for children under 2 or over Year 13 on 31 August', () => {
    expect(ncYearGroup('2023-01-01', '2024-10-01')).toBeNull();
    expect(ncYearGroup('2006-08-31', '2025-01-15')).toBeNull();
  });

  it('handles a 29 February birthday', () => {
    expect(ncYearGroup('2016-02-29', '2024-10-01')).toBe('4');
    expect(ncYearGroup('2016-02-29', '2025-03-01')).toBe('4');
  });

  it('is null for invalid dates', () => {
    expect([ncYearGroup('2014-02-30', '2025-01-15'), ncYearGroup('2014-01-01', '15/01/2025'), ncYearGroup(undefined, '2025-01-15')]).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('academicYearStarting with an invalid year', () => {
  it('gives empty fields instead of malformed dates or a throw', () => {
    expect(academicYearStarting(Object.create(null) as never)).toEqual({ label: '', start: '', end: '' });
    expect(academicYearStarting(2024.5)).toEqual({ label: '', start: '', end: '' });
    expect(academicYearStarting(9999)).toEqual({ label: '', start: '', end: '' });
  });
});
