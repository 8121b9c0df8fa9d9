/**
 * `pep-rules report <cohort file> --html out.html [--json out.json | --json -]`: streams a cohort
 * (NDJSON, a JSON array or JSON documents, from a file or `-` for stdin) into the cohort accumulator
 * and writes a self-contained HTML report and/or the JSON summary. Memory grows with the number of
 * children, not the size of the file.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Finding } from '../../core/finding';
import { isIsoDate, type IsoDate } from '../../core/isoDate';
import { createCohortAccumulator } from '../../report/cohortSummary';
import { renderCohortHtml } from '../../report/renderCohortHtml';
import type { CohortAccumulator, CohortSummary } from '../../report/types';
import { _loadPolicy } from '../_loadPolicy';
import type { _CliContext } from '../context';
import { _streamInput, type _InputEnd } from '../readers/streamInput';
import { _overwritesInput, type _Output } from '../reporters/output';
import { _DEFAULT_MAX_RECORD_MB } from './help';
import { _localToday, _loadFailure, _OPTIONS, _runCommand, type _Args } from './shared';

const SPECS = [
  { name: 'html', kind: 'value' },
  { name: 'json', kind: 'value' },
  _OPTIONS.policy,
  _OPTIONS.today,
  { name: 'title', kind: 'value' },
  { name: 'include-names', kind: 'flag' },
  _OPTIONS.maxRecordMb,
] as const;

const PROGRESS_EVERY_RECORDS = 5000;

/** The outside world the report command needs; `now`, `env` and `version` are optional. */
export type ReportIo = Pick<_CliContext, 'stdout' | 'stderr' | 'stdin' | 'cwd'> & Partial<Pick<_CliContext, 'now' | 'env' | 'version'>>;

/** The report's options once checked. */
interface ReportOptions {
  readonly input: string;
  readonly htmlPath: string | undefined;
  readonly jsonPath: string | undefined;
  readonly today: IsoDate;
  readonly maxRecordBytes: number;
  readonly includeNames: boolean;
  readonly title: string | undefined;
}

/** Checks the input and options, in the order their usage errors are reported. */
function reportOptions(args: _Args, ctx: _CliContext): { ok: true; options: ReportOptions } | { ok: false; message: string } {
  if (args.positionals.length !== 1) {
    return { ok: false, message: args.positionals.length === 0 ? 'give one cohort file (or - for stdin)' : 'give exactly one cohort file' };
  }
  const htmlPath = args.values.get('html');
  const jsonPath = args.values.get('json');
  if (htmlPath === undefined && jsonPath === undefined) return { ok: false, message: 'give --html <file> and/or --json <file | ->' };
  if (htmlPath === '-') return { ok: false, message: '--html needs a file name (only --json can go to stdout)' };
  const today = args.values.get('today') ?? _localToday(ctx.now());
  if (!isIsoDate(today)) return { ok: false, message: '--today must be a date written YYYY-MM-DD' };
  const maxMb = Number(args.values.get('max-record-mb') ?? _DEFAULT_MAX_RECORD_MB);
  if (!Number.isFinite(maxMb) || maxMb <= 0 || maxMb > 4096) return { ok: false, message: '--max-record-mb must be a number of MiB between 0 and 4096' };
  const input = args.positionals[0] as string;
  const options = { input, htmlPath, jsonPath, today, maxRecordBytes: Math.floor(maxMb * 1024 * 1024) };
  return { ok: true, options: { ...options, includeNames: args.flags.has('include-names'), title: args.values.get('title') } };
}

/** Streams the cohort into the accumulator, with a record count on a terminal's stderr. */
async function streamCohort(ctx: _CliContext, err: _Output, o: ReportOptions, acc: CohortAccumulator): Promise<_InputEnd> {
  const progress = ctx.stderr.isTTY === true;
  let seen = 0;
  // stdout carries only the JSON summary (when --json -), so nothing else is written there.
  const end = await _streamInput(o.input, ctx, err, o.maxRecordBytes, (raw) => {
    if (raw.ok) acc.add(raw.value, { line: raw.line });
    else acc.addUnreadable([raw.problem.code], { line: raw.line });
    seen += 1;
    if (progress && seen % PROGRESS_EVERY_RECORDS === 0) err.write(`\rpep-rules report: ${seen} records…`);
  });
  if (progress && seen >= PROGRESS_EVERY_RECORDS) err.write('\r\u001b[K');
  return end;
}

