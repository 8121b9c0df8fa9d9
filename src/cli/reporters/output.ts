/**
 * Buffered output with back-pressure, and terminal colour.
 */

/** A writable stream as far as the CLI needs one. */
export interface _Sink {
  write(chunk: string): boolean;
  once(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  removeListener(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  readonly isTTY?: boolean;
}

const FLUSH_AT = 64 * 1024;

/**
 * Collects small writes into 64 KiB blocks and respects back-pressure: when the stream's buffer is
 * full, {@link _Output.settle} waits for `drain`, so output never piles up in memory.
 */
export class _Output {
  private buffer = '';
  private blocked = false;
  /** Set when the reader went away (EPIPE, e.g. `| head`): further output is dropped. */
  closed = false;

  constructor(private readonly sink: _Sink) {}

  /** Queues text. */
  write(text: string): void {
    if (this.closed) return;
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) this.flush();
  }

  /** Hands the queued text to the stream. */
  flush(): void {
    if (this.buffer.length === 0 || this.closed) return;
    const text = this.buffer;
    this.buffer = '';
    if (!this.sink.write(text)) this.blocked = true;
  }

  /** Waits until the stream can take more, if it said it was full. */
  async settle(): Promise<void> {
    if (!this.blocked || this.closed) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.sink.removeListener('drain', done);
        this.sink.removeListener('close', done);
        this.sink.removeListener('error', done);
        resolve();
      };
      this.sink.once('drain', done);
      this.sink.once('close', done);
      this.sink.once('error', done);
    });
    this.blocked = false;
  }

  /** Flushes and waits. */
  async end(): Promise<void> {
    this.flush();
    await this.settle();
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
