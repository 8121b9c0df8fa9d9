/**
 * `pep-rules validate` and `pep-rules grade`: stream PEP records from files or stdin, validate or
 * grade each one, report in the chosen format, and exit by `--fail-on`.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Finding } from '../../core/finding';
import { isIsoDate, type IsoDate } from '../../core/isoDate';
import type { _AssessOptions } from '../_assess';
import { _loadPolicy } from '../_loadPolicy';
import type { _CliContext } from '../context';
import { _loadCalendar } from '../readers/loadCalendar';
import { _redactor, type _Redact } from '../readers/redactIds';
import { _EMPTY_INPUT, _streamInput } from '../readers/streamInput';
import { _createJobRunner, type _JobRunner } from '../jobs/pool';
import { _addTally, type _RecordSpec, type _Rendered } from '../jobs/records';
import { _createRenderer, _createReporter } from '../reporters/create';
import { _style, type _Output } from '../reporters/output';
import { _progressMeter, type _Progress } from '../reporters/progress';
import { _FAIL_ON, _FORMATS, type _FailOn, type _Format, type _Reporter, type _Summary } from '../reporters/reporter';
import { _DEFAULT_MAX_RECORD_MB } from './help';
import { _colorFlag, _jobsOption, _loadFailure, _localToday, _noRecordsMessage, _OPTIONS, _runCommand, type _Args, type _CommandRun } from './shared';

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
  _OPTIONS.jobs,
  { name: 'redact-ids', kind: 'value' },
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
  /** `--jobs`: worker threads that assess and render records (1: the main thread only). */
  readonly jobs: number;
  /** `--jobs` not given: workers start only once the input turns out large enough. */
  readonly autoJobs: boolean;
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
  const jobs = _jobsOption(args, ctx.cores ?? 1);
  if (jobs === null) return { ok: false, message: '--jobs must be a whole number from 1 to 64' };
  const autoJobs = !args.values.has('jobs');
  return { ok: true, options: { format, failOn, today, maxRecordBytes: Math.floor(maxMb * 1024 * 1024), allowEmpty, inputs, jobs, autoJobs } };
}

