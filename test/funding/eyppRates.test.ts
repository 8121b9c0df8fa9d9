import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/core/isoDate';
import { EYPP_MAX_HOURS_PER_YEAR, EYPP_RATES, eyppRateOn } from '../../src/funding/eyppRates';

describe('EYPP_RATES', () => {
  it('covers 1 April 2015 to 31 March 2027 without gaps or overlaps', () => {
    expect(EYPP_RATES[0]?.from).toBe('2015-04-01');
    expect(EYPP_RATES[EYPP_RATES.length - 1]?.to).toBe('2027-03-31');
    for (let i = 1; i < EYPP_RATES.length; i++) {
      const prev = EYPP_RATES[i - 1];
      const cur = EYPP_RATES[i];
      expect(cur?.from).toBe(addCalendarDays(prev?.to ?? '', 1));
    }
  });

  it('is 53p an hour from 2015-16 to 2021-22, unconfirmed in 2022-23, 62p/66p in 2023-24, 68p in 2024-25, £1 in 2025-26, £1.15 in 2026-27', () => {
    expect(EYPP_RATES.map((r) => r.pencePerHour)).toEqual([53, 53, 53, 53, 53, 53, 53, null, 62, 66, 68, 100, 115]);
  });

  it('2026-27: £1.15 an hour, £655.50 for the universal 570 hours, from a council copy dated 25 February 2026 (secondary evidence)', () => {
    const r = eyppRateOn('2026-09-01');
    expect([r?.pencePerHour, EYPP_MAX_HOURS_PER_YEAR * (r?.pencePerHour ?? 0), r?.evidence]).toEqual([115, 65_550, 'secondary']);
    expect(r?.source).toMatch(/Gloucestershire County Council.*25 February 2026.*£1\.15 per hour/);
  });

  it('caps the year at the universal 570 hours: £570 at £1 an hour in 2025-26', () => {
    expect(EYPP_MAX_HOURS_PER_YEAR * (eyppRateOn('2025-09-01')?.pencePerHour ?? 0)).toBe(57_000);
  });

  it('is frozen and cites a source for every row', () => {
    expect(Object.isFrozen(EYPP_RATES) && EYPP_RATES.every((r) => Object.isFrozen(r) && r.source.length > 10)).toBe(true);
  });
});

describe('eyppRateOn', () => {
  it('switches from 62p to 66p on 1 September 2023', () => {
    expect([eyppRateOn('2023-08-31')?.pencePerHour, eyppRateOn('2023-09-01')?.pencePerHour]).toEqual([62, 66]);
  });

  it('gives the unconfirmed row (null rate) for 2022-23 rather than a neighbour’s rate', () => {
    expect(eyppRateOn('2022-10-01')).toMatchObject({ financialYear: '2022-23', pencePerHour: null, evidence: 'not-confirmed' });
  });

  it('returns null before April 2015 and for bad input', () => {
    expect([eyppRateOn('2015-03-31'), eyppRateOn('2025-02-29'), eyppRateOn(undefined)]).toEqual([null, null, null]);
  });
});
