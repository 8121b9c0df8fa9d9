import { finding, type Finding, type PathSegment } from './finding';
import { _guarded } from './_guarded';

/** Money inside the library: a whole number of pence. */
export type Pence = number;

/** A money value read from input: pence, or the findings that explain why it was refused. */
export type PenceResult = { readonly ok: true; readonly pence: Pence } | { readonly ok: false; readonly findings: Finding[] };

/** Options for {@link poundsToPence}. */
export interface PoundsToPenceOptions {
  /** Accept zero. Default `false` (a request for £0 is a mistake). */
  readonly allowZero?: boolean;
  /** Accept negative amounts (refunds in a ledger). Default `false`. */
  readonly allowNegative?: boolean;
  /** Where the value sits in the input, for findings. */
  readonly path?: readonly PathSegment[];
}

const MAX_POUNDS = 10_000_000;

/**
 * Converts pounds at the boundary (a number with at most 2 decimal places) to integer pence,
 * exactly: `19.99` becomes `1999`, never `1998.9999`. Strings, NaN, Infinity, more than two
 * decimal places, negatives and zero (unless allowed) are refused with findings, never rounded.
 * @param value - Pounds, e.g. `950` or `12.5`.
 * @param options - Whether zero or negatives are allowed, and the path for findings.
 * @returns `{ ok: true, pence }` or `{ ok: false, findings }`.
 * @example
 * import { poundsToPence } from 'pep-rules';
 * [poundsToPence(19.99), poundsToPence(0.1 + 0.2).ok];
 * //=> [{ ok: true, pence: 1999 }, false]
 */
export function poundsToPence(value: unknown, options?: PoundsToPenceOptions): PenceResult {
  return _guarded(unguardedPoundsToPence, [value, options]);
}

function unguardedPoundsToPence(value: unknown, options?: PoundsToPenceOptions): PenceResult {
  const opts: PoundsToPenceOptions = options !== null && typeof options === 'object' ? options : {};
  const path = Array.isArray(opts.path) ? opts.path : [];
  const refuse = (code: string, message: string): PenceResult => ({
    ok: false,
    findings: [finding(code, 'error', message, path)],
  });
  if (typeof value !== 'number') return refuse('MONEY-NOT-A-NUMBER', 'The amount must be a number of pounds.');
  if (!Number.isFinite(value)) return refuse('MONEY-NOT-FINITE', 'The amount must be a finite number.');
  if (Math.abs(value) > MAX_POUNDS) return refuse('MONEY-TOO-LARGE', 'The amount is larger than £10,000,000.');
  const pence = Math.round(value * 100);
  // Exactly two decimal places or fewer: the rounded pence must convert back to the same double.
  if (pence / 100 !== value) return refuse('MONEY-TOO-MANY-DECIMALS', 'The amount has more than two decimal places.');
  if (pence === 0 && opts.allowZero !== true) return refuse('MONEY-ZERO', 'The amount is zero.');
  if (pence < 0 && opts.allowNegative !== true) return refuse('MONEY-NEGATIVE', 'The amount is negative.');
  return { ok: true, pence: pence === 0 ? 0 : pence };
}

/**
 * The pence of an amount {@link poundsToPence} accepts (the same tests, in the same order), or `null`
 * where it would refuse the amount: then ask poundsToPence, which says why. No result object, no options.
 * @internal
 */
export function _penceOrNull(value: unknown, allowZero = false, allowNegative = false): Pence | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > MAX_POUNDS) return null;
  const pence = Math.round(value * 100);
  if (pence / 100 !== value) return null;
  if (pence === 0 && !allowZero) return null;
  if (pence < 0 && !allowNegative) return null;
  return pence === 0 ? 0 : pence;
}

/**
 * Converts integer pence back to pounds for output.
 * @param pence - Whole pence.
 * @returns Pounds as a number with at most two decimals; `NaN` when `pence` is not a whole number.
 * @example
 * import { penceToPounds } from 'pep-rules';
 * penceToPounds(95_000);
 * //=> 950
 */
export function penceToPounds(pence: Pence): number {
  return Number.isSafeInteger(pence) ? pence / 100 : Number.NaN;
}

/**
 * Formats pence as pounds for a message, e.g. `£1,045.00`. Locale-free (no `Intl`).
 * @param pence - Whole pence.
 * @returns The formatted amount, or `''` when `pence` is not a whole number.
 * @example
 * import { formatPence } from 'pep-rules';
 * formatPence(104_500);
 * //=> '£1,045.00'
 */
export function formatPence(pence: Pence): string {
  if (!Number.isSafeInteger(pence)) return '';
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = abs % 100;
  return `${sign}£${pounds}.${rest < 10 ? '0' : ''}${rest}`;
}
