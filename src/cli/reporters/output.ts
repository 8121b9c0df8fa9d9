/**
 * Buffered output with back-pressure, terminal colour, and the check that a report is never
 * written over one of the files it reads.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** A writable stream as far as the CLI needs one. */
export interface _Sink {
  write(chunk: string): boolean;
  once(event: 'drain' | 'close' | 'error', listener: (error?: unknown) => void): unknown;
  removeListener(event: 'drain' | 'close' | 'error', listener: (error?: unknown) => void): unknown;
  readonly isTTY?: boolean;
}

/**
 * Output is handed to the stream in pieces of about this many characters (UTF-16 code units), so
 * no large string is built before it is written.
 */
export const _CHUNK_CHARS = 16_000;

/**
 * Collects small writes into pieces of about 16,000 characters and respects back-pressure: when the
 * stream's buffer is full, {@link _Output.settle} waits for `drain`, so output never piles up in
 * memory.
 *
 * When the reader goes away (`EPIPE`, e.g. `pep-rules grade big.ndjson | head -1`) further output
 * is dropped quietly ({@link _Output.gone}), but the run goes on to its end, so that its exit code
 * is the one it would have had: a pipeline with `set -o pipefail` still fails on a failing PEP.
 */
export class _Output {
  private buffer = '';
  private blocked = false;
  /** The reader went away (EPIPE): output is dropped from now on; the run carries on. */
  gone = false;
  /** Set by a caller to stop the run early; output is dropped from now on. */
  closed = false;
  /**
   * Awaited by {@link _Output.settle} besides the stream's `drain`: the `--jobs` pool uses it to
   * hold the reader back while the workers have enough to do.
   */
  pacer: (() => Promise<void>) | null = null;

  /** Waiting for the stream to drain (resolved on `drain`, `close` or `error`). */
  private waiters: (() => void)[] = [];

  constructor(private readonly sink: _Sink) {
    const onError = (error?: unknown): void => {
      if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') this.gone = true;
      else sink.once('error', onError);
      this.unblock();
    };
    sink.once('error', onError);
  }

  /**
   * The stream drained (or closed, or failed): whoever waits goes on. Listened for from the write
   * that filled the buffer, so a `drain` that comes before anyone waits is not missed.
   */
  private readonly unblock = (): void => {
    if (!this.blocked) return;
    this.blocked = false;
    this.sink.removeListener('drain', this.unblock);
    this.sink.removeListener('close', this.unblock);
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  };

  /** Queues text. */
  write(text: string): void {
    if (this.closed || this.gone) return;
    this.buffer += text;
    if (this.buffer.length >= _CHUNK_CHARS) this.flush();
  }

  /** Hands the queued text to the stream. */
  flush(): void {
    if (this.buffer.length === 0) return;
    const text = this.buffer;
    this.buffer = '';
    if (this.closed || this.gone) return;
    let full = false;
    // A long text (a batch from a worker) goes in pieces of about _CHUNK_CHARS too, never cutting
    // a surrogate pair (each piece is encoded to UTF-8 on its own).
    for (let at = 0; at < text.length; ) {
      let end = text.length - at <= _CHUNK_CHARS * 2 ? text.length : at + _CHUNK_CHARS;
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      if (!this.sink.write(at === 0 && end === text.length ? text : text.slice(at, end))) full = true;
      at = end;
    }
    if (full && !this.blocked) {
      this.blocked = true;
      this.sink.once('drain', this.unblock);
      this.sink.once('close', this.unblock);
    }
  }

  /** Waits until the stream can take more, if it said it was full (and for the `--jobs` pool). */
  async settle(): Promise<void> {
    if (this.pacer !== null) await this.pacer();
    if (!this.blocked || this.closed || this.gone) return;
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Flushes and waits. */
  async end(): Promise<void> {
    this.flush();
    await this.settle();
  }
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/**
 * Whether writing `output` would overwrite one of `inputs` (the same file, compared by device and
 * inode, so links and different spellings of a path are caught).
 * @param cwd - Directory relative paths are resolved from.
 * @param output - The path about to be written.
 * @param inputs - The paths the run reads (`-` for stdin is skipped).
 * @returns The input that `output` is, or `null`.
 * @example
 * _overwritesInput('/tmp', 'cohort.ndjson', ['./cohort.ndjson']); // 'cohort.ndjson' when it exists
 */
export function _overwritesInput(cwd: string, output: string, inputs: readonly (string | undefined)[]): string | null {
  const out = identity(resolve(cwd, output));
  if (out === null) return null;
  for (const input of inputs) {
    if (input === undefined || input === '-') continue;
    const id = identity(resolve(cwd, input));
    if (id !== null && id === out) return input;
  }
  return null;
}

function identity(path: string): string | null {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/** ANSI styles, or identity functions when colour is off. */
export interface _Style {
  readonly enabled: boolean;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  gold(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  cyan(s: string): string;
}

const wrap = (open: string, close: string) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string): string => s;

/**
 * Decides whether to colour: `--no-color` / `--color` first, then `NO_COLOR` (any non-empty value
 * turns colour off, https://no-color.org), then `FORCE_COLOR` (non-empty and not `0` turns it on),
 * then whether stdout is a terminal.
 * @param flag - `true` for `--color`, `false` for `--no-color`, `undefined` for neither.
 * @param env - The environment.
 * @param isTTY - Whether stdout is a terminal.
 * @returns The styles to use.
 */
export function _style(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): _Style {
  let on: boolean;
  if (flag !== undefined) on = flag;
  else if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') on = false;
  else if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') on = true;
  else on = isTTY;
  if (!on) return { enabled: false, red: plain, yellow: plain, green: plain, gold: plain, dim: plain, bold: plain, cyan: plain };
  return {
    enabled: true,
    red: wrap('31', '39'),
    yellow: wrap('33', '39'),
    green: wrap('32', '39'),
    gold: wrap('1;33', '22;39'),
    dim: wrap('2', '22'),
    bold: wrap('1', '22'),
    cyan: wrap('36', '39'),
  };
}
