import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/deadlines/isWorkingDay';

describe('isWorkingDay', () => {
  it('is false on weekends and bank holidays, true on other weekdays', () => {
    expect([isWorkingDay('2025-01-04'), isWorkingDay('2025-01-05'), isWorkingDay('2025-12-26'), isWorkingDay('2025-12-29')]).toEqual([false, false, false, true]);
  });

  it('follows the region', () => {
    expect(isWorkingDay('2025-04-21')).toBe(false);
    expect(isWorkingDay('2025-04-21', { region: 'scotland' })).toBe(true);
    expect(isWorkingDay('2025-03-17', { region: 'northern-ireland' })).toBe(false);
  });

  it('is false on a closure day', () => {
    expect(isWorkingDay('2025-03-10', { closures: ['2025-03-10'] })).toBe(false);
  });

  it('is null for invalid input', () => {
    expect([isWorkingDay('2025-02-29'), isWorkingDay(undefined), isWorkingDay('2025-03-10', { region: 'mars' as never })]).toEqual([null, null, null]);
  });
});
