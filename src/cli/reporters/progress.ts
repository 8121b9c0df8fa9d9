/** The progress line on a terminal's stderr for long `validate` and `grade` runs. */
import type { _CliContext } from '../context';

/** Progress starts after this long, then updates at most this often (ms). */
const PROGRESS_AFTER_MS = 1000;
const PROGRESS_EVERY_MS = 250;

/** A progress meter: `tick` after each record, `clear` at the end. */
export interface _Progress {
  tick(records: number): void;
  clear(): void;
}

/**
 * A progress line on stderr (a terminal) for runs longer than a second.
 * @param ctx - The outside world (stderr and the clock).
 * @param command - The command, for the line.
 * @returns The meter.
 */
export function _progressMeter(ctx: _CliContext, command: string): _Progress {
  const started = ctx.now().getTime();
  let last = started;
  let shown = false;
  let checked = 0;
  return {
    tick(records) {
      // The clock is read every 256 records (records arrive one at a time, or a batch at a time with --jobs).
      if (records - checked < 256) return;
      checked = records;
      const now = ctx.now().getTime();
      if (now - started < PROGRESS_AFTER_MS || now - last < PROGRESS_EVERY_MS) return;
      last = now;
      shown = true;
      const rate = Math.round((records * 1000) / Math.max(1, now - started));
      ctx.stderr.write(`\r\u001b[2Kpep-rules ${command}: ${records.toLocaleString('en-GB')} records (${rate.toLocaleString('en-GB')}/s)…`);
    },
    clear() {
      if (shown) ctx.stderr.write('\r\u001b[2K');
    },
  };
}
