/*
 * The one place the cohort report asks the rules for a PEP's judgements (assessPep, scoreSdq,
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
import type { Pep } from '../pep/schema';
import type { Policy } from '../policy/schema';
import { assessPep } from '../rules/assessPep';
import { sdqBand } from '../sdq/bands';
import { scoreSdq } from '../sdq/scoreSdq';

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
 * Judges one record for the cohort report: validated and graded once (assessPep), then its SDQ
 * band, year group and PP+ requests. Never throws for bad input.
 * @param record - Anything.
 * @param context - The policy, the report date, the calendar and the child's PP+ ledger.
 * @returns The PEP's judgements, or the codes that make it unreadable.
 */
export function _assessRecord(record: unknown, context: _AssessContext): _AssessedPep | _UnreadableRecord {
  let assessed: ReturnType<typeof assessPep>;
  try {
    assessed = assessPep(record, { policy: context.policy, today: context.today, ...(context.calendar !== undefined ? { calendar: context.calendar } : {}) });
  } catch {
    // A throw is a bug in the rules; the record is still counted, never the run lost.
    return { ok: false, codes: ['COHORT-RECORD-UNASSESSABLE'] };
  }
  const pep = assessed.validation.pep;
  if (pep === undefined) {
    const codes = [...new Set(assessed.validation.findings.map((f) => f.code))];
    return { ok: false, codes: codes.length > 0 ? codes : ['COHORT-RECORD-INVALID'] };
  }
  const grading = assessed.grading.ok ? assessed.grading : null;
  const grade = grading?.grade ?? null;
  return {
    ok: true,
    pep,
    findings: assessed.validation.findings,
    grade,
    targetRatings: (grading?.targets ?? []).map((t) => t.rating),
    sdq: sdqOf(pep, context.policy),
    attendance: pep.attendance?.percentage ?? null,
    yearGroup: yearGroupOf(pep, context.today),
    ppPlus: ppPlusOf(pep, { ...(grade !== null ? { grade } : {}), ...(grading !== null ? { robustPlan: grading.robustPlan } : {}) }, context),
  };
}

/** The latest SDQ total difficulties (scored from the items when given), banded under the policy. */
function sdqOf(pep: Pep, policy: Policy): _AssessedPep['sdq'] {
  let best: { total: number; informant: 'parent' | 'teacher' | 'self'; on: IsoDate } | null = null;
  for (const rec of pep.sdq ?? []) {
    let total: number | null = null;
    if (rec.items !== undefined) {
      const s = scoreSdq({ informant: rec.informant, items: rec.items });
      if (s.ok) total = s.totalDifficulties;
    }
    if (total === null && rec.totalDifficulties !== undefined) total = rec.totalDifficulties;
    if (total === null) continue;
    if (best === null || rec.completedOn >= best.on) best = { total, informant: rec.informant, on: rec.completedOn };
  }
  if (best === null) return null;
  const scheme = policy.sdq.bandScheme.value;
  const ageBand = ageOn(pep.child.dateOfBirth, best.on) < 4 ? '2-4' : '4-17';
  const band = sdqBand('total', best.total, { informant: best.informant, scheme, ageBand });
  return { band: band?.band ?? 'not-banded', concern: best.total >= policy.sdq.concernThreshold.totalDifficulties };
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

/** The PEP's PP+ requests checked against the policy, with the child's earlier payments as the ledger. */
function ppPlusOf(pep: Pep, qa: { readonly grade?: QaGrade; readonly robustPlan?: boolean }, context: _AssessContext): _PpPlusOutcome | null {
  if ((pep.ppPlus?.requests ?? []).length === 0) return null;
  const check = checkPpPlusRequest({ pep, ledger: context.ledger(pep.child.id, pep.id), qa }, context.policy);
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