/** Everything one run works with once the options, policy and calendar are loaded. */
interface CheckRun {
  readonly command: Command;
  readonly options: CheckOptions;
  readonly assessOptions: _AssessOptions;
  readonly reporter: _Reporter;
  readonly summary: _Summary;
  readonly progress: _Progress | null;
  /** `--redact-ids`: the id replacer, or null. */
  readonly redact: _Redact | null;
  /** Where a worker thread's failure is told (stderr). */
  readonly notices: _Output;
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

/** Streams every input through the assessment (in the main thread or `--jobs` workers) and the reporter, then sets the exit code. */
async function checkInputs(run: CheckRun, ctx: _CliContext, out: _Output, runner: _JobRunner): Promise<void> {
  const { summary, reporter } = run;
  const sizes = await inputSizes(run.options.inputs, ctx.cwd);
  for (const [i, arg] of run.options.inputs.entries()) {
    const name = arg === '-' ? '<stdin>' : arg;
    summary.files++;
    runner.beginInput(name, sizes[i] ?? null, sizes.slice(i + 1).reduce<number>((a, b) => a + (b ?? 0), 0));
    const take = (raw: Parameters<_JobRunner['take']>[1]): void => runner.take(name, raw);
    const end = await _streamInput(arg, ctx, out, run.options.maxRecordBytes, take, run.redact, { lazy: runner.lazy, take });
    runner.endInput(name);
    if (end.kind === 'stopped') break;
    if (end.kind === 'io-error') {
      summary.ioErrors++;
      countFindings(summary, [end.finding]);
      runner.later(() => reporter.fileProblem(name, end.finding));
    } else if (end.records === 0) {
      countFindings(summary, [_EMPTY_INPUT]);
      if (run.options.failOn === 'warning' && !run.options.allowEmpty) summary.failed++;
      runner.later(() => reporter.fileProblem(name, _EMPTY_INPUT));
    }
  }
  await runner.finish();
  run.progress?.clear();
  summary.noRecords = summary.records === 0 && !run.options.allowEmpty && !out.closed;
  summary.exitCode = summary.ioErrors > 0 || summary.noRecords ? 2 : summary.failed > 0 ? 1 : 0;
}

/** Each input's size in bytes, for the default `--jobs` to estimate the records to come: `null` for stdin, 0 for what is not a file. */
async function inputSizes(inputs: readonly string[], cwd: string): Promise<(number | null)[]> {
  return Promise.all(
    inputs.map(async (arg) => {
      if (arg === '-') return null;
      try {
        const info = await stat(resolve(cwd, arg));
        return info.isFile() ? info.size : 0;
      } catch {
        return 0;
      }
    }),
  );
}

/** The reporter for `--format`, colouring stdout's formats by stdout and the others' summary by stderr. */
function reporterFor(command: Command, format: _Format, { args, ctx, out, err }: _CommandRun): { reporter: _Reporter; color: boolean } {
  const colorFlag = _colorFlag(args);
  const onStdout = format === 'text' || format === 'github';
  const style = _style(colorFlag, ctx.env, (onStdout ? ctx.stdout : ctx.stderr).isTTY === true);
  return { reporter: _createReporter(format, { out, err, style, verbose: args.flags.has('verbose'), command }), color: style.enabled };
}

/** The job runner: records to the reporter in order, counted into the summary, progress moved on. */
function runnerFor(run: CheckRun, color: boolean, command: Command, args: _Args, ctx: _CliContext, out: _Output): _JobRunner {
  const { options, summary, reporter, progress } = run;
  const verbose = args.flags.has('verbose');
  const renderer = _createRenderer(options.format, { style: _style(color, {}, false), verbose, command });
  const spec: _RecordSpec = { command, failOn: options.failOn, assessOptions: run.assessOptions, renderer };
  const setup = { command, format: options.format, failOn: options.failOn, verbose, color, today: options.today, policy: args.values.get('policy'), calendar: args.values.get('calendar'), cwd: ctx.cwd };
  const notice = (message: string): void => run.notices.write(`pep-rules ${command}: ${message}.\n`);
  const apply = (file: string, rendered: _Rendered): void => {
    _addTally(summary, rendered.tally);
    reporter.rendered(file, rendered.text, rendered.tally);
    progress?.tick(summary.records);
  };
  // PEP_RULES_REPORT_JOBS=1: one line on stderr at the end, how the records were shared between the threads.
  const report = ctx.env.PEP_RULES_REPORT_JOBS === '1' ? (line: string): void => run.notices.write(`${line}\n`) : undefined;
  return _createJobRunner(options.jobs, spec, setup, apply, out, undefined, { auto: options.autoJobs, notice, ...(report === undefined ? {} : { report }) });
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
    const redaction = await _redactor(args.values.get('redact-ids'), ctx.cwd);
    if (!redaction.ok) return run.usage(redaction.message);
    const loaded = await _loadPolicy(args.values.get('policy'), ctx.cwd);
    if (!loaded.ok) return _loadFailure(err, command, loaded);
    const calendar = await _loadCalendar(args.values.get('calendar'), ctx.cwd);
    if (!calendar.ok) return _loadFailure(err, command, calendar);
    const { reporter, color } = reporterFor(command, options.format, run);
    const { today } = options;
    const assessOptions = calendar.calendar === undefined ? { policy: loaded.policy, today } : { policy: loaded.policy, today, calendar: calendar.calendar };
    const summary = newSummary(command, loaded.label, options);
    const progress = ctx.stderr.isTTY === true ? _progressMeter(ctx, command) : null;
    const checkRun: CheckRun = { command, options, assessOptions, reporter, summary, progress, redact: redaction.redact, notices: err };
    const runner = runnerFor(checkRun, color, command, args, ctx, out);
    try {
      await checkInputs(checkRun, ctx, out, runner);
    } finally {
      await runner.close();
    }
    await reporter.end(summary);
    if (summary.noRecords) await _noRecordsMessage(err, command);
    return summary.exitCode;
  });
}
