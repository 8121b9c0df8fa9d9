import { _guarded } from '../core/_guarded';
import { finding, type Finding } from '../core/finding';
import { _createCohortAccumulator } from './_cohortAccumulator';
import type { CohortAccumulator, CohortSummary, CohortSummaryOptions } from './types';


/**
 * Summarises a cohort of PEPs the way a virtual school head reports it (The Virtual School Handbook (NAVSH, 2014) §3 "a robust
 * summary of the current position … on demand", Appendix 2 "the proportion of children with an
 * up-to-date PEP at any time", §3h performance profile, Appendix 10): PEPs up to date, overdue and
 * due soon (by PEP id and child id, never names), QA grades, SMART ratings, SDQ bands and children
 * over the concern threshold, attendance below the policy threshold, PP+ requested / allowed /
 * capped per financial year, and breakdowns by year group, phase, SEN status and in or out of area,
 * with groups of fewer than 5 children flagged `small` (The Virtual School Handbook (NAVSH, 2014) §5c iii).
 *
 * Each child counts once, with their PEP with the latest meeting date. Records that are not PEPs are
 * counted with their finding codes. Pure and deterministic; never throws. For large files use
 * {@link createCohortAccumulator}, which this wraps.
 * @param peps - Any iterable of records (e.g. parsed NDJSON lines).
 * @param options - `{ today, policy?, includeNames?, smallCohortBelow?, listLimit?, calendar? }`.
 * @returns The {@link CohortSummary}.
 * @example
 * import { cohortSummary } from 'pep-rules/report';
 * const s = cohortSummary([{ schemaVersion: 1, id: 'x' }, 'not a PEP'], { today: '2025-06-30' });
 * [s.records.read, s.records.invalid, s.invalid.byCode.map((c) => c.code)];
 * //=> [2, 2, ['PEP-SCHEMA-NOT-OBJECT', 'PEP-SCHEMA-REQUIRED']]
 */
export function cohortSummary(peps: Iterable<unknown>, options: CohortSummaryOptions): CohortSummary {
  return _guarded(unguardedCohortSummary, [peps, options]);
}

function unguardedCohortSummary(peps: Iterable<unknown>, options: CohortSummaryOptions): CohortSummary {
  const acc = _createCohortAccumulator(options);
  const problems: Finding[] = [];
  const iterable = peps as unknown;
  if (iterable === null || typeof iterable !== 'object' || typeof (iterable as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    problems.push(finding('COHORT-INPUT-NOT-ITERABLE', 'error', 'The cohort must be an array or another iterable of PEP records.', []));
  } else {
    try {
      for (const pep of iterable as Iterable<unknown>) acc.add(pep);
    } catch {
      problems.push(finding('COHORT-INPUT-ITERATION-FAILED', 'error', 'Reading the cohort stopped part-way: the iterable threw. The summary covers the records read before that.', []));
    }
  }
  const summary = acc.result();
  return problems.length === 0 ? summary : { ...summary, findings: [...problems, ...summary.findings] };
}

/**
 * An incremental {@link cohortSummary}: `add(record)` one record at a time (memory grows with the
 * number of children, not the size of the file) and `result()` at any point. `addUnreadable(codes)`
 * counts a record the caller could not parse (e.g. a malformed NDJSON line).
 * @param options - As for {@link cohortSummary}.
 * @returns `{ add, addUnreadable, result }`.
 * @example
 * import { createCohortAccumulator } from 'pep-rules/report';
 * const acc = createCohortAccumulator({ today: '2025-06-30' });
 * acc.addUnreadable(['CLI-JSON-INVALID'], { line: 7 });
 * acc.result().invalid.records;
 * //=> [{ record: 7, pepId: null, codes: ['CLI-JSON-INVALID'] }]
 */
export function createCohortAccumulator(options: CohortSummaryOptions): CohortAccumulator {
  return _guarded(unguardedCreateCohortAccumulator, [options]);
}

function unguardedCreateCohortAccumulator(options: CohortSummaryOptions): CohortAccumulator {
  return _createCohortAccumulator(options);
}
