import type { AttendeeRole, Term, YearGroup } from '../core/enums';
import { ageOn, type IsoDate } from '../core/isoDate';
import { ncYearGroup } from '../deadlines/academicYear';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import type { Policy } from '../policy/schema';
import { scoreSdq } from '../sdq/scoreSdq';
import { sdqRequirement } from '../sdq/sdqRequirement';
import type { SdqRequirement } from '../sdq/types';
import { checkTargetSet } from '../smart/checkTargetSet';
import type { TargetInput, TargetSetReport } from '../smart/types';
import { _hasText } from '../core/_text';
import type { Pep } from '../pep/schema';

/** Why the PEP indicates an SEMH need (the SEMH criterion is not applicable without one). */
export type _SemhSignal = 'sdq-concern' | 'semh-target' | 'sen-primary-need' | 'semh-needs' | 'semh-interventions';

/** One SDQ record's total difficulties, as scored or as recorded. */
export interface _SdqFact {
  readonly index: number;
  /** Scored from the items when they are given and scorable, else the recorded total, else null. */
  readonly total: number | null;
  /** Scored from items. */
  readonly scored: number | null;
  /** Items were given but give no total difficulties (`scoreSdq` refused them, or too many are unanswered). */
  readonly unscorable: boolean;
}

/**
 * Facts about one PEP computed once and shared by every rule and by gradePep (DESIGN: validate and
 * grade together cost at most 3× JSON.parse of the same PEP).
 */
export interface _DerivedFacts {
  readonly meetingDate: IsoDate;
  /** The recorded year group, else the national curriculum year group on the meeting date. */
  readonly yearGroup: YearGroup | null;
  /** Age in whole years on the meeting date (null when the date of birth is after the meeting). */
  readonly ageAtMeeting: number | null;
  /** The term of the meeting: `pep.term.term`, else by month (autumn Sep–Dec, spring Jan–Mar, summer Apr–Aug). */
  readonly term: Term;
  /** Roles listed among the attendees (present or not). */
  readonly rolesListed: ReadonlySet<AttendeeRole>;
  /** Roles of attendees who attended. */
  readonly rolesPresent: ReadonlySet<AttendeeRole>;
  /** The child attended, or was invited. */
  readonly childInvitedOrPresent: boolean;
  /** Every target id (first occurrence). */
  readonly targetIds: ReadonlySet<string>;
  /** Total difficulties per SDQ record, in the PEP's order. */
  readonly sdq: readonly _SdqFact[];
  /** The most recent SDQ with a total (latest completedOn; the later record on a tie). */
  readonly latestSdq: _SdqFact | null;
  /** The latest SDQ total is at or above the policy's concern threshold. */
  readonly sdqConcern: boolean;
  /** Who needs an SDQ at the meeting (sdqRequirement, policy.sdq.*). */
  readonly sdqAtMeeting: SdqRequirement;
  /** Why an SEMH need is indicated (empty: none). */
  readonly semhSignals: ReadonlySet<_SemhSignal>;
  /** The SMART check of the target set (checkTargetSet with the meeting date, PEP and policy): one report per target. */
  readonly targetSet: TargetSetReport;
  /** Per target: it misses no more SMART criteria than `policy.targets.smartPassScore` allows (as checkTargetSet's `passing`). */
  readonly smartPass: readonly boolean[];
  /** Calendar for school-day counts, when the host gave one. */
  readonly calendar: SchoolCalendar | null;
}

const TERM_BY_MONTH: readonly Term[] = [
  'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'autumn',
];

const SEMH_NEED = /\bSEMH\b|\bsocial,? (?:and )?emotional\b/i;

/** The term of a date by month: autumn Sep–Dec, spring Jan–Mar, summer Apr–Aug (as sdqRequirement approximates). */
export function _termByMonth(date: IsoDate): Term {
  return TERM_BY_MONTH[Number(date.slice(5, 7)) - 1] ?? 'autumn';
}

/** Scores each SDQ record once (items win over a recorded total). */
function sdqFacts(pep: Pep, policy: Policy): _SdqFact[] {
  const out: _SdqFact[] = [];
  const records = pep.sdq ?? [];
  for (let index = 0; index < records.length; index++) {
    const record = records[index]!;
    let scored: number | null = null;
    let unscorable = false;
    if (record.items !== undefined) {
      const age = record.completedOn >= pep.child.dateOfBirth ? ageOn(pep.child.dateOfBirth, record.completedOn) : 0;
      const result = scoreSdq(
        { informant: record.informant, ageBand: age < 4 && record.informant !== 'self' ? '2-4' : '4-17', items: record.items },
        { concernThreshold: policy.sdq.concernThreshold.totalDifficulties },
      );
      if (result.ok) scored = result.totalDifficulties;
      unscorable = scored === null;
    }
    out.push({ index, total: scored ?? record.totalDifficulties ?? null, scored, unscorable });
  }
  return out;
}

