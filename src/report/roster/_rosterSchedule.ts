/*
 * What the roster adds to a child's PEP position: whether the initial PEP was held within the
 * policy's timescale from the start of the current period of care, and which placement changes of
 * that period have no PEP meeting on or after them. Both come from pepSchedule (the same durations,
 * calendar and rules as the rest of the report), run from the roster's dates. Internal.
 */
import { calendarDaysBetween, type IsoDate } from '../../core/isoDate';
import type { SchoolCalendar } from '../../deadlines/createSchoolCalendar';
import { pepSchedule, type PepScheduleMeeting } from '../../pep/pepSchedule';
import type { Policy } from '../../policy/schema';

/** A dated obligation the roster found unmet, with how late it is on the report date. */
export interface _RosterDue {
  readonly due: IsoDate;
  /** Calendar days past `due` (when it was met late, up to the meeting); 0 when not yet due. */
  readonly days: number;
}

/** The roster's view of a child's schedule; `null` fields when not unmet (or not known). */
export interface _RosterSchedule {
  /** The initial PEP's due date, whether or not it was met. */
  readonly initialDue: IsoDate | null;
  /** The initial PEP not held by its due date (late, or still not held and overdue). */
  readonly initialLate: _RosterDue | null;
  /** The earliest placement change of the period with no PEP meeting on or after it. */
  readonly unreviewedChange: _RosterDue | null;
}

const NONE: _RosterSchedule = Object.freeze({ initialDue: null, initialLate: null, unreviewedChange: null });

/** What the roster schedule needs of a child. */
export interface _RosterScheduleInput {
  readonly since: IsoDate;
  readonly dateOfBirth: IsoDate | null;
  readonly placementChanges: readonly IsoDate[];
  /** Every PEP meeting of the child (held or planned); those before `since` are not of this period. */
  readonly meetings: readonly PepScheduleMeeting[];
}

/**
 * The initial PEP and placement-change reviews of a roster child, on `day`.
 * @returns The due dates the roster found unmet; all `null` when the dates give no schedule.
 */
export function _rosterSchedule(input: _RosterScheduleInput, policy: Policy, day: IsoDate, calendar: SchoolCalendar | undefined): _RosterSchedule {
  if (input.dateOfBirth === null) return NONE;
  const held = input.meetings.filter((m) => m.date >= input.since && m.date <= day);
  const schedule = pepSchedule(
    {
      enteredCare: input.since,
      dateOfBirth: input.dateOfBirth,
      today: day,
      meetings: held,
      placementChanges: input.placementChanges.map((date) => ({ date, kind: 'care' as const })),
      ...(calendar !== undefined ? { calendar } : {}),
    },
    policy,
  );
  let initialDue: IsoDate | null = null;
  let initialLate: _RosterDue | null = null;
  let unreviewedChange: _RosterDue | null = null;
  for (const item of schedule.items) {
    if (item.kind === 'initial-pep') {
      initialDue = item.due;
      const done = item.completedOn;
      // Only a PEP marked initial shows when the initial PEP was held: an export may hold only a child's recent PEPs.
      const initial = item.meeting !== undefined && held[item.meeting]?.kind === 'initial';
      if (done !== undefined && initial && done > item.due) initialLate = { due: item.due, days: calendarDaysBetween(item.due, done) };
      else if (done === undefined && item.status === 'overdue') initialLate = { due: item.due, days: calendarDaysBetween(item.due, day) };
    } else if (item.kind === 'placement-change-review' && item.completedOn === undefined && unreviewedChange === null) {
      unreviewedChange = { due: item.due, days: Math.max(0, calendarDaysBetween(item.due, day)) };
    }
  }
  return { initialDue, initialLate, unreviewedChange };
}
