import { _guarded } from '../core/_guarded';
import { ATTENDEE_ROLES, type AttendeeRole, type YearGroup } from '../core/enums';
import type { Finding } from '../core/finding';
import { _isRecord } from '../core/guards';
import { ageOn, isIsoDate, toDayNumberOrNull, type IsoDate } from '../core/isoDate';
import { _hasText } from '../core/_text';
import { _ncYearGroup } from './_ncYearGroup';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import { _termOfDateByMonths, termOfDate } from '../deadlines/termOfDate';
import { _resolvePolicy } from '../policy/definePolicy';
import type { Policy } from '../policy/schema';
import { scoreSdq } from '../sdq/scoreSdq';
import type { KeyStage, PepFacts, SdqDutyFact, SdqFacts, SdqRecordFact, SemhSignal } from './facts';
import { _combineDuties, _sdqDuties, type _SdqDutyResult } from './schedule/sdqDuties';
import { _isParsedPep, parsePep } from './parsePep';
import { pepSchedule } from './pepSchedule';
import { _ppPlusEligibilityGated } from './ppPlusEligibility';
import { _ppPolicyGate, type _PpPolicy } from './_ppPolicy';
import { _isTrustedPolicy } from '../policy/gate';
import type { Pep, PepInput } from './schema';
import { isSemhNeed } from './semh';
import { _submissionDue } from './_submissionDue';
import { _inPepAgeWindow, _pepAgeWindow } from './schedule/ageRange';
import { _pepScheduleBase } from './schedule/fromPep';

/** Options for {@link derivePepFacts}. */
export interface DerivePepFactsOptions {
  /** Council policy; default `policies.england`. */
  readonly policy?: Policy;
  /** The date to judge on; without it the facts that need it (SDQ due today, schedule) are null. */
  readonly today?: IsoDate;
  /** The school's calendar, for the term of the meeting and counts in school days. */
  readonly calendar?: SchoolCalendar;
  /**
   * Work out the schedule of obligations (with `today`). Default `true`. `assessPep` leaves it out:
   * none of its judgements reads it, and it is most of the facts' cost (about 47 KB per PEP).
   */
  readonly schedule?: boolean;
}

/** What {@link derivePepFacts} returns. */
export type DerivePepFactsResult =
  | { readonly ok: true; readonly facts: PepFacts }
  | { readonly ok: false; readonly findings: readonly Finding[] };

const KEY_STAGE: Readonly<Record<YearGroup, KeyStage>> = {
  N1: 'EYFS', N2: 'EYFS', R: 'EYFS', '1': 'KS1', '2': 'KS1', '3': 'KS2', '4': 'KS2', '5': 'KS2', '6': 'KS2',
  '7': 'KS3', '8': 'KS3', '9': 'KS3', '10': 'KS4', '11': 'KS4', '12': 'KS5', '13': 'KS5',
};

/** Scores each SDQ record once (items win over a recorded total). */
function sdqRecords(pep: Pep, policy: Policy): SdqRecordFact[] {
  return (pep.sdq ?? []).map((record, index) => {
    let scored: number | null = null;
    if (record.items !== undefined) {
      const age = record.completedOn >= pep.child.dateOfBirth ? ageOn(pep.child.dateOfBirth, record.completedOn) : 0;
      const ageBand = age < 4 && record.informant !== 'self' ? '2-4' : '4-17';
      const result = scoreSdq(
        { informant: record.informant, ageBand, items: record.items },
        { concernThreshold: policy.sdq.concernThreshold.totalDifficulties },
      );
      if (result.ok) scored = result.totalDifficulties;
    }
    const unscorable = record.items !== undefined && scored === null;
    return { index, informant: record.informant, completedOn: record.completedOn, total: scored ?? record.totalDifficulties ?? null, scored, unscorable };
  });
}

