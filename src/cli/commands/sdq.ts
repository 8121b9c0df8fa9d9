/**
 * `pep-rules sdq`: score one SDQ given on the command line, or a stream of SDQ records.
 */
import type { Finding } from '../../core/finding';
import { scoreSdq } from '../../sdq/scoreSdq';
import type { SdqBand, SdqResult, SdqScored } from '../../sdq/types';
import { _parseArgs } from './args';
import type { _CliContext } from '../context';
import { _helpFor } from './help';
import { _loadPolicy } from '../_loadPolicy';
import { _Output, _style, type _Style } from '../reporters/output';
import { _formatPath } from '../reporters/reporter';
import { _recordId, _usageError } from './shared';
import { _EMPTY_INPUT, _streamInput } from '../readers/streamInput';

const SPECS = [
  { name: 'help', short: 'h', kind: 'flag' },
  { name: 'informant', kind: 'value' },
  { name: 'age-band', kind: 'value' },
  { name: 'impact', kind: 'list' },
  { name: 'policy', kind: 'value' },
  { name: 'input', kind: 'list' },
  { name: 'format', short: 'f', kind: 'value' },
  { name: 'color', kind: 'flag' },
  { name: 'no-color', kind: 'flag' },
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

const SCALE_ROWS: readonly { key: 'emotional' | 'conduct' | 'hyperactivity' | 'peer' | 'prosocial' | 'total' | 'impact'; label: string }[] = [
  { key: 'emotional', label: 'emotional' },
  { key: 'conduct', label: 'conduct' },
  { key: 'hyperactivity', label: 'hyperactivity' },
  { key: 'peer', label: 'peer problems' },
  { key: 'prosocial', label: 'prosocial' },
  { key: 'total', label: 'total difficulties' },
  { key: 'impact', label: 'impact' },
];

function scoreOf(r: SdqScored, key: (typeof SCALE_ROWS)[number]['key']): number | null {
  if (key === 'total') return r.totalDifficulties;
  if (key === 'impact') return r.impact;
  return r.scales[key];
}

function bandText(b: SdqBand | null, style: _Style): string {
  if (b === null) return style.dim('-');
  const text = `${b.band}${b.provisional ? ' (provisional)' : ''}`;
  return /very-high|very-low|abnormal/.test(b.band) ? style.red(text) : /high|low|borderline|raised|lowered/.test(b.band) ? style.yellow(text) : text;
}

function findingLine(f: Finding, style: _Style): string {
  const path = _formatPath(f.path);
  const sev = f.severity === 'error' ? style.red(f.severity.padEnd(7)) : f.severity === 'warning' ? style.yellow(f.severity.padEnd(7)) : style.dim(f.severity.padEnd(7));
  return `  ${sev} ${style.bold(f.code)}  ${path === '' ? '' : `${style.cyan(path)}: `}${f.message}\n`;
}

/** Text for one scored (or unscorable) SDQ. */
function sdqText(result: SdqResult, heading: string | null, style: _Style): string {
  let out = heading === null ? '' : `${style.dim(heading)}\n`;
  if (!result.ok) {
    out += `${style.red('not scored')}\n`;
    for (const f of result.issues) out += findingLine(f, style);
    return out;
  }
  out += `SDQ ${result.informant}, ages ${result.ageBand}\n`;
  out += `  ${'measure'.padEnd(20)}${'score'.padStart(5)}   ${'four-band'.padEnd(22)}three-band\n`;
  const row = (label: string, score: number | null, key: (typeof SCALE_ROWS)[number]['key'] | null): string => {
    const value = (score === null ? '-' : String(score)).padStart(5);
    if (key === null) return `  ${label.padEnd(20)}${value}\n`;
    const four = bandText(result.bands.fourBand[key], style);
    const pad = 22 + (four.length - stripAnsi(four).length);
    return `  ${label.padEnd(20)}${value}   ${four.padEnd(pad)}${bandText(result.bands.threeBand[key], style)}\n`;
  };
  for (const r of SCALE_ROWS) if (r.key !== 'impact') out += row(r.label, scoreOf(result, r.key), r.key);
  out += row('externalising', result.externalising, null);
  out += row('internalising', result.internalising, null);
  out += row('impact', result.impact, 'impact');
  const c = result.concern;
  const concern =
    c.flagged === null
      ? 'not judged (total difficulties missing)'
      : c.flagged
        ? style.red(`raised: total difficulties at or above ${c.threshold}`)
        : `none: total difficulties below ${c.threshold}`;
  out += `  concern: ${concern}\n  ${style.dim(`threshold source: ${c.source}`)}\n`;
  const firstBand = result.bands.fourBand.total ?? result.bands.fourBand.emotional;
  if (firstBand !== null) out += `  ${style.dim(`bands source: ${firstBand.source}`)}\n`;
  for (const f of result.warnings) out += findingLine(f, style);
  return out;
}

// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');

/**
 * Runs `pep-rules sdq`.
 * @param argv - Arguments after the command name.
 * @param ctx - The outside world.
 * @returns 0 when every SDQ was scored, 1 when one could not be, 2 on a usage or I/O error.
 */
export async function _sdqCommand(argv: readonly string[], ctx: _CliContext): Promise<number> {
  const args = _parseArgs(argv, SPECS);
  const err = new _Output(ctx.stderr);
  if (!args.ok) return _usageError(err, 'sdq', args.message);
  const out = new _Output(ctx.stdout);
  if (args.flags.has('help')) {
    out.write(_helpFor('sdq'));
    await out.end();
    return 0;
  }
  const format = args.values.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'ndjson') return _usageError(err, 'sdq', '--format must be text, json or ndjson');
  const impact = parseImpact(args.lists.get('impact') ?? []);
  if (!impact.ok) return _usageError(err, 'sdq', impact.message);
  const loaded = await _loadPolicy(args.values.get('policy'), ctx.cwd);
  if (!loaded.ok) {
    err.write(`pep-rules sdq: ${loaded.message}\n`);
    for (const f of loaded.findings) err.write(`  ${f.code}${f.path !== undefined && f.path.length > 0 ? ` at ${f.path.join('.')}` : ''}: ${f.message}\n`);
    await err.end();
    return 2;
  }
  const threshold = loaded.policy.sdq.concernThreshold;
  const options = { concernThreshold: threshold.totalDifficulties, concernThresholdSource: threshold.source };
  const colorFlag = args.flags.has('no-color') ? false : args.flags.has('color') ? true : undefined;
  const style = _style(colorFlag, ctx.env, ctx.stdout.isTTY === true);
  const informant = args.values.get('informant');
  const ageBand = args.values.get('age-band');
  const inputs = args.lists.get('input') ?? [];

  // One SDQ on the command line.
  if (args.positionals.length > 0) {
    if (inputs.length > 0) return _usageError(err, 'sdq', 'give items on the command line or --input, not both');
    if (informant === undefined) return _usageError(err, 'sdq', '--informant is needed with items on the command line (parent, teacher or self)');
    const items = parseItems(args.positionals);
    if (!items.ok) return _usageError(err, 'sdq', items.message);
    const input: Record<string, unknown> = { informant, items: items.value };
    if (ageBand !== undefined) input.ageBand = ageBand;
    if (impact.value !== undefined) input.impact = impact.value;
    const result = scoreSdq(input, options);
    if (format === 'text') out.write(sdqText(result, null, style));
    else out.write(`${JSON.stringify(result, null, format === 'json' ? 2 : undefined)}\n`);
    await out.end();
    return result.ok ? 0 : 1;
  }

  // SDQ records from files or stdin.
  if (informant !== undefined || ageBand !== undefined || impact.value !== undefined) {
    return _usageError(err, 'sdq', '--informant, --age-band and --impact go with items on the command line; records carry their own');
  }
  const sources = inputs.length > 0 ? inputs : ctx.stdin.isTTY !== true ? ['-'] : [];
  if (sources.length === 0) return _usageError(err, 'sdq', 'give 25 items, or pipe SDQ records to stdin');
  let failed = 0;
  let ioError = false;
  let first = true;
  for (const arg of sources) {
    const name = arg === '-' ? '<stdin>' : arg;
    const end = await _streamInput(arg, ctx, out, MAX_RECORD_BYTES, (raw) => {
      const result: SdqResult = raw.ok
        ? scoreSdq(raw.value, options)
        : { ok: false, issues: [{ code: raw.problem.code, severity: 'error', message: raw.problem.message }] };
      if (!result.ok) failed++;
      const id = raw.ok ? _recordId(raw.value) : null;
      if (format === 'text') {
        out.write(`${first ? '' : '\n'}${sdqText(result, `${name}:${raw.line}${id === null ? '' : `  ${id}`}`, style)}`);
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
