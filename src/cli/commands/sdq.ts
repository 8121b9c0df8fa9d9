/**
 * `pep-rules sdq`: score one SDQ given on the command line, or a stream of SDQ records.
 */
import { scoreSdq } from '../../sdq/scoreSdq';
import type { SdqResult } from '../../sdq/types';
import { _loadPolicy } from '../_loadPolicy';
import type { _CliContext } from '../context';
import { _EMPTY_INPUT, _streamInput } from '../readers/streamInput';
import { _style, type _Style } from '../reporters/output';
import { _sdqText } from '../reporters/sdqText';
import { _colorFlag, _loadFailure, _OPTIONS, _recordId, _runCommand, type _CommandRun } from './shared';

const SPECS = [
  { name: 'informant', kind: 'value' },
  { name: 'age-band', kind: 'value' },
  { name: 'impact', kind: 'list' },
  _OPTIONS.policy,
  { name: 'input', kind: 'list' },
  _OPTIONS.format,
  _OPTIONS.color,
  _OPTIONS.noColor,
] as const;

const MAX_RECORD_BYTES = 1024 * 1024;
const UNANSWERED = /^(x|_|null|\.)$/i;
const NUMBER = /^[-+]?\d+(\.\d+)?$/;

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Items from the command line: 25 tokens, separate or comma-separated; `x`, `_`, `null` for unanswered. */
function parseItems(positionals: readonly string[]): Parsed<(number | null)[]> {
  const tokens = positionals.flatMap((p) => p.split(/[\s,]+/)).filter((t) => t !== '');
  const items: (number | null)[] = [];
  for (const [i, t] of tokens.entries()) {
    if (UNANSWERED.test(t)) items.push(null);
    else if (NUMBER.test(t)) items.push(Number(t));
    else return { ok: false, message: `item ${i + 1} must be 0, 1, 2, or x for unanswered` };
  }
  return { ok: true, value: items };
}

/** `--impact difficulties=2,distress=1` (repeatable) → an impact object. */
function parseImpact(entries: readonly string[]): Parsed<Record<string, number | null> | undefined> {
  if (entries.length === 0) return { ok: true, value: undefined };
  const impact: Record<string, number | null> = {};
  for (const pair of entries.flatMap((e) => e.split(',')).filter((p) => p.trim() !== '')) {
    const m = /^\s*([A-Za-z]+)\s*=\s*(\S+)\s*$/.exec(pair);
    if (m === null) return { ok: false, message: '--impact takes name=value pairs, e.g. difficulties=2,distress=1' };
    const [, name, raw] = m as unknown as [string, string, string];
    if (UNANSWERED.test(raw)) impact[name] = null;
    else if (NUMBER.test(raw)) impact[name] = Number(raw);
    else return { ok: false, message: `--impact ${name} must be 0–3, or x for unanswered` };
  }
  return { ok: true, value: impact };
}

/** What scoring needs once the options have been read. */
interface SdqRun {
  readonly format: 'text' | 'json' | 'ndjson';
  readonly style: _Style;
  readonly options: { readonly concernThreshold: number; readonly concernThresholdSource: string };
}

/** One SDQ from the command line: informant, age band, impact and 25 items. */
async function scoreArgs(run: _CommandRun, sdq: SdqRun, impact: Record<string, number | null> | undefined): Promise<number> {
  const { args, out, usage } = run;
  const informant = args.values.get('informant');
  if ((args.lists.get('input') ?? []).length > 0) return usage('give items on the command line or --input, not both');
  if (informant === undefined) return usage('--informant is needed with items on the command line (parent, teacher or self)');
  const items = parseItems(args.positionals);
  if (!items.ok) return usage(items.message);
  const input: Record<string, unknown> = { informant, items: items.value };
  const ageBand = args.values.get('age-band');
  if (ageBand !== undefined) input.ageBand = ageBand;
  if (impact !== undefined) input.impact = impact;
  const result = scoreSdq(input, sdq.options);
  if (sdq.format === 'text') out.write(_sdqText(result, null, sdq.style));
  else out.write(`${JSON.stringify(result, null, sdq.format === 'json' ? 2 : undefined)}\n`);
  await out.end();
  return result.ok ? 0 : 1;
}

