/*
 * PEP position: up to date, due soon, overdue or not known, from each child's pepSchedule over every
 * meeting of theirs in the input, worked out when the summary is asked for. Internal: not re-exported.
 */
import { finding, type Finding } from '../../core/finding';
import { calendarDaysBetween, type IsoDate } from '../../core/isoDate';
import type { SchoolCalendar } from '../../deadlines/createSchoolCalendar';
import { pepSchedule, type PepScheduleMeeting, type PlacementChange, type ScheduleItem } from '../../pep/pepSchedule';
import type { Pep } from '../../pep/schema';
import type { Policy } from '../../policy/schema';
import { _bump, _compare, _distribution, _proportion } from '../_cohortStats';
import type { CohortDueItem, CohortNotKnownItem, CohortPepStatus, CohortSummary } from '../types';
import { refOf, type RecordsSlot } from './records';

/** Working days ahead that count as "due soon". */
export const DUE_SOON_WORKING_DAYS = 10;

/** pepSchedule kinds that mean "a PEP is due" (not care reviews, paperwork, reminders or SDQs). */
const PEP_DUE_KINDS: ReadonlySet<string> = new Set([
  'initial-pep',
  'initial-pep-complete',
  'termly-pep',
  'placement-change-review',
  'ehcp-annual-review-pep',
]);

const STATUSES: readonly CohortPepStatus[] = ['up-to-date', 'due-soon', 'overdue', 'not-known'];
const STATUS_LABELS: Readonly<Record<CohortPepStatus, string>> = {
  'up-to-date': 'Up to date',
  'due-soon': 'Due soon (up to date)',
  overdue: 'Overdue',
  'not-known': 'Not known (bad dates)',
};

const NO_CHANGES: readonly PlacementChange[] = Object.freeze([]);

/** What the schedule needs of a child: every meeting (PEP ids in `meetingIds`, same order) and the current PEP's dates. */
export interface StatusSlot {
  readonly meetings: PepScheduleMeeting[];
  readonly meetingIds: string[];
  enteredCare: IsoDate;
  placementChanges: readonly PlacementChange[];
  ehcpAnnualReview: IsoDate | null;
}

/** `true` for a position that counts as up to date. */
export const isCurrent = (status: CohortPepStatus): boolean => status === 'up-to-date' || status === 'due-soon';

/** The meeting a PEP records, as pepSchedule reads it. */
export function meetingOf(pep: Pep): PepScheduleMeeting {
  return {
    date: pep.meeting.date,
    kind: pep.kind,
    ...(pep.core !== undefined ? { core: pep.core } : {}),
    ...(pep.signOff?.submitted !== undefined ? { submittedOn: pep.signOff.submitted } : {}),
  };
}

/** The child's earliest missed obligation since their latest PEP held, and their next one due soon. */
function dueItems(items: readonly ScheduleItem[], lastHeld: IsoDate | null): { late: ScheduleItem | null; soon: ScheduleItem | null } {
  let late: ScheduleItem | null = null;
  let soon: ScheduleItem | null = null;
  for (const item of items) {
    if (!PEP_DUE_KINDS.has(item.kind)) continue;
    // An obligation missed before the child's latest PEP is history, not the current position.
    if (item.status === 'overdue' && (lastHeld === null || item.due > lastHeld)) {
      if (late === null || item.due < late.due) late = item;
    } else if (item.status === 'due-soon' && (soon === null || item.due < soon.due)) soon = item;
  }
  return { late, soon };
}

/** What working out positions needs: the run's policy, report date and calendar, and a text store. */
interface StatusContext {
  readonly policy: Policy;
  readonly day: IsoDate;
  readonly calendar: SchoolCalendar | undefined;
  readonly intern: (text: string) => string;
}

/** The lists a child's position can add to. */
interface StatusLists {
  readonly notKnown: CohortNotKnownItem[];
  readonly overdue: CohortDueItem[];
  readonly dueSoon: CohortDueItem[];
  readonly findings: Finding[];
}

function scheduleOf(c: StatusSlot & RecordsSlot, meetings: readonly PepScheduleMeeting[], ctx: StatusContext) {
  return pepSchedule(
    {
      enteredCare: c.enteredCare,
      dateOfBirth: c.dateOfBirth,
      today: ctx.day,
      meetings,
      placementChanges: c.placementChanges,
      ...(c.ehcpAnnualReview !== null ? { ehcpAnnualReview: c.ehcpAnnualReview } : {}),
      ...(ctx.calendar !== undefined ? { calendar: ctx.calendar } : {}),
      dueSoonWorkingDays: DUE_SOON_WORKING_DAYS,
    },
    ctx.policy,
  );
}

