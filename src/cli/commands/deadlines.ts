/**
 * `pep-rules deadlines`: the schedule for one child, from options or from a PEP file.
 */
import type { Finding } from '../../core/finding';
import { isIsoDate, type IsoDate } from '../../core/isoDate';
import { pepSchedule, type PepScheduleInput, type ScheduleItem } from '../../pep/pepSchedule';
import { parsePep } from '../../pep/parsePep';
import { _parseArgs, type _OptionSpec } from './args';
import type { _CliContext } from '../context';
import { _helpFor } from './help';
import { _loadCalendar } from '../readers/loadCalendar';
import { _loadPolicy } from '../_loadPolicy';
import { _Output, _style, type _Style } from '../reporters/output';
import type { _RawRecord } from '../readers/recordReader';
import { _formatPath } from '../reporters/reporter';
import { _localToday, _usageError } from './shared';
import { _streamInput } from '../readers/streamInput';

const SPECS: readonly _OptionSpec[] = [
  { name: 'help', short: 'h', kind: 'flag' },
  { name: 'entered-care', kind: 'value' },
  { name: 'dob', kind: 'value' },
  { name: 'meeting', kind: 'list' },
  { name: 'care-review', kind: 'list' },
  { name: 'sdq', kind: 'list' },
  { name: 'placement-change', kind: 'list' },
  { name: 'ehcp-review', kind: 'value' },
  { name: 'calendar', kind: 'value' },
  { name: 'today', kind: 'value' },
  { name: 'policy', kind: 'value' },
  { name: 'format', short: 'f', kind: 'value' },
  { name: 'color', kind: 'flag' },
  { name: 'no-color', kind: 'flag' },
];

type Mutable<T> = { -readonly [K in keyof T]?: T[K] };

/** The schedule input a PEP supplies: the child's dates, the meeting, SDQs, EHCP review. */
function fromPep(value: unknown): { ok: true; input: Mutable<PepScheduleInput> } | { ok: false; findings: readonly Finding[] } {
  const parsed = parsePep(value);
  if (!parsed.success) return { ok: false, findings: parsed.issues };
  const pep = parsed.data;
  const input: Mutable<PepScheduleInput> = { enteredCare: pep.child.enteredCare, dateOfBirth: pep.child.dateOfBirth };
  const meetings: { date: IsoDate; kind?: typeof pep.kind; core?: boolean; submittedOn?: IsoDate }[] = [];
  const held: { date: IsoDate; kind?: typeof pep.kind; core?: boolean; submittedOn?: IsoDate } = { date: pep.meeting.date, kind: pep.kind };
  if (pep.core !== undefined) held.core = pep.core;
  if (pep.signOff?.submitted !== undefined) held.submittedOn = pep.signOff.submitted;
  meetings.push(held);
  if (pep.nextMeeting?.date !== undefined) meetings.push({ date: pep.nextMeeting.date });
  input.meetings = meetings;
  if (pep.sdq !== undefined && pep.sdq.length > 0) input.sdqs = pep.sdq.map((s) => ({ informant: s.informant, completedOn: s.completedOn }));
  if (pep.sen?.ehcpAnnualReview !== undefined) input.ehcpAnnualReview = pep.sen.ehcpAnnualReview;
  return { ok: true, input };
}

function statusText(item: ScheduleItem, style: _Style): string {
  const s = item.status.padEnd(9);
  return item.status === 'overdue' ? style.red(s) : item.status === 'due-soon' ? style.yellow(s) : item.status === 'done' ? style.green(s) : s;
}

function findingLine(f: Finding, style: _Style): string {
  const path = _formatPath(f.path);
  const sev = f.severity === 'error' ? style.red(f.severity.padEnd(7)) : f.severity === 'warning' ? style.yellow(f.severity.padEnd(7)) : style.dim(f.severity.padEnd(7));
  return `  ${sev} ${style.bold(f.code)}  ${path === '' ? '' : `${style.cyan(path)}: `}${f.message}\n`;
}

/**
 * Runs `pep-rules deadlines`.
 * @param argv - Arguments after the command name.
 * @param ctx - The outside world.
 * @returns 0 when scheduled, 1 when the input has errors, 2 on a usage or I/O error.
 */