/**
 * Computes the shared facts for one parsed PEP.
 * @param pep - A PEP accepted by parsePep.
 * @param policy - The council policy.
 * @param calendar - Optional school calendar.
 * @returns The facts.
 */
export function _derive(pep: Pep, policy: Policy, calendar: SchoolCalendar | null): _DerivedFacts {
  const meetingDate = pep.meeting.date;
  const dob = pep.child.dateOfBirth;
  const rolesListed = new Set<AttendeeRole>();
  const rolesPresent = new Set<AttendeeRole>();
  let childInvitedOrPresent = false;
  for (const a of pep.attendees) {
    rolesListed.add(a.role);
    if (a.attended) rolesPresent.add(a.role);
    if (a.role === 'child' && (a.attended || a.invited === true)) childInvitedOrPresent = true;
  }
  const targetIds = new Set<string>();
  let semhTarget = false;
  for (const t of pep.targets) {
    targetIds.add(t.id);
    if (t.area === 'semh') semhTarget = true;
  }

  const sdq = sdqFacts(pep, policy);
  let latestSdq: _SdqFact | null = null;
  for (const fact of sdq) {
    if (fact.total === null) continue;
    const completedOn = pep.sdq![fact.index]!.completedOn;
    if (latestSdq === null || completedOn >= pep.sdq![latestSdq.index]!.completedOn) latestSdq = fact;
  }
  const sdqConcern = latestSdq !== null && latestSdq.total! >= policy.sdq.concernThreshold.totalDifficulties;
  const sdqsBeforeMeeting = (pep.sdq ?? []).filter((r) => r.completedOn <= meetingDate);
  const sdqAtMeeting = sdqRequirement(
    {
      dateOfBirth: dob,
      enteredCare: pep.child.enteredCare,
      onDate: meetingDate,
      sdqs: sdqsBeforeMeeting.map((r) => ({ informant: r.informant, completedOn: r.completedOn })),
      ...(pep.core === true ? { corePepDates: [meetingDate] } : {}),
    },
    policy,
  );

  const semhSignals = new Set<_SemhSignal>();
  if (sdqConcern) semhSignals.add('sdq-concern');
  if (semhTarget) semhSignals.add('semh-target');
  if (_hasText(pep.sen?.primaryNeed) && SEMH_NEED.test(pep.sen.primaryNeed.slice(0, 200))) semhSignals.add('sen-primary-need');
  if (_hasText(pep.semh?.needs)) semhSignals.add('semh-needs');
  if ((pep.semh?.interventions ?? []).some((i) => _hasText(i.description))) semhSignals.add('semh-interventions');

  // A parsed target is a TargetInput (its optional fields are never explicitly undefined after JSON).
  const targetSet = checkTargetSet(pep.targets as readonly TargetInput[], {
    meetingDate,
    pep,
    policy,
    ...(pep.nextMeeting?.date ? { nextReviewDate: pep.nextMeeting.date } : {}),
    ...(calendar !== null ? { calendar } : {}),
  });
  // As checkTargetSet counts `passing`: a target passes when it misses (met: false) no more criteria
  // than the pass score allows out of five (Halton 4 of 5: one miss); unjudged criteria are not misses.
  const allowedMisses = 5 - policy.targets.smartPassScore.value;
  const smartPass = targetSet.reports.map((r) => r.outOf - r.score <= allowedMisses && r.score > 0);

  return {
    meetingDate,
    yearGroup: pep.child.yearGroup ?? ncYearGroup(dob, meetingDate),
    ageAtMeeting: dob <= meetingDate ? ageOn(dob, meetingDate) : null,
    term: pep.term?.term ?? _termByMonth(meetingDate),
    rolesListed,
    rolesPresent,
    childInvitedOrPresent,
    targetIds,
    sdq,
    latestSdq,
    sdqConcern,
    sdqAtMeeting,
    semhSignals,
    targetSet,
    smartPass,
    calendar,
  };
}
