import { finding, type Finding } from '../core/finding';
import { _isRecord } from '../core/guards';
import { isIsoDate, type IsoDate } from '../core/isoDate';
import { financialYearOf, type FinancialYear } from '../deadlines/financialYearOf';
import { _get } from '../pep/_ppGet';
import type { _PpPolicy } from '../pep/_ppPolicy';
import type { Policy } from '../policy/schema';
import { _fundingRules, type _FundingRules } from './_rules';
import { _SRC_FINANCIAL_YEAR, _SRC_FORMAT } from './_sources';
import type { PpPlusCapApplied, PpPlusCapKind } from './_types';

/** One run of checkPpPlusRequest: the gated policy and what the steps have found so far. */
export interface _Run {
  readonly policy: Policy;
  readonly rules: _FundingRules;
  readonly findings: Finding[];
  readonly capsApplied: PpPlusCapApplied[];
  /** A whole-PEP rule that stops funding, or `null`. */
  blocked: PpPlusCapKind | null;
}

/**
 * Starts a run with a gated policy: a policy that failed the gate is reported and stops funding.
 * @param gated - From `_ppPolicyGate`.
 * @returns The run.
 * @internal
 */
export function _startRun(gated: _PpPolicy): _Run {
  return {
    policy: gated.policy,
    rules: _fundingRules(gated.policy),
    findings: [...gated.findings],
    capsApplied: [],
    blocked: gated.findings.length > 0 ? 'unreadable' : null,
  };
}

/** What the funding steps read from the PEP itself. */
export interface _PepInput {
  /** The PEP as given. */
  readonly raw: unknown;
  /** The PEP is an object. */
  readonly isRecord: boolean;
  /** The meeting date, when a real date. */
  readonly meetingDate: IsoDate | null;
  /** The financial year of the meeting, charged with the requests. */
  readonly fy: FinancialYear | null;
  readonly id: string | null;
}

/**
 * Reads the PEP of the input: a missing PEP or meeting date is reported and stops funding.
 * @param input - The checked input object.
 * @param run - The run.
 * @returns The PEP's fields the steps use.
 * @internal
 */
export function _readPep(input: Record<string, unknown>, run: _Run): _PepInput {
  const raw = _get(input, 'pep');
  const isRecord = _isRecord(raw);
  if (!isRecord) {
    run.findings.push(finding('PPPLUS-PEP-INVALID', 'error', 'The PEP is missing or not an object.', ['pep'], _SRC_FORMAT));
    run.blocked ??= 'unreadable';
  }
  const date = _get(_get(raw, 'meeting'), 'date');
  const meetingDate = isIsoDate(date) ? date : null;
  if (meetingDate === null && isRecord) {
    const message = "The PEP meeting date is missing or not a real date written 'YYYY-MM-DD'; no financial year can be charged.";
    run.findings.push(finding('PPPLUS-MEETING-DATE-INVALID', 'error', message, ['pep', 'meeting', 'date'], _SRC_FINANCIAL_YEAR));
    run.blocked ??= 'unreadable';
  }
  const id = _get(raw, 'id');
  return { raw, isRecord, meetingDate, fy: meetingDate === null ? null : financialYearOf(meetingDate), id: typeof id === 'string' ? id : null };
}
