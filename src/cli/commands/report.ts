/**
 * `pep-rules report <cohort file> --html out.html [--json out.json | --json -]`: streams a cohort
 * (NDJSON, a JSON array or JSON documents, from a file or `-` for stdin) into the cohort accumulator
 * and writes a self-contained HTML report and/or the JSON summary. Memory grows with the number of
 * children, not the size of the file.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isIsoDate } from '../../core/isoDate';
import { createCohortAccumulator } from '../../report/cohortSummary';
import { renderCohortHtml } from '../../report/renderCohortHtml';
import { _parseArgs, type _OptionSpec } from './args';
import type { _CliContext } from '../context';
import { _loadPolicy } from '../_loadPolicy';
import { _Output } from '../reporters/output';
import { _localToday, _usageError } from './shared';
import { _streamInput } from '../readers/streamInput';

const SPECS: readonly _OptionSpec[] = [
  { name: 'help', short: 'h', kind: 'flag' },
  { name: 'html', kind: 'value' },
  { name: 'json', kind: 'value' },
  { name: 'policy', kind: 'value' },
  { name: 'today', kind: 'value' },
  { name: 'title', kind: 'value' },
  { name: 'include-names', kind: 'flag' },
  { name: 'max-record-mb', kind: 'value' },
];

const DEFAULT_MAX_RECORD_MB = 64;
const PROGRESS_EVERY_RECORDS = 5000;

/** The help text of `pep-rules report`. */
export const REPORT_HELP = `Usage: pep-rules report <cohort file | -> --html <out.html> [--json <out.json | ->] [options]

Summarises a cohort of PEPs the way a virtual school head reports it: the proportion of children
with an up-to-date PEP, overdue and due-soon PEPs, QA grades, SMART ratings, SDQ bands and
concerns, attendance, PP+ per financial year, and the performance profile by year group, phase,
SEN status and in or out of area (groups under 5 children flagged). Input: NDJSON, a JSON array or
JSON documents, streamed. The HTML report is one self-contained file (no scripts, no network)
that prints on A4.

Options:
  --html <file>        Write the HTML report.
  --json <file | ->    Write the JSON summary (- for stdout).
  --policy <preset | file.json>
                       Council policy: england (default), milton-keynes, barnet, halton, bolton,
                       or a JSON file of overrides on england.
  --today YYYY-MM-DD   Report date (default: today on this machine).
  --title <text>       Title of the HTML report.
  --include-names      Print child names in the overdue list (personal data: handle with care).
  --max-record-mb <n>  Skip records larger than this (default ${DEFAULT_MAX_RECORD_MB}).
  -h, --help           This help.

Exit: 0 report written, 2 usage or I/O error. Unreadable records are counted in the report.
`;

/** The outside world the report command needs; `now`, `env` and `version` are optional. */
export type ReportIo = Pick<_CliContext, 'stdout' | 'stderr' | 'stdin' | 'cwd'> & Partial<Pick<_CliContext, 'now' | 'env' | 'version'>>;

/**
 * Runs `pep-rules report`.
 * @param argv - Arguments after `report`.
 * @param io - stdout, stderr, stdin, cwd (and optionally now, env, version).
 * @returns Exit code: 0 report written, 2 usage or I/O error.
 */
