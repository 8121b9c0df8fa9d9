import { policies } from '../../policy/presets/index';
import { _parseArgs } from './args';
import type { _CliContext } from '../context';
import { _helpFor } from './help';
import { _PRESET_ARGS } from '../_loadPolicy';
import { _Output, _style } from '../reporters/output';
import { _usageError } from './shared';

/**
 * `pep-rules policies`: lists the presets with id, name, version and source.
 * @param argv - Arguments after the command name.
 * @param ctx - The outside world.
 * @returns The exit code.
 */
export async function _policiesCommand(argv: readonly string[], ctx: _CliContext): Promise<number> {
  const args = _parseArgs(argv, [
    { name: 'help', short: 'h', kind: 'flag' },
    { name: 'format', short: 'f', kind: 'value' },
    { name: 'color', kind: 'flag' },
    { name: 'no-color', kind: 'flag' },
  ]);
  const err = new _Output(ctx.stderr);
  if (!args.ok) return _usageError(err, 'policies', args.message);
  const out = new _Output(ctx.stdout);
  if (args.flags.has('help')) {
    out.write(_helpFor('policies'));
    await out.end();
    return 0;
  }
  if (args.positionals.length > 0) return _usageError(err, 'policies', 'takes no arguments');
  const format = args.values.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json') return _usageError(err, 'policies', '--format must be text or json');
  const rows = Object.values(policies).map((p, i) => ({
    option: _PRESET_ARGS[i] as string,
    id: p.id,
    name: p.name,
    version: p.version,
    effectiveFrom: p.effectiveFrom,
    region: p.region,
    source: p.source,
  }));
  if (format === 'json') {
    out.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    const style = _style(args.flags.has('no-color') ? false : args.flags.has('color') ? true : undefined, ctx.env, ctx.stdout.isTTY === true);
    for (const r of rows) {
      out.write(`${style.bold(r.option.padEnd(14))} ${r.name} (version ${r.version})\n`);
      out.write(`${' '.repeat(15)}${style.dim(`source: ${r.source}`)}\n`);
    }
    out.write(`\nUse one with --policy <name>, e.g. --policy ${rows[1]?.option ?? 'england'}.\n`);
  }
  await out.end();
  return 0;
}
