import type { Finding } from '../core/finding';
import { toDayNumberOrNull } from '../core/isoDate';
import { _DEFAULT_CTX, _countWorking, _coverageFindings, _readSpan, _resolveOptions } from './_workingDays';
import type { WorkingDayOptions } from './types';
import { _guarded } from '../core/_guarded';

/** The result of {@link workingDaysBetweenChecked}. */
export type WorkingDaysCountResult =
  | { readonly ok: true; readonly days: number; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly days: null; readonly findings: readonly Finding[] };

/**
 * Counts working days from `start` to `end`: the start is not counted, the end is. When `end` is
 * earlier the count is negative (walking back from `start`, again not counting it). This is the
 * inverse of {@link addWorkingDays}: `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every
 * date `d`, working day or not. A PEP held on the 5th working day after a meeting gives 5.
 * Invalid input gives `null` ({@link workingDaysBetweenChecked} says why).
 * @param start - `'YYYY-MM-DD'`, not counted.
 * @param end - `'YYYY-MM-DD'`, counted when it is a working day.
 * @param options - `{ region?, closures?, holidays? }`; region defaults to `'england-and-wales'`.
 * @returns Working days (negative when `end` is before `start`), or `null`.
 * @example
 * import { workingDaysBetween } from 'pep-rules/deadlines';
 * workingDaysBetween('2025-04-17', '2025-04-22'); // Good Friday and Easter Monday are not counted
 * //=> 1
 */
export function workingDaysBetween(start: unknown, end: unknown, options?: WorkingDayOptions): number | null {
  const a = toDayNumberOrNull(start);
  const b = toDayNumberOrNull(end);
  if (a === null || b === null) return null;
  const ctx = options === undefined ? _DEFAULT_CTX : _resolveOptions(options).ctx;
  if (ctx === null) return null;
  return _countWorking(a, b, ctx);
}

/**
 * {@link workingDaysBetween} with its reasons: `{ ok: true, days, findings }` (findings may note
 * provisional bank holidays) or `{ ok: false, days: null, findings }` for bad input
 * (`DEADLINE-DATE-INVALID`, `DEADLINE-REGION-UNKNOWN`, `DEADLINE-CLOSURE-INVALID`, `DEADLINE-OPTIONS-INVALID`).
 * @param start - `'YYYY-MM-DD'`, not counted.
 * @param end - `'YYYY-MM-DD'`, counted.
 * @param options - `{ region?, closures?, holidays? }`.
 * @returns `{ ok, days, findings }`.
 * @example
 * import { workingDaysBetweenChecked } from 'pep-rules/deadlines';
 * workingDaysBetweenChecked('2025-01-06', '2025-02-30').findings.map((f) => f.path);
 * //=> [['end']]
 */
export function workingDaysBetweenChecked(start: unknown, end: unknown, options?: WorkingDayOptions): WorkingDaysCountResult {
  return _guarded(unguardedWorkingDaysBetweenChecked, [start, end, options]);
}

function unguardedWorkingDaysBetweenChecked(start: unknown, end: unknown, options?: WorkingDayOptions): WorkingDaysCountResult {
  const findings: Finding[] = [];
  const [a, b] = _readSpan(start, end, findings);
  const resolved = _resolveOptions(options);
  findings.push(...resolved.findings);
  if (findings.length > 0 || a === null || b === null || resolved.ctx === null) return { ok: false, days: null, findings };
  return { ok: true, days: _countWorking(a, b, resolved.ctx), findings: _coverageFindings(a, b, resolved.ctx) };
}