/** SDQ records from files (`--input`) or stdin, scored and written as they stream. */
async function scoreRecords(run: _CommandRun, sdq: SdqRun, sources: readonly string[]): Promise<number> {
  const { ctx, out, err } = run;
  const { format, style } = sdq;
  let failed = 0;
  let ioError = false;
  let first = true;
  for (const arg of sources) {
    const name = arg === '-' ? '<stdin>' : arg;
    const end = await _streamInput(arg, ctx, out, MAX_RECORD_BYTES, (raw) => {
      const result: SdqResult = raw.ok
        ? scoreSdq(raw.value, sdq.options)
        : { ok: false, issues: [{ code: raw.problem.code, severity: 'error', message: raw.problem.message }] };
      if (!result.ok) failed++;
      const id = raw.ok ? _recordId(raw.value) : null;
      if (format === 'text') {
        out.write(`${first ? '' : '\n'}${_sdqText(result, `${name}:${raw.line}${id === null ? '' : `  ${id}`}`, style)}`);
      } else {
        const text = JSON.stringify({ file: name, line: raw.line, id, ...result });
        out.write(format === 'ndjson' ? `${text}\n` : `${first ? '[\n' : ',\n'}${text}`);
      }
      first = false;
    });
    if (end.kind === 'stopped') break;
    if (end.kind === 'io-error' || (end.kind === 'done' && end.records === 0)) {
      const f = end.kind === 'io-error' ? end.finding : _EMPTY_INPUT;
      if (end.kind === 'io-error') ioError = true;
      err.write(`pep-rules sdq: ${name}: ${f.code}: ${f.message}\n`);
    }
  }
  if (format === 'json') out.write(first ? '[]\n' : '\n]\n');
  await out.end();
  await err.end();
  return ioError ? 2 : failed > 0 ? 1 : 0;
}

/**
 * Runs `pep-rules sdq`.
 * @param argv - Arguments after the command name.
 * @param ctx - The outside world.
 * @returns 0 when every SDQ was scored, 1 when one could not be, 2 on a usage or I/O error.
 */
export function _sdqCommand(argv: readonly string[], ctx: _CliContext): Promise<number> {
  return _runCommand('sdq', argv, ctx, SPECS, async (run) => {
    const { args, err, usage } = run;
    const format = args.values.get('format') ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'ndjson') return usage('--format must be text, json or ndjson');
    const impact = parseImpact(args.lists.get('impact') ?? []);
    if (!impact.ok) return usage(impact.message);
    const loaded = await _loadPolicy(args.values.get('policy'), ctx.cwd);
    if (!loaded.ok) return _loadFailure(err, 'sdq', loaded);
    const threshold = loaded.policy.sdq.concernThreshold;
    const sdq: SdqRun = {
      format,
      style: _style(_colorFlag(args), ctx.env, ctx.stdout.isTTY === true),
      options: { concernThreshold: threshold.totalDifficulties, concernThresholdSource: threshold.source },
    };
    if (args.positionals.length > 0) return scoreArgs(run, sdq, impact.value);
    if (args.values.has('informant') || args.values.has('age-band') || impact.value !== undefined) {
      return usage('--informant, --age-band and --impact go with items on the command line; records carry their own');
    }
    const inputs = args.lists.get('input') ?? [];
    const sources = inputs.length > 0 ? inputs : ctx.stdin.isTTY !== true ? ['-'] : [];
    if (sources.length === 0) return usage('give 25 items, or pipe SDQ records to stdin');
    return scoreRecords(run, sdq, sources);
  });
}
