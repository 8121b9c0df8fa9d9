import { isIsoDate, isoParts } from '../core/isoDate';

/*
 * What academic years (from 1 September) and financial years (from 1 April) share: the calendar
 * year a span starts in, and its label.
 */

/**
 * The calendar year in which the span that starts on the 1st of `firstMonth` and contains `date`
 * begins, or `null` for an invalid date.
 * @internal
 */
export function _spanStartYear(date: unknown, firstMonth: number): number | null {
  if (!isIsoDate(date)) return null;
  const { year, month } = isoParts(date);
  return month >= firstMonth ? year : year - 1;
}

/**
 * `'2024/25'` (separator `/`) or `'2024-25'` (separator `-`).
 * @internal
 */
export const _spanLabel = (startYear: number, separator: string): string =>
  `${startYear}${separator}${String((startYear + 1) % 100).padStart(2, '0')}`;
