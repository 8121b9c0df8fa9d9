/**
 * One record from its raw form to its output text and counts. The same functions run in the main
 * thread (one job) and in the workers (`--jobs N`), so the output is the same bytes either way.
 */
import { finding, type Finding } from '../../core/finding';
import { _assess, type _AssessOptions } from '../_assess';
import { _recordId } from '../commands/shared';
import type { _RawRecord } from '../readers/recordReader';
import type { _FailOn, _RecordRenderer, _RecordResult, _Summary, _Tally } from '../reporters/reporter';

/** What turns records into output: the command, the threshold, the library's options, the format. */
export interface _RecordSpec {
  readonly command: 'validate' | 'grade';
  readonly failOn: _FailOn;
  readonly assessOptions: _AssessOptions;
  readonly renderer: _RecordRenderer;
}

/**
 * Whether a record is at or above `--fail-on`. An unreadable record always is.
 * @param r - The record's findings, grade and whether it was malformed.
 * @param failOn - The threshold.
 * @returns `true` when it fails.
 * @example
 * _meetsThreshold({ findings: [], grade: 'red', malformed: false }, 'red'); // true
 */
export function _meetsThreshold(r: { readonly findings: readonly Finding[]; readonly grade: string | null; readonly malformed: boolean }, failOn: _FailOn): boolean {
  if (r.malformed) return true;
  switch (failOn) {
    case 'error':
      return r.findings.some((f) => f.severity === 'error');
    case 'warning':
      return r.findings.some((f) => f.severity !== 'info');
    case 'amber':
      return r.grade === null || r.grade === 'amber' || r.grade === 'red';
    case 'red':
      return r.grade === null || r.grade === 'red';
  }
}

/**
 * One record's result: assessed, or malformed (it could not be read).
 * @param spec - Command, threshold and library options.
 * @param file - The input's name as reported.
 * @param raw - The record as read.
 * @returns The result.
 * @example
 * _recordResult(spec, 'a.ndjson', { ok: true, line: 1, value: pep }).valid; // true or false
 */
export function _recordResult(spec: Omit<_RecordSpec, 'renderer'>, file: string, raw: _RawRecord): _RecordResult {
  if (!raw.ok) {
    const findings = [finding(raw.problem.code, 'error', raw.problem.message)];
    return { file, line: raw.line, offset: raw.offset, id: null, malformed: true, valid: false, grade: null, criteria: [], nonNegotiables: [], findings, failed: true };
  }
  const a = _assess(spec.command, raw.value, spec.assessOptions);
  const partial = { findings: a.findings, grade: spec.command === 'grade' ? a.grade : null, malformed: false };
  return {
    file,
    line: raw.line,
    id: _recordId(raw.value),
    malformed: false,
    valid: a.valid,
    grade: partial.grade,
    criteria: a.criteria,
    nonNegotiables: a.nonNegotiables,
    findings: a.findings,
    failed: _meetsThreshold(partial, spec.failOn),
  };
}

/** Counts one record's result into a tally. */
function countRecord(tally: _Tally, result: _RecordResult, command: 'validate' | 'grade'): void {
  tally.records++;
  if (result.malformed) tally.malformed++;
  else if (result.valid) tally.valid++;
  else tally.invalid++;
  if (command === 'grade') tally.grades[result.grade ?? 'ungraded']++;
  if (result.failed) tally.failed++;
  for (const f of result.findings) {
    if (f.severity === 'error') tally.errors++;
    else if (f.severity === 'warning') tally.warnings++;
    else tally.info++;
  }
}

/** Rendered records of one input: their text (joined by the renderer's separator) and counts. */
export interface _Rendered {
  readonly text: string;
  readonly tally: _Tally;
}

/**
 * Assesses and renders records of one input, in order.
 * @param spec - Command, threshold, library options and the format's renderer.
 * @param file - The input's name as reported.
 * @param raws - The records, in input order (any iterable: a worker parses each only when its turn comes).
 * @param tally - Where the counts go (a fresh tally per batch).
 * @returns The text and the tally.
 * @example
 * _renderRecords(spec, '<stdin>', [raw], _emptyTally()).tally.records; // 1
 */
export function _renderRecords(spec: _RecordSpec, file: string, raws: Iterable<_RawRecord>, tally: _Tally): _Rendered {
  let text = '';
  let first = true;
  for (const raw of raws) {
    const result = _recordResult(spec, file, raw);
    countRecord(tally, result, spec.command);
    const part = spec.renderer.render(result, tally);
    if (!first && spec.renderer.separator !== '') text += spec.renderer.separator;
    text += part;
    first = false;
  }
  return { text, tally };
}

/**
 * Adds a tally's counts to the run's summary.
 * @param summary - The run's summary.
 * @param t - The tally of some records.
 * @example
 * _addTally(summary, rendered.tally);
 */
export function _addTally(summary: _Summary, t: _Tally): void {
  summary.records += t.records;
  summary.valid += t.valid;
  summary.invalid += t.invalid;
  summary.malformed += t.malformed;
  summary.errors += t.errors;
  summary.warnings += t.warnings;
  summary.info += t.info;
  summary.failed += t.failed;
  for (const k of ['gold', 'green', 'amber', 'red', 'ungraded'] as const) summary.grades[k] += t.grades[k];
}