/** One child's position; an overdue or due-soon PEP goes on its list. */
function positionOf(c: StatusSlot & RecordsSlot, ctx: StatusContext, lists: StatusLists): CohortPepStatus {
  const { day, intern } = ctx;
  // A PEP dated after the report date was not held by then: it is not a meeting of the schedule.
  const meetings = c.meetings.filter((m) => m.date <= day).sort((a, b) => _compare(a.date, b.date));
  const schedule = scheduleOf(c, meetings, ctx);
  const lastHeld = meetings.length === 0 ? null : meetings[meetings.length - 1]!.date;
  const { late, soon } = dueItems(schedule.items, lastHeld);
  let st: CohortPepStatus = 'up-to-date';
  if (late !== null && meetings.length === 0 && c.meetings.length > 0) {
    // Every PEP of the child is dated after the report date: what was held before it is not in the input.
    st = 'not-known';
    lists.notKnown.push({ ...refOf(c), reason: 'future-dated' });
  } else if (late !== null) {
    st = 'overdue';
    const name = c.name !== null ? { childName: c.name } : {};
    lists.overdue.push({ ...refOf(c), kind: late.kind, due: late.due, days: calendarDaysBetween(late.due, day), basis: intern(late.basis), ...name });
  } else if (soon !== null) {
    st = 'due-soon';
    lists.dueSoon.push({ ...refOf(c), kind: soon.kind, due: soon.due, days: calendarDaysBetween(day, soon.due), basis: intern(soon.basis) });
  }
  if (schedule.items.length === 0 && schedule.findings.some((f) => f.severity === 'error')) {
    st = 'not-known';
    lists.notKnown.push({ ...refOf(c), reason: 'dates-unusable' });
    lists.findings.push(
      finding('COHORT-SCHEDULE-UNAVAILABLE', 'warning', `No PEP schedule for the child of record ${c.record}: their dates are unusable (e.g. entering care before birth), so their PEP position is not known.`, [c.record]),
    );
  }
  return st;
}

/**
 * The run's one finding about PEPs dated after the report date, or none.
 * @param peps - PEPs whose meeting is after the report date (`records.futureDated`).
 * @param children - Children of the cohort with no PEP held by then whose position is therefore not known.
 * @returns `COHORT-PEP-FUTURE-DATED` with both counts, or nothing when `peps` is 0.
 */
export function futureDatedFindings(peps: number, children: number): Finding[] {
  if (peps === 0) return [];
  return [
    finding(
      'COHORT-PEP-FUTURE-DATED',
      'warning',
      `${peps} PEPs have a meeting dated after the report date: none counts as held, as a child's current PEP while they have one held by then, or as making an earlier PEP overdue. ` +
        `${children} children have no PEP held by the report date and would otherwise be overdue, so their PEP position is not known (listed in notKnown).`,
      ['records', 'futureDated'],
    ),
  ];
}

/** The PEP position of every child, with the overdue, due-soon and not-known lists. */
export function createPepStatus(policy: Policy, day: IsoDate, calendar: SchoolCalendar | undefined) {
  // Texts that repeat across children (a schedule item's basis) are kept once.
  const texts = new Map<string, string>();
  const intern = (t: string): string => {
    const known = texts.get(t);
    if (known !== undefined) return known;
    if (texts.size < 10_000) texts.set(t, t);
    return t;
  };
  const ctx: StatusContext = { policy, day, calendar, intern };

  return {
    /** The schedule facts of a child's first PEP. */
    first: (pepId: string, pep: Pep): Pick<StatusSlot, 'meetings' | 'meetingIds'> => ({ meetings: [meetingOf(pep)], meetingIds: [pepId] }),
    /** Every PEP of a child is a meeting held (or planned); a repeated PEP id replaces its meeting. */
    addMeeting(c: StatusSlot, pepId: string, pep: Pep): void {
      const meeting = meetingOf(pep);
      const at = c.meetingIds.indexOf(pepId);
      if (at >= 0) c.meetings[at] = meeting;
      else {
        c.meetingIds.push(pepId);
        c.meetings.push(meeting);
      }
    },
    /** What the schedule keeps of the child's current PEP. */
    add(pep: Pep): Omit<StatusSlot, 'meetings' | 'meetingIds'> {
      const changes: PlacementChange[] = [];
      if (pep.carePlacement?.changedSinceLastPep === true && pep.carePlacement.startDate !== undefined) changes.push({ date: pep.carePlacement.startDate, kind: 'care' });
      if (pep.education.changedSinceLastPep === true && pep.education.startDate !== undefined) changes.push({ date: pep.education.startDate, kind: 'school' });
      return { enteredCare: pep.child.enteredCare, placementChanges: changes.length === 0 ? NO_CHANGES : changes, ehcpAnnualReview: pep.sen?.ehcpAnnualReview ?? null };
    },
    /** Each child's position (in cohort order) and the figures over them. */
    result(cohort: readonly (StatusSlot & RecordsSlot)[], smallBelow: number) {
      const lists: StatusLists = { notKnown: [], overdue: [], dueSoon: [], findings: [] };
      const statuses = cohort.map((c) => positionOf(c, ctx, lists));
      const counts = new Map<CohortPepStatus, number>();
      for (const st of statuses) _bump(counts, st);
      lists.overdue.sort((a, b) => b.days - a.days || _compare(a.pepId, b.pepId));
      lists.dueSoon.sort((a, b) => a.days - b.days || _compare(a.pepId, b.pepId));
      lists.notKnown.sort((a, b) => _compare(a.pepId, b.pepId) || _compare(a.childId, b.childId));
      const summary: Pick<CohortSummary, 'upToDate' | 'status' | 'overdue' | 'dueSoon' | 'notKnown'> = {
        upToDate: _proportion(statuses.filter(isCurrent).length, cohort.length, smallBelow),
        status: _distribution(STATUSES, STATUS_LABELS, counts, smallBelow),
        overdue: lists.overdue,
        dueSoon: lists.dueSoon,
        notKnown: lists.notKnown,
      };
      const futureOnly = lists.notKnown.filter((n) => n.reason === 'future-dated').length;
      return { statuses, summary, findings: lists.findings, futureOnly };
    },
  };
}
