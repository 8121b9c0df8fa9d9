import type { IsoDate } from '../core/isoDate';
import { _spanLabel, _spanStartYear } from './_yearSpan';

/** A UK financial year, 1 April – 31 March (the PP+ grant year). */
export interface FinancialYear {
  /** `'2024-25'`. */
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/**
 * The financial year (1 April – 31 March) a date falls in: PP+ is granted, capped and recovered
 * by financial year (DfE guidance and conditions of grant). Returns `null` for an invalid date.
 * @param date - `'YYYY-MM-DD'`.
 * @returns `{ label, start, end }` or `null`.
 * @example
 * import { financialYearOf } from 'pep-rules/funding';
 * financialYearOf('2025-03-31');
 * //=> { label: '2024-25', start: '2024-04-01', end: '2025-03-31' }
 */
export function financialYearOf(date: unknown): FinancialYear | null {
  const startYear = _spanStartYear(date, 4);
  return startYear === null ? null : { label: _spanLabel(startYear, '-'), start: `${startYear}-04-01`, end: `${startYear + 1}-03-31` };
}
