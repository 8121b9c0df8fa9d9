/**
 * `pep-rules summary <cohort file | ->`: a cohort on one screen, for a first look (and `npm start`):
 * QA grades and PEP position side by side, the most overdue PEPs, and the commands for the full
 * report and for every finding. Streams the input into the same cohort accumulator as `report`.
 */
import { isIsoDate } from '../../core/isoDate';
import { createCohortAccumulator } from '../../report/cohortSummary';
import { _loadPolicy } from '../_loadPolicy';
import type { _CliContext } from '../context';
import { _loadCalendar } from '../readers/loadCalendar';
import { _redactor } from '../readers/redactIds';
import { _streamInput } from '../readers/streamInput';
import { _cohortText } from '../reporters/cohortText';
import { _style } from '../reporters/output';
import { _DEFAULT_MAX_RECORD_MB } from './help';
import { _colorFlag, _loadFailure, _localToday, _noRecordsMessage, _OPTIONS, _runCommand, type _Args } from './shared';

const SPECS = [_OPTIONS.policy, _OPTIONS.today, _OPTIONS.calendar, _OPTIONS.allowEmpty, _OPTIONS.maxRecordMb, _OPTIONS.color, _OPTIONS.noColor, { name: 'redact-ids', kind: 'value' }] as const;

/** The input and the options that the hint lines repeat, once checked. */
function summaryOptions(args: _Args, ctx: _CliContext): { ok: true; input: string; today: string; maxRecordBytes: number } | { ok: false; message: string } {
  const stdinPiped = ctx.stdin.isTTY !== true;
  const inputs = args.positionals.length > 0 ? args.positionals : stdinPiped ? ['-'] : [];
  if (inputs.length !== 1) return { ok: false, message: inputs.length === 0 ? 'give one cohort file (or - for stdin)' : 'give exactly one cohort file' };
  const today = args.values.get('today') ?? _localToday(ctx.now());
  if (!isIsoDate(today)) return { ok: false, message: '--today must be a real date written YYYY-MM-DD' };
  const maxMb = Number(args.values.get('max-record-mb') ?? _DEFAULT_MAX_RECORD_MB);
  if (!(maxMb > 0 && maxMb <= 1024)) return { ok: false, message: '--max-record-mb must be a number from 0 to 1024' };
  return { ok: true, input: inputs[0] as string, today, maxRecordBytes: Math.floor(maxMb * 1024 * 1024) };
}

/** The options a hint repeats so that it gives the same figures: the date, and the policy and calendar if given. */
function hintOptions(args: _Args, today: string): string[] {
  const options = ['--today', today];
  for (const name of ['policy', 'calendar']) {
    const value = args.values.get(name);
    if (value !== undefined) options.push(`--${name}`, value);
  }
  return options;
}

/**
 * Runs `pep-rules summary`.
 * @param argv - Arguments after `summary`.
 * @param ctx - The outside world.
 * @returns Exit code: 0 summary printed, 1 a record could not be read, 2 usage or I/O error or no records read (unless `--allow-empty`).
 */
export function _summaryCommand(argv: readonly string[], ctx: _CliContext): Promise<number> {
  return _runCommand('summary', argv, ctx, SPECS, async ({ args, out, err, usage }) => {
    const o = summaryOptions(args, ctx);
    if (!o.ok) return usage(o.message);
    const redaction = await _redactor(args.values.get('redact-ids'), ctx.cwd);
    if (!redaction.ok) return usage(redaction.message);
    const loaded = await _loadPolicy(args.values.get('policy'), ctx.cwd);
    if (!loaded.ok) return _loadFailure(err, 'summary', loaded);
    const calendar = await _loadCalendar(args.values.get('calendar'), ctx.cwd);
    if (!calendar.ok) return _loadFailure(err, 'summary', calendar);
    const withCalendar = calendar.calendar === undefined ? {} : { calendar: calendar.calendar };
    const acc = createCohortAccumulator({ today: o.today, policy: loaded.policy, ...withCalendar });
    const end = await _streamInput(o.input, ctx, err, o.maxRecordBytes, (raw) => {
      if (raw.ok) acc.add(raw.value, { line: raw.line });
      else acc.addUnreadable([raw.problem.code], { line: raw.line });
    }, redaction.redact);
    if (end.kind === 'io-error') {
      err.write(`pep-rules summary: ${o.input === '-' ? '<stdin>' : o.input}: ${end.finding.message} (${end.finding.code})\n`);
      await err.end();
      return 2;
    }
    const summary = acc.result();
    if (summary.records.read === 0 && !args.flags.has('allow-empty')) {
      await _noRecordsMessage(err, 'summary');
      return 2;
    }
    const style = _style(_colorFlag(args), ctx.env, ctx.stdout.isTTY === true);
    out.write(_cohortText(summary, { input: o.input, options: hintOptions(args, o.today) }, style));
    await out.end();
    return summary.records.invalid > 0 ? 1 : 0;
  });
}
