/**
 * A small, strict command-line option parser for the `pep-rules` command.
 *
 * Written by hand rather than with `node:util` `parseArgs` so that the CLI controls every message
 * and so that a negative number (`-1`, an out-of-range SDQ tick) or a lone `-` (stdin) is a
 * positional argument, not an unknown short option.
 */

/** One option a command accepts. */
export interface _OptionSpec {
  /** Long name without dashes, e.g. `'fail-on'`. */
  readonly name: string;
  /** One-letter alias without the dash, e.g. `'h'`. */
  readonly short?: string;
  /** `'flag'` takes no value; `'value'` takes one (`--x v` or `--x=v`); `'list'` may be repeated. */
  readonly kind: 'flag' | 'value' | 'list';
}

/** What {@link _parseArgs} returns. */
export type _ParsedArgs =
  | {
      readonly ok: true;
      readonly flags: ReadonlySet<string>;
      readonly values: ReadonlyMap<string, string>;
      readonly lists: ReadonlyMap<string, readonly string[]>;
      readonly positionals: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

/**
 * Parses `argv` against the option specs. `--` ends the options; `-` and negative numbers are positionals.
 * A value option given twice keeps the last value.
 * @param argv - The arguments after the command name.
 * @param specs - The options the command accepts.
 * @returns The flags, values, repeated values and positionals, or a usage message.
 */
export function _parseArgs(argv: readonly string[], specs: readonly _OptionSpec[]): _ParsedArgs {
  const byLong = new Map(specs.map((s) => [s.name, s] as const));
  const byShort = new Map(specs.filter((s) => s.short !== undefined).map((s) => [s.short as string, s] as const));
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const positionals: string[] = [];

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-') || /^-\d/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    let spec: _OptionSpec | undefined;
    let inline: string | undefined;
    let shown: string;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (eq !== -1) inline = arg.slice(eq + 1);
      spec = byLong.get(name);
      shown = `--${name}`;
    } else {
      spec = arg.length === 2 ? byShort.get(arg.slice(1)) : undefined;
      shown = arg;
    }
    if (spec === undefined) return { ok: false, message: `unknown option ${shown}` };
    if (spec.kind === 'flag') {
      if (inline !== undefined) return { ok: false, message: `option ${shown} takes no value` };
      flags.add(spec.name);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        return { ok: false, message: `option ${shown} needs a value` };
      }
      value = next;
      i++;
    }
    if (spec.kind === 'value') values.set(spec.name, value);
    else lists.set(spec.name, [...(lists.get(spec.name) ?? []), value]);
  }
  return { ok: true, flags, values, lists, positionals };
}
