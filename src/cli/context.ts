import type { _Sink } from './reporters/output';

/** Everything the CLI touches in the outside world, passed in so that commands stay testable. */
export interface _CliContext {
  readonly stdout: _Sink;
  readonly stderr: _Sink;
  readonly stdin: AsyncIterable<Uint8Array | string> & { readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory that relative paths are read from. */
  readonly cwd: string;
  /** The clock, read only for the default `--today` and for progress. */
  now(): Date;
  /** The package version. */
  readonly version: string;
  /** The default `--jobs`: the cores Node may use (`os.availableParallelism()`); 1 when not given. */
  readonly cores?: number;
}
