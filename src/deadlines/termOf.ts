import type { Term } from '../core/enums';
import { type IsoDate, toDayNumberOrNull } from '../core/isoDate';
import { _isSchoolDay, _readCalendar } from './_schoolDays';
import type { SchoolCalendar } from './createSchoolCalendar';
import { _guarded } from '../core/_guarded';

/** Where a date falls in a school calendar's terms. */
export interface TermPosition {
  readonly term: Term;
  /** `'2024/25'`. */
  readonly academicYear: string;
  /** First and last day of the term. */
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The date is in one of the term's half-term breaks. */
  readonly inHalfTerm: boolean;
  /** The date is a school day (not a weekend, bank holiday, half-term, INSET day or closure). */
  readonly schoolDay: boolean;
}

/**
 * The term a date falls in (half-terms count as inside their term), or `null` when the date is in
 * the holidays between terms, outside the calendar, invalid, or the calendar is not one.
 * @param date - `'YYYY-MM-DD'`.
 * @param calendar - From `createSchoolCalendar`.
 * @returns `{ term, academicYear, start, end, inHalfTerm, schoolDay }` or `null`.
 * @example
 * import { createSchoolCalendar, termOf } from 'pep-rules/deadlines';
 * const r = createSchoolCalendar({ terms: [
 *   { term: 'spring', start: '2026-01-05', end: '2026-03-27', halfTerms: [{ start: '2026-02-16', end: '2026-02-20' }] },
 * ] });
 * r.ok && termOf('2026-02-17', r.calendar);
 * //=> { term: 'spring', academicYear: '2025/26', start: '2026-01-05', end: '2026-03-27', inHalfTerm: true, schoolDay: false }
 */
export function termOf(date: unknown, calendar: SchoolCalendar): TermPosition | null {
  return _guarded(unguardedTermOf, [date, calendar]);
}

function unguardedTermOf(date: unknown, calendar: SchoolCalendar): TermPosition | null {
  const day = toDayNumberOrNull(date);
  const cal = _readCalendar(calendar);
  if (day === null || cal === null) return null;
  const iso = date as string;
  for (const t of cal.calendar.terms) {
    if (iso < t.start || iso > t.end) continue;
    const inHalfTerm = t.halfTerms.some((h) => iso >= h.start && iso <= h.end);
    return { term: t.term, academicYear: t.academicYear, start: t.start, end: t.end, inHalfTerm, schoolDay: _isSchoolDay(cal, day) };
  }
  return null;
}
