/*
 * Attendance recorded in each current PEP against the policy's threshold (The Virtual School Handbook (NAVSH, 2014) §3h).
 * Internal: not re-exported.
 */
import type { Policy } from '../../policy/schema';
import type { _AssessedPep } from '../_assessRecord';
import type { CohortSummary } from '../types';
import { _flaggedResult, type FlaggedReading } from './_flagged';
import type { RecordsSlot } from './records';

const ATTENDANCE_KEYS = ['below', 'at-or-above'] as const;

/** Attendance (percent) in the child's current PEP, `null` when not recorded. */
export interface AttendanceSlot {
  attendance: number | null;
}

/** Attendance below or at or above the policy's threshold. */
export function createAttendance(policy: Policy) {
  const threshold = policy.attendance.concernBelowPercent.value;
  const labels = { below: `Below ${threshold}%`, 'at-or-above': `${threshold}% or more` };
  /** How the performance profile and the attendance figures read a child. */
  const reading = (c: AttendanceSlot): FlaggedReading => {
    const below = c.attendance !== null && c.attendance < threshold;
    return { band: c.attendance === null ? null : below ? 'below' : 'at-or-above', flagged: below };
  };
  return {
    reading,
    add: (a: _AssessedPep): AttendanceSlot => ({ attendance: a.attendance }),
    result(cohort: readonly (AttendanceSlot & RecordsSlot)[], smallBelow: number): CohortSummary['attendance'] {
      const r = _flaggedResult(cohort, reading, ATTENDANCE_KEYS, labels, smallBelow);
      return { bands: r.bands, below: r.flagged, notRecorded: r.notRecorded, belowChildren: r.children };
    },
  };
}
