import type { IsoDate } from '../../core/isoDate';
import type { SchoolCalendar } from '../../deadlines/createSchoolCalendar';
import { termOfDate } from '../../deadlines/termOfDate';
import type { PolicyPepAgeRange } from '../../policy/schema';
import { _birthday } from './checks';

/** When a child's PEPs start and stop under a policy's `pep.ageRange`. @internal */
export interface _PepAgeWindow {
  /** First day PEPs are due (`null`: no lower age). */
  readonly from: IsoDate | null;
  /** First day PEPs are no longer due (`null`: until care ends at 18). */
  readonly until: IsoDate | null;
}

/** The first day of the term after the one `date` is in: the calendar's next term, else 1 January, 1 April or 1 September. */
function nextTermStart(date: IsoDate, calendar: SchoolCalendar | null): IsoDate {
  const t = termOfDate(date, calendar)!;
  const next = calendar?.terms.find((s) => s.start > date && !(s.term === t.term && s.academicYear === t.academicYear));
  if (next !== undefined) return next.start;
  const year = Number(date.slice(0, 4));
  if (t.term === 'autumn') return `${Number(date.slice(5, 7)) >= 9 ? year + 1 : year}-01-01`;
  return t.term === 'spring' ? `${year}-04-01` : `${year}-09-01`;
}

/**
 * The child's PEP age window under `policy.pep.ageRange`: from the `startAge` birthday (or the start
 * of the term after it), until the `endAge` birthday. One computation, read by the facts
 * (`pepAgeRange`) and the schedule (no termly PEP outside it).
 * @internal
 */
export function _pepAgeWindow(dateOfBirth: IsoDate, range: PolicyPepAgeRange, calendar: SchoolCalendar | null): _PepAgeWindow {
  let from: IsoDate | null = null;
  if (range.startAge !== null) {
    const birthday = _birthday(dateOfBirth, range.startAge);
    from = range.startAt === 'term-after-birthday' ? nextTermStart(birthday, calendar) : birthday;
  }
  return { from, until: range.endAge === null ? null : _birthday(dateOfBirth, range.endAge) };
}

/**
 * Whether a date falls inside the window.
 * @internal
 */
export function _inPepAgeWindow(window: _PepAgeWindow, date: IsoDate): boolean {
  return (window.from === null || date >= window.from) && (window.until === null || date < window.until);
}