/** The policy's SDQ duties judged on a date, counting the PEP's SDQs completed by then. */
function dutiesOn(pep: Pep, policy: Policy, onDate: IsoDate, corePep: boolean): _SdqDutyResult[] {
  // The records themselves (only informant and completedOn are read), all of them unless some are later.
  const all = pep.sdq ?? NO_SDQS;
  let later = 0;
  for (let i = 0; i < all.length; i++) if (all[i]!.completedOn > onDate) later += 1;
  const sdqs = later === 0 ? all : all.filter((r) => r.completedOn <= onDate);
  // Each shape as one literal (no spread of one into the other).
  const { dateOfBirth, enteredCare } = pep.child;
  // The dates are a parsed PEP's (real dates, years 0001-9999) and the meeting date or a checked `today`:
  // with a year from 1000 on (isIsoDate's range) they are not checked again per duty.
  const checked = dateOfBirth.charCodeAt(0) !== 48 && enteredCare.charCodeAt(0) !== 48 && onDate.charCodeAt(0) !== 48;
  return _sdqDuties(corePep ? { dateOfBirth, enteredCare, onDate, sdqs, corePepDates: [onDate] } : { dateOfBirth, enteredCare, onDate, sdqs }, policy, checked);
}
const NO_SDQS: NonNullable<Pep['sdq']> = Object.freeze([]) as unknown as NonNullable<Pep['sdq']>;

/** A duty asks for an SDQ at a PEP of this kind: any PEP, or one of the kinds it names. */
function asksAt(r: _SdqDutyResult, kind: Pep['kind']): boolean {
  return r.duty.pepKinds === null || r.duty.pepKinds.includes(kind);
}

/** Whether the PEP has an SDQ by this informant completed by the meeting. */
function hasSdqBy(pep: Pep, informant: SdqRecordFact['informant']): boolean {
  const meeting = pep.meeting.date;
  for (const s of pep.sdq ?? NO_SDQS) if (s.informant === informant && s.completedOn <= meeting) return true;
  return false;
}

/** Each duty at the meeting (`kind`: only duties asking at this kind of PEP are required; null: every duty): required there, due, and missing from the PEP. */
function dutyFacts(pep: Pep, results: readonly _SdqDutyResult[], kind: Pep['kind'] | null): SdqDutyFact[] {
  const out: SdqDutyFact[] = new Array<SdqDutyFact>(results.length);
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    const due = r.requirement.dueByInformant[0] ?? null;
    const required = r.requirement.required && (kind === null || asksAt(r, kind));
    out[i] = {
      duty: r.index,
      informant: r.duty.informant,
      frequency: r.duty.frequency,
      required,
      lastCompletedOn: due?.lastCompletedOn ?? null,
      due: due?.due ?? null,
      missing: required && !hasSdqBy(pep, r.duty.informant),
    };
  }
  return out;
}

function sdqFacts(pep: Pep, policy: Policy, today: IsoDate | null): SdqFacts {
  const records = sdqRecords(pep, policy);
  let latest: SdqRecordFact | null = null;
  const latestByInformant: Partial<Record<SdqRecordFact['informant'], SdqRecordFact>> = {};
  for (const fact of records) {
    if (fact.total === null) continue;
    if (latest === null || fact.completedOn >= latest.completedOn) latest = fact;
    const before = latestByInformant[fact.informant];
    if (before === undefined || fact.completedOn >= before.completedOn) latestByInformant[fact.informant] = fact;
  }
  const meeting = pep.meeting.date;
  const kind = pep.kind;
  const atMeeting = dutiesOn(pep, policy, meeting, pep.core === true);
  const atToday = today !== null && today >= meeting ? dutiesOn(pep, policy, today, false) : null;
  return {
    records,
    latest,
    latestByInformant,
    concern: latest !== null && latest.total! >= policy.sdq.concernThreshold.totalDifficulties,
    atMeeting: _combineDuties(atMeeting, kind),
    atToday: atToday === null ? null : _combineDuties(atToday),
    duties: dutyFacts(pep, atMeeting, kind),
    dutiesToday: atToday === null ? null : dutyFacts(pep, atToday, null),
  };
}