export async function reportCommand(argv: readonly string[], io: ReportIo): Promise<number> {
  const ctx: _CliContext = {
    stdout: io.stdout,
    stderr: io.stderr,
    stdin: io.stdin,
    cwd: io.cwd,
    env: io.env ?? {},
    now: io.now ?? (() => new Date()),
    version: io.version ?? '',
  };
  const out = new _Output(ctx.stdout);
  const err = new _Output(ctx.stderr);
  const args = _parseArgs(argv, SPECS);
  if (!args.ok) return _usageError(err, 'report', args.message);
  if (args.flags.has('help')) {
    out.write(REPORT_HELP);
    await out.end();
    return 0;
  }
  if (args.positionals.length !== 1) {
    return _usageError(err, 'report', args.positionals.length === 0 ? 'give one cohort file (or - for stdin)' : 'give exactly one cohort file');
  }
  const input = args.positionals[0] as string;
  const htmlPath = args.values.get('html');
  const jsonPath = args.values.get('json');
  if (htmlPath === undefined && jsonPath === undefined) return _usageError(err, 'report', 'give --html <file> and/or --json <file | ->');
  if (htmlPath === '-') return _usageError(err, 'report', '--html needs a file name (only --json can go to stdout)');
  const today = args.values.get('today') ?? _localToday(ctx.now());
  if (!isIsoDate(today)) return _usageError(err, 'report', '--today must be a date written YYYY-MM-DD');
  const maxMb = Number(args.values.get('max-record-mb') ?? DEFAULT_MAX_RECORD_MB);
  if (!Number.isFinite(maxMb) || maxMb <= 0 || maxMb > 4096) return _usageError(err, 'report', '--max-record-mb must be a number of MiB between 0 and 4096');
  const loaded = await _loadPolicy(args.values.get('policy'), ctx.cwd);
  if (!loaded.ok) {
    err.write(`pep-rules report: ${loaded.message}\n`);
    for (const f of loaded.findings) err.write(`  ${f.code} ${f.path?.join('.') ?? ''}: ${f.message}\n`);
    await err.end();
    return 2;
  }
  const includeNames = args.flags.has('include-names');
  const acc = createCohortAccumulator({ today, policy: loaded.policy, includeNames });
  const progress = ctx.stderr.isTTY === true;
  let seen = 0;
  // stdout carries only the JSON summary (when --json -), so nothing else is written there.
  const end = await _streamInput(input, ctx, err, Math.floor(maxMb * 1024 * 1024), (raw) => {
    if (raw.ok) acc.add(raw.value, { line: raw.line });
    else acc.addUnreadable([raw.problem.code], { line: raw.line });
    seen += 1;
    if (progress && seen % PROGRESS_EVERY_RECORDS === 0) err.write(`\rpep-rules report: ${seen} records…`);
  });
  if (progress && seen >= PROGRESS_EVERY_RECORDS) err.write('\r\u001b[K');
  if (end.kind === 'io-error') {
    err.write(`pep-rules report: ${input}: ${end.finding.message} (${end.finding.code})\n`);
    await err.end();
    return 2;
  }
  const summary = acc.result();
  const written: string[] = [];
  try {
    if (htmlPath !== undefined) {
      const html = renderCohortHtml(summary, { includeNames, ...(args.values.has('title') ? { title: args.values.get('title') as string } : {}) });
      await writeFile(resolve(ctx.cwd, htmlPath), html, 'utf8');
      written.push(htmlPath);
    }
    if (jsonPath !== undefined && jsonPath !== '-') {
      await writeFile(resolve(ctx.cwd, jsonPath), `${JSON.stringify(summary, null, 2)}\n`, 'utf8');
      written.push(jsonPath);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    err.write(`pep-rules report: cannot write the report (${code}).\n`);
    await err.end();
    return 2;
  }
  if (jsonPath === '-') {
    out.write(`${JSON.stringify(summary, null, 2)}\n`);
    await out.end();
  }
  const s = summary;
  const pct = s.upToDate.percent === null ? '–' : s.upToDate.small ? `n<${s.definitions.smallCohortBelow}` : `${s.upToDate.percent}%`;
  err.write(
    `pep-rules report: ${s.records.read} records, ${s.records.children} children, ${pct} with an up-to-date PEP, ` +
      `${s.overdue.length} overdue, ${s.records.invalid} unreadable${written.length > 0 ? `; wrote ${written.join(', ')}` : ''}.\n`,
  );
  for (const f of s.findings) err.write(`  ${f.code}: ${f.message}\n`);
  if (includeNames) err.write('  The report contains child names: store and share it as personal data.\n');
  await err.end();
  return 0;
}
