import { describe, expect, it } from 'vitest';
import { totalLedgerByFinancialYear } from '../../src/funding/totalLedgerByFinancialYear';
import { _SRC_FINANCIAL_YEAR, _SRC_FORMAT } from '../../src/funding/_sources';

describe('totalLedgerByFinancialYear', () => {
  it("totals Bolton's two payments (£750 in July, £1,045 in December) into one financial year: £1,795", () => {
    expect(
      totalLedgerByFinancialYear([
        { date: '2024-07-15', amount: 750, setting: '123456' },
        { date: '2024-12-10', amount: 1045, setting: '123456' },
      ]),
    ).toEqual({
      years: [{ financialYear: '2024-25', start: '2024-04-01', end: '2025-03-31', paidPence: 179_500, refundedPence: 0, netPence: 179_500, entries: [0, 1] }],
      findings: [],
    });
  });

  it('splits on 31 March / 1 April and keeps years apart (no carry-forward), oldest first', () => {
    const r = totalLedgerByFinancialYear([
      { date: '2025-04-01', amount: 950 },
      { date: '2025-03-31', amount: 950 },
      { date: '2024-06-20', amount: 950 },
    ]);
    expect(r.years.map((y) => [y.financialYear, y.netPence, y.entries])).toEqual([
      ['2024-25', 190_000, [1, 2]],
      ['2025-26', 95_000, [0]],
    ]);
  });

  it('counts payments to different settings in the same year together (a child who changed school)', () => {
    const r = totalLedgerByFinancialYear([
      { date: '2024-07-15', amount: 750, setting: '100001' },
      { date: '2024-12-10', amount: 1045, setting: '123456' },
    ]);
    expect(r.years[0]?.netPence).toBe(179_500);
  });

  it('adds pence exactly: 0.1 + 0.2 is 30p, never 30.000000000000004', () => {
    const r = totalLedgerByFinancialYear([
      { date: '2024-05-01', amount: 0.1 },
      { date: '2024-05-02', amount: 0.2 },
      { date: '2024-05-03', amount: 19.99 },
    ]);
    expect(r.years[0]?.netPence).toBe(2029);
  });

  it('nets a refund within its year and warns when refunds exceed payments', () => {
    const r = totalLedgerByFinancialYear([
      { date: '2024-06-01', amount: 950 },
      { date: '2024-09-01', amount: -200 },
      { date: '2025-05-01', amount: -100 },
    ]);
    expect(r).toEqual({
      years: [
        { financialYear: '2024-25', start: '2024-04-01', end: '2025-03-31', paidPence: 95_000, refundedPence: 20_000, netPence: 75_000, entries: [0, 1] },
        { financialYear: '2025-26', start: '2025-04-01', end: '2026-03-31', paidPence: 0, refundedPence: 10_000, netPence: -10_000, entries: [2] },
      ],
      findings: [
        {
          code: 'PPPLUS-LEDGER-NEGATIVE-TOTAL',
          severity: 'warning',
          message: 'Refunds in financial year 2025-26 exceed the payments made in it; a refund belongs to the year its payment was made in.',
          path: ['ledger'],
          source: _SRC_FINANCIAL_YEAR,
        },
      ],
    });
  });

  it('flags an entry dated in a different financial year than it claims, and counts it by its date', () => {
    const r = totalLedgerByFinancialYear([{ date: '2025-04-02', amount: 900, financialYear: '2024-25' }]);
    expect(r).toEqual({
      years: [{ financialYear: '2025-26', start: '2025-04-01', end: '2026-03-31', paidPence: 90_000, refundedPence: 0, netPence: 90_000, entries: [0] }],
      findings: [
        {
          code: 'PPPLUS-LEDGER-WRONG-FINANCIAL-YEAR',
          severity: 'error',
          message: 'The ledger entry claims financial year 2024-25 but is dated in 2025-26; it was counted toward 2025-26, the year of its date (no carry-forward between years).',
          path: ['ledger', 0, 'financialYear'],
          source: _SRC_FINANCIAL_YEAR,
        },
      ],
    });
  });

  it('flags a malformed financialYear label', () => {
    const r = totalLedgerByFinancialYear([{ date: '2024-06-01', amount: 1, financialYear: '2024-26' }, { date: '2024-06-01', amount: 1, financialYear: 2024 }]);
    expect(r.findings.map((f) => [f.code, f.path])).toEqual([
      ['PPPLUS-LEDGER-FINANCIAL-YEAR-INVALID', ['ledger', 0, 'financialYear']],
      ['PPPLUS-LEDGER-FINANCIAL-YEAR-INVALID', ['ledger', 1, 'financialYear']],
    ]);
    expect(r.years[0]?.netPence).toBe(200);
  });

  it('leaves out and reports entries with bad dates or amounts: never a rounded penny', () => {
    const r = totalLedgerByFinancialYear([
      { date: '2024-06-31', amount: 100 }, // 0: no 31 June
      { date: '2024-06-01', amount: '750' }, // 1: a string
      { date: '2024-06-01', amount: Number.NaN }, // 2
      { date: '2024-06-01', amount: Number.POSITIVE_INFINITY }, // 3
      { date: '2024-06-01', amount: 12.345 }, // 4: three decimal places
      { date: '2024-06-01', amount: 0 }, // 5: zero
      'a payment', // 6
      { date: '2024-06-01', amount: 10, pepId: 7 }, // 7: counted, pepId ignored
    ]);
    expect(r.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['PPPLUS-LEDGER-DATE-INVALID', 'error', ['ledger', 0, 'date']],
      ['MONEY-NOT-A-NUMBER', 'error', ['ledger', 1, 'amount']],
      ['MONEY-NOT-FINITE', 'error', ['ledger', 2, 'amount']],
      ['MONEY-NOT-FINITE', 'error', ['ledger', 3, 'amount']],
      ['MONEY-TOO-MANY-DECIMALS', 'error', ['ledger', 4, 'amount']],
      ['MONEY-ZERO', 'error', ['ledger', 5, 'amount']],
      ['PPPLUS-LEDGER-ENTRY-INVALID', 'error', ['ledger', 6]],
      ['PPPLUS-LEDGER-FIELD-INVALID', 'warning', ['ledger', 7, 'pepId']],
    ]);
    expect(r.years.map((y) => [y.netPence, y.entries])).toEqual([[1000, [7]]]);
  });

  it('reports a ledger that is not a list, and treats a missing one as empty', () => {
    expect(totalLedgerByFinancialYear({ date: '2024-06-01', amount: 1 })).toEqual({
      years: [],
      findings: [{ code: 'PPPLUS-LEDGER-INVALID', severity: 'error', message: 'The ledger must be a list of payments; it was ignored.', path: ['ledger'], source: _SRC_FORMAT }],
    });
    expect(totalLedgerByFinancialYear(undefined)).toEqual({ years: [], findings: [] });
  });
});
