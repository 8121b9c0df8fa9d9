/**
 * Output formats for `validate` and `grade`. Every reporter streams: it writes each record as it
 * comes and keeps nothing but counts, so memory stays flat however many records there are.
 */
import type { Finding, PathSegment } from '../../core/finding';
import type { _Grade } from '../_assess';
import type { _Output, _Style } from './output';

/** The output formats. */
export const _FORMATS = ['text', 'json', 'ndjson', 'junit', 'github'] as const;
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
  readonly valid: boolean;
  readonly grade: _Grade | null;
  readonly criteria: readonly { readonly id: string; readonly rating: string }[];
  readonly nonNegotiables: readonly { readonly id: string; readonly met: boolean }[];
  readonly findings: readonly Finding[];
  /** At or above `--fail-on`. */
  readonly failed: boolean;
}

/** Counts for the final summary. */
export interface _Summary {
  readonly command: 'validate' | 'grade';
  readonly policy: string;
  readonly today: string;
  readonly failOn: _FailOn;
  files: number;
  records: number;
  valid: number;
  invalid: number;
  malformed: number;
  errors: number;
  warnings: number;
  info: number;
  grades: { gold: number; green: number; amber: number; red: number; ungraded: number };
  failed: number;
  ioErrors: number;
  exitCode: number;
}

/** A streaming reporter. */
export interface _Reporter {
  /** One record. */
  record(result: _RecordResult): void;
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

/** `targets.0.text` → `targets[0].text`. */
export function _formatPath(path: readonly PathSegment[] | undefined): string {
  if (path === undefined || path.length === 0) return '';
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? String(seg) : `.${String(seg)}`;
  return out;
}

/** The one-line summary for people. */
export function _summaryLine(s: _Summary, style: _Style): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
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
        : style.red('error');
  return `pep-rules ${s.command}: ${parts.join(' · ')} · ${verdict}\n`;
}

function severityLabel(f: Finding, style: _Style): string {
  const label = f.severity.padEnd(7);
  return f.severity === 'error' ? style.red(label) : f.severity === 'warning' ? style.yellow(label) : style.dim(label);
}

function gradeLabel(grade: _Grade | null, style: _Style): string {
  if (grade === null) return style.dim('ungraded');
  const text = grade.toUpperCase();
  return grade === 'red' ? style.red(text) : grade === 'amber' ? style.yellow(text) : grade === 'green' ? style.green(text) : style.gold(text);
}

const shown = (f: Finding, verbose: boolean): boolean => verbose || f.severity !== 'info';

function findingLine(f: Finding, style: _Style): string {
  const path = _formatPath(f.path);
  return `  ${severityLabel(f, style)} ${style.bold(f.code)}  ${path === '' ? '' : `${style.cyan(path)}: `}${f.message}\n`;
}

/** Plain text for people: one block per record that has something to say, then the summary line. */
export function _textReporter(o: _ReporterOptions): _Reporter {
  const { out, style } = o;
  return {
    record(r) {
      const visible = r.findings.filter((f) => shown(f, o.verbose));
      if (o.command === 'validate' && visible.length === 0) return;
      const where = style.dim(`${r.file}:${r.line}`);
      const id = r.id ?? style.dim('(no id)');
      const tail = o.command === 'grade' && !r.malformed ? `  ${gradeLabel(r.grade, style)}` : r.malformed ? `  ${style.red('unreadable')}` : '';
      out.write(`${where}  ${id}${tail}\n`);
      for (const f of visible) out.write(findingLine(f, style));
    },
    fileProblem(file, f) {
      out.write(`${style.dim(file)}\n${findingLine(f, style)}`);
    },
    async end(summary) {
      out.write(_summaryLine(summary, style));
      await out.end();
    },
  };
}

/** The JSON object for one record (also one NDJSON line). */
function recordJson(r: _RecordResult, command: 'validate' | 'grade'): Record<string, unknown> {
  const base: Record<string, unknown> = { type: 'record', file: r.file, line: r.line, id: r.id, malformed: r.malformed, valid: r.valid };
  if (command === 'grade') {
    base.grade = r.grade;
    base.nonNegotiables = r.nonNegotiables;
    base.criteria = r.criteria;
  }
  base.failed = r.failed;
  base.findings = r.findings;
  return base;
}

function summaryJson(s: _Summary): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: 'summary',
    command: s.command,
    policy: s.policy,
    today: s.today,
    failOn: s.failOn,
    files: s.files,
    records: s.records,
    valid: s.valid,
    invalid: s.invalid,
    malformed: s.malformed,
    findings: { error: s.errors, warning: s.warnings, info: s.info },
  };
  if (s.command === 'grade') out.grades = s.grades;
  out.failed = s.failed;
  out.ioErrors = s.ioErrors;
  out.exitCode = s.exitCode;
  return out;
}

/**
 * NDJSON: one object per line, `type` `'record'`, `'file'` (a problem with a whole input) or
 * `'summary'` (last line). `json` is the same objects streamed as one JSON array.
 */
export function _jsonReporter(o: _ReporterOptions, layout: 'json' | 'ndjson'): _Reporter {
  const { out } = o;
  let first = true;
  const emit = (obj: Record<string, unknown>): void => {
    const text = JSON.stringify(obj);
    if (layout === 'ndjson') out.write(`${text}\n`);
    else {
      out.write(first ? `[\n${text}` : `,\n${text}`);
      first = false;
    }
  };
  return {
    record(r) {
      emit(recordJson(r, o.command));
    },
    fileProblem(file, f) {
      emit({ type: 'file', file, findings: [f] });
    },
    async end(summary) {
      emit(summaryJson(summary));
      if (layout === 'json') out.write('\n]\n');
      await out.end();
      o.err.write(_summaryLine(summary, o.style));
      await o.err.end();
    },
  };
}

/** Escapes a GitHub workflow command's message. */
function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a GitHub workflow command's property value. */
function ghProperty(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow annotations: `::error file=…,line=…,title=CODE::message` per error,
 * `::warning` per warning (`::notice` per info with `--verbose`), and for `grade` an annotation
 * per red (`::error`) or amber (`::warning`) PEP; then the summary line as plain log text.
 */
export function _githubReporter(o: _ReporterOptions): _Reporter {
  const { out } = o;
  const level = (f: Finding): string => (f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice');
  const annotate = (lvl: string, file: string, line: number | null, title: string, message: string): void => {
    const props = [`file=${ghProperty(file)}`];
    if (line !== null) props.push(`line=${line}`);
    props.push(`title=${ghProperty(title)}`);
    out.write(`::${lvl} ${props.join(',')}::${ghData(message)}\n`);
  };
  return {
    record(r) {
      const who = r.id === null ? '' : `${r.id}: `;
      for (const f of r.findings) {
        if (!shown(f, o.verbose)) continue;
        const path = _formatPath(f.path);
        annotate(level(f), r.file, r.line, f.code, `${who}${path === '' ? '' : `${path}: `}${f.message}`);
      }
      if (o.command === 'grade' && (r.grade === 'red' || r.grade === 'amber')) {
        annotate(r.grade === 'red' ? 'error' : 'warning', r.file, r.line, `PEP graded ${r.grade}`, `${who}the PEP is graded ${r.grade} against the QA grid.`);
      }
    },
    fileProblem(file, f) {
      annotate(level(f), file, null, f.code, f.message);
    },
    async end(summary) {
      out.write(_summaryLine(summary, o.style));
      await out.end();
    },
  };
}