export async function _deadlinesCommand(argv: readonly string[], ctx: _CliContext): Promise<number> {
  const args = _parseArgs(argv, SPECS);
  const err = new _Output(ctx.stderr);
  if (!args.ok) return _usageError(err, 'deadlines', args.message);
  const out = new _Output(ctx.stdout);
  if (args.flags.has('help')) {
    out.write(_helpFor('deadlines'));
    await out.end();
    return 0;
  }
  const format = args.values.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json') return _usageError(err, 'deadlines', '--format must be text or json');
  for (const name of ['entered-care', 'dob', 'today', 'ehcp-review']) {
    const v = args.values.get(name);
    if (v !== undefined && !isIsoDate(v)) return _usageError(err, 'deadlines', `--${name} must be a real date written YYYY-MM-DD`);
  }
  for (const name of ['meeting', 'care-review']) {
    if ((args.lists.get(name) ?? []).some((v) => !isIsoDate(v))) return _usageError(err, 'deadlines', `--${name} must be a real date written YYYY-MM-DD`);
  }
  const sdqs: { informant: 'parent' | 'teacher' | 'self'; completedOn: IsoDate }[] = [];
  for (const v of args.lists.get('sdq') ?? []) {
    const m = /^(parent|teacher|self):(\d{4}-\d{2}-\d{2})$/.exec(v);
    if (m === null || !isIsoDate(m[2])) return _usageError(err, 'deadlines', '--sdq takes informant:date, e.g. teacher:2024-11-20');
    sdqs.push({ informant: m[1] as 'parent' | 'teacher' | 'self', completedOn: m[2] as IsoDate });
  }
  const placementChanges: { kind: 'school' | 'care'; date: IsoDate }[] = [];
  for (const v of args.lists.get('placement-change') ?? []) {
    const m = /^(school|care):(\d{4}-\d{2}-\d{2})$/.exec(v);
    if (m === null || !isIsoDate(m[2])) return _usageError(err, 'deadlines', '--placement-change takes school:date or care:date');
    placementChanges.push({ kind: m[1] as 'school' | 'care', date: m[2] as IsoDate });
  }
  if (args.positionals.length > 1) return _usageError(err, 'deadlines', 'give at most one PEP file');

  const loaded = await _loadPolicy(args.values.get('policy'), ctx.cwd);
  if (!loaded.ok) {
    err.write(`pep-rules deadlines: ${loaded.message}\n`);
    for (const f of loaded.findings) err.write(`  ${f.code}${f.path !== undefined && f.path.length > 0 ? ` at ${f.path.join('.')}` : ''}: ${f.message}\n`);
    await err.end();
    return 2;
  }
  const colorFlag = args.flags.has('no-color') ? false : args.flags.has('color') ? true : undefined;
  const style = _style(colorFlag, ctx.env, ctx.stdout.isTTY === true);

  // The child's dates from a PEP file (first record), then the options on top.
  let input: Mutable<PepScheduleInput> = {};
  const file = args.positionals[0];
  if (file !== undefined) {
    let first: _RawRecord | null = null;
    const end = await _streamInput(file, ctx, out, 16 * 1024 * 1024, (raw) => {
      first ??= raw;
    });
    const name = file === '-' ? '<stdin>' : file;
    if (end.kind === 'io-error') {
      err.write(`pep-rules deadlines: ${name}: ${end.finding.code}: ${end.finding.message}\n`);
      await err.end();
      return 2;
    }
    const record = first as _RawRecord | null;
    if (record === null) return _usageError(err, 'deadlines', `${name} holds no PEP record`);
    if (!record.ok) {
      err.write(`pep-rules deadlines: ${name}:${record.line}: ${record.problem.code}: ${record.problem.message}\n`);
      await err.end();
      return 1;
    }
    const pep = fromPep(record.value);
    if (!pep.ok) {
      err.write(`pep-rules deadlines: ${name}:${record.line}: the PEP is not valid, so its dates cannot be used:\n`);
      for (const f of pep.findings) err.write(findingLine(f, _style(colorFlag, ctx.env, ctx.stderr.isTTY === true)));
      await err.end();
      return 1;
    }
    input = pep.input;
  }
  const set = <K extends keyof PepScheduleInput>(key: K, value: PepScheduleInput[K] | undefined): void => {
    if (value !== undefined) input[key] = value;
  };
  set('enteredCare', args.values.get('entered-care'));
  set('dateOfBirth', args.values.get('dob'));
  const meetings = args.lists.get('meeting');
  if (meetings !== undefined) set('meetings', meetings.map((date) => ({ date })));
  set('careReviews', args.lists.get('care-review'));
  if (sdqs.length > 0) set('sdqs', sdqs);
  if (placementChanges.length > 0) set('placementChanges', placementChanges);
  set('ehcpAnnualReview', args.values.get('ehcp-review'));
  if (input.enteredCare === undefined || input.dateOfBirth === undefined) {
    return _usageError(err, 'deadlines', 'give --entered-care and --dob, or a PEP file');
  }
  input.today = args.values.get('today') ?? _localToday(ctx.now());

  const calendar = await _loadCalendar(args.values.get('calendar'), ctx.cwd);
  if (!calendar.ok) {
    err.write(`pep-rules deadlines: ${calendar.message}\n`);
    for (const f of calendar.findings) err.write(findingLine(f, style));
    await err.end();
    return 2;
  }
  if (calendar.calendar !== undefined) input.calendar = calendar.calendar;

  const schedule = pepSchedule(input, loaded.policy);
  if (format === 'json') {
    out.write(`${JSON.stringify({ policy: loaded.label, today: input.today, ...schedule }, null, 2)}\n`);
  } else {
    out.write(`Schedule on ${input.today} under the ${loaded.label} policy\n`);
    for (const item of schedule.items) {
      out.write(`  ${item.due}  ${statusText(item, style)} ${style.bold(item.kind.padEnd(24))} ${style.dim(item.basis)}\n`);
    }
    if (schedule.items.length === 0) out.write('  (no items)\n');
    for (const f of schedule.findings) out.write(findingLine(f, style));
  }
  await out.end();
  return schedule.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
