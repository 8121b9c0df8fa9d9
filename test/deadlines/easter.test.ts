import { describe, expect, it } from 'vitest';
import { easterSunday } from '../../src/deadlines/easter';

describe('easterSunday', () => {
  it('matches the check values 2024–2030 (domain/calendar.md §5)', () => {
    expect([2024, 2025, 2026, 2027, 2028, 2029, 2030].map(easterSunday)).toEqual([
      '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2029-04-01', '2030-04-21',
    ]);
  });

  it('gives the earliest (2008) and latest (2011) Easter of 1995–2030', () => {
    const all = Array.from({ length: 36 }, (_, i) => easterSunday(1995 + i)).map((d) => d.slice(5));
    expect([easterSunday(2008), easterSunday(2011)]).toEqual(['2008-03-23', '2011-04-24']);
    expect([...all].sort()[0]).toBe('03-23');
    expect([...all].sort().at(-1)).toBe('04-24');
  });
});

describe('easterSunday with an invalid year', () => {
  it('gives an empty string instead of a malformed date or a throw', () => {
    expect([easterSunday(2025.5), easterSunday(999), easterSunday(Number.NaN), easterSunday('2025' as never)]).toEqual(['', '', '', '']);
  });
});
