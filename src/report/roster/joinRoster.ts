/*
 * The SSDA903 roster joined to the cohort's PEPs (summary.roster). Who is in care comes from the
 * roster (careOn); whether a child's PEP is overdue comes from the report's one position computation
 * (dimensions/pepStatus), passed in; the initial PEP and placement-change reviews from pepSchedule
 * run on the roster's dates (_rosterSchedule). Internal: not re-exported.
 */
import { ageOn, calendarDaysBetween, isIsoDate, type IsoDate } from '../../core/isoDate';
import type { SchoolCalendar } from '../../deadlines/createSchoolCalendar';
import type { PepScheduleMeeting } from '../../pep/pepSchedule';
import type { Policy } from '../../policy/schema';
import { _compare, _safeId } from '../_cohortStats';
import { careOn } from '../ssda903/careOn';
import type { Roster, RosterChild } from '../ssda903/types';
import type { CohortIdList, CohortPepStatus, CohortRosterAction, CohortRosterSection, CohortRosterStatus } from '../types';
import { _rosterSchedule, type _RosterSchedule } from './_rosterSchedule';

/** A child of the PEP cohort, as the join needs them. */
export interface _PepChild {
  readonly childId: string;
  readonly upn: string | null;
  /** The child id the report may print (`#<record>` when not an identifier). */
  readonly childRef: string;
  /** In the report's cohort (in care and under 18 by their PEP). */
  readonly inCohort: boolean;
  readonly status: CohortPepStatus;
  /** The overdue PEP's due date and days, when `status` is overdue. */
  readonly overdue: { readonly due: IsoDate; readonly days: number } | null;
  readonly meetings: readonly PepScheduleMeeting[];
  readonly dateOfBirth: IsoDate;
}

/** The run's settings the join reads. */
export interface _JoinContext {
  readonly policy: Policy;
  readonly day: IsoDate;
  readonly calendar: SchoolCalendar | undefined;
  readonly matchOn: 'child-id' | 'upn';
  readonly shortBreaks: 'exclude' | 'include';
  readonly listLimit: number;
}

const ORDER: readonly CohortRosterStatus[] = ['no-pep', 'overdue', 'initial-late', 'placement-change-no-review', 'not-on-roster'];
const CODE: Readonly<Record<CohortRosterStatus, string>> = {
  'no-pep': 'ROSTER-CHILD-NO-PEP',
  overdue: 'ROSTER-PEP-OVERDUE',
  'initial-late': 'ROSTER-INITIAL-PEP-LATE',
  'placement-change-no-review': 'ROSTER-PLACEMENT-CHANGE-NO-REVIEW',
  'not-on-roster': 'ROSTER-PEP-NOT-ON-ROSTER',
};

/** The id of a roster child the report may print. */
const rosterRef = (c: RosterChild): string => _safeId(c.id) ?? `#${c.line > 0 ? c.line : (c.episodes[0]?.line ?? 0)}`;

/** The latest PEP meeting held by `day`. */
function latestHeld(meetings: readonly PepScheduleMeeting[], day: IsoDate): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const m of meetings) if (m.date <= day && (latest === null || m.date > latest)) latest = m.date;
  return latest;
}

/** Collects ids per list, then sorts and cuts them to the list limit. */
function lists(limit: number) {
  const ids = new Map<string, string[]>();
  return {
    add: (name: string, id: string) => (ids.get(name) ?? ids.set(name, []).get(name)!).push(id),
    get(name: string): CohortIdList {
      const all = [...(ids.get(name) ?? [])].sort(_compare);
      return { count: all.length, ids: all.slice(0, limit) };
    },
  };
}

/** One roster child's action row, when they need action. */
function actionOf(id: string, reasons: Map<CohortRosterStatus, { due: IsoDate | null; days: number | null }>, latestPep: IsoDate | null): CohortRosterAction | null {
  const first = ORDER.find((s) => reasons.has(s));
  if (first === undefined) return null;
  const at = reasons.get(first)!;
  return { childId: id, status: first, due: at.due, daysOverdue: at.days, latestPep, reasons: ORDER.filter((s) => reasons.has(s)).map((s) => CODE[s]) };
}

