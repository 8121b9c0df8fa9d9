import { finding, type Finding } from '../core/finding';
import type { FinancialYear } from '../deadlines/financialYearOf';
import { _get } from '../pep/_ppGet';
import type { _PepInput, _Run } from './_input';
import type { _LedgerRow } from './_readLedger';
import { _SRC_ACROSS_SETTINGS, _SRC_FINANCIAL_YEAR } from './_sources';

/**
 * Notes on the ledger against the meeting's financial year: payments from other years (they never
 * reduce this year's caps), this PEP's payments dated in another year, and payments this year to
 * another setting (they still count).
 * @param pep - The PEP's fields (nothing is noted without a financial year).
 * @param rows - The ledger rows that could be read.
 * @param run - The run.
 * @internal
 */
export function _ledgerNotes(pep: _PepInput, rows: readonly _LedgerRow[], run: _Run): void {
  const { fy } = pep;
  if (fy === null) return;
  const otherYears = rows.filter((r) => r.financialYear !== fy.label);
  if (otherYears.length > 0) run.findings.push(otherYearsNote(otherYears.length, fy, run));
  if (pep.id !== null) {
    for (const r of otherYears) if (r.pepId === pep.id) run.findings.push(straddleNote(r, fy));
  }
  otherSettingNotes(pep.raw, rows, fy, run.findings);
}

function otherYearsNote(count: number, fy: FinancialYear, run: _Run): Finding {
  const noCarryForward = run.policy.ppPlus.noCarryForward;
  const message = `${count} ledger ${count === 1 ? 'payment is' : 'payments are'} dated outside financial year ${fy.label} and did not reduce its caps${noCarryForward.value ? ' (no carry-forward)' : ''}.`;
  return finding('PPPLUS-LEDGER-OTHER-YEARS', 'info', message, ['ledger'], `${_SRC_FINANCIAL_YEAR}; ${noCarryForward.source}`);
}

function straddleNote(r: _LedgerRow, fy: FinancialYear): Finding {
  const message = `A payment for this PEP is dated in financial year ${r.financialYear}, not ${fy.label} of the meeting: it counts toward ${r.financialYear}'s caps and this PEP's cap.`;
  return finding('PPPLUS-PAYMENT-STRADDLES-YEAR-END', 'warning', message, ['ledger', r.index, 'date'], _SRC_FINANCIAL_YEAR);
}

function otherSettingNotes(pep: unknown, rows: readonly _LedgerRow[], fy: FinancialYear, findings: Finding[]): void {
  const setting = _get(_get(pep, 'education'), 'setting');
  const urn = _get(setting, 'urn');
  const name = _get(setting, 'name');
  if (typeof urn !== 'string' && typeof name !== 'string') return;
  for (const r of rows) {
    if (r.financialYear !== fy.label || r.setting === null || r.setting === urn || r.setting === name) continue;
    const message = `A payment in financial year ${fy.label} went to another setting; it still counts toward the child's caps for the year.`;
    findings.push(finding('PPPLUS-LEDGER-OTHER-SETTING', 'info', message, ['ledger', r.index, 'setting'], _SRC_ACROSS_SETTINGS));
  }
}
