/**
 * Keeps the main thread's heap small during `validate` and `grade`, so the peak memory of a run does
 * not grow with the input.
 *
 * Left alone, V8 lets the main thread's young generation grow to 32 MiB (two 16 MiB semi-spaces),
 * and lets objects that survived two young collections pile up in the old generation until it is
 * three to four times what is live before a full collection: peak RSS went from 105 MiB at 10,000
 * records to 128 MiB at 100,000 with one job. The options that bound these at start-up
 * (`--max-semi-space-size`) have no effect once the process runs, and a bin cannot pass them portably
 * (a shebang takes one argument; the npm shims on Windows take none). Two options V8 reads as it
 * goes do the same from inside the run:
 * - `--semi-space-growth-factor`: the young generation grows (by doubling) only while it is under
 *   {@link YOUNG_BYTES}; at that size the factor is set to 1, so it stays there. It is checked every
 *   {@link CHECK_EVERY} records, and set back to 2 if V8 ever shrinks the young generation below it;
 * - `--heap-growing-percent`: after a full collection, the next one comes when the old generation
 *   has grown by {@link OLD_GROWING_PERCENT}% (V8's own minimum step still applies), not by up to 4×.
 *
 * Both are V8 options, so they apply to the whole process: worker threads (`--jobs`) have their own
 * fixed limits (`resourceLimits`), and {@link _HeapBound.release} sets V8's defaults back at the
 * end of a run. V8 sets the growth factor back to 2 whenever it sets up a new heap (a worker
 * starting), so the factor is set again at each check, not only when it changes, after every record
 * while workers start, and once each worker is running ({@link _HeapBound.workerOnline}). A worker's
 * young generation starts at its limit ({@link _HeapBound.workersStartAt}): with the factor at 1 it
 * could not grow to it.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The young generation (both semi-spaces) stops growing at this size (4 MiB semi-spaces). */
const YOUNG_BYTES = 8 * 2 ** 20;
/** The old generation is collected once it has grown by this much since the last full collection. */
const OLD_GROWING_PERCENT = 30;
/** Records between two looks at the young generation's size. */
const CHECK_EVERY = 64;

/** The young generation's size (bytes) when the last run ended, before V8's defaults were set back. */
let youngAtLastEnd: number | null = null;

/**
 * The main thread's young generation (bytes) at the end of the last `validate` or `grade` run in this
 * process, taken just before V8's defaults are set back (after that the bound no longer holds, and
 * writing the summary may let it grow), or `null` if no run has ended. `PEP_RULES_REPORT_RSS=1` prints it.
 * @returns Bytes, or `null`.
 * @example
 * const young = _youngAtLastRunEnd() ?? 0;
 */
export function _youngAtLastRunEnd(): number | null {
  return youngAtLastEnd;
}

/** The young generation's size now (bytes), or `null` when V8 does not report it. */
function youngBytes(): number | null {
  for (const space of getHeapSpaceStatistics()) if (space.space_name === 'new_space') return space.space_size;
  return null;
}

/**
 * Bounds this thread's young generation and the old generation's growth for one run (see the module
 * comment): call {@link _HeapBound.tick} once per record and {@link _HeapBound.release} at the end.
 * @example
 * const heap = new _HeapBound();
 * for (const record of records) { heap.tick(); check(record); }
 * heap.release();
 */
export class _HeapBound {
  private growing = true;
  private records = 0;
  /** Workers whose heaps are being set up (each sets the growth factor back to 2 when it does). */
  private starting = 0;

  constructor() {
    setFlagsFromString(`--heap-growing-percent=${OLD_GROWING_PERCENT}`);
    this.check();
  }

  /**
   * One more record: every {@link CHECK_EVERY} records, the young generation's size is looked at; after
   * every record while any worker is starting, however long that takes, because a worker setting up
   * its heap lets this thread's young generation double again until the next look (a look costs a
   * few microseconds; a worker on a loaded machine can take more than a thousand records to start).
   */
  tick(): void {
    this.records += 1;
    if (this.starting > 0) this.check(true);
    else if (this.records % CHECK_EVERY === 0) this.check();
  }

  /**
   * Workers are about to start: look after every record until each is online ({@link _HeapBound.workerOnline}).
   * @param count - Workers started.
   */
  workersStarting(count: number): void {
    this.starting += count;
  }

  /** A worker is running: its heap is set up, so set the growth factor again now. */
  workerOnline(): void {
    if (this.starting > 0) this.starting -= 1;
    this.check(true);
  }

  /** A worker failed or stopped before it was running: stop waiting for it. */
  workerLostBeforeOnline(): void {
    if (this.starting > 0) this.starting -= 1;
  }

  /**
   * Lets the young generation grow while it is under {@link YOUNG_BYTES}, and no further.
   * @param force - Sets the factor even if this thread's young generation has not changed (a worker has just set it back to 2).
   */
  check(force = false): void {
    const size = youngBytes();
    if (size === null) return;
    const grow = size < YOUNG_BYTES;
    // Set again while stopped: a worker starting sets the factor back to V8's default.
    if (grow === this.growing && grow && !force) return;
    this.growing = grow;
    setFlagsFromString(`--semi-space-growth-factor=${grow ? 2 : 1}`);
  }

  /**
   * Worker threads started from now on begin with a young generation of `semiSpaceMiB` per
   * semi-space (capped by their `resourceLimits`), since they cannot grow while the factor is 1.
   * @param semiSpaceMiB - A worker's semi-space, MiB.
   */
  workersStartAt(semiSpaceMiB: number): void {
    setFlagsFromString(`--min-semi-space-size=${semiSpaceMiB}`);
  }

  /** Sets V8's defaults back (the heap keeps the size it has), after noting the young generation's size. */
  release(): void {
    youngAtLastEnd = youngBytes();
    setFlagsFromString('--semi-space-growth-factor=2');
    setFlagsFromString('--heap-growing-percent=0');
    setFlagsFromString('--min-semi-space-size=0');
    this.growing = true;
  }
}
