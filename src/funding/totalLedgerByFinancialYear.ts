import { _guarded } from '../core/_guarded';
import { finding, type Finding } from '../core/finding';
import type { IsoDate } from '../core/isoDate';
import { _readLedger } from './_readLedger';
import { _SRC_FINANCIAL_YEAR } from './_sources';
import { financialYearOf } from '../deadlines/financialYearOf';
import { collapseRepeatedFindings } from '../core/collapse';

/** One PP+ payment already made for a child (pounds at the boundary). */
export interface PpPlusLedgerEntry {
  /** Payment date, `'YYYY-MM-DD'`: decides the financial year the payment counts toward. */
  readonly date: IsoDate;
  /** Pounds, at most 2 decimal places; negative for a refund or recovery. */
  readonly amount: number;
  /** The PEP the payment was made against. */
  readonly pepId?: string;
  /** The setting paid (URN or name), e.g. when the child has changed school. */
  readonly setting?: string;
  /** The financial year the host filed it under, `'2024-25'`; checked against `date`. */
  readonly financialYear?: string;
}

/** Payments in one financial year, integer pence. */
export interface LedgerYearTotal {
  /** `'2024-25'`. */
  readonly financialYear: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Sum of payments (positive entries). */
  readonly paidPence: number;
  /** Sum of refunds and recoveries (negative entries), as a positive number. */
  readonly refundedPence: number;
  /** `paidPence - refundedPence`. */
  readonly netPence: number;
  /** Positions in the input ledger of the entries counted here. */
  readonly entries: number[];
}

/** The result of {@link totalLedgerByFinancialYear}. */
export interface LedgerTotals {
  /** One row per financial year with counted entries, oldest first. */
  readonly years: LedgerYearTotal[];
  readonly findings: Finding[];
}

/**
 * Totals a child's PP+ ledger per financial year (1 April – 31 March), in integer pence.
 * Each payment counts toward the financial year of its date, wherever the child was at school.
 * Years are never netted against each other: an unspent balance is not carried forward and a
 * refund in one year does not reduce another. Entries with a bad date or amount are reported
 * (`PPPLUS-LEDGER-DATE-INVALID`, `MONEY-*`) and not counted; an entry whose `financialYear` field
 * disagrees with its date is reported (`PPPLUS-LEDGER-WRONG-FINANCIAL-YEAR`) and counted by its date.
 * @param ledger - `[{ date, amount, pepId?, setting?, financialYear? }]`.
 * @returns `{ years, findings }`.
 * @example
 * import { totalLedgerByFinancialYear } from 'pep-rules/funding';
 * totalLedgerByFinancialYear([
 *   { date: '2024-07-15', amount: 750 },
 *   { date: '2024-12-10', amount: 1045 },
 *   { date: '2025-04-02', amount: 0.1 },
 * ]).years.map((y) => [y.financialYear, y.netPence]);
 * //=> [['2024-25', 179500], ['2025-26', 10]]
 */
export function totalLedgerByFinancialYear(ledger: unknown): LedgerTotals {
  return _guarded(unguardedTotalLedgerByFinancialYear, [ledger]);
}

function unguardedTotalLedgerByFinancialYear(ledger: unknown): LedgerTotals {
  const { rows, findings } = _readLedger(ledger, ['ledger']);
  const byYear = new Map<string, { paid: number; refunded: number; entries: number[]; start: IsoDate; end: IsoDate }>();
  for (const row of rows) {
    let y = byYear.get(row.financialYear);
    if (y === undefined) {
      const fy = financialYearOf(row.date);
      if (fy === null) continue; // unreachable: rows have valid dates
      y = { paid: 0, refunded: 0, entries: [], start: fy.start, end: fy.end };
      byYear.set(row.financialYear, y);
    }
    if (row.pence >= 0) y.paid += row.pence;
    else y.refunded -= row.pence;
    y.entries.push(row.index);
  }
  const years = [...byYear.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([financialYear, y]) => ({
      financialYear,
      start: y.start,
      end: y.end,
      paidPence: y.paid,
      refundedPence: y.refunded,
      netPence: y.paid - y.refunded,
      entries: y.entries,
    }));
  for (const y of years) {
    if (y.netPence < 0) {
      findings.push(
        finding(
          'PPPLUS-LEDGER-NEGATIVE-TOTAL',
          'warning',
          `Refunds in financial year ${y.financialYear} exceed the payments made in it; a refund belongs to the year its payment was made in.`,
          ['ledger'],
          _SRC_FINANCIAL_YEAR,
        ),
      );
    }
  }
  return { years, findings: collapseRepeatedFindings(findings) };
}
