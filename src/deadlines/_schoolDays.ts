/** Shared helpers for school-day arithmetic on a {@link SchoolCalendar}. */
import { finding, type Finding, type PathSegment } from '../core/finding';
import { toDayNumberOrNull } from '../core/isoDate';
import type { SchoolCalendar } from './createSchoolCalendar';

/** A calendar ready for arithmetic: its school days and covered span as day numbers. */
export interface _Cal {
  readonly days: readonly number[];
  readonly from: number;
  readonly to: number;
  readonly calendar: SchoolCalendar;
}

const CACHE = new WeakMap<object, _Cal>();

/**
 * Reads a calendar made by `createSchoolCalendar` (or a structurally identical object), or `null`
 * when it is not one. Frozen calendars are memoised per object.
 */
export function _readCalendar(value: unknown): _Cal | null {
  if (value === null || typeof value !== 'object') return null;
  const cached = CACHE.get(value);
  if (cached !== undefined) return cached;
  const c = value as Partial<SchoolCalendar>;
  if (c.kind !== 'school-calendar' || !Array.isArray(c.schoolDayNumbers) || c.covers === null || typeof c.covers !== 'object') return null;
  const from = toDayNumberOrNull(c.covers.start);
  const to = toDayNumberOrNull(c.covers.end);
  if (from === null || to === null || !Array.isArray(c.terms)) return null;
  const days = c.schoolDayNumbers as readonly unknown[];
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (typeof d !== 'number' || !Number.isInteger(d) || (i > 0 && d <= (days[i - 1] as number))) return null;
  }
  const cal: _Cal = { days: days as readonly number[], from, to, calendar: value as SchoolCalendar };
  if (Object.isFrozen(value) && Object.isFrozen(days)) CACHE.set(value, cal);
  return cal;
}

/** Number of school days ≤ x. */
export function _countUpTo(days: readonly number[], x: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a day is a school day. */
export function _isSchoolDay(cal: _Cal, day: number): boolean {
  const i = _countUpTo(cal.days, day);
  return i > 0 && cal.days[i - 1] === day;
}

/** Adds school days (start not counted); `null` beyond the calendar's school days. */
export function _addSchool(cal: _Cal, day: number, n: number): number | null {
  if (n === 0) return day;
  const index = n > 0 ? _countUpTo(cal.days, day) + n - 1 : _countUpTo(cal.days, day - 1) + n;
  if (index < 0 || index >= cal.days.length) return null;
  return cal.days[index] as number;
}

/** School days from start (not counted) to end (counted); negative backwards. */
export function _countSchool(cal: _Cal, start: number, end: number): number {
  if (end >= start) return _countUpTo(cal.days, end) - _countUpTo(cal.days, start);
  return -(_countUpTo(cal.days, start - 1) - _countUpTo(cal.days, end - 1));
}

/** The finding for something that is not a calendar. */
export function _calendarFinding(path: readonly PathSegment[]): Finding {
  return finding('DEADLINE-CALENDAR-INVALID', 'error', 'The calendar must be the one returned by createSchoolCalendar.', path);
}

/** The finding for a date outside the calendar's academic years. */
export function _outsideFinding(cal: _Cal, path: readonly PathSegment[]): Finding {
  return finding(
    'DEADLINE-CALENDAR-OUT-OF-RANGE',
    'error',
    `The date is outside the academic years the calendar covers (${cal.calendar.covers.start} to ${cal.calendar.covers.end}).`,
    path,
  );
}

/** The finding for a result past the calendar's first or last school day. */
export function _beyondFinding(path: readonly PathSegment[]): Finding {
  return finding('DEADLINE-CALENDAR-OUT-OF-RANGE', 'error', 'The result falls beyond the terms the calendar holds.', path);
}
