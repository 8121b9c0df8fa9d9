/**
 * `pep-rules validate` and `pep-rules grade`: stream PEP records from files or stdin, validate or
 * grade each one, report in the chosen format, and exit by `--fail-on`.
 */
import { finding, type Finding } from '../../core/finding';
import { isIsoDate, type IsoDate } from '../../core/isoDate';
import { _assess, type _AssessOptions } from '../_assess';
import { _loadPolicy } from '../_loadPolicy';
import type { _CliContext } from '../context';
import { _loadCalendar } from '../readers/loadCalendar';
import type { _RawRecord } from '../readers/recordReader';
import { _EMPTY_INPUT, _streamInput } from '../readers/streamInput';
import { _createReporter } from '../reporters/create';
import { _style, type _Output } from '../reporters/output';
import { _progressMeter, type _Progress } from '../reporters/progress';
import { _FAIL_ON, _FORMATS, type _FailOn, type _Format, type _RecordResult, type _Reporter, type _Summary } from '../reporters/reporter';
import { _DEFAULT_MAX_RECORD_MB } from './help';
import { _colorFlag, _loadFailure, _localToday, _noRecordsMessage, _OPTIONS, _recordId, _runCommand, type _Args, type _CommandRun } from './shared';

type Command = 'validate' | 'grade';

const SPECS = [
  _OPTIONS.policy,
  _OPTIONS.today,
  _OPTIONS.format,
  { name: 'fail-on', kind: 'value' },
  { name: 'verbose', short: 'v', kind: 'flag' },
  _OPTIONS.color,
  _OPTIONS.noColor,
  _OPTIONS.maxRecordMb,
  _OPTIONS.calendar,
  _OPTIONS.allowEmpty,
] as const;

/** The options of a run, once checked. */
interface CheckOptions {
  readonly format: _Format;
  readonly failOn: _FailOn;
  readonly today: IsoDate;
  readonly maxRecordBytes: number;
  /** `--allow-empty`: reading no records at all exits 0 instead of 2. */
  readonly allowEmpty: boolean;
  /** Paths, or `-` for stdin. */
  readonly inputs: readonly string[];
}

/** Checks the options and inputs, in the order their usage errors are reported. */
function readOptions(command: Command, args: _Args, ctx: _CliContext): { ok: true; options: CheckOptions } | { ok: false; message: string } {
  const format = (args.values.get('format') ?? 'text') as _Format;
  if (!(_FORMATS as readonly string[]).includes(format)) return { ok: false, message: `--format must be one of ${_FORMATS.join(', ')}` };
  const failOn = (args.values.get('fail-on') ?? 'error') as _FailOn;
  if (!(_FAIL_ON as readonly string[]).includes(failOn)) return { ok: false, message: `--fail-on must be one of ${_FAIL_ON.join(', ')}` };
  if (command === 'validate' && (failOn === 'amber' || failOn === 'red')) {
    return { ok: false, message: `--fail-on ${failOn} needs grades: use \`pep-rules grade\`` };
  }
  const todayArg = args.values.get('today');
  if (todayArg !== undefined && !isIsoDate(todayArg)) return { ok: false, message: '--today must be a real date written YYYY-MM-DD' };
  const today: IsoDate = todayArg ?? _localToday(ctx.now());
  const maxMbArg = args.values.get('max-record-mb');
  const maxMb = maxMbArg === undefined ? _DEFAULT_MAX_RECORD_MB : Number(maxMbArg);
  if (!(maxMb > 0 && maxMb <= 1024)) return { ok: false, message: '--max-record-mb must be a number from 0 to 1024' };
  const stdinPiped = ctx.stdin.isTTY !== true;
  const inputs = args.positionals.length > 0 ? args.positionals : stdinPiped ? ['-'] : [];
  if (inputs.length === 0) return { ok: false, message: 'give one or more PEP files, or - to read stdin' };
  if (inputs.filter((a) => a === '-').length > 1) return { ok: false, message: 'stdin (-) can be read only once' };
  const allowEmpty = args.flags.has('allow-empty');
  return { ok: true, options: { format, failOn, today, maxRecordBytes: Math.floor(maxMb * 1024 * 1024), allowEmpty, inputs } };
}

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

/** Everything one run works with once the options, policy and calendar are loaded. */
interface CheckRun {
  readonly command: Command;
  readonly options: CheckOptions;
  readonly assessOptions: _AssessOptions;
  readonly reporter: _Reporter;
  readonly summary: _Summary;
  readonly progress: _Progress | null;
}

