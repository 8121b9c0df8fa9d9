/**
 * `pep-rules validate` and `pep-rules grade`: stream PEP records from files or stdin, validate or
 * grade each one, report in the chosen format, and exit by `--fail-on`.
 */
import { finding, type Finding } from '../../core/finding';
import { isIsoDate, type IsoDate } from '../../core/isoDate';
import { _parseArgs, type _OptionSpec } from './args';
import { _assess } from '../_assess';
import type { _CliContext } from '../context';
import { _helpFor } from './help';
import { _junitReporter } from '../reporters/junit';
import { _loadCalendar } from '../readers/loadCalendar';
import { _loadPolicy } from '../_loadPolicy';
import { _Output, _style } from '../reporters/output';
import type { _RawRecord } from '../readers/recordReader';
import {
  _FAIL_ON,
  _FORMATS,
  _githubReporter,
  _jsonReporter,
  _textReporter,
  type _FailOn,
  type _Format,
  type _RecordResult,
  type _Reporter,
  type _Summary,
} from '../reporters/reporter';
import { _localToday, _recordId, _usageError } from './shared';
import { _EMPTY_INPUT, _streamInput } from '../readers/streamInput';

const SPECS: readonly _OptionSpec[] = [
  { name: 'help', short: 'h', kind: 'flag' },
  { name: 'policy', kind: 'value' },
  { name: 'today', kind: 'value' },
  { name: 'format', short: 'f', kind: 'value' },
  { name: 'fail-on', kind: 'value' },
  { name: 'verbose', short: 'v', kind: 'flag' },
  { name: 'color', kind: 'flag' },
  { name: 'no-color', kind: 'flag' },
  { name: 'max-record-mb', kind: 'value' },
  { name: 'calendar', kind: 'value' },
];

/** Default record size limit (MiB). */
const DEFAULT_MAX_RECORD_MB = 64;
/** Progress starts after this long, then updates at most this often (ms). */
const PROGRESS_AFTER_MS = 1000;
const PROGRESS_EVERY_MS = 250;

