import type { Finding } from '../core/finding';
import { fromDayNumber, type IsoDate, toDayNumberOrNull } from '../core/isoDate';
import {
  _DEFAULT_CTX,
  _MAX_AMOUNT,
  _addWorking,
  _amountFindings,
  _coverageFindings,
  _dateFinding,
  _outOfRangeFinding,
  _resolveOptions,
} from './_workingDays';
import type { WorkingDayOptions } from './types';
import { _guarded } from '../core/_guarded';

/** The result of {@link addWorkingDaysChecked}. */
export type WorkingDateResult =
  | { readonly ok: true; readonly date: IsoDate; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly date: null; readonly findings: readonly Finding[] };

/**
 * Adds working days (Monday to Friday, not bank holidays, not `options.closures`) to a date.
 * The start date is never counted, whatever day it is: day 1 is the first working day after it,
 * so a child entering care on a Saturday reaches working day 1 on Monday. A negative amount counts
 * back the same way (−1 is the last working day before the date); 0 returns the date unchanged.
 * Invalid input (`'2025-02-30'`, `'31/01/2025'`, a number, a fractional amount) gives `null`:
 * use {@link addWorkingDaysChecked} to see why. Runs in time proportional to the years crossed,
 * not to the amount.
 * @param date - Start date, `'YYYY-MM-DD'`.
 * @param amount - Working days to add, a whole number between −100000 and 100000.
 * @param options - `{ region?, closures?, holidays? }`; region defaults to `'england-and-wales'`.
 * @returns The date reached, or `null` for invalid input.
 * @example
 * import { addWorkingDays } from 'pep-rules/deadlines';
 * addWorkingDays('2024-12-20', 3); // skips the weekend, Christmas Day and Boxing Day
 * //=> '2024-12-27'
 */
export function addWorkingDays(date: unknown, amount: unknown, options?: WorkingDayOptions): IsoDate | null {
  const day = toDayNumberOrNull(date);
  if (day === null || typeof amount !== 'number' || !Number.isInteger(amount) || amount > _MAX_AMOUNT || amount < -_MAX_AMOUNT) {
    return null;
  }
  const ctx = options === undefined ? _DEFAULT_CTX : _resolveOptions(options).ctx;
  if (ctx === null) return null;
  const result = _addWorking(day, amount, ctx);
  return result === null ? null : fromDayNumber(result);
}

/**
 * {@link addWorkingDays} with its reasons: `{ ok: true, date, findings }` where findings may note
 * provisional bank holidays (years after 2027 computed from the rules,
 * `DEADLINE-BANK-HOLIDAYS-PROVISIONAL`), or `{ ok: false, date: null, findings }` for bad input
 * (`DEADLINE-DATE-INVALID`, `DEADLINE-AMOUNT-INVALID`, `DEADLINE-AMOUNT-RANGE`,
 * `DEADLINE-REGION-UNKNOWN`, `DEADLINE-CLOSURE-INVALID`, `DEADLINE-OPTIONS-INVALID`,
 * `DEADLINE-RESULT-OUT-OF-RANGE`).
 * @param date - Start date, `'YYYY-MM-DD'`.
 * @param amount - Working days to add, a whole number between −100000 and 100000.
 * @param options - `{ region?, closures?, holidays? }`.
 * @returns `{ ok, date, findings }`.
 * @example
 * import { addWorkingDaysChecked } from 'pep-rules/deadlines';
 * addWorkingDaysChecked('31/01/2025', 5).findings.map((f) => f.code);
 * //=> ['DEADLINE-DATE-INVALID']
 */
export function addWorkingDaysChecked(date: unknown, amount: unknown, options?: WorkingDayOptions): WorkingDateResult {
  return _guarded(unguardedAddWorkingDaysChecked, [date, amount, options]);
}

function unguardedAddWorkingDaysChecked(date: unknown, amount: unknown, options?: WorkingDayOptions): WorkingDateResult {
  const day = toDayNumberOrNull(date);
  const findings: Finding[] = [];
  if (day === null) findings.push(_dateFinding(['date']));
  findings.push(..._amountFindings(amount, ['amount']));
  const resolved = _resolveOptions(options);
  findings.push(...resolved.findings);
  if (findings.length > 0 || day === null || resolved.ctx === null) return { ok: false, date: null, findings };
  const result = _addWorking(day, amount as number, resolved.ctx);
  if (result === null) return { ok: false, date: null, findings: [_outOfRangeFinding(['amount'])] };
  return { ok: true, date: fromDayNumber(result), findings: _coverageFindings(day, result, resolved.ctx) };
}
