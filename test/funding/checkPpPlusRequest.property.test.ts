import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/core/isoDate';
import { checkPpPlusRequest } from '../../src/funding/checkPpPlusRequest';
import { financialYearOf } from '../../src/deadlines/financialYearOf';
import { ppPlusEligibility } from '../../src/funding/ppPlusEligibility';
import { totalLedgerByFinancialYear } from '../../src/funding/totalLedgerByFinancialYear';
import { policies } from '../../src/policy/presets/index';
import type { Policy } from '../../src/policy/schema';
import { makePep } from './_pep';

const PRESETS: Policy[] = [policies.england, policies.miltonKeynes, policies.barnet, policies.halton, policies.bolton];
const preset = fc.constantFrom(...PRESETS);
const date = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
/** Whole pence from 1p to £5,000.00, as pounds with at most 2 decimal places. */
const pence = fc.integer({ min: 1, max: 500_000 });
const ledgerEntry = fc.record({ date: date('2023-01-01', '2026-06-30'), amount: pence.map((p) => p / 100) });

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('checkPpPlusRequest properties', () => {
  it('never throws on any JSON value, in any position, under any preset', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), preset, (a, requests, ledger, qa, policy) => {
        checkPpPlusRequest(a as never, policy);
        checkPpPlusRequest({ pep: a, requests, ledger, qa }, policy);
        checkPpPlusRequest({ pep: makePep(), requests, ledger, qa }, policy);
        checkPpPlusRequest({ pep: { ...makePep(), ppPlus: a, targets: requests, meeting: { date: qa } } }, policy);
        checkPpPlusRequest({ pep: makePep(), ledger }, a as never);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws on requests made of arbitrary JSON fields, and never mutates a frozen input', () => {
    const request = fc.record(
      {
        targetIds: fc.oneof(fc.constant(['t1']), fc.jsonValue()),
        description: fc.oneof(fc.string(), fc.jsonValue()),
        category: fc.oneof(fc.constantFrom('transport', 'tuition'), fc.jsonValue()),
        amount: fc.oneof(pence.map((p) => p / 100), fc.double(), fc.jsonValue()),
        breakdown: fc.oneof(fc.array(fc.record({ item: fc.string(), amount: fc.jsonValue(), quantity: fc.jsonValue(), unitCost: fc.jsonValue(), date: fc.jsonValue() }), { maxLength: 3 }), fc.jsonValue()),
        quantity: fc.jsonValue(),
        unitCost: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(request, { maxLength: 6 }), fc.array(fc.oneof(ledgerEntry, fc.jsonValue()), { maxLength: 6 }), preset, (requests, ledger, policy) => {
        const input = deepFreeze({ pep: makePep(), requests, ledger, qa: { grade: 'amber' } });
        const r = checkPpPlusRequest(input, policy);
        expect(r.allowedPence).toBeLessThanOrEqual(Math.max(0, r.requestedPence));
        expect(Number.isInteger(r.allowedPence) && r.allowedPence >= 0).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('sums many requests exactly in pence; allowed never exceeds requested or any cap', () => {
    fc.assert(
      fc.property(
        fc.array(pence, { minLength: 1, maxLength: 60 }),
        fc.array(ledgerEntry, { maxLength: 8 }),
        date('2024-04-01', '2026-03-31'),
        preset,
        (amounts, ledger, meetingDate, policy) => {
          const requests = amounts.map((p, i) => ({
            targetIds: ['t1'],
            description: `request ${i}`,
            category: 'tuition',
            amount: p / 100,
            breakdown: [{ item: 'cost', quantity: 1, unitCost: p / 100, amount: p / 100 }],
          }));
          const pep = makePep({ meeting: { date: meetingDate } });
          const r = checkPpPlusRequest({ pep, requests, ledger }, policy);
          const sum = amounts.reduce((s, p) => s + p, 0);

          expect(r.requestedPence).toBe(sum);
          expect(r.requested).toBe(sum / 100);
          expect(r.allowed).toBe(r.allowedPence / 100);
          expect(Number.isInteger(r.allowedPence)).toBe(true);
          expect(r.allowedPence).toBeLessThanOrEqual(r.requestedPence);
          expect(r.requests.reduce((s, l) => s + Math.round(l.allowed * 100), 0)).toBe(r.allowedPence);
          for (const l of r.requests) expect(l.allowed).toBeLessThanOrEqual(l.requested ?? 0);

          // Caps worked out independently of the implementation.
          const fy = financialYearOf(meetingDate)?.label;
          const paidInYear = ledger.filter((e) => financialYearOf(e.date)?.label === fy).reduce((s, e) => s + Math.round(e.amount * 100), 0);
          const pp = policy.ppPlus;
          if (pp.perPepCap !== null) expect(r.allowedPence).toBeLessThanOrEqual(Math.round(pp.perPepCap.pounds * 100));
          if (pp.perFinancialYearCap !== null) expect(r.allowedPence).toBeLessThanOrEqual(Math.max(0, Math.round(pp.perFinancialYearCap.pounds * 100) - paidInYear));
          for (const w of pp.instalments) {
            const month = Number(meetingDate.slice(5, 7));
            const inWindow = w.fromMonth <= w.toMonth ? month >= w.fromMonth && month <= w.toMonth : month >= w.fromMonth || month <= w.toMonth;
            if (inWindow) expect(r.allowedPence).toBeLessThanOrEqual(Math.round(w.pounds * 100));
          }
          for (const c of r.capsApplied) if (c.limit !== null) expect(r.allowed).toBeLessThanOrEqual(c.available);
          // Every cap that bit is listed with a source.
          expect(r.capsApplied.every((c) => c.source.length > 0)).toBe(true);
          if (r.allowedPence < r.requestedPence) expect(r.capsApplied.length).toBeGreaterThan(0);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('ppPlusEligibility and totalLedgerByFinancialYear properties', () => {
  it('ppPlusEligibility never throws, and is eligible only with a route', () => {
    const child = fc.record(
      {
        dateOfBirth: fc.oneof(date('2000-01-01', '2025-12-31'), fc.jsonValue()),
        enteredCare: fc.oneof(date('2000-01-01', '2025-12-31'), fc.jsonValue()),
        leftCare: fc.oneof(date('2000-01-01', '2025-12-31'), fc.jsonValue()),
        previouslyLookedAfter: fc.oneof(fc.constantFrom('adoption', 'special-guardianship', 'child-arrangements', 'adopted-from-abroad'), fc.jsonValue()),
        yearGroup: fc.oneof(fc.constantFrom('N1', 'R', '6', '11', '12'), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(child, fc.jsonValue()), fc.oneof(date('2020-01-01', '2026-12-31'), fc.jsonValue()), preset, (c, onDate, policy) => {
        const r = ppPlusEligibility(c, onDate, policy);
        expect(r.eligible).toBe(r.route !== 'none');
        expect(r.reasons.length).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('totalLedgerByFinancialYear never throws and its yearly totals add up to the counted entries exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(ledgerEntry, fc.jsonValue()), { maxLength: 20 }), (ledger) => {
        const r = totalLedgerByFinancialYear(ledger);
        const counted = new Set(r.years.flatMap((y) => y.entries));
        const expected = [...counted].reduce((s, i) => s + Math.round((ledger[i] as { amount: number }).amount * 100), 0);
        expect(r.years.reduce((s, y) => s + y.netPence, 0)).toBe(expected);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