/** Writes the HTML and JSON files asked for; returns the paths written. */
async function writeFiles(cwd: string, summary: CohortSummary, o: ReportOptions): Promise<string[]> {
  const written: string[] = [];
  if (o.htmlPath !== undefined) {
    const html = renderCohortHtml(summary, { includeNames: o.includeNames, ...(o.title !== undefined ? { title: o.title } : {}) });
    await writeFile(resolve(cwd, o.htmlPath), html, 'utf8');
    written.push(o.htmlPath);
  }
  if (o.jsonPath !== undefined && o.jsonPath !== '-') {
    await writeFile(resolve(cwd, o.jsonPath), `${JSON.stringify(summary, null, 2)}\n`, 'utf8');
    written.push(o.jsonPath);
  }
  return written;
}

/** The closing lines on stderr: counts, the files written, the report's own findings. */
function closingText(s: CohortSummary, written: readonly string[], includeNames: boolean): string {
  const pct = s.upToDate.percent === null ? '–' : s.upToDate.small ? `n<${s.definitions.smallCohortBelow}` : `${s.upToDate.percent}%`;
  let text =
    `pep-rules report: ${s.records.read} records, ${s.records.children} children, ${pct} with an up-to-date PEP, ` +
    `${s.overdue.length} overdue, ${s.records.invalid} unreadable${written.length > 0 ? `; wrote ${written.join(', ')}` : ''}.\n`;
  for (const f of s.findings) text += `  ${f.code}: ${f.message}\n`;
  if (includeNames) text += '  The report contains child names: store and share it as personal data.\n';
  return text;
}

/** How `report` lists a bad policy's findings. */
const policyLine = (f: Finding): string => `  ${f.code} ${f.path?.join('.') ?? ''}: ${f.message}\n`;

/**
 * Runs `pep-rules report`.
 * @param argv - Arguments after `report`.
 * @param io - stdout, stderr, stdin, cwd (and optionally now, env, version).
 * @returns Exit code: 0 report written, 2 usage or I/O error.
 */
export function reportCommand(argv: readonly string[], io: ReportIo): Promise<number> {
  const ctx: _CliContext = {
    stdout: io.stdout,
    stderr: io.stderr,
    stdin: io.stdin,
    cwd: io.cwd,
    env: io.env ?? {},
    now: io.now ?? (() => new Date()),
    version: io.version ?? '',
  };
  return _runCommand('report', argv, ctx, SPECS, async ({ args, out, err, usage }) => {
    const checked = reportOptions(args, ctx);
    if (!checked.ok) return usage(checked.message);
    const o = checked.options;
    for (const [option, path] of [['--html', o.htmlPath], ['--json', o.jsonPath === '-' ? undefined : o.jsonPath]] as const) {
      if (path !== undefined && _overwritesInput(ctx.cwd, path, [o.input, args.values.get('policy')]) !== null) {
        return usage(`${option} ${path} is one of the input files; the report is never written over its input`);
      }
    }
    const loaded = await _loadPolicy(args.values.get('policy'), ctx.cwd);
    if (!loaded.ok) return _loadFailure(err, 'report', loaded, policyLine);
    const acc = createCohortAccumulator({ today: o.today, policy: loaded.policy, includeNames: o.includeNames });
    const end = await streamCohort(ctx, err, o, acc);
    if (end.kind === 'io-error') {
      err.write(`pep-rules report: ${o.input}: ${end.finding.message} (${end.finding.code})\n`);
      await err.end();
      return 2;
    }
    const summary = acc.result();
    let written: string[];
    try {
      written = await writeFiles(ctx.cwd, summary, o);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      err.write(`pep-rules report: cannot write the report (${code}).\n`);
      await err.end();
      return 2;
    }
    if (o.jsonPath === '-') {
      out.write(`${JSON.stringify(summary, null, 2)}\n`);
      await out.end();
    }
    err.write(closingText(summary, written, o.includeNames));
    await err.end();
    return 0;
  });
}
