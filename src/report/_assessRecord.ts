/*
 * The one place the cohort report asks the rules for a PEP's judgements (assessPep and its facts,
 * sdqBand, ncYearGroup, checkPpPlusRequest) and turns them into what its dimensions keep. When
 * assessPep's result changes shape, this file is the one to edit. Internal: not re-exported.
 */
import type { QaGrade, YearGroup } from '../core/enums';
import type { Finding } from '../core/finding';
import { ageOn, type IsoDate } from '../core/isoDate';
import { poundsToPence } from '../core/money';
import { academicYearOf, ncYearGroup } from '../deadlines/academicYear';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import { checkPpPlusRequest } from '../funding/checkPpPlusRequest';
import type { SdqFacts } from '../pep/facts';
import type { Pep } from '../pep/schema';
import type { Policy } from '../policy/schema';
import { assessPep } from '../rules/assessPep';
import type { AssessPepResult } from '../rules/types';
import { sdqBand } from '../sdq/bands';

/** A PP+ payment already allowed for the child, as `checkPpPlusRequest` reads its ledger (pounds). */
export interface _LedgerEntry {
  readonly date: IsoDate;
  readonly amount: number;
  readonly pepId: string;
}

/** One PEP's PP+ outcome, in pence. */
export interface _PpPlusOutcome {
  readonly date: IsoDate;
  /** The financial year of the meeting, `'2024-25'`, or `'not-known'`. */
  readonly year: string;
  readonly requested: number;
  readonly allowed: number;
  /** Taken off by caps. */
  readonly capped: number;
  /** Rejected or withheld. */
  readonly refused: number;
  /** The kind of each cap or rule applied. */
  readonly caps: readonly string[];
}

/** What the cohort report needs of a record that is a PEP. */
export interface _AssessedPep {
  readonly ok: true;
  readonly pep: Pep;
  /** Every finding on the PEP (validation: schema and rules). */
  readonly findings: readonly Finding[];
  /** The QA grade, `null` when the PEP could not be graded. */
  readonly grade: QaGrade | null;
  /** The SMART rating of each target, in the PEP's order. */
  readonly targetRatings: readonly string[];
  /** The band and concern of the latest SDQ total difficulties; `null` without a usable total. */
  readonly sdq: { readonly band: string; readonly concern: boolean } | null;
  /** Attendance (percent), `null` when not recorded. */
  readonly attendance: number | null;
  /** The year group on the report date (see `definitions.yearGroup`); `null` when not known. */
  readonly yearGroup: YearGroup | null;
  /** The PEP's PP+ requests checked under the policy; `null` when it makes none. */
  readonly ppPlus: _PpPlusOutcome | null;
}

/** A record that is not a PEP, with the codes that say why. */
export interface _UnreadableRecord {
  readonly ok: false;
  readonly codes: readonly string[];
}

/** What the adapter needs to judge a record. */
export interface _AssessContext {
  readonly policy: Policy;
  readonly today: IsoDate;
  readonly calendar: SchoolCalendar | undefined;
  /** The PP+ already allowed for the child by their other PEPs (asked only for a PEP with requests). */
  readonly ledger: (childId: string, pepId: string) => readonly _LedgerEntry[];
}

/**
 * Whether a record is already an `assessPep` result (its own shape: `valid`, `pep`, `facts`,
 * `findings`, `targets`, `grade`, `funding`, and no `schemaVersion` as a PEP has), so it is not
 * assessed a second time.
 */
function isAssessed(record: unknown): record is AssessPepResult {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return false;
  const r = record as Record<string, unknown>;
  return typeof r.valid === 'boolean' && Array.isArray(r.findings) && !('schemaVersion' in r) && ['pep', 'facts', 'targets', 'grade', 'funding'].every((k) => k in r);
}

