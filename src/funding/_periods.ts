import { daysInMonth, isoParts, type IsoDate } from '../core/isoDate';
import type { _Window } from './_rules';

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
