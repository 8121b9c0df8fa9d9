/**
 * `pep-rules report <cohort file> --html out.html [--json out.json | --json -] [--roster header.csv episodes.csv]
 * [--format text | json | csv]`: streams a cohort (NDJSON, a JSON array or JSON documents, from a file or
 * `-` for stdin) into the cohort accumulator and writes a self-contained HTML report and/or the JSON
 * summary; with `--roster` the council's SSDA903 tables are joined (every child in care, not only those
 * with a PEP); `--format csv` writes the children needing action to stdout. Memory grows with the
 * number of children, not the size of the file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Finding } from '../../core/finding';
import { isIsoDate, type IsoDate } from '../../core/isoDate';
import { createCohortAccumulator } from '../../report/cohortSummary';
import { childListCsv } from '../../report/csv/childListCsv';
import { renderCohortHtml } from '../../report/renderCohortHtml';
import { readSsda903 } from '../../report/ssda903/readSsda903';
import type { Roster } from '../../report/ssda903/types';
import type { CohortAccumulator, CohortSummary } from '../../report/types';
import { _loadPolicy } from '../_loadPolicy';
import type { _CliContext } from '../context';
import { _redactor, type _Redact } from '../readers/redactIds';
import { _streamInput, type _InputEnd } from '../readers/streamInput';
import { _cohortText, _rosterText } from '../reporters/cohortText';
import { _overwritesInput, _style, type _Output } from '../reporters/output';
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
  _OPTIONS.format,
  { name: 'match-on', kind: 'value' },
  { name: 'short-breaks', kind: 'value' },
  { name: 'redact-ids', kind: 'value' },
] as const;

/** The formats `report` writes to stdout: the cohort text, the JSON summary, the child list as CSV. */
const REPORT_FORMATS = ['text', 'json', 'csv'] as const;

/** How many roster findings the closing text lists (all are counted). */
const ROSTER_FINDING_LINES = 20;

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
  readonly format: (typeof REPORT_FORMATS)[number] | undefined;
  readonly roster: readonly [string, string] | null;
  readonly matchOn: 'child-id' | 'upn';
  readonly shortBreaks: 'exclude' | 'include';
}

/**
 * Takes `--roster <header.csv> <episodes.csv>` out of the arguments (the option parser takes one value
 * per option); the rest are parsed as usual.
 * @returns The other arguments and the two files, or a usage message.
 */
export function _takeRoster(argv: readonly string[]): { ok: true; argv: string[]; roster: readonly [string, string] | null } | { ok: false; message: string } {
  const at = argv.indexOf('--roster');
  const end = argv.indexOf('--');
  if (at < 0 || (end >= 0 && end < at)) return { ok: true, argv: [...argv], roster: null };
  const files = argv.slice(at + 1, at + 3);
  if (files.length < 2 || files.some((f) => f.startsWith('-'))) return { ok: false, message: '--roster needs two files: the SSDA903 header CSV and the episodes CSV' };
  const rest = [...argv.slice(0, at), ...argv.slice(at + 3)];
  if (rest.includes('--roster')) return { ok: false, message: 'give --roster once' };
  return { ok: true, argv: rest, roster: [files[0]!, files[1]!] };
}

/** Checks the input and options, in the order their usage errors are reported. */
function reportOptions(args: _Args, ctx: _CliContext, roster: ReportOptions['roster']): { ok: true; options: ReportOptions } | { ok: false; message: string } {
  if (args.positionals.length !== 1) {
    return { ok: false, message: args.positionals.length === 0 ? 'give one cohort file (or - for stdin)' : 'give exactly one cohort file' };
  }
  const htmlPath = args.values.get('html');
  const jsonPath = args.values.get('json');
  const format = args.values.get('format');
  if (format !== undefined && !(REPORT_FORMATS as readonly string[]).includes(format)) return { ok: false, message: `--format must be one of ${REPORT_FORMATS.join(', ')}` };
  if (htmlPath === undefined && jsonPath === undefined && format === undefined) return { ok: false, message: 'give --html <file>, --json <file | -> and/or --format text | json | csv' };
  if (format !== undefined && jsonPath === '-') return { ok: false, message: 'stdout carries either --json - or --format, not both' };
  const matchOn = args.values.get('match-on') ?? 'child-id';
  if (matchOn !== 'child-id' && matchOn !== 'upn') return { ok: false, message: '--match-on must be child-id or upn' };
  const shortBreaks = args.values.get('short-breaks') ?? 'exclude';
  if (shortBreaks !== 'exclude' && shortBreaks !== 'include') return { ok: false, message: '--short-breaks must be exclude or include' };
  if (htmlPath === '-') return { ok: false, message: '--html needs a file name (only --json can go to stdout)' };
  const today = args.values.get('today') ?? _localToday(ctx.now());
  if (!isIsoDate(today)) return { ok: false, message: '--today must be a date written YYYY-MM-DD' };
  const maxMb = Number(args.values.get('max-record-mb') ?? _DEFAULT_MAX_RECORD_MB);
  if (!Number.isFinite(maxMb) || maxMb <= 0 || maxMb > 4096) return { ok: false, message: '--max-record-mb must be a number of MiB between 0 and 4096' };
  const input = args.positionals[0] as string;
  const options = { input, htmlPath, jsonPath, today, maxRecordBytes: Math.floor(maxMb * 1024 * 1024) };
  const more = { format: format as ReportOptions['format'], roster, matchOn: matchOn as ReportOptions['matchOn'], shortBreaks: shortBreaks as ReportOptions['shortBreaks'] };
  return { ok: true, options: { ...options, ...more, includeNames: args.flags.has('include-names'), title: args.values.get('title') } };
}

