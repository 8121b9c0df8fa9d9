import { daysInMonth, isoParts, type IsoDate } from '../core/isoDate';
import type { Term } from '../core/enums';
import type { _Window } from './_readPolicy';

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
const first = (y: number, m: number): IsoDate => `${y}-${pad(m)}-01`;
const last = (y: number, m: number): IsoDate => `${y}-${pad(m)}-${pad(daysInMonth(y, m))}`;

/** The dates of the payment window containing `date`, or `null` when no window contains its month. */
export function _windowContaining(
  date: IsoDate,
  windows: readonly _Window[],
): { window: _Window; start: IsoDate; end: IsoDate } | null {
  const { year, month } = isoParts(date);
  for (const w of windows) {
    if (w.fromMonth <= w.toMonth) {
      if (month >= w.fromMonth && month <= w.toMonth) return { window: w, start: first(year, w.fromMonth), end: last(year, w.toMonth) };
    } else if (month >= w.fromMonth) {
      return { window: w, start: first(year, w.fromMonth), end: last(year + 1, w.toMonth) };
    } else if (month <= w.toMonth) {
      return { window: w, start: first(year - 1, w.fromMonth), end: last(year, w.toMonth) };
    }
  }
  return null;
}

/** A school term in an academic year, e.g. `{ academicYear: '2024/25', term: 'autumn' }`. */
export interface _TermKey {
  readonly academicYear: string;
  readonly term: Term;
}

/**
 * The term a date falls in, by month: September–December autumn, January–March spring,
 * April–August summer (an approximation: real term dates move with Easter; a PEP's own `term`
 * field is preferred when it has one).
 */
export function _termOfDate(date: IsoDate): _TermKey {
  const { year, month } = isoParts(date);
  const startYear = month >= 9 ? year : year - 1;
  const academicYear = `${startYear}/${pad((startYear + 1) % 100)}`;
  const term: Term = month >= 9 ? 'autumn' : month <= 3 ? 'spring' : 'summer';
  return { academicYear, term };
}