/** Every target id, first occurrence order. */
function targetIds(pep: Pep): string[] {
  const targets = pep.targets;
  const ids: string[] = [];
  // A PEP has a handful of targets: the ids so far are scanned (no Set per PEP); a long list uses a Set.
  if (targets.length > 16) {
    const seen = new Set<string>();
    for (const t of targets) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      ids.push(t.id);
    }
    return ids;
  }
  for (let i = 0; i < targets.length; i++) {
    const id = targets[i]!.id;
    let k = 0;
    while (k < ids.length && ids[k] !== id) k++;
    if (k === ids.length) ids.push(id);
  }
  return ids;
}

function semhSignals(pep: Pep, concern: boolean, primaryNeedIsSemh: boolean): SemhSignal[] {
  const out: SemhSignal[] = [];
  if (concern) out.push('sdq-concern');
  if (someSemhTarget(pep.targets)) out.push('semh-target');
  if (primaryNeedIsSemh) out.push('sen-primary-need');
  if (_hasText(pep.semh?.needs)) out.push('semh-needs');
  if (someDescribed(pep.semh?.interventions)) out.push('semh-interventions');
  return out;
}

/** Some target has area semh (a loop: no closure per PEP). */
function someSemhTarget(targets: Pep['targets']): boolean {
  for (let i = 0; i < targets.length; i++) if (targets[i]!.area === 'semh') return true;
  return false;
}

/** Some SEMH intervention has a description. */
function someDescribed(interventions: NonNullable<Pep['semh']>['interventions'] | undefined): boolean {
  if (interventions === undefined) return false;
  for (let i = 0; i < interventions.length; i++) if (_hasText(interventions[i]!.description)) return true;
  return false;
}

/** Days of suspension, summed in order (as the reduce it replaces). */
function suspensionDays(suspensions: NonNullable<Pep['exclusions']>['suspensions']): number {
  let sum = 0;
  for (let i = 0; i < suspensions.length; i++) sum = sum + suspensions[i]!.days;
  return sum;
}

function attendees(pep: Pep): Pick<PepFacts, 'rolesListed' | 'rolesPresent' | 'childInvitedOrPresent'> {
  // Each role once, in order of first mention: counted first (a bit per role), so each list is made at its size.
  const attendees = pep.attendees;
  let listedBits = 0;
  let presentBits = 0;
  let child = false;
  for (let i = 0; i < attendees.length; i++) {
    const a = attendees[i]!;
    const bit = roleBit(a.role);
    listedBits |= bit;
    if (a.attended) presentBits |= bit;
    if (a.role === 'child' && (a.attended || a.invited === true)) child = true;
  }
  const listed = new Array<AttendeeRole>(bitCount(listedBits));
  const present = new Array<AttendeeRole>(bitCount(presentBits));
  let l = 0;
  let p = 0;
  listedBits = 0;
  presentBits = 0;
  for (let i = 0; i < attendees.length && (l < listed.length || p < present.length); i++) {
    const a = attendees[i]!;
    const bit = roleBit(a.role);
    if ((listedBits & bit) === 0) {
      listedBits |= bit;
      listed[l++] = a.role;
    }
    if (a.attended && (presentBits & bit) === 0) {
      presentBits |= bit;
      present[p++] = a.role;
    }
  }
  return { rolesListed: listed, rolesPresent: present, childInvitedOrPresent: child };
}

/** Each role's bit, by its place in ATTENDEE_ROLES (a lookup, not a scan of the list per attendee). */
const ROLE_BITS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(ATTENDEE_ROLES.map((role, i) => [role, 1 << i]));

/** One bit per attendee role (the roles are an enum of fewer than 31). */
function roleBit(role: AttendeeRole): number {
  // A role outside the enum (never in a parsed PEP) gives the bit indexOf's -1 gave.
  return ROLE_BITS.get(role) ?? 1 << -1;
}

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n += 1;
  return n;
}

/** Whole days in care at the meeting, or null when care began after it. */
function daysInCare(pep: Pep): number | null {
  const from = pep.child.enteredCare;
  const to = pep.meeting.date;
  return from > to ? null : toDayNumberOrNull(to)! - toDayNumberOrNull(from)!;
}

