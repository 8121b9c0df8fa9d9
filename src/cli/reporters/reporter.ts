/**
 * What the reporters of `validate` and `grade` share: the formats, one record's result, the summary
 * counts and the reporter interface. Every reporter streams: it writes each record as it comes and
 * keeps nothing but counts, so memory stays flat however many records there are.
 */
import type { Finding } from '../../core/finding';
import type { _Grade } from '../_assess';
import type { _Output, _Style } from './output';

/** The output formats. */
export const _FORMATS = ['text', 'json', 'ndjson', 'junit', 'github', 'csv'] as const;
/** One output format. */
export type _Format = (typeof _FORMATS)[number];

/** The `--fail-on` thresholds. */
export const _FAIL_ON = ['error', 'warning', 'amber', 'red'] as const;
/** One `--fail-on` threshold. */
export type _FailOn = (typeof _FAIL_ON)[number];

/** One record's result, as reported. Identified by file, line and PEP id only. */
export interface _RecordResult {
  readonly file: string;
  readonly line: number;
  readonly id: string | null;
  /** The record could not be read as JSON (syntax, encoding, size). */
  readonly malformed: boolean;
  /** For a malformed record: the byte offset in its file where the record starts (JSON and NDJSON show it). */
  readonly offset?: number;
  readonly valid: boolean;
  readonly grade: _Grade | null;
  readonly criteria: readonly { readonly id: string; readonly rating: string }[];
  readonly nonNegotiables: readonly { readonly id: string; readonly met: boolean }[];
  readonly findings: readonly Finding[];
  /** At or above `--fail-on`. */
  readonly failed: boolean;
}

/** The record counts a run adds up: in the final summary, and in each tally a batch returns. */
interface _Counts {
  records: number;
  valid: number;
  invalid: number;
  malformed: number;
  errors: number;
  warnings: number;
  info: number;
  failed: number;
  grades: { gold: number; green: number; amber: number; red: number; ungraded: number };
}

/** Counts for the final summary. */
export interface _Summary extends _Counts {
  readonly command: 'validate' | 'grade';
  readonly policy: string;
  readonly today: string;
  readonly failOn: _FailOn;
  files: number;
  ioErrors: number;
  /** No record was read from any input, and `--allow-empty` was not given (exit 2). */
  noRecords: boolean;
  exitCode: number;
}

/**
 * What a run of records adds to the counts: the summary's, and the annotations the `github` format
 * wrote. A worker (`--jobs`) returns one with the text it rendered; one job makes the same.
 */
export interface _Tally extends _Counts {
  /** Annotations written by the `github` format, per kind. */
  annotations: { error: number; warning: number; notice: number };
}

/** A tally of nothing. */
export function _emptyTally(): _Tally {
  return {
    records: 0,
    valid: 0,
    invalid: 0,
    malformed: 0,
    errors: 0,
    warnings: 0,
    info: 0,
    failed: 0,
    grades: { gold: 0, green: 0, amber: 0, red: 0, ungraded: 0 },
    annotations: { error: 0, warning: 0, notice: 0 },
  };
}

/**
 * Turns one record's result into its output text, with no state of its own, so that a worker
 * (`--jobs`) renders exactly what one job would. Records of a run are joined by `separator`.
 */
export interface _RecordRenderer {
  /** Put between two consecutive records' text (`,\n` in the `json` format, else nothing). */
  readonly separator: string;
  /** One record's text; counts what the format counts (GitHub annotations) into `tally`. */
  render(result: _RecordResult, tally: _Tally): string;
}

/** What a renderer needs: no output stream. */
export type _RenderOptions = Pick<_ReporterOptions, 'style' | 'verbose' | 'command'>;

/** A streaming reporter. */
export interface _Reporter {
  /** One record. */
  record(result: _RecordResult): void;
  /**
   * Records of one input rendered by {@link _RecordRenderer.render} (in a worker, or in order here),
   * joined by the renderer's separator, with their tally: written as if each had gone to `record`.
   */
  rendered(file: string, text: string, tally: _Tally): void;
  /** A problem with a whole input (missing, a directory, empty). */
  fileProblem(file: string, finding: Finding): void;
  /** Writes the closing part (summary, totals) and the summary line for humans. */
  end(summary: _Summary): Promise<void>;
}

/** Shared reporter settings. */
export interface _ReporterOptions {
  readonly out: _Output;
  /** Where the human summary goes when stdout carries machine-readable output. */
  readonly err: _Output;
  readonly style: _Style;
  /** Show `info` findings too. */
  readonly verbose: boolean;
  readonly command: 'validate' | 'grade';
}

/** `1 record`, `2 records`. */
export function _plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The one-line summary for people. */
export function _summaryLine(s: _Summary, style: _Style): string {
  const plural = _plural;
  const parts = [
    `${plural(s.records, 'record')} in ${plural(s.files, 'file')}`,
    `${s.valid} valid, ${s.invalid} invalid, ${s.malformed} malformed`,
    `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.info} info`,
  ];
  if (s.command === 'grade') {
    const g = s.grades;
    parts.push(`grades: gold ${g.gold}, green ${g.green}, amber ${g.amber}, red ${g.red}, ungraded ${g.ungraded}`);
  }
  if (s.ioErrors > 0) parts.push(style.red(`${plural(s.ioErrors, 'input')} could not be read`));
  const verdict =
    s.exitCode === 0
      ? style.green('pass')
      : s.exitCode === 1
        ? style.red(`fail: ${s.failed} at or above --fail-on ${s.failOn}`)
        : style.red(s.noRecords && s.ioErrors === 0 ? 'error: no records read' : 'error');
  return `pep-rules ${s.command}: ${parts.join(' · ')} · ${verdict}\n`;
}
