import { describe, expect, it } from 'vitest';
import { PP_PLUS_RATES, ppPlusRateFor } from '../../src/funding/ppPlusRates';

describe('PP_PLUS_RATES', () => {
  it('lists every financial year from 2013-14 to 2026-27 in order, one row each', () => {
    expect(PP_PLUS_RATES.map((r) => r.financialYear)).toEqual([
      '2013-14', '2014-15', '2015-16', '2016-17', '2017-18', '2018-19', '2019-20',
      '2020-21', '2021-22', '2022-23', '2023-24', '2024-25', '2025-26', '2026-27',
    ]);
  });

  it('holds the statutory.md §2.1 looked-after rates in whole pence', () => {
    expect(PP_PLUS_RATES.map((r) => r.lacPence)).toEqual([
      90_000, 190_000, 190_000, 190_000, 190_000, 230_000, 230_000, 234_500, 234_500, 241_000, 253_000, 257_000, 263_000, null,
    ]);
  });

  it('pays previously looked-after children the same rate from 2014-15, and nothing before', () => {
    for (const r of PP_PLUS_RATES) expect(r.placPence).toBe(r.financialYear === '2013-14' ? null : r.lacPence);
  });

  it('leaves 2026-27 unconfirmed (null) instead of carrying 2025-26 forward', () => {
    expect(ppPlusRateFor('2026-27')).toMatchObject({ lacPence: null, placPence: null, evidence: 'not-confirmed' });
  });

  it('cites a source for every row and is frozen', () => {
    expect(PP_PLUS_RATES.every((r) => r.source.length > 10)).toBe(true);
    expect(Object.isFrozen(PP_PLUS_RATES)).toBe(true);
    expect(PP_PLUS_RATES.every((r) => Object.isFrozen(r))).toBe(true);
  });
});

describe('ppPlusRateFor', () => {
  it('finds the row for a date, switching on 1 April', () => {
    expect([ppPlusRateFor('2025-03-31')?.lacPence, ppPlusRateFor('2025-04-01')?.lacPence]).toEqual([257_000, 263_000]);
  });

  it('gives £2,530, not the £2,570 Barnet quotes, for a date in 2023-24 (seed 002 pairs £2,570 with 1 April 2023)', () => {
    expect(ppPlusRateFor('2023-04-01')?.lacPence).toBe(253_000);
  });

  it('finds a row by its label', () => {
    expect(ppPlusRateFor('2019-20')).toMatchObject({ lacPence: 230_000, evidence: 'primary' });
  });

  it('returns null for years outside the table and for bad input', () => {
    expect([ppPlusRateFor('2012-13'), ppPlusRateFor('2030-04-01'), ppPlusRateFor('2024-13-01'), ppPlusRateFor(2024), ppPlusRateFor(null)]).toEqual([null, null, null, null, null]);
  });
});