function meetsThreshold(r: { readonly findings: readonly Finding[]; readonly grade: string | null; readonly malformed: boolean }, failOn: _FailOn): boolean {
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
 * Runs `validate` or `grade`.
 * @param command - Which of the two.
 * @param argv - Arguments after the command name.
 * @param ctx - The outside world.
 * @returns The exit code: 0 clean, 1 findings at or above `--fail-on`, 2 usage or I/O error.
 */
export async function _checkCommand(command: 'validate' | 'grade', argv: readonly string[], ctx: _CliContext): Promise<number> {
  const args = _parseArgs(argv, SPECS);
  const err = new _Output(ctx.stderr);
  if (!args.ok) return _usageError(err, command, args.message);
  if (args.flags.has('help')) {
    const out = new _Output(ctx.stdout);
    out.write(_helpFor(command));
    await out.end();
    return 0;
  }
  const format = (args.values.get('format') ?? 'text') as _Format;
  if (!(_FORMATS as readonly string[]).includes(format)) {
    return _usageError(err, command, `--format must be one of ${_FORMATS.join(', ')}`);
  }
  const failOn = (args.values.get('fail-on') ?? 'error') as _FailOn;
  if (!(_FAIL_ON as readonly string[]).includes(failOn)) {
    return _usageError(err, command, `--fail-on must be one of ${_FAIL_ON.join(', ')}`);
  }
  if (command === 'validate' && (failOn === 'amber' || failOn === 'red')) {
    return _usageError(err, command, `--fail-on ${failOn} needs grades: use \`pep-rules grade\``);
  }
  const todayArg = args.values.get('today');
  if (todayArg !== undefined && !isIsoDate(todayArg)) {
    return _usageError(err, command, '--today must be a real date written YYYY-MM-DD');
  }
  const today: IsoDate = todayArg ?? _localToday(ctx.now());
  const maxMbArg = args.values.get('max-record-mb');
  const maxMb = maxMbArg === undefined ? DEFAULT_MAX_RECORD_MB : Number(maxMbArg);
  if (!(maxMb > 0 && maxMb <= 1024)) return _usageError(err, command, '--max-record-mb must be a number from 0 to 1024');
  const maxRecordBytes = Math.floor(maxMb * 1024 * 1024);

  const stdinPiped = ctx.stdin.isTTY !== true;
  const inputs = args.positionals.length > 0 ? args.positionals : stdinPiped ? ['-'] : [];
  if (inputs.length === 0) return _usageError(err, command, 'give one or more PEP files, or - to read stdin');
  if (inputs.filter((a) => a === '-').length > 1) return _usageError(err, command, 'stdin (-) can be read only once');

  const loaded = await _loadPolicy(args.values.get('policy'), ctx.cwd);
  if (!loaded.ok) {
    err.write(`pep-rules ${command}: ${loaded.message}\n`);
    for (const f of loaded.findings) {
      const path = f.path !== undefined && f.path.length > 0 ? ` at ${f.path.join('.')}` : '';
      err.write(`  ${f.code}${path}: ${f.message}\n`);
    }
    await err.end();
    return 2;
  }

  const calendar = await _loadCalendar(args.values.get('calendar'), ctx.cwd);
  if (!calendar.ok) {
    err.write(`pep-rules ${command}: ${calendar.message}\n`);
    for (const f of calendar.findings) {
      const path = f.path !== undefined && f.path.length > 0 ? ` at ${f.path.join('.')}` : '';
      err.write(`  ${f.code}${path}: ${f.message}\n`);
    }
    await err.end();
    return 2;
  }

  const colorFlag = args.flags.has('no-color') ? false : args.flags.has('color') ? true : undefined;
  const style = _style(colorFlag, ctx.env, ctx.stdout.isTTY === true);
  const errStyle = _style(colorFlag, ctx.env, ctx.stderr.isTTY === true);
  const out = new _Output(ctx.stdout);
  ctx.stdout.once('error', () => {
    out.closed = true;
  });
  const options = { out, err, style: format === 'text' || format === 'github' ? style : errStyle, verbose: args.flags.has('verbose'), command };
  const reporter: _Reporter =
    format === 'text'
      ? _textReporter(options)
      : format === 'github'
        ? _githubReporter(options)
        : format === 'junit'
          ? _junitReporter(options)
          : _jsonReporter(options, format);

  const summary: _Summary = {
    command,
    policy: loaded.label,
    today,
    failOn,
    files: 0,
    records: 0,
    valid: 0,
    invalid: 0,
    malformed: 0,
    errors: 0,
    warnings: 0,
    info: 0,
    grades: { gold: 0, green: 0, amber: 0, red: 0, ungraded: 0 },
    failed: 0,
    ioErrors: 0,
    exitCode: 0,
  };
  const count = (findings: readonly Finding[]): void => {
    for (const f of findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else summary.info++;
    }
  };

  const progress = ctx.stderr.isTTY === true ? progressMeter(ctx, command) : null;
  const assessOptions = calendar.calendar === undefined ? { policy: loaded.policy, today } : { policy: loaded.policy, today, calendar: calendar.calendar };

  for (const arg of inputs) {
    const source = { arg, name: arg === '-' ? '<stdin>' : arg };
    summary.files++;
    const onRecord = (raw: _RawRecord): void => {
      let result: _RecordResult;
      if (raw.ok) {
        const a = _assess(command, raw.value, assessOptions);
        const partial = { findings: a.findings, grade: command === 'grade' ? a.grade : null, malformed: false };
        result = {
          file: source.name,
          line: raw.line,
          id: _recordId(raw.value),
          malformed: false,
          valid: a.valid,
          grade: partial.grade,
          criteria: a.criteria,
          nonNegotiables: a.nonNegotiables,
          findings: a.findings,
          failed: meetsThreshold(partial, failOn),
        };
      } else {
        result = {
          file: source.name,
          line: raw.line,
          id: null,
          malformed: true,
          valid: false,
          grade: null,
          criteria: [],
          nonNegotiables: [],
          findings: [finding(raw.problem.code, 'error', raw.problem.message)],
          failed: true,
        };
      }
      summary.records++;
      if (result.malformed) summary.malformed++;
      else if (result.valid) summary.valid++;
      else summary.invalid++;
      if (command === 'grade') summary.grades[result.grade ?? 'ungraded']++;
      if (result.failed) summary.failed++;
      count(result.findings);
      reporter.record(result);
      progress?.tick(summary.records);
    };
    const end = await _streamInput(arg, ctx, out, maxRecordBytes, onRecord);
    if (end.kind === 'stopped') break;
    if (end.kind === 'io-error') {
      summary.ioErrors++;
      count([end.finding]);
      reporter.fileProblem(source.name, end.finding);
    } else if (end.records === 0) {
      count([_EMPTY_INPUT]);
      if (failOn === 'warning') summary.failed++;
      reporter.fileProblem(source.name, _EMPTY_INPUT);
    }
  }
  progress?.clear();
  summary.exitCode = summary.ioErrors > 0 ? 2 : summary.failed > 0 ? 1 : 0;
  await reporter.end(summary);
  return summary.exitCode;
}

/** A progress line on stderr (a terminal) for runs longer than a second. */
function progressMeter(ctx: _CliContext, command: string): { tick(records: number): void; clear(): void } {
  const started = ctx.now().getTime();
  let last = started;
  let shown = false;
  return {
    tick(records) {
      if ((records & 255) !== 0) return;
      const now = ctx.now().getTime();
      if (now - started < PROGRESS_AFTER_MS || now - last < PROGRESS_EVERY_MS) return;
      last = now;
      shown = true;
      const rate = Math.round((records * 1000) / Math.max(1, now - started));
      ctx.stderr.write(`\r\u001b[2Kpep-rules ${command}: ${records.toLocaleString('en-GB')} records (${rate.toLocaleString('en-GB')}/s)…`);
    },
    clear() {
      if (shown) ctx.stderr.write('\r\u001b[2K');
    },
  };
}
