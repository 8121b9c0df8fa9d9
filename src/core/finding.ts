import { _guarded } from './_guarded';
/** How serious a finding is. `error` blocks, `warning` needs attention, `info` is advice. */
export type Severity = 'error' | 'warning' | 'info';

/** One step of a path into the input: an object key or an array index. */
export type PathSegment = string | number;

/**
 * A problem or observation about some input, with a stable code.
 * Messages never contain personal data: they point at the input with `path`.
 * Generic in its code: `Finding<SdqCode>` narrows `code` to one module's catalogue
 * (`SDQ_CODES`, `SMART_CODES`, …); plain `Finding` accepts any code.
 */
export interface Finding<C extends string = string> {
  /** Stable code, `PREFIX-SUBJECT-PROBLEM`, never renamed or reused; listed in `docs/codes.md`. */
  readonly code: C;
  readonly severity: Severity;
  /** Plain English, built from the code and structured values only. */
  readonly message: string;
  /** Where in the input the finding points. */
  readonly path?: readonly PathSegment[];
  /** The rule's source, e.g. `'Halton PEP Policy, PEP QA Criteria'`. */
  readonly source?: string;
}

/**
 * What a module's code catalogue says about one finding code (`SDQ_CODES`, `SMART_CODES`, …;
 * `docs/codes.md` is generated from them).
 */
export interface CodeInfo {
  /** The severity the code is usually raised with (a policy may raise a warning to an error; the meaning says so). */
  readonly severity: Severity;
  /** Plain English for a virtual school officer: what the finding means. */
  readonly meaning: string;
  /** The document title and section the rule comes from, or `'pep-rules'` for the library's own input checks. */
  readonly source: string;
}

/**
 * Builds a finding, leaving out `path` and `source` when they are not given
 * (so results compare cleanly with `toEqual` under `exactOptionalPropertyTypes`).
 * @param code - Stable code.
 * @param severity - `'error' | 'warning' | 'info'`.
 * @param message - Plain English, no personal data.
 * @param path - Where in the input.
 * @param source - The rule's source.
 * @returns A `Finding`.
 * @example
 * import { finding } from 'pep-rules';
 * finding('PEP-NEXT-MEETING-MISSING', 'error', 'The next meeting date is not recorded.', ['nextMeeting', 'date']);
 * //=> { code: 'PEP-NEXT-MEETING-MISSING', severity: 'error', message: 'The next meeting date is not recorded.', path: ['nextMeeting', 'date'] }
 */
export function finding(
  code: string,
  severity: Severity,
  message: string,
  path?: readonly PathSegment[],
  source?: string,
): Finding {
  // Each shape as one literal: the object is made with room for exactly its fields (adding a field later
  // gives it a second store), keys in the same order.
  if (path !== undefined) return source !== undefined ? { code, severity, message, path, source } : { code, severity, message, path };
  return source !== undefined ? { code, severity, message, source } : { code, severity, message };
}

const SEVERITY_RANK: ReadonlyMap<unknown, number> = new Map<unknown, number>([
  ['error', 0],
  ['warning', 1],
  ['info', 2],
]);

/**
 * Whether any finding is an error.
 * @param findings - Findings to check.
 * @returns `true` when at least one has severity `'error'`.
 * @example
 * import { hasErrors } from 'pep-rules';
 * hasErrors([{ code: 'X-Y-Z', severity: 'warning', message: 'm' }]);
 * //=> false
 */
export function hasErrors(findings: readonly Finding[]): boolean {
  return _guarded(unguardedHasErrors, [findings]);
}

function unguardedHasErrors(findings: readonly Finding[]): boolean {
  return Array.isArray(findings) && findings.some((f: unknown) => isFinding(f) && f.severity === 'error');
}

/**
 * Counts findings by severity.
 * @param findings - Findings to count.
 * @returns `{ error, warning, info }`.
 * @example
 * import { countBySeverity } from 'pep-rules';
 * countBySeverity([{ code: 'A-B-C', severity: 'error', message: 'm' }]);
 * //=> { error: 1, warning: 0, info: 0 }
 */
export function countBySeverity(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  return _guarded(unguardedCountBySeverity, [findings]);
}

function unguardedCountBySeverity(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  if (!Array.isArray(findings)) return counts;
  for (const f of findings as unknown[]) if (isFinding(f)) counts[f.severity] += 1;
  return counts;
}

/**
 * Sorts findings errors first, then warnings, then info; stable within a severity. Returns a new array.
 * @param findings - Findings to sort.
 * @returns A sorted copy.
 * @example
 * import { sortFindings } from 'pep-rules';
 * sortFindings([{ code: 'A-B-C', severity: 'info', message: 'm' }, { code: 'D-E-F', severity: 'error', message: 'm' }]).map((f) => f.code);
 * //=> ['D-E-F', 'A-B-C']
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return _guarded(unguardedSortFindings, [findings]);
}

function unguardedSortFindings(findings: readonly Finding[]): Finding[] {
  if (!Array.isArray(findings)) return [];
  return (findings as unknown[])
    .filter(isFinding)
    .map((f, i) => [f, i] as const)
    .sort((a, b) => (SEVERITY_RANK.get(a[0].severity) ?? 3) - (SEVERITY_RANK.get(b[0].severity) ?? 3) || a[1] - b[1])
    .map(([f]) => f);
}

/**
 * Whether a severity is at or above a threshold (`error` > `warning` > `info`).
 * @param severity - The finding's severity.
 * @param threshold - The lowest severity that counts.
 * @returns `true` when `severity` is at least `threshold`.
 * @example
 * import { atLeast } from 'pep-rules';
 * [atLeast('error', 'warning'), atLeast('info', 'warning')];
 * //=> [true, false]
 */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  const a = SEVERITY_RANK.get(severity);
  const b = SEVERITY_RANK.get(threshold);
  return a !== undefined && b !== undefined && a <= b;
}

/** Whether a value has the shape of a `Finding` (used to ignore garbage in helper inputs). */
function isFinding(value: unknown): value is Finding {
  if (value === null || typeof value !== 'object') return false;
  const severity = (value as { severity?: unknown }).severity;
  return (
    typeof (value as { code?: unknown }).code === 'string' &&
    (severity === 'error' || severity === 'warning' || severity === 'info')
  );
}