/** Streams the cohort into the accumulator, with a record count on a terminal's stderr. */
async function streamCohort(ctx: _CliContext, err: _Output, o: ReportOptions, acc: CohortAccumulator, redact: _Redact | null): Promise<_InputEnd> {
  const progress = ctx.stderr.isTTY === true;
  let seen = 0;
  // stdout carries only the JSON summary (when --json -), so nothing else is written there.
  const end = await _streamInput(o.input, ctx, err, o.maxRecordBytes, (raw) => {
    if (raw.ok) acc.add(raw.value, { line: raw.line });
    else acc.addUnreadable([raw.problem.code], { line: raw.line });
    seen += 1;
    if (progress && seen % PROGRESS_EVERY_RECORDS === 0) err.write(`\rpep-rules report: ${seen} records…`);
  }, redact);
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
  text += _rosterText(s);
  for (const f of s.findings) text += `  ${f.code}: ${f.message}\n`;
  if (includeNames) text += '  The report contains child names: store and share it as personal data.\n';
  return text;
}

/** The SSDA903 roster from the two files, with the lines that list its findings; `null` without `--roster`. */
async function loadRoster(cwd: string, files: ReportOptions['roster'], redact: _Redact | null): Promise<{ ok: true; roster: Roster | null; lines: string } | { ok: false; message: string }> {
  if (files === null) return { ok: true, roster: null, lines: '' };
  const text: string[] = [];
  for (const file of files) {
    try {
      text.push(await readFile(resolve(cwd, file), 'utf8'));
    } catch (error) {
      return { ok: false, message: `${file}: cannot read the SSDA903 file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).` };
    }
  }
  const read = readSsda903({ header: text[0]!, episodes: text[1]! });
  const name = { header: files[0], episodes: files[1] };
  const shown = read.findings.slice(0, ROSTER_FINDING_LINES).map((f) => `  ${name[f.file]}:${f.line} ${f.code}: ${f.message}\n`);
  const more = read.findings.length > ROSTER_FINDING_LINES ? `  … and ${read.findings.length - ROSTER_FINDING_LINES} more roster findings\n` : '';
  const head = `pep-rules report: roster: ${read.roster.children.length} children read from ${files[0]} and ${files[1]}, ${read.findings.length} findings.\n`;
  // --redact-ids: the roster's CHILD ids get the same hash as the PEPs' child ids, so they still match.
  const roster = redact === null ? read.roster : { ...read.roster, children: read.roster.children.map((c) => ({ ...c, id: redact(c.id) })) };
  return { ok: true, roster, lines: head + shown.join('') + more };
}

/** What `--format` (or `--json -`) writes to stdout, or `null`. */
function stdoutOf(summary: CohortSummary, o: ReportOptions, style: ReturnType<typeof _style>): string | null {
  if (o.format === 'csv') return childListCsv(summary);
  if (o.format === 'text') return _cohortText(summary, { input: o.input, options: ['--today', o.today] }, style);
  if (o.format === 'json' || o.jsonPath === '-') return `${JSON.stringify(summary, null, 2)}\n`;
  return null;
}

/** How `report` lists a bad policy's findings. */
const policyLine = (f: Finding): string => `  ${f.code} ${f.path?.join('.') ?? ''}: ${f.message}\n`;

/**
 * Runs `pep-rules report`.
 * @param argv - Arguments after `report`.
 * @param io - stdout, stderr, stdin, cwd (and optionally now, env, version).
 * @returns Exit code: 0 report written, 1 report written but a record could not be read, 2 usage or I/O error.
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
  const taken = _takeRoster(argv);
  const rest = taken.ok ? taken.argv : argv.filter((a) => a !== '--roster');
  return _runCommand('report', rest, ctx, SPECS, async ({ args, out, err, usage }) => {
    if (!taken.ok) return usage(taken.message);
    const checked = reportOptions(args, ctx, taken.roster);
    if (!checked.ok) return usage(checked.message);
    const o = checked.options;
    for (const [option, path] of [['--html', o.htmlPath], ['--json', o.jsonPath === '-' ? undefined : o.jsonPath]] as const) {
      if (path !== undefined && _overwritesInput(ctx.cwd, path, [o.input, args.values.get('policy'), ...(o.roster ?? [])]) !== null) {
        return usage(`${option} ${path} is one of the input files; the report is never written over its input`);
      }
    }
    const redaction = await _redactor(args.values.get('redact-ids'), ctx.cwd);
    if (!redaction.ok) return usage(redaction.message);
    if (redaction.redact !== null && o.includeNames) return usage('--include-names cannot be used with --redact-ids: redacted output carries no names');
    const loaded = await _loadPolicy(args.values.get('policy'), ctx.cwd);
    if (!loaded.ok) return _loadFailure(err, 'report', loaded, policyLine);
    const roster = await loadRoster(ctx.cwd, o.roster, redaction.redact);
    if (!roster.ok) {
      err.write(`pep-rules report: ${roster.message}\n`);
      await err.end();
      return 2;
    }
    const withRoster = roster.roster === null ? {} : { roster: roster.roster, matchOn: o.matchOn, shortBreaks: o.shortBreaks };
    const acc = createCohortAccumulator({ today: o.today, policy: loaded.policy, includeNames: o.includeNames, ...withRoster });
    const end = await streamCohort(ctx, err, o, acc, redaction.redact);
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
    const stdoutText = stdoutOf(summary, o, _style(undefined, ctx.env, ctx.stdout.isTTY === true));
    if (stdoutText !== null) {
      out.write(stdoutText);
      await out.end();
    }
    err.write(roster.lines);
    err.write(closingText(summary, written, o.includeNames));
    await err.end();
    // A record that could not be read is in the report as unreadable, and the run fails (exit 1).
    return end.kind === 'done' && end.malformed > 0 ? 1 : 0;
  });
}
