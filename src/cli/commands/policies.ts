import { policies } from '../../policy/presets/index';
import { _PRESET_ARGS } from '../_loadPolicy';
import type { _CliContext } from '../context';
import { _style } from '../reporters/output';
import { _colorFlag, _OPTIONS, _runCommand } from './shared';

/**
 * `pep-rules policies`: lists the presets with id, name, version and source.
 * @param argv - Arguments after the command name.
 * @param ctx - The outside world.
 * @returns The exit code.
 */
export function _policiesCommand(argv: readonly string[], ctx: _CliContext): Promise<number> {
  return _runCommand('policies', argv, ctx, [_OPTIONS.format, _OPTIONS.color, _OPTIONS.noColor], async ({ args, out, usage }) => {
    if (args.positionals.length > 0) return usage('takes no arguments');
    const format = args.values.get('format') ?? 'text';
    if (format !== 'text' && format !== 'json') return usage('--format must be text or json');
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
      const style = _style(_colorFlag(args), ctx.env, ctx.stdout.isTTY === true);
      for (const r of rows) {
        out.write(`${style.bold(r.option.padEnd(14))} ${r.name} (version ${r.version})\n`);
        out.write(`${' '.repeat(15)}${style.dim(`source: ${r.source}`)}\n`);
      }
      out.write(`\nUse one with --policy <name>, e.g. --policy ${rows[1]?.option ?? 'england'}.\n`);
    }
    await out.end();
    return 0;
  });
}