/** The reasons a roster child in care needs action. */
function reasonsOf(pep: _PepChild | undefined, held: IsoDate | null, s: _RosterSchedule, day: IsoDate) {
  const reasons = new Map<CohortRosterStatus, { due: IsoDate | null; days: number | null }>();
  if (pep === undefined || held === null) {
    const due = s.initialDue;
    reasons.set('no-pep', { due, days: due === null ? null : Math.max(0, calendarDaysBetween(due, day)) });
  } else if (pep.status === 'overdue') reasons.set('overdue', pep.overdue ?? { due: null, days: null });
  if (s.initialLate !== null) reasons.set('initial-late', s.initialLate);
  if (s.unreviewedChange !== null) reasons.set('placement-change-no-review', s.unreviewedChange);
  return reasons;
}

/**
 * Joins the roster to the PEP children on the report date.
 * @returns The roster section of the summary.
 */
export function _joinRoster(roster: Roster, peps: readonly _PepChild[], ctx: _JoinContext): CohortRosterSection {
  const { day, matchOn } = ctx;
  const byKey = new Map<string, _PepChild>();
  for (const p of peps) {
    const key = matchOn === 'upn' ? p.upn : p.childId;
    if (key !== null && !byKey.has(key)) byKey.set(key, p);
  }
  const out = lists(ctx.listLimit);
  const matched = new Set<_PepChild>();
  const actions: CohortRosterAction[] = [];
  for (const child of roster.children) {
    const care = careOn(child, day);
    const key = matchOn === 'upn' ? child.upn : child.id;
    const pep = typeof key === 'string' ? byKey.get(key) : undefined;
    const dateOfBirth = isIsoDate(child.dateOfBirth) ? child.dateOfBirth : (pep?.dateOfBirth ?? null);
    if (care === null || (dateOfBirth !== null && ageOn(dateOfBirth, day) >= 18)) continue;
    if (pep !== undefined) matched.add(pep);
    const id = rosterRef(child);
    if (care.shortBreaks) {
      out.add('shortBreaks', id);
      if (ctx.shortBreaks === 'exclude') continue;
    }
    out.add('children', id);
    const held = pep === undefined ? null : latestHeld(pep.meetings, day);
    const schedule = _rosterSchedule({ since: care.since, dateOfBirth, placementChanges: care.placementChanges, meetings: pep?.meetings ?? [] }, ctx.policy, day, ctx.calendar);
    const reasons = reasonsOf(pep, held, schedule, day);
    out.add(reasons.has('no-pep') ? 'noPep' : reasons.has('overdue') ? 'overdue' : 'withCurrentPep', id);
    if (reasons.has('initial-late')) out.add('initialLate', id);
    if (reasons.has('placement-change-no-review')) out.add('placementChangeNoReview', id);
    const action = actionOf(id, reasons, held);
    if (action !== null) actions.push(action);
  }
  for (const p of peps) {
    if (!p.inCohort || matched.has(p)) continue;
    out.add('notOnRoster', p.childRef);
    actions.push({ childId: p.childRef, status: 'not-on-roster', due: null, daysOverdue: null, latestPep: latestHeld(p.meetings, day), reasons: [CODE['not-on-roster']] });
  }
  actions.sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || _compare(a.childId, b.childId));
  const get = (name: string) => out.get(name);
  return {
    matchOn,
    children: get('children'),
    withCurrentPep: get('withCurrentPep'),
    overdue: get('overdue'),
    noPep: get('noPep'),
    initialLate: get('initialLate'),
    notOnRoster: get('notOnRoster'),
    placementChangeNoReview: get('placementChangeNoReview'),
    shortBreaks: get('shortBreaks'),
    actions,
  };
}
