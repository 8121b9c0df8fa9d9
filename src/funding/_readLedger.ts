import { finding, type Finding, type PathSegment } from '../core/finding';
import { _childPath } from '../core/_path';
import { _isRecord } from '../core/guards';
import { isIsoDate, type IsoDate } from '../core/isoDate';
import { poundsToPence } from '../core/money';
import { _get } from '../pep/_ppGet';
import { _SRC_FINANCIAL_YEAR, _SRC_FORMAT } from './_sources';
import { financialYearOf } from '../deadlines/financialYearOf';

/** A ledger entry that could be read. */
export interface _LedgerRow {
  readonly index: number;
  readonly date: IsoDate;
  readonly pence: number;
  /** The financial year of `date` (the year the payment counts toward). */
  readonly financialYear: string;
  readonly pepId: string | null;
  readonly setting: string | null;
}

const FY_LABEL = /^(\d{4})-(\d{2})$/;

/**
 * Reads a ledger defensively: entries with a bad date or amount are reported and left out; an
 * entry whose `financialYear` field disagrees with its date is reported and counted by its date.
 */
export function _readLedger(ledger: unknown, path: readonly PathSegment[]): { rows: _LedgerRow[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const rows: _LedgerRow[] = [];
  if (ledger === undefined || ledger === null) return { rows, findings };
  if (!Array.isArray(ledger)) {
    findings.push(finding('PPPLUS-LEDGER-INVALID', 'error', 'The ledger must be a list of payments; it was ignored.', [...path], _SRC_FORMAT));
    return { rows, findings };
  }
  ledger.forEach((entry: unknown, index) => {
    const row = readEntry(entry, index, _childPath(path, index), findings);
    if (row !== null) rows.push(row);
  });
  return { rows, findings };
}

/** One ledger entry, or `null` (reported) when its date or amount cannot be counted. */
function readEntry(entry: unknown, index: number, at: readonly PathSegment[], findings: Finding[]): _LedgerRow | null {
  if (!_isRecord(entry)) {
    findings.push(finding('PPPLUS-LEDGER-ENTRY-INVALID', 'error', 'A ledger entry must be an object { date, amount }; it was not counted.', [...at], _SRC_FORMAT));
    return null;
  }
  const date = _get(entry, 'date');
  const dateOk = isIsoDate(date);
  if (!dateOk) {
    findings.push(finding('PPPLUS-LEDGER-DATE-INVALID', 'error', "The payment date is missing or not a real date written 'YYYY-MM-DD'; the entry was not counted.", [...at, 'date'], _SRC_FORMAT));
  }
  // Negative amounts are refunds or recoveries; zero, NaN, strings and more than 2 dp are refused.
  const amount = poundsToPence(_get(entry, 'amount'), { allowNegative: true, path: [...at, 'amount'] });
  if (!amount.ok) findings.push(...amount.findings);
  const pepId = textField(entry, 'pepId', at, findings);
  const setting = textField(entry, 'setting', at, findings);
  if (!dateOk || !amount.ok) return null;
  const fy = financialYearOf(date);
  if (fy === null) return null; // unreachable: the date is valid
  checkClaimedYear(_get(entry, 'financialYear'), fy.label, at, findings);
  return { index, date, pence: amount.pence, financialYear: fy.label, pepId, setting };
}

function textField(entry: Record<string, unknown>, key: 'pepId' | 'setting', at: readonly PathSegment[], findings: Finding[]): string | null {
  const v = _get(entry, key);
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' && v.length > 0) return v;
  findings.push(finding('PPPLUS-LEDGER-FIELD-INVALID', 'warning', `The ledger entry's ${key} must be a non-empty string; it was ignored.`, [...at, key], _SRC_FORMAT));
  return null;
}

/** The entry's own `financialYear` label, when given, must be well formed and match its date's. */
function checkClaimedYear(claimed: unknown, label: string, at: readonly PathSegment[], findings: Finding[]): void {
  if (claimed === undefined || claimed === null) return;
  const m = typeof claimed === 'string' ? FY_LABEL.exec(claimed) : null;
  const path = [...at, 'financialYear'];
  if (m === null || (Number(m[1]) + 1) % 100 !== Number(m[2])) {
    findings.push(finding('PPPLUS-LEDGER-FINANCIAL-YEAR-INVALID', 'error', "The ledger entry's financialYear must be written like '2024-25'; the entry was counted by its date.", path, _SRC_FORMAT));
  } else if (claimed !== label) {
    const message = `The ledger entry claims financial year ${String(claimed)} but is dated in ${label}; it was counted toward ${label}, the year of its date (no carry-forward between years).`;
    findings.push(finding('PPPLUS-LEDGER-WRONG-FINANCIAL-YEAR', 'error', message, path, _SRC_FINANCIAL_YEAR));
  }
}
