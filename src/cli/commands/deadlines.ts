/**
 * `pep-rules deadlines`: the schedule for one child, from options or from a PEP file.
 */
import type { Finding } from '../../core/finding';
import { isIsoDate, type IsoDate } from '../../core/isoDate';
import { parsePep } from '../../pep/parsePep';
import { pepSchedule, type PepScheduleInput } from '../../pep/pepSchedule';
import { _pepScheduleBase } from '../../pep/schedule/fromPep';
import { _loadPolicy } from '../_loadPolicy';
import type { _CliContext } from '../context';
import { _loadCalendar } from '../readers/loadCalendar';
import type { _RawRecord } from '../readers/recordReader';
import { _streamInput } from '../readers/streamInput';
import { _findingLine } from '../reporters/finding';
import { _style, type _Style } from '../reporters/output';
import { _scheduleText } from '../reporters/scheduleText';
import type { _OptionSpec } from './args';
import { _colorFlag, _loadFailure, _localToday, _OPTIONS, _runCommand, type _Args, type _CommandRun } from './shared';

const SPECS: readonly _OptionSpec[] = [
  ...['entered-care', 'dob', 'ehcp-review'].map((name): _OptionSpec => ({ name, kind: 'value' })),
  ...['meeting', 'care-review', 'sdq', 'placement-change'].map((name): _OptionSpec => ({ name, kind: 'list' })),
  ...[_OPTIONS.calendar, _OPTIONS.today, _OPTIONS.policy, _OPTIONS.format, _OPTIONS.color, _OPTIONS.noColor],
];

/** Only the first record of a PEP file is read; it may be this large. */
const PEP_FILE_MAX_BYTES = 16 * 1024 * 1024;

type Mutable<T> = { -readonly [K in keyof T]?: T[K] };

/** The schedule input a PEP supplies: the child's dates, the meeting, SDQs, suspensions, EHCP review. */
function fromPep(value: unknown): { ok: true; input: Mutable<PepScheduleInput> } | { ok: false; findings: readonly Finding[] } {
  const parsed = parsePep(value);
  if (!parsed.success) return { ok: false, findings: parsed.issues };
  const pep = parsed.data;
  // The child's dates, SDQs, suspensions and EHCP review, read as derivePepFacts and nextPepActions read them.
  const { sdqs, suspensions, ...dates } = _pepScheduleBase(pep);
  const input: Mutable<PepScheduleInput> = { ...dates };
  const meetings: { date: IsoDate; kind?: typeof pep.kind; core?: boolean; submittedOn?: IsoDate }[] = [];
  const held: { date: IsoDate; kind?: typeof pep.kind; core?: boolean; submittedOn?: IsoDate } = { date: pep.meeting.date, kind: pep.kind };
  if (pep.core !== undefined) held.core = pep.core;
  if (pep.signOff?.submitted !== undefined) held.submittedOn = pep.signOff.submitted;
  meetings.push(held);
  if (pep.nextMeeting?.date !== undefined) meetings.push({ date: pep.nextMeeting.date });
  input.meetings = meetings;
  if (sdqs.length > 0) input.sdqs = sdqs;
  if (suspensions.length > 0) input.suspensions = suspensions;
  return { ok: true, input };
}

/** The schedule pieces read from options, once checked. */
interface DeadlineOptions {
  readonly format: 'text' | 'json';
  readonly sdqs: readonly { informant: 'parent' | 'teacher' | 'self'; completedOn: IsoDate }[];
  readonly placementChanges: readonly { kind: 'school' | 'care'; date: IsoDate }[];
}

const DATE_MESSAGE = 'must be a real date written YYYY-MM-DD';

/** Checks the options, in the order their usage errors are reported; parses `--sdq` and `--placement-change`. */
function readOptions(args: _Args): { ok: true; options: DeadlineOptions } | { ok: false; message: string } {
  const format = args.values.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json') return { ok: false, message: '--format must be text or json' };
  for (const name of ['entered-care', 'dob', 'today', 'ehcp-review']) {
    const v = args.values.get(name);
    if (v !== undefined && !isIsoDate(v)) return { ok: false, message: `--${name} ${DATE_MESSAGE}` };
  }
  for (const name of ['meeting', 'care-review']) {
    if ((args.lists.get(name) ?? []).some((v) => !isIsoDate(v))) return { ok: false, message: `--${name} ${DATE_MESSAGE}` };
  }
  const sdqs: { informant: 'parent' | 'teacher' | 'self'; completedOn: IsoDate }[] = [];
  for (const v of args.lists.get('sdq') ?? []) {
    const m = /^(parent|teacher|self):(\d{4}-\d{2}-\d{2})$/.exec(v);
    if (m === null || !isIsoDate(m[2])) return { ok: false, message: '--sdq takes informant:date, e.g. teacher:2024-11-20' };
    sdqs.push({ informant: m[1] as 'parent' | 'teacher' | 'self', completedOn: m[2] as IsoDate });
  }
  const placementChanges: { kind: 'school' | 'care'; date: IsoDate }[] = [];
  for (const v of args.lists.get('placement-change') ?? []) {
    const m = /^(school|care):(\d{4}-\d{2}-\d{2})$/.exec(v);
    if (m === null || !isIsoDate(m[2])) return { ok: false, message: '--placement-change takes school:date or care:date' };
    placementChanges.push({ kind: m[1] as 'school' | 'care', date: m[2] as IsoDate });
  }
  if (args.positionals.length > 1) return { ok: false, message: 'give at most one PEP file' };
  return { ok: true, options: { format, sdqs, placementChanges } };
}

