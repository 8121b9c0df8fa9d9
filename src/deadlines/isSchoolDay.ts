import { toDayNumberOrNull } from '../core/isoDate';
import { _isSchoolDay, _readCalendar } from './_schoolDays';
import type { SchoolCalendar } from './createSchoolCalendar';
import { _guarded } from '../core/_guarded';

/**
 * Whether a date is a school day in a calendar: inside a term and not a weekend, bank holiday,
 * half-term, INSET day or closure. `null` for an invalid date, a date outside the academic years
 * the calendar covers, or something that is not a calendar.
 * @param date - `'YYYY-MM-DD'`.
 * @param calendar - From `createSchoolCalendar`.
 * @returns `true`, `false` or `null`.
 * @example
 * import { createSchoolCalendar, isSchoolDay } from 'pep-rules/deadlines';
 * const r = createSchoolCalendar({ terms: [{ term: 'summer', start: '2026-04-13', end: '2026-07-22' }] });
 * r.ok && [isSchoolDay('2026-05-01', r.calendar), isSchoolDay('2026-05-04', r.calendar)]; // 4 May is Early May bank holiday
 * //=> [true, false]
 */
export function isSchoolDay(date: unknown, calendar: SchoolCalendar): boolean | null {
  return _guarded(unguardedIsSchoolDay, [date, calendar]);
}

function unguardedIsSchoolDay(date: unknown, calendar: SchoolCalendar): boolean | null {
  const day = toDayNumberOrNull(date);
  const cal = _readCalendar(calendar);
  if (day === null || cal === null || day < cal.from || day > cal.to) return null;
  return _isSchoolDay(cal, day);
}
