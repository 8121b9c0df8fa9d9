import { _checkCommand } from './commands/check';
import type { _CliContext } from './context';
import { _deadlinesCommand } from './commands/deadlines';
import { _COMMANDS, _helpFor } from './commands/help';
import { _Output } from './reporters/output';
import { _policiesCommand } from './commands/policies';
import { reportCommand } from './commands/report';
import { _schemaCommand } from './commands/schema';
import { _sdqCommand } from './commands/sdq';
import { _summaryCommand } from './commands/summary';
import { _usageError } from './commands/shared';
import { _webCommand } from './commands/web';

/**
 * Runs the `pep-rules` command line.
 * @param argv - Arguments after `pep-rules`.
 * @param ctx - The outside world.
 * @returns The exit code: 0 clean, 1 findings at or above `--fail-on`, 2 usage or I/O error.
 */
export async function _runCli(argv: readonly string[], ctx: _CliContext): Promise<number> {
  const [command, ...rest] = argv;
  const out = new _Output(ctx.stdout);
  const err = new _Output(ctx.stderr);
  if (command === '--version' || command === '-V') {
    out.write(`${ctx.version}\n`);
    await out.end();
    return 0;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    if (topic !== undefined && !_COMMANDS.includes(topic)) return _usageError(err, null, `unknown command ${JSON.stringify(topic)}`);
    out.write(_helpFor(topic ?? null));
    await out.end();
    return 0;
  }
  if (command === undefined) {
    err.write(_helpFor(null));
    await err.end();
    return 2;
  }
  switch (command) {
    case 'validate':
    case 'grade':
      return _checkCommand(command, rest, ctx);
    case 'sdq':
      return _sdqCommand(rest, ctx);
    case 'deadlines':
      return _deadlinesCommand(rest, ctx);
    case 'schema':
      return _schemaCommand(rest, ctx);
    case 'policies':
      return _policiesCommand(rest, ctx);
    case 'report':
      return reportCommand(rest, ctx);
    case 'summary':
      return _summaryCommand(rest, ctx);
    case 'web':
      return _webCommand(rest, ctx);
    default:
      return _usageError(err, null, `unknown command ${JSON.stringify(command.slice(0, 40))} (commands: ${_COMMANDS.join(', ')})`);
  }
}
