import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPence, poundsToPence } from '../../src/core/money';

describe('poundsToPence', () => {
  it('converts pounds with up to two decimals exactly', () => {
    expect([950, 19.99, 0.07, 1045, 12.5].map((v) => poundsToPence(v))).toEqual([
      { ok: true, pence: 95000 },
      { ok: true, pence: 1999 },
      { ok: true, pence: 7 },
      { ok: true, pence: 104500 },
      { ok: true, pence: 1250 },
    ]);
  });
  it('refuses more than two decimal places rather than rounding a penny away', () => {
    expect(poundsToPence(10.005, { path: ['amount'] })).toEqual({
      ok: false,
      findings: [{ code: 'MONEY-TOO-MANY-DECIMALS', severity: 'error', message: 'The amount has more than two decimal places.', path: ['amount'] }],
    });
    expect(poundsToPence(0.1 + 0.2).ok).toBe(false);
  });
  it('refuses strings, NaN, Infinity, zero and negatives with distinct codes', () => {
    const codes = ['950', Number.NaN, Number.POSITIVE_INFINITY, 0, -5, 1e9].map((v) => {
      const r = poundsToPence(v);
      return r.ok ? 'ok' : r.findings[0]?.code;
    });
    expect(codes).toEqual(['MONEY-NOT-A-NUMBER', 'MONEY-NOT-FINITE', 'MONEY-NOT-FINITE', 'MONEY-ZERO', 'MONEY-NEGATIVE', 'MONEY-TOO-LARGE']);
  });
  it('allows zero and negatives when asked (ledger refunds)', () => {
    expect([poundsToPence(0, { allowZero: true }), poundsToPence(-12.34, { allowNegative: true })]).toEqual([
      { ok: true, pence: 0 },
      { ok: true, pence: -1234 },
    ]);
  });
  it('round-trips every whole number of pence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), (p) => {
        const r = poundsToPence(p / 100);
        return r.ok && r.pence === p;
      }),
      { seed: 42, numRuns: 5000 },
    );
  });
});

describe('formatPence', () => {
  it('formats with thousands separators and two decimals', () => {
    expect([formatPence(104500), formatPence(7), formatPence(-95000), formatPence(123456789)]).toEqual([
      '£1,045.00',
      '£0.07',
      '-£950.00',
      '£1,234,567.89',
    ]);
  });
});