/** One record's result: assessed, or malformed (it could not be read). */
function recordResult(run: CheckRun, file: string, raw: _RawRecord): _RecordResult {
  if (!raw.ok) {
    const findings = [finding(raw.problem.code, 'error', raw.problem.message)];
    return { file, line: raw.line, id: null, malformed: true, valid: false, grade: null, criteria: [], nonNegotiables: [], findings, failed: true };
  }
  const a = _assess(run.command, raw.value, run.assessOptions);
  const partial = { findings: a.findings, grade: run.command === 'grade' ? a.grade : null, malformed: false };
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
    failed: meetsThreshold(partial, run.options.failOn),
  };
}

function newSummary(command: Command, policy: string, options: CheckOptions): _Summary {
  const { today, failOn } = options;
  const counts = { files: 0, records: 0, valid: 0, invalid: 0, malformed: 0, errors: 0, warnings: 0, info: 0 };
  const grades = { gold: 0, green: 0, amber: 0, red: 0, ungraded: 0 };
  return { command, policy, today, failOn, ...counts, grades, failed: 0, ioErrors: 0, noRecords: false, exitCode: 0 };
}

function countFindings(summary: _Summary, findings: readonly Finding[]): void {
  for (const f of findings) {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.info++;
  }
}

/** Counts one record's result, reports it and moves the progress line on. */
function takeRecord(run: CheckRun, file: string, raw: _RawRecord): void {
  const { summary } = run;
  const result = recordResult(run, file, raw);
  summary.records++;
  if (result.malformed) summary.malformed++;
  else if (result.valid) summary.valid++;
  else summary.invalid++;
  if (run.command === 'grade') summary.grades[result.grade ?? 'ungraded']++;
  if (result.failed) summary.failed++;
  countFindings(summary, result.findings);
  run.reporter.record(result);
  run.progress?.tick(summary.records);
}

/** Streams every input through the assessment and the reporter, then sets the exit code. */
async function checkInputs(run: CheckRun, ctx: _CliContext, out: _Output): Promise<void> {
  const { summary, reporter } = run;
  for (const arg of run.options.inputs) {
    const name = arg === '-' ? '<stdin>' : arg;
    summary.files++;
    const end = await _streamInput(arg, ctx, out, run.options.maxRecordBytes, (raw) => takeRecord(run, name, raw));
    if (end.kind === 'stopped') break;
    if (end.kind === 'io-error') {
      summary.ioErrors++;
      countFindings(summary, [end.finding]);
      reporter.fileProblem(name, end.finding);
    } else if (end.records === 0) {
      countFindings(summary, [_EMPTY_INPUT]);
      if (run.options.failOn === 'warning' && !run.options.allowEmpty) summary.failed++;
      reporter.fileProblem(name, _EMPTY_INPUT);
    }
  }
  run.progress?.clear();
  summary.noRecords = summary.records === 0 && !run.options.allowEmpty && !out.closed;
  summary.exitCode = summary.ioErrors > 0 || summary.noRecords ? 2 : summary.failed > 0 ? 1 : 0;
}

/** The reporter for `--format`, colouring stdout's formats by stdout and the others' summary by stderr. */
function reporterFor(command: Command, format: _Format, { args, ctx, out, err }: _CommandRun): _Reporter {
  const colorFlag = _colorFlag(args);
  const onStdout = format === 'text' || format === 'github';
  const style = _style(colorFlag, ctx.env, (onStdout ? ctx.stdout : ctx.stderr).isTTY === true);
  return _createReporter(format, { out, err, style, verbose: args.flags.has('verbose'), command });
}

/**
 * Runs `validate` or `grade`.
 * @param command - Which of the two.
 * @param argv - Arguments after the command name.
 * @param ctx - The outside world.
 * @returns The exit code: 0 clean, 1 findings at or above `--fail-on`, 2 usage or I/O error.
 */
export function _checkCommand(command: Command, argv: readonly string[], ctx: _CliContext): Promise<number> {
  return _runCommand(command, argv, ctx, SPECS, async (run) => {
    const { args, out, err } = run;
    const checked = readOptions(command, args, ctx);
    if (!checked.ok) return run.usage(checked.message);
    const options = checked.options;
    const loaded = await _loadPolicy(args.values.get('policy'), ctx.cwd);
    if (!loaded.ok) return _loadFailure(err, command, loaded);
    const calendar = await _loadCalendar(args.values.get('calendar'), ctx.cwd);
    if (!calendar.ok) return _loadFailure(err, command, calendar);
    const reporter = reporterFor(command, options.format, run);
    const { today } = options;
    const assessOptions = calendar.calendar === undefined ? { policy: loaded.policy, today } : { policy: loaded.policy, today, calendar: calendar.calendar };
    const summary = newSummary(command, loaded.label, options);
    const progress = ctx.stderr.isTTY === true ? _progressMeter(ctx, command) : null;
    await checkInputs({ command, options, assessOptions, reporter, summary, progress }, ctx, out);
    await reporter.end(summary);
    if (summary.noRecords) await _noRecordsMessage(err, command);
    return summary.exitCode;
  });
}
