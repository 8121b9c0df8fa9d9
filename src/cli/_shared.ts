import type { IsoDate } from '../core/isoDate';
import type { _Output } from './_output';

/**
 * The machine's local calendar date, for the default `--today`. The CLI is the only place that
 * reads the clock; everything in the library takes "today" as an argument.
 * @param now - The current instant.
 * @returns `'YYYY-MM-DD'` in the machine's time zone.
 */
export function _localToday(now: Date): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Prints a usage error to stderr.
 * @param err - stderr.
 * @param command - The command, for the hint.
 * @param message - What is wrong.
 * @returns Exit code 2.
 */
export async function _usageError(err: _Output, command: string | null, message: string): Promise<number> {
  const hint = command === null ? 'pep-rules --help' : `pep-rules ${command} --help`;
  err.write(`pep-rules${command === null ? '' : ` ${command}`}: ${message}\nRun \`${hint}\` for usage.\n`);
  await err.end();
  return 2;
}
