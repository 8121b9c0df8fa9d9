import { _guarded } from '../../core/_guarded';
import type { Finding } from '../../core/finding';
import { toCsv, type CsvCell } from './toCsv';

/** One finding and the record it is about, for {@link findingsCsv}. */
export interface FindingCsvRow {
  /** The record's position or line in the input (or a file and line, e.g. `'episodes:12'`). */
  readonly record: number | string;
  /** The PEP's id, when known. */
  readonly pepId?: string | null;
  /** The child's id, when known. */
  readonly childId?: string | null;
  readonly finding: Finding;
}

/**
 * The columns of {@link findingsCsv}, in order: the record (position or line), the PEP's id, the
 * child's id, the finding's code, severity, path (segments joined with `.`), message and source.
 * @example
 * import { FINDINGS_COLUMNS } from 'pep-rules/report';
 * FINDINGS_COLUMNS.length;
 * //=> 8
 */
export const FINDINGS_COLUMNS = Object.freeze(['record', 'pep_id', 'child_id', 'code', 'severity', 'path', 'message', 'source'] as const);

/**
 * Findings as CSV (RFC 4180, CRLF line ends, cells guarded against spreadsheet formulas), one row
 * per finding, with the columns of {@link FINDINGS_COLUMNS}: what an officer opens in a spreadsheet
 * to work through a validation or grading run.
 * @param rows - The findings with the record each is about.
 * @returns The CSV text, header row first.
 * @example
 * import { findingsCsv } from 'pep-rules/report';
 * findingsCsv([{ record: 3, pepId: 'pep-9', childId: 'c-1', finding: { code: 'PEP-NEXT-MEETING-MISSING', severity: 'error', message: 'The next meeting date is not recorded.', path: ['nextMeeting', 'date'] } }]).split('\r\n')[1];
 * //=> '3,pep-9,c-1,PEP-NEXT-MEETING-MISSING,error,nextMeeting.date,The next meeting date is not recorded.,'
 */
export function findingsCsv(rows: Iterable<FindingCsvRow>): string {
  return _guarded(unguardedFindingsCsv, [rows]);
}

function unguardedFindingsCsv(rows: Iterable<FindingCsvRow>): string {
  function* cells(): Iterable<CsvCell[]> {
    if (rows === null || typeof rows !== 'object' || !(Symbol.iterator in rows)) return;
    for (const r of rows) {
      if (r === null || typeof r !== 'object' || r.finding === null || typeof r.finding !== 'object') continue;
      const f = r.finding;
      const path = Array.isArray(f.path) ? f.path.join('.') : null;
      yield [r.record, r.pepId, r.childId, f.code, f.severity, path, f.message, f.source ?? null];
    }
  }
  return toCsv(FINDINGS_COLUMNS, cells());
}
