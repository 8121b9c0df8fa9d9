/*
 * The engine behind cohortSummary / createCohortAccumulator. Each record is assessed once when it is
 * added (validatePep + gradePep via assessPep, checkPpPlusRequest); what the summary needs is kept
 * as a small per-child record, so memory grows with the number of children, not with the size of
 * the PEPs. Schedules (pepSchedule) are worked out in result(), when every meeting of a child is known.
 * Internal: not re-exported.
 */
import { YEAR_GROUPS, type YearGroup } from '../core/enums';
import { finding, type Finding, type Severity } from '../core/finding';
import { calendarDaysBetween, isIsoDate, ageOn, type IsoDate } from '../core/isoDate';
import { poundsToPence } from '../core/money';
import { academicYearOf, ncYearGroup } from '../deadlines/academicYear';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import { pepSchedule, type PepScheduleMeeting, type PlacementChange, type ScheduleItem } from '../pep/pepSchedule';
import { checkPpPlusRequest } from '../funding/checkPpPlusRequest';
import { england } from '../policy/presets/england';
import { PolicySchema, type Policy } from '../policy/schema';
import { sdqBand } from '../sdq/bands';
import { scoreSdq } from '../sdq/scoreSdq';
import { _bump, _distribution, _proportion, _safeId } from './_cohortStats';
import { assessPep } from '../rules/assessPep';
import type {
  CohortAccumulator,
  CohortBreakdown,
  CohortCodeCount,
  CohortDimension,
  CohortDueItem,
  CohortGroup,
  CohortInvalidRecord,
  CohortPepRef,
  CohortPepStatus,
  CohortPpPlusYear,
  CohortQaGrade,
  CohortSmartRating,
  CohortSummary,
  CohortSummaryOptions,
} from './types';
import type { Pep } from '../pep/schema';

const SMALL_COHORT_SOURCE =
  'seed 004 NAVSH Virtual School Handbook §5c iii "Small cohorts" (statistics on small groups mislead); threshold of 5 from issue 9';
const DUE_SOON_WORKING_DAYS = 10;
const LIST_LIMIT = 100;

/** pepSchedule kinds that mean "a PEP is due" (not care reviews, paperwork, reminders or SDQs). */
const PEP_DUE_KINDS: ReadonlySet<string> = new Set([
  'initial-pep',
  'initial-pep-complete',
  'termly-pep',
  'placement-change-review',
  'ehcp-annual-review-pep',
]);

const GRADES: readonly CohortQaGrade[] = ['gold', 'green', 'amber', 'red'];
const GRADE_LABELS: Readonly<Record<CohortQaGrade, string>> = {
  gold: 'Gold (outstanding)',
  green: 'Green (good)',
  amber: 'Amber (requires improvement)',
  red: 'Red (inadequate)',
};
const RATINGS: readonly CohortSmartRating[] = ['outstanding', 'good', 'requires-improvement'];
const RATING_LABELS: Readonly<Record<CohortSmartRating, string>> = {
  outstanding: 'Outstanding (all criteria met)',
  good: 'Good (one missed)',
  'requires-improvement': 'Requires improvement',
};
const STATUSES: readonly CohortPepStatus[] = ['up-to-date', 'due-soon', 'overdue', 'not-known'];
const STATUS_LABELS: Readonly<Record<CohortPepStatus, string>> = {
  'up-to-date': 'Up to date',
  'due-soon': 'Due soon (up to date)',
  overdue: 'Overdue',
  'not-known': 'Not known (bad dates)',
};
const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const SDQ_KEYS = {
  'three-band': ['normal', 'borderline', 'abnormal', 'not-banded'],
  'four-band': ['close-to-average', 'slightly-raised', 'high', 'very-high', 'not-banded'],
} as const;
const SDQ_LABELS: Readonly<Record<string, string>> = {
  normal: 'Normal',
  borderline: 'Borderline',
  abnormal: 'Abnormal (raised)',
  'close-to-average': 'Close to average',
  'slightly-raised': 'Slightly raised',
  high: 'High',
  'very-high': 'Very high',
  'not-banded': 'Not banded (no verified table)',
};
const ATTENDANCE_KEYS = ['below', 'at-or-above'] as const;

