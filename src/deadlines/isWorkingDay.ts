import { toDayNumberOrNull } from '../core/isoDate';
import { _DEFAULT_CTX, _isWorking, _resolveOptions } from './_workingDays';
import type { WorkingDayOptions } from './types';
import { _guarded } from '../core/_guarded';

/**
 * Whether a date is a working day: Monday to Friday, not a bank holiday of the region and not one
 * of `options.closures`. `null` for an invalid date or unusable options.
 * @param date - `'YYYY-MM-DD'`.
 * @param options - `{ region?, closures?, holidays? }`; region defaults to `'england-and-wales'`.
 * @returns `true`, `false`, or `null` for invalid input.
 * @example
 * import { isWorkingDay } from 'pep-rules/deadlines';
 * [isWorkingDay('2022-09-19'), isWorkingDay('2022-09-20'), isWorkingDay('2022-09-20', { closures: ['2022-09-20'] })];
 * //=> [false, true, false]
 */
export function isWorkingDay(date: unknown, options?: WorkingDayOptions): boolean | null {
  return _guarded(unguardedIsWorkingDay, [date, options]);
}

function unguardedIsWorkingDay(date: unknown, options?: WorkingDayOptions): boolean | null {
  const day = toDayNumberOrNull(date);
  if (day === null) return null;
  const ctx = options === undefined ? _DEFAULT_CTX : _resolveOptions(options).ctx;
  if (ctx === null) return null;
  return _isWorking(day, ctx);
}
