/**
 * What every command shares: the start (parse the options, answer `--help`, report a usage error),
 * the common options, the colour switch, the message for a file option that cannot be loaded, the
 * default `--today` and the record id that is safe to print.
 */
import type { Finding } from '../../core/finding';
import type { IsoDate } from '../../core/isoDate';
import type { _CliContext } from '../context';
import { _Output } from '../reporters/output';
import { _parseArgs, type _OptionSpec, type _ParsedArgs } from './args';
import { _helpFor } from './help';

/** Options that several commands accept, spelled once. */
export const _OPTIONS = Object.freeze({
  format: { name: 'format', short: 'f', kind: 'value' },
  policy: { name: 'policy', kind: 'value' },
  today: { name: 'today', kind: 'value' },
  calendar: { name: 'calendar', kind: 'value' },
  maxRecordMb: { name: 'max-record-mb', kind: 'value' },
  color: { name: 'color', kind: 'flag' },
  noColor: { name: 'no-color', kind: 'flag' },
  allowEmpty: { name: 'allow-empty', kind: 'flag' },
  jobs: { name: 'jobs', short: 'j', kind: 'value' },
} satisfies Record<string, _OptionSpec>);

/**
 * `--jobs N`: how many worker threads assess records; without it, the cores Node may use
 * (`os.availableParallelism()`). The caller passes that number in, so this stays a pure check.
 * @param args - The parsed options.
 * @param cores - The default.
 * @returns The number of jobs (1–64), or `null` when the value is not one.
 * @example
 * _jobsOption(args, 2); // 2 without --jobs
 */
export function _jobsOption(args: _Args, cores = 1): number | null {
  const given = args.values.get('jobs');
  if (given === undefined) return Math.max(1, Math.min(64, cores));
  if (!/^\d{1,2}$/.test(given)) return null;
  const n = Number(given);
  return n >= 1 && n <= 64 ? n : null;
}

const HELP_OPTION: _OptionSpec = { name: 'help', short: 'h', kind: 'flag' };

/** Parsed options that passed. */
export type _Args = Extract<_ParsedArgs, { readonly ok: true }>;

/** What a command's body is handed once its options have parsed. */
export interface _CommandRun {
  readonly args: _Args;
  readonly ctx: _CliContext;
  /** stdout. */
  readonly out: _Output;
  /** stderr. */
  readonly err: _Output;
  /** Prints a usage error for this command; resolves to exit code 2. */
  usage(message: string): Promise<number>;
}

/**
 * Runs a command: parses `argv` against `specs` (plus `-h, --help`); a bad option is a usage error
 * (exit 2), `--help` prints the command's help (exit 0); otherwise `body` runs.
 * @param command - The command's name, for help and messages.
 * @param argv - Arguments after the command name.
 * @param ctx - The outside world.
 * @param specs - The options the command accepts, besides help.
 * @param body - The command itself.
 * @returns The exit code.
 */
export async function _runCommand(
  command: string,
  argv: readonly string[],
  ctx: _CliContext,
  specs: readonly _OptionSpec[],
  body: (run: _CommandRun) => Promise<number>,
): Promise<number> {
  const args = _parseArgs(argv, [HELP_OPTION, ...specs]);
  const err = new _Output(ctx.stderr);
  if (!args.ok) return _usageError(err, command, args.message);
  const out = new _Output(ctx.stdout);
  if (args.flags.has('help')) {
    out.write(_helpFor(command));
    await out.end();
    return 0;
  }
  return body({ args, ctx, out, err, usage: (message) => _usageError(err, command, message) });
}

/**
 * `--color` / `--no-color`: `true`, `false`, or `undefined` for neither (`--no-color` wins).
 * @param args - The parsed options.
 * @returns The switch for `_style`.
 */
export function _colorFlag(args: _Args): boolean | undefined {
  return args.flags.has('no-color') ? false : args.flags.has('color') ? true : undefined;
}

/** `  CODE at path: message`, the usual line for a finding of a file given as an option. */
export function _atPathLine(f: Finding): string {
  return `  ${f.code}${f.path !== undefined && f.path.length > 0 ? ` at ${f.path.join('.')}` : ''}: ${f.message}\n`;
}

/**
 * Reports a `--policy` or `--calendar` that cannot be used: the message, then a line per finding.
 * @param err - stderr.
 * @param command - The command, for the message.
 * @param failure - The loader's message and findings.
 * @param line - How each finding is written (default {@link _atPathLine}).
 * @returns Exit code 2.
 */
export async function _loadFailure(
  err: _Output,
  command: string,
  failure: { readonly message: string; readonly findings: readonly Finding[] },
  line: (f: Finding) => string = _atPathLine,
): Promise<number> {
  err.write(`pep-rules ${command}: ${failure.message}\n`);
  for (const f of failure.findings) err.write(line(f));
  await err.end();
  return 2;
}

/**
 * Says on stderr that no record was read, for `validate`, `grade` and `summary` (exit 2 unless
 * `--allow-empty`): an export step that wrote nothing must not pass a CI check.
 * @param err - stderr.
 * @param command - The command, for the message.
 */
export async function _noRecordsMessage(err: _Output, command: string): Promise<void> {
  err.write(`pep-rules ${command}: no records read: every input was empty, blank or an empty array, or could not be read. Use --allow-empty to exit 0 on an empty input.\n`);
  await err.end();
}

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
