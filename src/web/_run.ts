/**
 * Checks a cohort in the offline page: every record is assessed once (`assessPep`) for the list of
 * PEPs and fed to the cohort accumulator, in chunks, handing control back to the browser between
 * chunks (the `pause` the page passes in) so that a few thousand records never freeze the page.
 * Pure apart from the `pause` and `progress` callbacks the caller passes.
 */
import type { QaGrade } from '../core/enums';
import { finding, type Finding } from '../core/finding';
import { createCohortAccumulator } from '../report/cohortSummary';
import { _safeId } from '../report/_cohortStats';
import type { CohortSummary, CohortSummaryOptions } from '../report/types';
import { assessPep } from '../rules/assessPep';
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
  /** Records per chunk before control goes back to the browser. Default 200. */
  readonly chunk?: number;
  /** Resolves when the browser has had a turn (a task boundary). */
  pause(): Promise<void>;
  /** Called after each chunk with the records done and the total. */
  progress?(done: number, total: number): void;
}

const nameOf = (value: unknown): string | null => {
  const child = (value as { child?: { forename?: unknown; surname?: unknown } } | null)?.child;
  const parts = [child?.forename, child?.surname].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return parts.length > 0 ? parts.join(' ') : null;
};

/** The page's row for one readable record. */
function rowOf(value: unknown, record: number, line: number | null, options: CohortSummaryOptions): _PepRow {
  const a = assessPep(value, { today: options.today, ...(options.policy !== undefined ? { policy: options.policy } : {}) });
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
  for (let start = 0; start < records.length; start += chunk) {
    const end = Math.min(records.length, start + chunk);
    for (let i = start; i < end; i++) {
      const r = records[i] as _RawRecord;
      const at = r.line === null ? {} : { line: r.line };
      if (r.ok) {
        acc.add(r.value, at);
        peps.push(rowOf(r.value, i + 1, r.line, options));
      } else {
        acc.addUnreadable([r.code], at);
        const unreadable = finding(r.code, 'error', 'This record is not valid JSON.');
        peps.push({ record: i + 1, line: r.line, pepId: null, childId: null, childName: null, grade: null, valid: false, errors: 1, warnings: 0, findings: [unreadable] });
      }
    }
    pacing.progress?.(end, records.length);
    if (end < records.length) await pacing.pause();
  }
  return { summary: acc.result(), peps };
}
