import { finding, type Finding } from '../core/finding';
import { formatPence, penceToPounds } from '../core/money';
import type { FinancialYear } from '../deadlines/financialYearOf';
import type { PpPlusEligibility } from '../pep/ppPlusEligibility';
import { _applyCaps } from './_caps';
import type { _PepInput, _Run } from './_input';
import type { _LedgerRow } from './_readLedger';
import { _releaseOf } from './_release';
import type { _Line, _Requests } from './_requests';
import { _SRC_FORMAT, _SRC_RATES } from './_sources';
import type { PpPlusRequestCheck, PpPlusRequestLine } from './_types';
import { ppPlusRateFor } from './ppPlusRates';
import { collapseRepeatedFindings } from '../core/collapse';

/**
 * What may be paid in the end: nothing when a rule stopped the PEP's funding; else the caps on
 * what the accepted requests ask for, shared out in request order, with a note when the year's
 * payments pass the national rate.
 * @param run - The run.
 * @param requests - The checked requests (their `allowedPence` is filled in).
 * @param pep - The PEP's fields.
 * @param rows - The ledger rows that could be read.
 * @returns The pence allowed.
 * @internal
 */
export function _allocate(run: _Run, requests: _Requests, pep: _PepInput, rows: readonly _LedgerRow[]): number {
  const { fy, meetingDate } = pep;
  const { acceptedPence } = requests;
  if (run.blocked !== null || fy === null || meetingDate === null || acceptedPence <= 0) return 0;
  const allowedPence = _applyCaps(run, acceptedPence, { meetingDate, fy, pep: pep.raw, pepId: pep.id, rows, requestsPath: requests.path });
  if (run.capsApplied.some((c) => c.kind === 'no-instalment-window')) run.blocked = 'no-instalment-window';
  shareOut(requests.lines, allowedPence, run.capsApplied.map((c) => c.code));
  rateNote(fy, rows, allowedPence, run.findings);
  return allowedPence;
}

/** Shares the allowance out in request order; a request that gets less carries the caps' codes. */
function shareOut(lines: readonly _Line[], allowedPence: number, capCodes: readonly string[]): void {
  let left = allowedPence;
  for (const l of lines) {
    if (l.rejected || l.pence === null) continue;
    l.allowedPence = Math.min(l.pence, left);
    left -= l.allowedPence;
    if (l.allowedPence < l.pence) l.codes.push(...capCodes);
  }
}

/** The national rate is not a cap: payments above it are allowed and noted for the finance officer. */
function rateNote(fy: FinancialYear, rows: readonly _LedgerRow[], allowedPence: number, findings: Finding[]): void {
  if (allowedPence <= 0) return;
  const rate = ppPlusRateFor(fy.label);
  if (rate === null) return;
  const source = `${_SRC_RATES}: ${rate.source}`;
  if (rate.lacPence === null) {
    findings.push(finding('PPPLUS-RATE-NOT-CONFIRMED', 'info', `The national PP+ rate for ${fy.label} is not recorded in this library; the host should supply it.`, [], source));
    return;
  }
  const paid = rows.filter((r) => r.financialYear === fy.label).reduce((s, r) => s + r.pence, 0);
  if (paid + allowedPence <= rate.lacPence) return;
  const message = `Payments for ${fy.label} would total ${formatPence(paid + allowedPence)}, above the national per-child rate of ${formatPence(rate.lacPence)}. The grant need not be shared out per child, so this is allowed; it is noted for the finance officer.`;
  findings.push(finding('PPPLUS-ABOVE-GRANT-RATE', 'info', message, ['ledger'], source));
}

/**
 * When a policy, PEP or meeting date could not be read and something was asked for, records why
 * nothing is paid (`'unreadable'`, with the first error's code).
 * @param run - The run.
 * @param acceptedPence - Pence asked for by the requests not rejected.
 * @internal
 */
export function _unreadableCap(run: _Run, acceptedPence: number): void {
  if (run.blocked !== 'unreadable' || acceptedPence <= 0) return;
  const first = run.findings.find((f) => f.severity === 'error');
  run.capsApplied.push({ kind: 'unreadable', code: first?.code ?? 'PPPLUS-INPUT-INVALID', limit: null, alreadyPaid: null, available: 0, source: _SRC_FORMAT });
}

/**
 * The public result: pounds at the boundary, one line per request.
 * @param run - The run.
 * @param lines - The request lines.
 * @param requestedPence - Pence asked for.
 * @param allowedPence - Pence allowed.
 * @param financialYear - Of the meeting.
 * @param eligibility - On the meeting date.
 * @param pep - The PEP's fields (for when the allowance is released); `null` without a readable input.
 * @returns The check.
 * @internal
 */
export function _result(
  run: _Run,
  lines: readonly _Line[],
  requestedPence: number,
  allowedPence: number,
  financialYear: FinancialYear | null,
  eligibility: PpPlusEligibility | null,
  pep: _PepInput | null = null,
): PpPlusRequestCheck {
  return {
    requested: penceToPounds(requestedPence),
    allowed: penceToPounds(allowedPence),
    requestedPence,
    allowedPence,
    financialYear,
    capsApplied: run.capsApplied,
    requests: lines.map((l) => requestLine(l, run.blocked !== null)),
    eligibility,
    release: pep === null ? null : _releaseOf(run, pep, allowedPence),
    // Bounded output: a ledger of a million bad entries gives one finding per code, with a count.
    findings: collapseRepeatedFindings(run.findings),
  };
}

function requestLine(l: _Line, blocked: boolean): PpPlusRequestLine {
  const status = l.rejected || l.pence === null ? 'rejected' : blocked ? 'withheld' : l.allowedPence < l.pence ? 'reduced' : 'allowed';
  return {
    index: l.index,
    requested: l.pence === null ? null : penceToPounds(l.pence),
    allowed: penceToPounds(l.allowedPence),
    status,
    // Each code once: a list of none or one is already so (no Set for it).
    codes: l.codes.length < 2 ? l.codes.slice() : [...new Set(l.codes)],
  };
}
