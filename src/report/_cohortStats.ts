/*
 * Small counting helpers for the cohort summary: proportions, distributions and the small-cohort
 * flag. Internal: not re-exported.
 */
import type { Severity } from '../core/finding';
import type { CohortCodeCount, CohortDistribution, CohortDistributionRow, CohortProportion } from './types';

/**
 * A percentage with one decimal place, `null` when there is nothing to divide by.
 * Rounds half away from zero on the exact ratio (integers only, so no floating drift).
 */
export function _percent(count: number, of: number): number | null {
  if (of <= 0) return null;
  // tenths of a percent, rounded half up: (count × 1000 + of/2) / of, integer division
  return Math.floor((count * 2000 + of) / (2 * of)) / 10;
}

/** A count out of a total, flagged when the total is a small group (1 to `smallBelow` − 1). */
export function _proportion(count: number, of: number, smallBelow: number): CohortProportion {
  return { count, of, percent: _percent(count, of), small: of > 0 && of < smallBelow };
}

/** A distribution over fixed keys, in the order given, with percentages of the total. */
export function _distribution<K extends string>(
  keys: readonly K[],
  labels: Readonly<Record<K, string>>,
  counts: ReadonlyMap<K, number>,
  smallBelow: number,
): CohortDistribution<K> {
  let total = 0;
  for (const k of keys) total += counts.get(k) ?? 0;
  const rows: CohortDistributionRow<K>[] = keys.map((key) => {
    const count = counts.get(key) ?? 0;
    return { key, label: labels[key], count, percent: _percent(count, total) };
  });
  return { total, small: total > 0 && total < smallBelow, rows };
}

/** Adds one to a counter map. */
export function _bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;

/**
 * An identifier safe to print in a report: letters, digits and `. _ : / -`, at most 100
 * characters, no spaces. Anything else (which could be a name or free text) gives `null`.
 */
export function _safeId(value: unknown): string | null {
  return typeof value === 'string' && IDENTIFIER.test(value) ? value : null;
}

/** Orders two strings by UTF-16 code units (`<`), the order every list of the summary uses. */
export function _compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Finding-code counts: errors first, then warnings, then info; most frequent first; then by code. */
export function _byCount(a: CohortCodeCount, b: CohortCodeCount): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.count - a.count || _compare(a.code, b.code);
}
