import { TERMS, type Term } from '../../core/enums';
import { fromDayNumber, type IsoDate, toDayNumberOrNull } from '../../core/isoDate';
import { academicYearStarting } from '../../deadlines/academicYear';
import { _addWorking } from '../../deadlines/_workingDays';
import { termOfDate } from '../../deadlines/termOfDate';
import type { _ScheduleContext } from './types';

/** One term in which a PEP is due. @internal */
export interface _TermSlot {
  readonly academicYear: string;
  readonly term: Term;
  /** {@link _termNumber} of the term. */
  readonly number: number;
  readonly due: IsoDate;
  readonly basis: string;
  /** No deadline and no calendar: the due date is the approximate term end. */
  readonly approximate: boolean;
}

/**
 * The term a date is in as one number that orders terms (3 × the academic year's start year + the
 * term's place), from `termOfDate` (THE term of a date: the school calendar when the date is in one
 * of its terms, else the months).
 * @internal
 */
export function _termNumber(ctx: _ScheduleContext, date: IsoDate): number {
  const t = termOfDate(date, ctx.env.calendar?.calendar ?? null);
  return t === null ? -1 : Number(t.academicYear.slice(0, 4)) * 3 + TERMS.indexOf(t.term);
}

/**
 * When a PEP is due in a term: the policy's `termlyDeadlines` date for it, else the end of the term
 * in the school calendar, else the last working day on or before 20 December, 31 March or 20 July
 * (flagged approximate).
 * @internal
 */
export function _termSlot(ctx: _ScheduleContext, startYear: number, term: Term): _TermSlot {
  const ts = ctx.timescales;
  const academicYear = academicYearStarting(startYear).label;
  const number = startYear * 3 + TERMS.indexOf(term);
  const deadline = ts.termlyDeadlines.find((d) => d.academicYear === academicYear && d.term === term);
  if (deadline) {
    return { academicYear, term, number, due: deadline.date, basis: `Termly PEP deadline for the ${term} term ${academicYear} (${deadline.source})`, approximate: false };
  }
  const parts = ctx.env.calendar?.calendar.terms.filter((t) => t.academicYear === academicYear && t.term === term) ?? [];
  if (parts.length > 0) {
    const end = parts.reduce((m, t) => (t.end > m ? t.end : m), parts[0]!.end);
    const basis = `Termly PEP by the end of the ${term} term ${academicYear} (school calendar; ${ts.pepFrequency.source})`;
    return { academicYear, term, number, due: end, basis, approximate: false };
  }
  const nominal = term === 'autumn' ? `${startYear}-12-20` : term === 'spring' ? `${startYear + 1}-03-31` : `${startYear + 1}-07-20`;
  const n = toDayNumberOrNull(nominal) as number;
  const basis = `Termly PEP by the end of the ${term} term ${academicYear}, approximated as the last working day on or before ${nominal.slice(5)} (no term dates or deadline given; ${ts.pepFrequency.source})`;
  return { academicYear, term, number, due: fromDayNumber(_addWorking(n + 1, -1, ctx.env.ctx) ?? n), basis, approximate: true };
}