/** Whole calendar months in care at the meeting, or null when care began after it. */
function monthsInCare(pep: Pep): number | null {
  const from = pep.child.enteredCare;
  const to = pep.meeting.date;
  if (from > to) return null;
  // Parsed dates ('YYYY-MM-DD'): the digits read in place, no strings.
  const months = (digits(to, 0, 4) - digits(from, 0, 4)) * 12 + digits(to, 5, 2) - digits(from, 5, 2);
  return digits(to, 8, 2) >= digits(from, 8, 2) ? months : months - 1;
}

/** The number written by `length` digits of `text` from `start`. */
function digits(text: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

function ageRange(pep: Pep, policy: Policy, calendar: SchoolCalendar | null): PepFacts['pepAgeRange'] {
  const window = _pepAgeWindow(pep.child.dateOfBirth, policy.pep.ageRange, calendar);
  return { from: window.from, until: window.until, atMeeting: _inPepAgeWindow(window, pep.meeting.date) };
}

function meetingTerm(pep: Pep, calendar: SchoolCalendar | null): PepFacts['term'] {
  // Without a calendar nothing can throw: the unguarded form (no guard's argument list per PEP).
  const position = (calendar === null ? _termOfDateByMonths(pep.meeting.date) : termOfDate(pep.meeting.date, calendar))!;
  if (pep.term !== undefined) return { term: pep.term.term, half: position.half, academicYear: pep.term.academicYear, from: 'recorded' };
  return { term: position.term, half: position.half, academicYear: position.academicYear, from: position.basis };
}

function schedule(pep: Pep, policy: Policy, today: IsoDate | null, calendar: SchoolCalendar | null): PepFacts['schedule'] {
  if (today === null) return null;
  const meeting = {
    date: pep.meeting.date,
    kind: pep.kind,
    ...(pep.core !== undefined ? { core: pep.core } : {}),
    ...(pep.signOff?.submitted !== undefined ? { submittedOn: pep.signOff.submitted } : {}),
  };
  const input = {
    // The child's dates, SDQs, suspensions and EHCP review, read as nextPepActions and the CLI read them.
    ..._pepScheduleBase(pep),
    today,
    // A meeting after `today` has not happened yet on the date the PEP is judged.
    meetings: pep.meeting.date <= today ? [meeting] : [],
    ...(calendar ? { calendar } : {}),
  };
  return pepSchedule(input, policy);
}

/*
 * What ppPlusEligibility's policy gate gives for a trusted policy (the policy itself, no findings):
 * one frozen answer per policy instead of going through the gate for every PEP.
 */
const PP_GATES = new WeakMap<Policy, _PpPolicy>();
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

function ppGate(policy: Policy): _PpPolicy {
  if (!_isTrustedPolicy(policy)) return _ppPolicyGate(policy);
  let gated = PP_GATES.get(policy);
  if (gated === undefined) PP_GATES.set(policy, (gated = Object.freeze({ policy, findings: NO_FINDINGS })));
  return gated;
}

/**
 * The facts of one parsed PEP under a trusted policy: what every module reads. Internal form of
 * {@link derivePepFacts} (no checks), used once per PEP by `assessPep`.
 * @internal
 */
export function _derivePepFacts(
  pep: Pep,
  policy: Policy,
  today: IsoDate | null,
  calendar: SchoolCalendar | null,
  withSchedule = false,
): PepFacts {
  const meetingDate = pep.meeting.date;
  const dob = pep.child.dateOfBirth;
  const recorded = pep.child.yearGroup;
  const yearGroup = recorded ?? _ncYearGroup(dob, meetingDate);
  const sdq = sdqFacts(pep, policy, today);
  const percentage = pep.attendance?.percentage ?? null;
  const suspensions = pep.exclusions?.suspensions ?? [];
  const roles = attendees(pep);
  const primaryNeedIsSemh = isSemhNeed(pep.sen?.primaryNeed);
  return {
    meetingDate,
    today,
    phase: pep.phase,
    ageAtMeeting: dob <= meetingDate ? ageOn(dob, meetingDate) : null,
    yearGroup,
    yearGroupFrom: recorded !== undefined ? 'recorded' : yearGroup !== null ? 'date-of-birth' : 'unknown',
    keyStage: yearGroup === null ? null : KEY_STAGE[yearGroup],
    daysInCareAtMeeting: daysInCare(pep),
    monthsInCareAtMeeting: monthsInCare(pep),
    term: meetingTerm(pep, calendar),
    rolesListed: roles.rolesListed,
    rolesPresent: roles.rolesPresent,
    childInvitedOrPresent: roles.childInvitedOrPresent,
    targetIds: targetIds(pep),
    sdq,
    semhSignals: semhSignals(pep, sdq.concern, primaryNeedIsSemh),
    sen: { status: pep.sen?.status ?? null, ehcp: pep.sen?.status === 'ehcp', primaryNeedIsSemh },
    attendance: { percentage, belowThreshold: percentage !== null && percentage < policy.attendance.concernBelowPercent.value },
    exclusions: {
      suspensions: suspensions.length,
      suspensionDays: suspensionDays(suspensions),
      permanent: pep.exclusions?.permanent === true,
    },
    submission: _submissionDue(pep, policy, calendar),
    pepAgeRange: ageRange(pep, policy, calendar),
    ppPlus: _ppPlusEligibilityGated(pep.child, meetingDate, ppGate(policy)),
    schedule: withSchedule ? schedule(pep, policy, today, calendar) : null,
    calendar,
  };
}

/**
 * Works out, once, what the rules, the SMART check, PP+ funding and the QA grid need to know about a
 * PEP: age, year group and key stage, time in care, the term of the meeting, attendees, SDQ duties
 * and the latest SDQ per informant, SEMH and SEN/EHCP status, attendance and exclusions, and the
 * schedule of obligations. `assessPep` returns the same facts with its judgements (without the
 * schedule, which none of them reads: ask `derivePepFacts` for it).
 * @param pep - A PEP (parsed here unless it came from `parsePep`).
 * @param options - `{ policy?, today?, calendar? }`.
 * @returns `{ ok: true, facts }`, or `{ ok: false, findings }` for a PEP or policy that is not valid.
 * @example
 * import { derivePepFacts } from 'pep-rules/rules';
 * const pep = {
 *   schemaVersion: 1, id: 'p1', phase: 'school-age', kind: 'termly', meeting: { date: '2026-04-02' },
 *   attendees: [], child: { id: 'c1', forename: 'A', surname: 'B', dateOfBirth: '2015-03-02', enteredCare: '2024-01-10' },
 *   education: { setting: { name: 'School' } }, views: {}, targets: [],
 * };
 * const r = derivePepFacts(pep);
 * r.ok && [r.facts.yearGroup, r.facts.keyStage, r.facts.term.term, r.facts.monthsInCareAtMeeting];
 * //=> ['6', 'KS2', 'summer', 26]
 */
export function derivePepFacts(pep: PepInput, options?: DerivePepFactsOptions): DerivePepFactsResult;
export function derivePepFacts(pep: unknown, options?: DerivePepFactsOptions): DerivePepFactsResult;
export function derivePepFacts(pep: unknown, options?: DerivePepFactsOptions): DerivePepFactsResult {
  return _guarded(unguardedDerivePepFacts, [pep, options]);
}

function unguardedDerivePepFacts(pep: unknown, options?: DerivePepFactsOptions): DerivePepFactsResult {
  const opts = _isRecord(options) ? options : {};
  const gate = _resolvePolicy(opts.policy);
  if (!gate.ok) return { ok: false, findings: gate.findings };
  let parsed: Pep;
  if (_isParsedPep(pep)) parsed = pep;
  else {
    const result = parsePep(pep);
    if (!result.success) return { ok: false, findings: result.issues };
    parsed = result.data;
  }
  const today = isIsoDate(opts.today) ? opts.today : null;
  const calendar = _isRecord(opts.calendar) ? (opts.calendar as unknown as SchoolCalendar) : null;
  return { ok: true, facts: _derivePepFacts(parsed, gate.policy, today, calendar, opts.schedule !== false) };
}