const DIMENSIONS: readonly { readonly dimension: CohortDimension; readonly label: string; readonly keys: readonly string[]; readonly labels: Readonly<Record<string, string>> }[] = [
  {
    dimension: 'year-group',
    label: 'National curriculum year group',
    keys: [...YEAR_GROUPS, 'not-known'],
    labels: Object.fromEntries([
      ...YEAR_GROUPS.map((g) => [g, g === 'N1' ? 'Nursery 1' : g === 'N2' ? 'Nursery 2' : g === 'R' ? 'Reception' : `Year ${g}`]),
      ['not-known', 'Not known'],
    ]),
  },
  {
    dimension: 'phase',
    label: 'Phase',
    keys: ['early-years', 'school-age', 'post-16'],
    labels: { 'early-years': 'Early years', 'school-age': 'School age', 'post-16': 'Post-16' },
  },
  {
    dimension: 'sen',
    label: 'SEN status',
    keys: ['none', 'sen-support', 'ehcp', 'not-recorded'],
    labels: { none: 'No SEN', 'sen-support': 'SEN support', ehcp: 'EHC plan', 'not-recorded': 'Not recorded' },
  },
  {
    dimension: 'education-area',
    label: 'Education placement in or out of area',
    keys: ['in-area', 'out-of-area', 'not-recorded'],
    labels: { 'in-area': 'In area', 'out-of-area': 'Out of area', 'not-recorded': 'Not recorded' },
  },
  {
    dimension: 'care-area',
    label: 'Care placement in or out of area',
    keys: ['in-area', 'out-of-area', 'not-recorded'],
    labels: { 'in-area': 'In area', 'out-of-area': 'Out of area', 'not-recorded': 'Not recorded' },
  },
];

/** What the summary keeps about a child: their current PEP's facts and every meeting. */
interface ChildState {
  readonly key: string;
  pepId: string;
  pepRef: string;
  childRef: string;
  record: number;
  meetingDate: IsoDate;
  enteredCare: IsoDate;
  dateOfBirth: IsoDate;
  leftCare: IsoDate | null;
  /** Every PEP of this child seen so far (PEP ids in `meetingIds`, same order). */
  readonly meetings: PepScheduleMeeting[];
  readonly meetingIds: string[];
  placementChanges: readonly PlacementChange[];
  ehcpAnnualReview: IsoDate | null;
  /** Index of the group's key per dimension, 5 bits each in DIMENSIONS order (one number: compact). */
  groups: number;
  grade: CohortQaGrade | null;
  smart: [number, number, number];
  sdqBand: string | null;
  sdqConcern: boolean;
  attendance: number | null;
  /** Finding codes of the current PEP: indices into the accumulator's code table, one character each (compact). */
  codes: string;
  name: string | null;
}

/** One PEP's PP+ outcome, in pence. */
interface PpContribution {
  readonly childKey: string;
  readonly date: IsoDate;
  readonly year: string;
  readonly requested: number;
  readonly allowed: number;
  readonly capped: number;
  readonly refused: number;
  readonly caps: readonly string[];
}

