import type { Finding } from '../core/finding';
import { fromDayNumber, type IsoDate, toDayNumberOrNull } from '../core/isoDate';
import { _addSchool, _beyondFinding, _calendarFinding, _outsideFinding, _readCalendar } from './_schoolDays';
import { _amountFindings, _dateFinding } from './_workingDays';
import type { SchoolCalendar } from './createSchoolCalendar';
import { _guarded } from '../core/_guarded';

/** The result of {@link addSchoolDaysChecked}. */
export type SchoolDateResult =
  | { readonly ok: true; readonly date: IsoDate; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly date: null; readonly findings: readonly Finding[] };

/**
 * Adds school days to a date: days inside a term that are not weekends, bank holidays,
 * half-terms, INSET days or closures. As with working days, the start date is never counted, so
 * from a date in the holidays day 1 is the first school day after it; a negative amount counts
 * back; 0 returns the date. The date must lie in the academic years the calendar covers and the
 * result within its terms, otherwise `null` ({@link addSchoolDaysChecked} says why).
 * @param date - Start date, `'YYYY-MM-DD'`.
 * @param amount - School days, a whole number.
 * @param calendar - From `createSchoolCalendar`.
 * @returns The date reached, or `null`.
 * @example
 * import { addSchoolDays, createSchoolCalendar } from 'pep-rules/deadlines';
 * const r = createSchoolCalendar({ terms: [
 *   { term: 'autumn', start: '2025-09-01', end: '2025-12-19', halfTerms: [{ start: '2025-10-27', end: '2025-10-31' }] },
 * ] });
 * r.ok && addSchoolDays('2025-10-20', 10, r.calendar); // half-term week is skipped
 * //=> '2025-11-10'
 */
export function addSchoolDays(date: unknown, amount: unknown, calendar: SchoolCalendar): IsoDate | null {
  return _guarded(unguardedAddSchoolDays, [date, amount, calendar]);
}

function unguardedAddSchoolDays(date: unknown, amount: unknown, calendar: SchoolCalendar): IsoDate | null {
  const result = addSchoolDaysChecked(date, amount, calendar);
  return result.date;
}

/**
 * {@link addSchoolDays} with its reasons: `{ ok: false, date: null, findings }` with
 * `DEADLINE-DATE-INVALID`, `DEADLINE-AMOUNT-INVALID`, `DEADLINE-AMOUNT-RANGE`,
 * `DEADLINE-CALENDAR-INVALID` or `DEADLINE-CALENDAR-OUT-OF-RANGE`.
 * @param date - Start date, `'YYYY-MM-DD'`.
 * @param amount - School days, a whole number.
 * @param calendar - From `createSchoolCalendar`.
 * @returns `{ ok, date, findings }`.
 * @example
 * import { addSchoolDaysChecked, createSchoolCalendar } from 'pep-rules/deadlines';
 * const r = createSchoolCalendar({ terms: [{ term: 'autumn', start: '2025-09-01', end: '2025-12-19' }] });
 * r.ok && addSchoolDaysChecked('2025-12-15', 10, r.calendar).findings.map((f) => f.code);
 * //=> ['DEADLINE-CALENDAR-OUT-OF-RANGE']
 */
export function addSchoolDaysChecked(date: unknown, amount: unknown, calendar: SchoolCalendar): SchoolDateResult {
  return _guarded(unguardedAddSchoolDaysChecked, [date, amount, calendar]);
}

function unguardedAddSchoolDaysChecked(date: unknown, amount: unknown, calendar: SchoolCalendar): SchoolDateResult {
  const day = toDayNumberOrNull(date);
  const findings: Finding[] = [];
  if (day === null) findings.push(_dateFinding(['date']));
  findings.push(..._amountFindings(amount, ['amount']));
  const cal = _readCalendar(calendar);
  if (cal === null) findings.push(_calendarFinding(['calendar']));
  if (findings.length > 0 || day === null || cal === null) return { ok: false, date: null, findings };
  if (day < cal.from || day > cal.to) return { ok: false, date: null, findings: [_outsideFinding(cal, ['date'])] };
  const result = _addSchool(cal, day, amount as number);
  if (result === null) return { ok: false, date: null, findings: [_beyondFinding(['amount'])] };
  return { ok: true, date: fromDayNumber(result), findings: [] };
}
