import { describe, expect, it } from 'vitest';
import type { CollapsedFinding } from '../../src/core/collapse';
import { checkPpPlusRequest } from '../../src/funding/checkPpPlusRequest';
import { totalLedgerByFinancialYear } from '../../src/funding/totalLedgerByFinancialYear';
import { england } from '../../src/policy/presets/england';

/*
 * Bounded output: a ledger of many empty entries gives one finding per code with the count, not one
 * finding per entry (100,000 empty entries produced 100,000 findings before; a million, 390 MB).
 */

const pep = { id: 'pep-1', core: true, meeting: { date: '2024-11-12' }, child: { dateOfBirth: '2014-05-01', enteredCare: '2023-02-01' }, targets: [] };

describe('funding findings are bounded', () => {
  it('100,000 empty ledger entries: one finding per code, each counting all 100,000, the first ten places listed', () => {
    const ledger = Array.from({ length: 100_000 }, () => ({}));
    const r = totalLedgerByFinancialYear(ledger);
    const codes = r.findings.map((f) => f.code);
    expect(new Set(codes).size).toBe(codes.length);
    const big = r.findings as CollapsedFinding[];
    expect(big.length).toBeGreaterThan(0);
    for (const f of big) {
      expect(f.count).toBe(100_000);
      expect(f.paths).toHaveLength(10);
      expect(f.paths[9]?.slice(0, 2)).toEqual(['ledger', 9]);
    }
  });

  it('the same ledger through checkPpPlusRequest: bounded, and the count is kept', () => {
    const r = checkPpPlusRequest({ pep, requests: [], ledger: Array.from({ length: 20_000 }, () => ({})) }, england);
    expect(r.findings.length).toBeLessThan(60);
    expect(r.findings.some((f) => (f as CollapsedFinding).count === 20_000)).toBe(true);
  });

  it('a few bad entries are reported one by one, as before', () => {
    const r = totalLedgerByFinancialYear([{}, {}, { date: '2024-05-01', amount: 10 }]);
    expect(r.findings.every((f) => !('count' in f))).toBe(true);
    expect(r.findings.length).toBeGreaterThanOrEqual(2);
  });
});
