import type { Finding } from '../core/finding';
import { _calendarFinding, _countSchool, _outsideFinding, _readCalendar } from './_schoolDays';
import { _readSpan } from './_workingDays';
import type { SchoolCalendar } from './createSchoolCalendar';
import { _guarded } from '../core/_guarded';

/** The result of {@link schoolDaysBetweenChecked}. */
export type SchoolDaysCountResult =
  | { readonly ok: true; readonly days: number; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly days: null; readonly findings: readonly Finding[] };

/**
 * Counts school days from `start` (not counted) to `end` (counted); negative when `end` is
 * earlier. The inverse of {@link addSchoolDays}. Both dates must lie in the academic years the
 * calendar covers, otherwise `null` ({@link schoolDaysBetweenChecked} says why).
 * @param start - `'YYYY-MM-DD'`, not counted.
 * @param end - `'YYYY-MM-DD'`, counted when it is a school day.
 * @param calendar - From `createSchoolCalendar`.
 * @returns School days, or `null`.
 * @example
 * import { createSchoolCalendar, schoolDaysBetween } from 'pep-rules/deadlines';
 * const r = createSchoolCalendar({ terms: [{ term: 'autumn', start: '2025-09-01', end: '2025-12-19', insetDays: ['2025-09-02'] }] });
 * r.ok && schoolDaysBetween('2025-09-01', '2025-09-08', r.calendar); // the start and the INSET day are not counted
 * //=> 4
 */
export function schoolDaysBetween(start: unknown, end: unknown, calendar: SchoolCalendar): number | null {
  return _guarded(unguardedSchoolDaysBetween, [start, end, calendar]);
}

function unguardedSchoolDaysBetween(start: unknown, end: unknown, calendar: SchoolCalendar): number | null {
  return schoolDaysBetweenChecked(start, end, calendar).days;
}

/**
 * {@link schoolDaysBetween} with its reasons (`DEADLINE-DATE-INVALID`, `DEADLINE-CALENDAR-INVALID`,
 * `DEADLINE-CALENDAR-OUT-OF-RANGE`).
 * @param start - `'YYYY-MM-DD'`, not counted.
 * @param end - `'YYYY-MM-DD'`, counted.
 * @param calendar - From `createSchoolCalendar`.
 * @returns `{ ok, days, findings }`.
 * @example
 * import { createSchoolCalendar, schoolDaysBetweenChecked } from 'pep-rules/deadlines';
 * const r = createSchoolCalendar({ terms: [{ term: 'autumn', start: '2025-09-01', end: '2025-12-19' }] });
 * r.ok && schoolDaysBetweenChecked('2025-09-01', '2026-09-01', r.calendar).findings.map((f) => f.path);
 * //=> [['end']]
 */
export function schoolDaysBetweenChecked(start: unknown, end: unknown, calendar: SchoolCalendar): SchoolDaysCountResult {
  return _guarded(unguardedSchoolDaysBetweenChecked, [start, end, calendar]);
}

function unguardedSchoolDaysBetweenChecked(start: unknown, end: unknown, calendar: SchoolCalendar): SchoolDaysCountResult {
  const findings: Finding[] = [];
  const [a, b] = _readSpan(start, end, findings);
  const cal = _readCalendar(calendar);
  if (cal === null) findings.push(_calendarFinding(['calendar']));
  if (findings.length > 0 || a === null || b === null || cal === null) return { ok: false, days: null, findings };
  if (a < cal.from || a > cal.to) findings.push(_outsideFinding(cal, ['start']));
  if (b < cal.from || b > cal.to) findings.push(_outsideFinding(cal, ['end']));
  if (findings.length > 0) return { ok: false, days: null, findings };
  return { ok: true, days: _countSchool(cal, a, b), findings: [] };
}
