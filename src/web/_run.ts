/**
 * Checks a cohort in the offline page: every record is assessed once (`assessPep`), and the
 * assessment gives its row in the list of PEPs and is fed to the cohort accumulator, in slices of at most `chunk` records and `budgetMs`
 * milliseconds, handing control back to the browser between slices (the `pause` the page passes
 * in) so that a few thousand records never freeze the page. Pure apart from the `now`, `pause` and
 * `progress` callbacks the caller passes.
 */
import type { QaGrade } from '../core/enums';
import { finding, type Finding } from '../core/finding';
import { createCohortAccumulator } from '../report/cohortSummary';
import { _safeId } from '../report/_cohortStats';
import type { CohortAccumulator, CohortSummary, CohortSummaryOptions } from '../report/types';
import { assessPep } from '../rules/assessPep';
import type { AssessPepResult } from '../rules/types';
import type { _RawRecord } from './_records';

/** One record of the export as the page lists it: identifiers, grade and findings, never free text. */
export interface _PepRow {
  /** Position in the export, 1-based. */
  readonly record: number;
  /** Line in the file, for NDJSON; `null` for a JSON array. */
  readonly line: number | null;
  /** The PEP id when it looks like an identifier, else `null` (shown as the record number). */
  readonly pepId: string | null;
  /** The child id when it looks like an identifier, else `null`. */
  readonly childId: string | null;
  /** The child's name: only when the officer asked for names. */
  readonly childName: string | null;
  /** The QA grade, or `null` when the record is not a PEP. */
  readonly grade: QaGrade | null;
  readonly valid: boolean;
  readonly errors: number;
  readonly warnings: number;
  /** Every finding: code, severity, plain message, path and source (messages never echo the record). */
  readonly findings: readonly Finding[];
}

/** What a run gives the page. */
export interface _CohortRun {
  readonly summary: CohortSummary;
  readonly peps: readonly _PepRow[];
}

/** How the run is paced and reported. */
export interface _RunPacing {
  /** Most records per slice before control goes back to the browser. Default 200. */
  readonly chunk?: number;
  /** A slice also ends once it has run this long (by `now`), so no slice blocks input for long. Default 40 ms. */
  readonly budgetMs?: number;
  /** A clock in milliseconds (`performance.now` in the page); without it slices are cut by `chunk` only. */
  now?(): number;
  /** Resolves when the browser has had a turn (a task boundary). */
  pause(): Promise<void>;
  /** Called after each slice with the records done and the total. */
  progress?(done: number, total: number): void;
}

const nameOf = (value: unknown): string | null => {
  const child = (value as { child?: { forename?: unknown; surname?: unknown } } | null)?.child;
  const parts = [child?.forename, child?.surname].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return parts.length > 0 ? parts.join(' ') : null;
};

/** The page's row for one readable record. */
function rowOf(value: unknown, a: AssessPepResult, record: number, line: number | null, options: CohortSummaryOptions): _PepRow {
  const raw = value as { id?: unknown; child?: { id?: unknown } } | null;
  const errors = a.findings.filter((f) => f.severity === 'error').length;
  return {
    record,
    line,
    pepId: _safeId(raw?.id),
    childId: _safeId(raw?.child?.id),
    childName: options.includeNames === true ? nameOf(value) : null,
    grade: a.grade?.grade ?? null,
    valid: a.valid,
    errors,
    warnings: a.findings.filter((f) => f.severity === 'warning').length,
    findings: a.findings,
  };
}

/**
 * Checks the records of an export: the cohort summary (the same accumulator `pep-rules report` uses)
 * and one row per record with its grade and findings.
 * @param records - From `_readRecords`.
 * @param options - The summary's options: `today`, `policy`, `includeNames` (and a roster when given).
 * @param pacing - The chunk size, the pause between chunks and the progress callback.
 * @returns The summary and the rows, in the export's order.
 * @example
 * const run = await _runCohort(_readRecords(text), { today: '2025-06-30' }, { pause: () => Promise.resolve() });
 * run.summary.records.children; // as cohortSummary gives for the same records
 */
export async function _runCohort(records: readonly _RawRecord[], options: CohortSummaryOptions, pacing: _RunPacing): Promise<_CohortRun> {
  const acc = createCohortAccumulator(options);
  const peps: _PepRow[] = [];
  const chunk = Math.max(1, Math.floor(pacing.chunk ?? 200));
  const budget = pacing.budgetMs ?? 40;
  let i = 0;
  while (i < records.length) {
    const started = pacing.now?.() ?? 0;
    const end = Math.min(records.length, i + chunk);
    do {
      peps.push(addRecord(acc, records[i] as _RawRecord, i + 1, options));
      i += 1;
    } while (i < end && (pacing.now === undefined || pacing.now() - started < budget));
    pacing.progress?.(i, records.length);
    if (i < records.length) await pacing.pause();
  }
  return { summary: acc.result(), peps };
}

/** Adds one record to the summary and gives its row. */
function addRecord(acc: CohortAccumulator, r: _RawRecord, record: number, options: CohortSummaryOptions): _PepRow {
  const at = r.line === null ? {} : { line: r.line };
  if (r.ok) {
    // Assessed once: the accumulator takes the assessment as it is (same policy and report date). A
    // record that is not a PEP goes in raw, so the summary lists it by its id (an assessment has none).
    const assessed = assessPep(r.value, { today: options.today, ...(options.policy !== undefined ? { policy: options.policy } : {}) });
    acc.add(assessed.pep === null ? r.value : assessed, at);
    return rowOf(r.value, assessed, record, r.line, options);
  }
  acc.addUnreadable([r.code], at);
  const unreadable = finding(r.code, 'error', 'This record is not valid JSON.');
  return { record, line: r.line, pepId: null, childId: null, childName: null, grade: null, valid: false, errors: 1, warnings: 0, findings: [unreadable] };
}
