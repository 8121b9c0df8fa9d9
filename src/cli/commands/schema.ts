import { policyJsonSchema } from '../../policy/definePolicy';
import { pepJsonSchema } from '../../pep/parsePep';
import { _parseArgs } from './args';
import type { _CliContext } from '../context';
import { _helpFor } from './help';
import { _Output } from '../reporters/output';
import { _usageError } from './shared';

/**
 * `pep-rules schema pep|policy`: prints a JSON Schema.
 * @param argv - Arguments after the command name.
 * @param ctx - The outside world.
 * @returns The exit code.
 */
export async function _schemaCommand(argv: readonly string[], ctx: _CliContext): Promise<number> {
  const args = _parseArgs(argv, [{ name: 'help', short: 'h', kind: 'flag' }]);
  const err = new _Output(ctx.stderr);
  if (!args.ok) return _usageError(err, 'schema', args.message);
  const out = new _Output(ctx.stdout);
  if (args.flags.has('help')) {
    out.write(_helpFor('schema'));
    await out.end();
    return 0;
  }
  const [which, ...rest] = args.positionals;
  if (rest.length > 0 || (which !== 'pep' && which !== 'policy')) return _usageError(err, 'schema', 'say which schema: pep or policy');
  out.write(`${JSON.stringify(which === 'pep' ? pepJsonSchema() : policyJsonSchema(), null, 2)}\n`);
  await out.end();
  return 0;
}