/**
 * Judges one record for the cohort report: validated and graded once (assessPep), then its SDQ
 * band, year group and PP+ requests. A record that is already an `assessPep` result is taken as it
 * is (it should have been made with the same policy, report date and calendar). Never throws for bad input.
 * @param record - Anything.
 * @param context - The policy, the report date, the calendar and the child's PP+ ledger.
 * @returns The PEP's judgements, or the codes that make it unreadable.
 */
export function _assessRecord(record: unknown, context: _AssessContext): _AssessedPep | _UnreadableRecord {
  let assessed: ReturnType<typeof assessPep>;
  try {
    assessed = isAssessed(record) ? record : assessPep(record, { policy: context.policy, today: context.today, ...(context.calendar !== undefined ? { calendar: context.calendar } : {}) });
  } catch {
    // A throw is a bug in the rules; the record is still counted, never the run lost.
    return { ok: false, codes: ['COHORT-RECORD-UNASSESSABLE'] };
  }
  const { pep, facts, grade } = assessed;
  if (pep === null || facts === null) {
    const codes = [...new Set(assessed.findings.map((f) => f.code))];
    return { ok: false, codes: codes.length > 0 ? codes : ['COHORT-RECORD-INVALID'] };
  }
  return {
    ok: true,
    pep,
    findings: assessed.findings,
    grade: grade?.grade ?? null,
    targetRatings: (grade?.targets ?? []).map((t) => t.rating),
    sdq: sdqOf(facts.sdq, pep, context.policy),
    attendance: facts.attendance.percentage,
    yearGroup: yearGroupOf(pep, context.today),
    ppPlus: ppPlusOf(pep, assessed, context),
  };
}

/** The band of the latest SDQ total difficulties (the policy's scheme) and whether it is a concern. */
function sdqOf(sdq: SdqFacts, pep: Pep, policy: Policy): _AssessedPep['sdq'] {
  const latest = sdq.latest;
  if (latest === null || latest.total === null) return null;
  const scheme = policy.sdq.bandScheme.value;
  const ageBand = ageOn(pep.child.dateOfBirth, latest.completedOn) < 4 ? '2-4' : '4-17';
  const band = sdqBand('total', latest.total, { informant: latest.informant, scheme, ageBand });
  return { band: band?.band ?? 'not-banded', concern: sdq.concern };
}

/** The recorded year group when the meeting is in the report date's academic year, else from the date of birth. */
function yearGroupOf(pep: Pep, today: IsoDate): YearGroup | null {
  const recorded = pep.child.yearGroup;
  if (recorded !== undefined && academicYearOf(pep.meeting.date)?.label === academicYearOf(today)?.label) return recorded;
  return ncYearGroup(pep.child.dateOfBirth, today);
}

const penceOf = (pounds: number | null): number => {
  if (pounds === null) return 0;
  const r = poundsToPence(pounds, { allowZero: true });
  return r.ok ? r.pence : 0;
};

/**
 * The PEP's PP+ requests checked against the policy, with the child's other PEPs as the ledger:
 * assessPep's own check (which knows no ledger) when the ledger is empty, else checked again with it.
 */
function ppPlusOf(pep: Pep, assessed: AssessPepResult, context: _AssessContext): _PpPlusOutcome | null {
  if ((pep.ppPlus?.requests ?? []).length === 0) return null;
  const ledger = context.ledger(pep.child.id, pep.id);
  const qa = assessed.grade === null ? {} : { grade: assessed.grade.grade, robustPlan: assessed.grade.robustPlan };
  const check = ledger.length === 0 && assessed.funding !== null ? assessed.funding : checkPpPlusRequest({ pep, ledger, qa }, context.policy);
  let capped = 0;
  let refused = 0;
  for (const line of check.requests) {
    const lost = penceOf(line.requested) - penceOf(line.allowed);
    if (lost <= 0) continue;
    if (line.status === 'reduced') capped += lost;
    else refused += lost;
  }
  return {
    date: pep.meeting.date,
    year: check.financialYear?.label ?? 'not-known',
    requested: check.requestedPence,
    allowed: check.allowedPence,
    capped,
    refused,
    caps: check.capsApplied.map((c) => c.kind),
  };
}
