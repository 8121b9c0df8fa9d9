import type { IsoDate } from '../../core/isoDate';
import type { _Output } from '../reporters/output';

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

/** Identifiers that look like identifiers are printed; anything else (it could be free text) is not. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,127}$/;

/**
 * The PEP id to identify a record by, or `null`. Only an `id` that looks like an identifier is used;
 * the CLI never prints names or other fields of the record.
 * @param value - The parsed record.
 * @returns The id or `null`.
 */
export function _recordId(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const id = (value as { id?: unknown }).id;
  if (typeof id === 'number' && Number.isSafeInteger(id)) return String(id);
  return typeof id === 'string' && SAFE_ID.test(id) ? id : null;
}
