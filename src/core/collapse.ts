import { _guarded } from './_guarded';
import type { Finding, PathSegment } from './finding';

/** How many places a collapsed finding lists in `paths`. */
const PATHS_KEPT = 10;

/** A finding that stands for several of the same code: how many, and the first places. */
export interface CollapsedFinding<C extends string = string> extends Finding<C> {
  /** How many findings with this code this one stands for. */
  readonly count: number;
  /** The first places (up to 10) in input order; `path` is the first of them. */
  readonly paths: readonly (readonly PathSegment[])[];
}

/** The default: a code found more than 50 times in one result is reported once, with a count. */
export const DEFAULT_FINDINGS_PER_CODE = 50;

function readLimit(limit: unknown): number {
  if (limit === Number.POSITIVE_INFINITY) return limit;
  return typeof limit === 'number' && Number.isInteger(limit) && limit >= 1 ? limit : DEFAULT_FINDINGS_PER_CODE;
}

function collapse(group: readonly Finding[]): CollapsedFinding {
  const first = group[0] as Finding;
  const paths: (readonly PathSegment[])[] = [];
  for (const f of group) {
    if (paths.length === PATHS_KEPT) break;
    if (f.path !== undefined) paths.push(f.path);
  }
  const where = paths.length === 0 ? '' : ` The first ${paths.length} places are listed in \`paths\`.`;
  const message = first.message === '' ? '' : `${first.message} (Found ${group.length} times.${where})`;
  return { ...first, message, count: group.length, paths };
}

/**
 * Bounds a result's findings: when one code is found more than `perCode` times (default 50), all of
 * them are replaced, where the first one stood, by one finding of that code with `count` (how many) and
 * `paths` (the first 10 places); other findings keep their order. Nothing is lost silently: the count
 * says how many there were. A ledger of a million empty payments gives one finding, not a million.
 * Returns the input array itself when nothing is over the limit.
 * @param findings - Findings in reporting order.
 * @param perCode - Most findings of one code kept one by one (`Infinity` keeps all). Default 50.
 * @returns The bounded findings.
 * @example
 * import { collapseRepeatedFindings } from 'pep-rules';
 * const many = [0, 1, 2].map((i) => ({ code: 'X-Y-Z', severity: 'error' as const, message: 'Bad.', path: ['targets', i] }));
 * const [one] = collapseRepeatedFindings(many, 2);
 * [one.count, one.paths.length, one.message];
 * //=> [3, 3, 'Bad. (Found 3 times. The first 3 places are listed in `paths`.)']
 */
export function collapseRepeatedFindings<F extends Finding>(findings: readonly F[], perCode?: number): (F | CollapsedFinding<F['code']>)[] {
  return _guarded(unguardedCollapseRepeatedFindings<F>, [findings, perCode]);
}

/**
 * {@link collapseRepeatedFindings} without the guard, for a list the library built itself (nothing in
 * it can throw when read).
 * @param findings - The library's own findings.
 * @param perCode - As collapseRepeatedFindings.
 * @returns What collapseRepeatedFindings returns.
 * @internal
 */
export function _collapseOwnFindings<F extends Finding>(findings: readonly F[], perCode?: number): (F | CollapsedFinding<F['code']>)[] {
  return unguardedCollapseRepeatedFindings(findings, perCode);
}

function unguardedCollapseRepeatedFindings<F extends Finding>(findings: readonly F[], perCode?: number): (F | CollapsedFinding<F['code']>)[] {
  if (!Array.isArray(findings)) return [];
  const limit = readLimit(perCode);
  // No code can be repeated more often than there are findings: nothing to count.
  if (findings.length <= limit) return findings as F[];
  const counts = new Map<string, number>();
  for (const f of findings as unknown[]) {
    // Anything that is not a finding is not counted; it is kept as it was given (nothing is dropped).
    if (f !== null && typeof f === 'object' && typeof (f as Finding).code === 'string') counts.set((f as Finding).code, (counts.get((f as Finding).code) ?? 0) + 1);
  }
  let over = false;
  for (const n of counts.values()) if (n > limit) over = true;
  if (!over) return findings as F[];
  const groups = new Map<string, F[]>();
  const out: (F | CollapsedFinding<F['code']>)[] = [];
  for (const f of findings) {
    if (f === null || typeof f !== 'object' || (counts.get(f.code) ?? 0) <= limit) {
      out.push(f);
      continue;
    }
    const group = groups.get(f.code);
    if (group !== undefined) group.push(f);
    else {
      const fresh = [f];
      groups.set(f.code, fresh);
      out.push(fresh as unknown as F); // a placeholder, replaced below where the first one stood
    }
  }
  return out.map((f) => (Array.isArray(f) ? (collapse(f) as CollapsedFinding<F['code']>) : f));
}

/** The default most findings one result carries (after {@link collapseRepeatedFindings}). */
export const DEFAULT_MAX_FINDINGS = 500;

/**
 * A per-record limit: when a result has more than `max` findings (default 500), the first `max - 1`
 * are kept in their order (errors first when the list is sorted) and one `FINDINGS-LIMIT-REACHED`
 * info finding counts the ones left out. Returns the input array itself when within the limit.
 * @param findings - Findings in reporting order (sorted by severity).
 * @param max - The most findings kept, at least 2 (`Infinity` keeps all). Default 500.
 * @returns The limited findings.
 * @example
 * import { limitFindings } from 'pep-rules';
 * const list = ['A-A-A', 'B-B-B', 'C-C-C'].map((code) => ({ code, severity: 'warning' as const, message: 'x' }));
 * limitFindings(list, 2).map((f) => f.code);
 * //=> ['A-A-A', 'FINDINGS-LIMIT-REACHED']
 */
export function limitFindings<F extends Finding>(findings: readonly F[], max?: number): (F | Finding<'FINDINGS-LIMIT-REACHED'>)[] {
  return _guarded(unguardedLimitFindings<F>, [findings, max]);
}

/**
 * {@link limitFindings} without the guard, for a list the library built itself.
 * @param findings - The library's own findings.
 * @param max - As limitFindings.
 * @returns What limitFindings returns.
 * @internal
 */
export function _limitOwnFindings<F extends Finding>(findings: readonly F[], max?: number): (F | Finding<'FINDINGS-LIMIT-REACHED'>)[] {
  return unguardedLimitFindings(findings, max);
}

function unguardedLimitFindings<F extends Finding>(findings: readonly F[], max?: number): (F | Finding<'FINDINGS-LIMIT-REACHED'>)[] {
  if (!Array.isArray(findings)) return [];
  const limit = max === Number.POSITIVE_INFINITY ? max : typeof max === 'number' && Number.isInteger(max) && max >= 2 ? max : DEFAULT_MAX_FINDINGS;
  if (findings.length <= limit) return findings as F[];
  const kept = findings.slice(0, limit - 1) as F[];
  const left = findings.length - kept.length;
  const note: Finding<'FINDINGS-LIMIT-REACHED'> = {
    code: 'FINDINGS-LIMIT-REACHED',
    severity: 'info',
    message: `${left} more findings were left out: this result keeps at most ${limit} (maxFindings).`,
  };
  return [...kept, note];
}