/**
 * The child's dates from the first record of a PEP file, or the exit code after reporting why they
 * cannot be had (2: the file cannot be read or holds nothing; 1: the record is unreadable or invalid).
 */
async function fromPepFile(run: _CommandRun, file: string, errStyle: _Style): Promise<Mutable<PepScheduleInput> | number> {
  const { ctx, out, err } = run;
  let first: _RawRecord | null = null;
  const end = await _streamInput(file, ctx, out, PEP_FILE_MAX_BYTES, (raw) => {
    first ??= raw;
  });
  const name = file === '-' ? '<stdin>' : file;
  if (end.kind === 'io-error') {
    err.write(`pep-rules deadlines: ${name}: ${end.finding.code}: ${end.finding.message}\n`);
    await err.end();
    return 2;
  }
  const record = first as _RawRecord | null;
  if (record === null) return run.usage(`${name} holds no PEP record`);
  if (!record.ok) {
    err.write(`pep-rules deadlines: ${name}:${record.line}: ${record.problem.code}: ${record.problem.message}\n`);
    await err.end();
    return 1;
  }
  const pep = fromPep(record.value);
  if (!pep.ok) {
    err.write(`pep-rules deadlines: ${name}:${record.line}: the PEP is not valid, so its dates cannot be used:\n`);
    for (const f of pep.findings) err.write(_findingLine(f, errStyle));
    await err.end();
    return 1;
  }
  return pep.input;
}

/** Puts the options' dates on top of the PEP file's (options win). */
function overlayOptions(input: Mutable<PepScheduleInput>, args: _Args, o: DeadlineOptions): void {
  const set = <K extends keyof PepScheduleInput>(key: K, value: PepScheduleInput[K] | undefined): void => {
    if (value !== undefined) input[key] = value;
  };
  set('enteredCare', args.values.get('entered-care'));
  set('dateOfBirth', args.values.get('dob'));
  const meetings = args.lists.get('meeting');
  if (meetings !== undefined) set('meetings', meetings.map((date) => ({ date })));
  set('careReviews', args.lists.get('care-review'));
  if (o.sdqs.length > 0) set('sdqs', o.sdqs);
  if (o.placementChanges.length > 0) set('placementChanges', o.placementChanges);
  set('ehcpAnnualReview', args.values.get('ehcp-review'));
}

/**
 * Runs `pep-rules deadlines`.
 * @param argv - Arguments after the command name.
 * @param ctx - The outside world.
 * @returns 0 when scheduled, 1 when the input has errors, 2 on a usage or I/O error.
 */
export function _deadlinesCommand(argv: readonly string[], ctx: _CliContext): Promise<number> {
  return _runCommand('deadlines', argv, ctx, SPECS, async (run) => {
    const { args, out, err, usage } = run;
    const checked = readOptions(args);
    if (!checked.ok) return usage(checked.message);
    const loaded = await _loadPolicy(args.values.get('policy'), ctx.cwd);
    if (!loaded.ok) return _loadFailure(err, 'deadlines', loaded);
    const colorFlag = _colorFlag(args);
    const style = _style(colorFlag, ctx.env, ctx.stdout.isTTY === true);
    // The child's dates from a PEP file (first record), then the options on top.
    const file = args.positionals[0];
    const fromFile = file === undefined ? {} : await fromPepFile(run, file, _style(colorFlag, ctx.env, ctx.stderr.isTTY === true));
    if (typeof fromFile === 'number') return fromFile;
    const input: Mutable<PepScheduleInput> = fromFile;
    overlayOptions(input, args, checked.options);
    if (input.enteredCare === undefined || input.dateOfBirth === undefined) return usage('give --entered-care and --dob, or a PEP file');
    input.today = args.values.get('today') ?? _localToday(ctx.now());
    const calendar = await _loadCalendar(args.values.get('calendar'), ctx.cwd);
    if (!calendar.ok) return _loadFailure(err, 'deadlines', calendar, (f) => _findingLine(f, style));
    if (calendar.calendar !== undefined) input.calendar = calendar.calendar;
    const schedule = pepSchedule(input, loaded.policy);
    if (checked.options.format === 'json') out.write(`${JSON.stringify({ policy: loaded.label, today: input.today, ...schedule }, null, 2)}\n`);
    else out.write(_scheduleText(schedule, input.today, loaded.label, style));
    await out.end();
    return schedule.findings.some((f) => f.severity === 'error') ? 1 : 0;
  });
}