const NO_CHANGES: readonly PlacementChange[] = Object.freeze([]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const penceOf = (pounds: number | null): number => {
  if (pounds === null) return 0;
  const r = poundsToPence(pounds, { allowZero: true });
  return r.ok ? r.pence : 0;
};

function sdqOf(pep: Pep, policy: Policy): { band: string | null; concern: boolean } | null {
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

function yearGroupOf(pep: Pep, today: IsoDate): YearGroup | null {
  const recorded = pep.child.yearGroup;
  if (recorded !== undefined && academicYearOf(pep.meeting.date)?.label === academicYearOf(today)?.label) return recorded;
  return ncYearGroup(pep.child.dateOfBirth, today);
}

const area = (v: boolean | undefined): string => (v === true ? 'out-of-area' : v === false ? 'in-area' : 'not-recorded');

/** Creates the accumulator. Never throws. */
export function _createCohortAccumulator(options: CohortSummaryOptions): CohortAccumulator {
  const runFindings: Finding[] = [];
  const opts: Partial<CohortSummaryOptions> = isRecord(options) ? options : {};
  const today = opts.today;
  const todayOk = isIsoDate(today);
  if (!todayOk) {
    runFindings.push(finding('COHORT-TODAY-INVALID', 'error', "`today` must be a date written 'YYYY-MM-DD'; no figures were worked out.", ['today']));
  }
  let policy: Policy = england;
  let policyOk = true;
  if (opts.policy !== undefined) {
    const checked = PolicySchema.safeParse(opts.policy);
    if (checked.success) policy = opts.policy;
    else {
      policyOk = false;
      runFindings.push(finding('COHORT-POLICY-INVALID', 'error', 'The policy is not a valid council policy (check it with definePolicy); no figures were worked out.', ['policy']));
    }
  }
  const ready = todayOk && policyOk;
  const includeNames = opts.includeNames === true;
  const smallBelow = Number.isInteger(opts.smallCohortBelow) && (opts.smallCohortBelow as number) >= 1 ? (opts.smallCohortBelow as number) : 5;
  const listLimit = Number.isInteger(opts.listLimit) && (opts.listLimit as number) >= 0 ? (opts.listLimit as number) : LIST_LIMIT;
  const calendar: SchoolCalendar | undefined = opts.calendar;
  const day = (todayOk ? today : '1970-01-01') as IsoDate;

  const children = new Map<string, ChildState>();
  // Finding codes are interned once for the whole cohort: a child keeps small integers, not strings.
  const codeIndex = new Map<string, number>();
  const codeTable: { readonly code: string; readonly severity: Severity }[] = [];
  const codeId = (code: string, severity: Severity): number => {
    let id = codeIndex.get(code);
    if (id === undefined) {
      id = codeTable.length;
      codeIndex.set(code, id);
      codeTable.push({ code, severity });
    }
    return id;
  };
  // Texts that repeat across children (a schedule item's basis) are kept once.
  const texts = new Map<string, string>();
  const intern = (t: string): string => {
    const known = texts.get(t);
    if (known !== undefined) return known;
    if (texts.size < 10_000) texts.set(t, t);
    return t;
  };
  const pepOwner = new Map<string, string>();
  const pp = new Map<string, PpContribution>();
  const ppByChild = new Map<string, string[]>();
  let read = 0;
  let valid = 0;
  let duplicatePepIds = 0;
  let leftCare = 0;
  let replacedIds = 0;
  const invalidCodes = new Map<string, number>();
  const invalidRecords: CohortInvalidRecord[] = [];
  let invalid = 0;

  const refOf = (id: string, record: number): string => {
    const safe = _safeId(id);
    if (safe !== null) return safe;
    replacedIds += 1;
    return `#${record}`;
  };

  const unreadable = (record: number, pepId: string | null, codes: readonly string[]): void => {
    invalid += 1;
    for (const c of codes) _bump(invalidCodes, c);
    if (invalidRecords.length < listLimit) invalidRecords.push({ record, pepId, codes: [...codes] });
  };

  function addPpPlus(pep: Pep, pepId: string, childKey: string, grade: CohortQaGrade | null, robustPlan: boolean | undefined): void {
    const ppKey = `${childKey}\u0000${pepId}`;
    pp.delete(ppKey);
    const held = ppByChild.get(childKey);
    if (held !== undefined && held.includes(ppKey)) held.splice(held.indexOf(ppKey), 1);
    const requests = pep.ppPlus?.requests ?? [];
    if (requests.length === 0) return;
    const mine = ppByChild.get(childKey) ?? [];
    const ledger: { date: IsoDate; amount: number; pepId: string }[] = [];
    for (const id of mine) {
      const c = pp.get(id);
      if (c !== undefined && c.allowed > 0) ledger.push({ date: c.date, amount: c.allowed / 100, pepId: id.slice(childKey.length + 1) });
    }
    const qa = { ...(grade !== null ? { grade } : {}), ...(robustPlan !== undefined ? { robustPlan } : {}) };
    const check = checkPpPlusRequest({ pep, ledger, qa }, policy);
    let capped = 0;
    let refused = 0;
    for (const line of check.requests) {
      const lost = penceOf(line.requested) - penceOf(line.allowed);
      if (lost <= 0) continue;
      if (line.status === 'reduced') capped += lost;
      else refused += lost;
    }
    pp.set(ppKey, {
      childKey,
      date: pep.meeting.date,
      year: check.financialYear?.label ?? 'not-known',
      requested: check.requestedPence,
      allowed: check.allowedPence,
      capped,
      refused,
      caps: check.capsApplied.map((c) => c.kind),
    });
    mine.push(ppKey);
    ppByChild.set(childKey, mine);
  }

  function add(record: unknown, at?: { readonly line?: number }): void {
    read += 1;
    const position = isRecord(at) && Number.isInteger(at.line) ? (at.line as number) : read;
    if (!ready) return;
    let assessed: ReturnType<typeof assessPep>;
    try {
      assessed = assessPep(record, { policy, today: day, ...(calendar !== undefined ? { calendar } : {}) });
    } catch {
      // A throw is a bug in the rules; the record is still counted, never the run lost.
      unreadable(position, isRecord(record) ? _safeId(record.id) : null, ['COHORT-RECORD-UNASSESSABLE']);
      return;
    }
    const pep = assessed.validation.pep;
    if (pep === undefined) {
      const codes = [...new Set(assessed.validation.findings.map((f) => f.code))];
      unreadable(position, isRecord(record) ? _safeId(record.id) : null, codes.length > 0 ? codes : ['COHORT-RECORD-INVALID']);
      return;
    }
    valid += 1;
    const pepId = pep.id;
    const childKey = pep.child.id;
    const owner = pepOwner.get(pepId);
    if (owner !== undefined) {
      duplicatePepIds += 1;
      if (owner !== childKey) {
        runFindings.push(
          finding('COHORT-PEP-ID-REUSED', 'warning', `Record ${position} repeats the id of a PEP for another child; both are kept.`, [position, 'id']),
        );
      }
    }
    pepOwner.set(pepId, childKey);
    const grading = assessed.grading.ok ? assessed.grading : null;
    const grade = grading?.grade ?? null;
    addPpPlus(pep, pepId, childKey, grade, grading?.robustPlan);

    const meeting: PepScheduleMeeting = {
      date: pep.meeting.date,
      kind: pep.kind,
      ...(pep.core !== undefined ? { core: pep.core } : {}),
      ...(pep.signOff?.submitted !== undefined ? { submittedOn: pep.signOff.submitted } : {}),
    };
    let child = children.get(childKey);
    if (child !== undefined) {
      const at = child.meetingIds.indexOf(pepId);
      if (at >= 0) child.meetings[at] = meeting;
      else {
        child.meetingIds.push(pepId);
        child.meetings.push(meeting);
      }
      const later = pep.meeting.date > child.meetingDate || (pep.meeting.date === child.meetingDate) || child.pepId === pepId;
      if (!later) return;
    }
    const smart: [number, number, number] = [0, 0, 0];
    for (const t of grading?.targets ?? []) {
      const i = RATINGS.indexOf(t.rating as CohortSmartRating);
      if (i >= 0) smart[i] = (smart[i] ?? 0) + 1;
    }
    const sdq = sdqOf(pep, policy);
    const ids: number[] = [];
    for (const f of assessed.validation.findings) {
      const id = codeId(f.code, f.severity);
      if (!ids.includes(id)) ids.push(id);
    }
    const codes = String.fromCharCode(...ids);
    const changes: PlacementChange[] = [];
    if (pep.carePlacement?.changedSinceLastPep === true && pep.carePlacement.startDate !== undefined) changes.push({ date: pep.carePlacement.startDate, kind: 'care' });
    if (pep.education.changedSinceLastPep === true && pep.education.startDate !== undefined) changes.push({ date: pep.education.startDate, kind: 'school' });
    const groups = [
      yearGroupOf(pep, day) ?? 'not-known',
      pep.phase,
      pep.sen?.status ?? 'not-recorded',
      area(pep.education.setting.outOfArea),
      area(pep.carePlacement?.outOfArea),
    ].reduce((packed, key, i) => packed | (Math.max(0, (DIMENSIONS[i] as (typeof DIMENSIONS)[number]).keys.indexOf(key)) << (5 * i)), 0);
    const facts = {
      pepId,
      pepRef: refOf(pepId, position),
      childRef: refOf(childKey, position),
      record: position,
      meetingDate: pep.meeting.date,
      enteredCare: pep.child.enteredCare,
      dateOfBirth: pep.child.dateOfBirth,
      leftCare: pep.child.leftCare ?? null,
      placementChanges: changes.length === 0 ? NO_CHANGES : changes,
      ehcpAnnualReview: pep.sen?.ehcpAnnualReview ?? null,
      groups,
      grade,
      smart,
      sdqBand: sdq?.band ?? null,
      sdqConcern: sdq?.concern ?? false,
      attendance: pep.attendance?.percentage ?? null,
      codes,
      // Names are read only when asked for, so they can never leak into a summary otherwise.
      name: includeNames ? `${pep.child.forename} ${pep.child.surname}`.trim() : null,
    };
    if (child === undefined) {
      child = { key: childKey, meetings: [meeting], meetingIds: [pepId], ...facts };
      children.set(childKey, child);
    } else Object.assign(child, facts);
  }

  function result(): CohortSummary {
    const status = new Map<CohortPepStatus, number>();
    const scheduleFindings: Finding[] = [];
    const overdue: CohortDueItem[] = [];
    const dueSoon: CohortDueItem[] = [];
    const grades = new Map<CohortQaGrade, number>();
    const ratings = new Map<CohortSmartRating, number>();
    const sdqKeys = SDQ_KEYS[policy.sdq.bandScheme.value];
    const sdqBands = new Map<string, number>();
    const attendanceBands = new Map<(typeof ATTENDANCE_KEYS)[number], number>();
    const concernChildren: CohortPepRef[] = [];
    const belowChildren: CohortPepRef[] = [];
    const codeCounts = new Map<string, { severity: Severity; count: number }>();
    let sdqNotRecorded = 0;
    let attendanceNotRecorded = 0;
    let inCohort = 0;
    let upToDate = 0;
    leftCare = 0;
    const threshold = policy.attendance.concernBelowPercent.value;
    type Tally = { children: number; upToDate: number; overdue: number; good: number; graded: number; concern: number; sdq: number; below: number; attendance: number };
    const tallies = DIMENSIONS.map(() => new Map<string, Tally>());
    const superseded = valid - duplicatePepIds - children.size;

    for (const c of ready ? children.values() : []) {
      if ((c.leftCare !== null && c.leftCare <= day) || ageOn(c.dateOfBirth, day) >= 18) {
        leftCare += 1;
        continue;
      }
      inCohort += 1;
      const ref: CohortPepRef = { pepId: c.pepRef, childId: c.childRef };
      const meetings = [...c.meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const schedule = pepSchedule(
        {
          enteredCare: c.enteredCare,
          dateOfBirth: c.dateOfBirth,
          today: day,
          meetings,
          placementChanges: c.placementChanges,
          ...(c.ehcpAnnualReview !== null ? { ehcpAnnualReview: c.ehcpAnnualReview } : {}),
          ...(calendar !== undefined ? { calendar } : {}),
          dueSoonWorkingDays: DUE_SOON_WORKING_DAYS,
        },
        policy,
      );
      const lastHeld = meetings.reduce<IsoDate | null>((m, x) => (x.date <= day && (m === null || x.date > m) ? x.date : m), null);
      let late: ScheduleItem | null = null;
      let soon: ScheduleItem | null = null;
      for (const item of schedule.items) {
        if (!PEP_DUE_KINDS.has(item.kind)) continue;
        // An obligation missed before the child's latest PEP is history, not the current position.
        if (item.status === 'overdue' && (lastHeld === null || item.due > lastHeld)) {
          if (late === null || item.due < late.due) late = item;
        } else if (item.status === 'due-soon' && (soon === null || item.due < soon.due)) soon = item;
      }
      let st: CohortPepStatus = 'up-to-date';
      if (late !== null) {
        st = 'overdue';
        overdue.push({
          ...ref,
          kind: late.kind,
          due: late.due,
          days: calendarDaysBetween(late.due, day),
          basis: intern(late.basis),
          ...(includeNames && c.name !== null ? { childName: c.name } : {}),
        });
      } else if (soon !== null) {
        st = 'due-soon';
        dueSoon.push({ ...ref, kind: soon.kind, due: soon.due, days: calendarDaysBetween(day, soon.due), basis: intern(soon.basis) });
      }
      if (schedule.items.length === 0 && schedule.findings.some((f) => f.severity === 'error')) {
        st = 'not-known';
        scheduleFindings.push(
          finding('COHORT-SCHEDULE-UNAVAILABLE', 'warning', `No PEP schedule for the child of record ${c.record}: their dates are unusable (e.g. entering care before birth), so their PEP position is not known.`, [c.record]),
        );
      }
      _bump(status, st);
      const current = st === 'up-to-date' || st === 'due-soon';
      if (current) upToDate += 1;
      if (c.grade !== null) _bump(grades, c.grade);
      c.smart.forEach((n, i) => _bump(ratings, RATINGS[i] as CohortSmartRating, n));
      if (c.sdqBand === null) sdqNotRecorded += 1;
      else {
        _bump(sdqBands, c.sdqBand);
        if (c.sdqConcern) concernChildren.push(ref);
      }
      const below = c.attendance !== null && c.attendance < threshold;
      if (c.attendance === null) attendanceNotRecorded += 1;
      else {
        _bump(attendanceBands, below ? 'below' : 'at-or-above');
        if (below) belowChildren.push(ref);
      }
      for (let k = 0; k < c.codes.length; k++) {
        const { code, severity } = codeTable[c.codes.charCodeAt(k)] as { code: string; severity: Severity };
        const e = codeCounts.get(code);
        if (e === undefined) codeCounts.set(code, { severity, count: 1 });
        else e.count += 1;
      }
      DIMENSIONS.forEach((dim, i) => {
        const key = dim.keys[(c.groups >> (5 * i)) & 31] as string;
        const map = tallies[i] as Map<string, Tally>;
        const t = map.get(key) ?? { children: 0, upToDate: 0, overdue: 0, good: 0, graded: 0, concern: 0, sdq: 0, below: 0, attendance: 0 };
        t.children += 1;
        if (current) t.upToDate += 1;
        else if (st === 'overdue') t.overdue += 1;
        if (c.grade !== null) {
          t.graded += 1;
          if (c.grade === 'gold' || c.grade === 'green') t.good += 1;
        }
        if (c.sdqBand !== null) {
          t.sdq += 1;
          if (c.sdqConcern) t.concern += 1;
        }
        if (c.attendance !== null) {
          t.attendance += 1;
          if (below) t.below += 1;
        }
        map.set(key, t);
      });
    }

    overdue.sort((a, b) => b.days - a.days || (a.pepId < b.pepId ? -1 : a.pepId > b.pepId ? 1 : 0));
    dueSoon.sort((a, b) => a.days - b.days || (a.pepId < b.pepId ? -1 : a.pepId > b.pepId ? 1 : 0));
    const byIds = (a: CohortPepRef, b: CohortPepRef): number =>
      a.pepId < b.pepId ? -1 : a.pepId > b.pepId ? 1 : a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0;
    concernChildren.sort(byIds);
    belowChildren.sort(byIds);

    const breakdowns: CohortBreakdown[] = DIMENSIONS.map((d, i) => {
      const map = tallies[i] as Map<string, Tally>;
      const groups: CohortGroup[] = d.keys
        .filter((k) => map.has(k))
        .map((k) => {
          const t = map.get(k) as Tally;
          return {
            key: k,
            label: d.labels[k] ?? k,
            children: t.children,
            small: t.children < smallBelow,
            upToDate: _proportion(t.upToDate, t.children, smallBelow),
            overdue: t.overdue,
            goodQa: _proportion(t.good, t.graded, smallBelow),
            sdqConcern: _proportion(t.concern, t.sdq, smallBelow),
            attendanceBelow: _proportion(t.below, t.attendance, smallBelow),
          };
        });
      return { dimension: d.dimension, label: d.label, groups, smallGroups: groups.filter((g) => g.small).length };
    });

    const years = new Map<string, { peps: number; children: Set<string>; requested: number; allowed: number; capped: number; refused: number; caps: Map<string, number> }>();
    for (const c of ready ? pp.values() : []) {
      const y = years.get(c.year) ?? { peps: 0, children: new Set<string>(), requested: 0, allowed: 0, capped: 0, refused: 0, caps: new Map<string, number>() };
      y.peps += 1;
      y.children.add(c.childKey);
      y.requested += c.requested;
      y.allowed += c.allowed;
      y.capped += c.capped;
      y.refused += c.refused;
      for (const k of c.caps) _bump(y.caps, k);
      years.set(c.year, y);
    }
    const ppYears: CohortPpPlusYear[] = [...years.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([label, y]) => ({
        financialYear: label,
        peps: y.peps,
        children: y.children.size,
        requested: y.requested / 100,
        allowed: y.allowed / 100,
        capped: y.capped / 100,
        refused: y.refused / 100,
        capsApplied: Object.fromEntries([...y.caps.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
      }));
    const sum = (k: 'requested' | 'allowed' | 'capped' | 'refused'): number => [...years.values()].reduce((n, y) => n + y[k], 0) / 100;

    const byCount = <T extends { code: string; severity: Severity; count: number }>(a: T, b: T): number =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
    const findingsByCode: CohortCodeCount[] = [...codeCounts.entries()].map(([code, e]) => ({ code, severity: e.severity, count: e.count })).sort(byCount);
    const invalidByCode: CohortCodeCount[] = [...invalidCodes.entries()].map(([code, count]) => ({ code, severity: 'error' as const, count })).sort(byCount);

    const extra: Finding[] = [...scheduleFindings];
    if (replacedIds > 0) {
      extra.push(
        finding('COHORT-ID-NOT-IDENTIFIER', 'info', `${replacedIds} PEP or child ids are not plain identifiers (they may hold names or free text) and are shown as #<record> instead.`),
      );
    }

    return {
      format: 'pep-rules-cohort-summary',
      version: 1,
      today: day,
      policy: { id: policy.id, name: policy.name, version: policy.version },
      definitions: {
        upToDate:
          `A child's PEP is up to date when no PEP obligation in their pepSchedule under the policy (initial PEP within ${policy.timescales.initiatePep.n} ${policy.timescales.initiatePep.unit.replace('-', ' ')}, ` +
          `${policy.timescales.pepFrequency.value} PEP by each term's deadline, review after a placement change, PEP with the EHCP annual review) is overdue on the report date. ` +
          'An obligation missed before the child’s latest PEP meeting is history, not the current position. Due soon counts as up to date; a child whose dates are unusable does not.',
        dueSoonDays: DUE_SOON_WORKING_DAYS,
        currentPep: 'Each child (by child id) counts once, with their PEP with the latest meeting date; on a tie, the later record. Every PEP counts for PP+.',
        smallCohortBelow: smallBelow,
        smallCohortSource: SMALL_COHORT_SOURCE,
        sdqConcernThreshold: policy.sdq.concernThreshold.totalDifficulties,
        sdqConcernSource: policy.sdq.concernThreshold.source,
        sdqBandScheme: policy.sdq.bandScheme.value,
        attendanceBelowPercent: threshold,
        attendanceSource: policy.attendance.concernBelowPercent.source,
        yearGroup: "The PEP's recorded year group when its meeting is in the current academic year, else the national curriculum year group for the date of birth on the report date.",
      },
      includesNames: includeNames,
      records: { read, valid, invalid, duplicatePepIds, superseded: Math.max(0, superseded), leftCare, children: inCohort },
      upToDate: _proportion(upToDate, inCohort, smallBelow),
      status: _distribution(STATUSES, STATUS_LABELS, status, smallBelow),
      overdue,
      dueSoon,
      qaGrades: _distribution(GRADES, GRADE_LABELS, grades, smallBelow),
      smartRatings: _distribution(RATINGS, RATING_LABELS, ratings, smallBelow),
      sdq: {
        bands: _distribution(sdqKeys, SDQ_LABELS as Record<(typeof sdqKeys)[number], string>, sdqBands, smallBelow),
        concern: _proportion(concernChildren.length, inCohort - sdqNotRecorded, smallBelow),
        notRecorded: sdqNotRecorded,
        concernChildren,
      },
      attendance: {
        bands: _distribution(ATTENDANCE_KEYS, { below: `Below ${threshold}%`, 'at-or-above': `${threshold}% or more` }, attendanceBands, smallBelow),
        below: _proportion(belowChildren.length, inCohort - attendanceNotRecorded, smallBelow),
        notRecorded: attendanceNotRecorded,
        belowChildren,
      },
      ppPlus: { years: ppYears, total: { requested: sum('requested'), allowed: sum('allowed'), capped: sum('capped'), refused: sum('refused') } },
      breakdowns,
      findingsByCode,
      invalid: { count: invalid, byCode: invalidByCode, records: invalidRecords },
      findings: [...runFindings, ...extra],
    };
  }

  return {
    add(record, at) {
      add(record, at);
    },
    addUnreadable(codes, at) {
      read += 1;
      const position = isRecord(at) && Number.isInteger(at.line) ? (at.line as number) : read;
      const list = Array.isArray(codes) ? codes.filter((c): c is string => typeof c === 'string' && /^[A-Z0-9-]{1,80}$/.test(c)) : [];
      unreadable(position, null, list.length > 0 ? list : ['COHORT-RECORD-UNREADABLE']);
    },
    result,
  };
}
