import type { Term } from '../core/enums';
import { finding, type PathSegment } from '../core/finding';
import type { IsoDate } from '../core/isoDate';
import { formatPence, penceToPounds } from '../core/money';
import type { FinancialYear } from '../deadlines/financialYearOf';
import { termOfDate } from '../deadlines/termOfDate';
import { _get } from '../pep/_ppGet';
import type { _Run } from './_input';
import { _windowContaining } from './_periods';
import type { _LedgerRow } from './_readLedger';
import type { PpPlusCapKind } from './_types';

/** A cap to apply: its limit, and the ledger payments already counted against it. */
interface Cap {
  readonly kind: PpPlusCapKind;
  readonly code: string;
  readonly limitPence: number;
  readonly paidPence: number;
  /** How the message names it, e.g. `'cap per PEP'`. */
  readonly what: string;
  readonly path: readonly PathSegment[];
  readonly source: string;
  readonly label?: string;
}

/** Where the caps are measured: the meeting, its financial year, the PEP and the ledger. */
interface Scope {
  readonly meetingDate: IsoDate;
  readonly fy: FinancialYear;
  readonly pep: unknown;
  readonly pepId: string | null;
  readonly rows: readonly _LedgerRow[];
  readonly requestsPath: readonly PathSegment[];
}

/** A school term in an academic year, e.g. `{ academicYear: '2024/25', term: 'autumn' }`. */
export interface TermKey {
  readonly academicYear: string;
  readonly term: Term;
}

const paidWhere = (rows: readonly _LedgerRow[], keep: (r: _LedgerRow) => boolean): number => rows.filter(keep).reduce((s, r) => s + r.pence, 0);

/**
 * Applies the policy's caps to what is left after the gates, in order: per PEP (less ledger
 * payments with this `pepId`), per financial year of the meeting (less payments dated in that
 * year, whatever the setting), the instalment window containing the meeting date (less payments
 * dated in it; no window stops payment), per term (less payments dated in that term). Each cap
 * that bites is recorded in `run.capsApplied` with an info finding.
 * @param run - The run.
 * @param acceptedPence - Pence asked for by the requests not rejected.
 * @param scope - The meeting, its financial year, the PEP and the ledger rows.
 * @returns The pence that may be paid.
 * @internal
 */
export function _applyCaps(run: _Run, acceptedPence: number, scope: Scope): number {
  let allowed = acceptedPence;
  const apply = (cap: Cap | null): void => {
    if (cap !== null) allowed = Math.min(allowed, applyCap(run, acceptedPence, cap));
  };
  apply(perPepCap(run, scope));
  apply(perFinancialYearCap(run, scope));
  if (run.rules.instalments.length > 0) {
    const window = instalmentCap(run, scope);
    if (window === null) allowed = 0;
    else apply(window);
  }
  apply(perTermCap(run, scope));
  return allowed;
}

/** What the cap leaves (a refund never lifts a cap above its limit); recorded when below the request. */
function applyCap(run: _Run, acceptedPence: number, cap: Cap): number {
  const paid = Math.max(0, cap.paidPence);
  const available = Math.max(0, cap.limitPence - paid);
  if (available >= acceptedPence) return available;
  run.capsApplied.push({
    kind: cap.kind,
    code: cap.code,
    limit: penceToPounds(cap.limitPence),
    alreadyPaid: penceToPounds(paid),
    available: penceToPounds(available),
    source: cap.source,
    ...(cap.label === undefined ? {} : { label: cap.label }),
  });
  const message = `The ${cap.what} of ${formatPence(cap.limitPence)}, less ${formatPence(paid)} already paid, leaves ${formatPence(available)} of the ${formatPence(acceptedPence)} requested.`;
  run.findings.push(finding(cap.code, 'info', message, [...cap.path], cap.source));
  return available;
}

function perPepCap(run: _Run, scope: Scope): Cap | null {
  const cap = run.rules.perPepCap;
  if (cap === null) return null;
  const { pepId } = scope;
  const paidPence = pepId === null ? 0 : paidWhere(scope.rows, (r) => r.pepId === pepId);
  const what = run.policy.ppPlus.capCorePepsOnly.value ? 'cap per core PEP' : 'cap per PEP';
  return { kind: 'per-pep-cap', code: 'PPPLUS-CAP-PER-PEP', limitPence: cap.pence, paidPence, what, path: scope.requestsPath, source: cap.source };
}

function perFinancialYearCap(run: _Run, scope: Scope): Cap | null {
  const cap = run.rules.perFinancialYearCap;
  if (cap === null) return null;
  const { label } = scope.fy;
  const paidPence = paidWhere(scope.rows, (r) => r.financialYear === label);
  return { kind: 'per-financial-year-cap', code: 'PPPLUS-CAP-PER-FINANCIAL-YEAR', limitPence: cap.pence, paidPence, what: `cap for financial year ${label}`, path: ['ledger'], source: cap.source };
}

/** The instalment window of the meeting date as a cap; `null` (reported, payment stopped) when none contains it. */
function instalmentCap(run: _Run, scope: Scope): Cap | null {
  const w = _windowContaining(scope.meetingDate, run.rules.instalments);
  const path = ['pep', 'meeting', 'date'];
  if (w === null) {
    const source = run.rules.instalments.map((i) => i.source).join('; ');
    run.findings.push(finding('PPPLUS-NO-INSTALMENT-WINDOW', 'error', "The meeting date falls in none of the policy's instalment windows, so no payment can be scheduled.", path, source));
    run.capsApplied.push({ kind: 'no-instalment-window', code: 'PPPLUS-NO-INSTALMENT-WINDOW', limit: null, alreadyPaid: null, available: 0, source });
    return null;
  }
  const paidPence = paidWhere(scope.rows, (r) => r.date >= w.start && r.date <= w.end);
  const { label, pence, source } = w.window;
  return { kind: 'instalment-window', code: 'PPPLUS-CAP-INSTALMENT', limitPence: pence, paidPence, what: `instalment for ${label}`, path, source, label };
}

function perTermCap(run: _Run, scope: Scope): Cap | null {
  const cap = run.rules.perTermCap;
  if (cap === null) return null;
  const term = _pepTerm(scope.pep, scope.meetingDate);
  const paidPence = paidWhere(scope.rows, (r) => {
    const t = termKey(r.date);
    return t !== null && t.academicYear === term.academicYear && t.term === term.term;
  });
  const what = `cap for the ${term.term} term ${term.academicYear}`;
  return { kind: 'per-term-cap', code: 'PPPLUS-CAP-PER-TERM', limitPence: cap.pence, paidPence, what, path: ['pep', 'term'], source: cap.source, label: `${term.term} ${term.academicYear}` };
}

/** The term of a date: the one answer of `deadlines/termOfDate` (by months without a calendar). */
function termKey(date: IsoDate): TermKey | null {
  const t = termOfDate(date);
  return t === null ? null : { academicYear: t.academicYear, term: t.term };
}

/**
 * The PEP's own `term` when it has a well-formed one, else the term of the meeting date.
 * @param pep - The PEP as given.
 * @param meetingDate - Its meeting date.
 * @returns The academic year and term.
 * @internal
 */
export function _pepTerm(pep: unknown, meetingDate: IsoDate): TermKey {
  const t = _get(pep, 'term');
  const academicYear = _get(t, 'academicYear');
  const term = _get(t, 'term');
  if (typeof academicYear === 'string' && /^\d{4}\/\d{2}$/.test(academicYear) && (term === 'autumn' || term === 'spring' || term === 'summer')) {
    return { academicYear, term };
  }
  return termOfDate(meetingDate)!; // a valid date always has a term
}
