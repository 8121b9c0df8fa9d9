import { policyJsonSchema } from '../../policy/definePolicy';
import { pepJsonSchema } from '../../pep/parsePep';
import type { _CliContext } from '../context';
import { _runCommand } from './shared';

/**
 * `pep-rules schema pep|policy`: prints a JSON Schema.
 * @param argv - Arguments after the command name.
 * @param ctx - The outside world.
 * @returns The exit code.
 */
export function _schemaCommand(argv: readonly string[], ctx: _CliContext): Promise<number> {
  return _runCommand('schema', argv, ctx, [], async ({ args, out, usage }) => {
    const [which, ...rest] = args.positionals;
    if (rest.length > 0 || (which !== 'pep' && which !== 'policy')) return usage('say which schema: pep or policy');
    out.write(`${JSON.stringify(which === 'pep' ? pepJsonSchema() : policyJsonSchema(), null, 2)}\n`);
    await out.end();
    return 0;
  });
}
