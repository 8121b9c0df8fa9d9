/**
 * `--jobs N`: records assessed and rendered by N threads, this one and N − 1 worker threads,
 * written in input order.
 *
 * The first records of a run are done here, in the main thread; only a run with more than
 * {@link INLINE_FIRST} records starts workers (a small file pays no start-up). From then on records
 * are cut into batches of {@link BATCH} (a batch never spans two inputs). A batch goes to the
 * least busy worker unless every worker already has {@link FEED} batches waiting; then the main
 * thread does it itself between reads, so the workers are never idle and the main thread (which
 * also reads and writes) takes what it has time for. Each worker sends back the batch's finished
 * text and counts. Results are written strictly in the order the batches were cut, and an action
 * queued with {@link _JobRunner.later} (a problem with a whole input) waits for the batches before
 * it, so the bytes are the same as with one job. The main thread counting as a job saves a whole
 * worker's memory (a V8 heap with the library loaded); workers get a bounded young generation
 * ({@link WORKER_YOUNG_MB}) for the same reason. A worker that fails or stops fails the run with its
 * message.
 */
import { Worker } from 'node:worker_threads';
import type { _RawRecord } from '../readers/recordReader';
import { _emptyTally } from '../reporters/reporter';
import type { _Output } from '../reporters/output';
import { _renderRecords, type _Rendered, type _RecordSpec } from './records';
import type { _BatchReply, _BatchRequest, _WorkerSetup } from './protocol';

/** Records done in the main thread before workers are started. */
const INLINE_FIRST = 256;
/** Records per batch sent to a worker. */
const BATCH = 48;
/** Batches waiting per worker (one in work, one queued) before the main thread does one itself. */
const FEED = 2;
/** A worker's young generation, MiB (V8's default lets each worker's heap grow much larger). */
const WORKER_YOUNG_MB = 16;

/** Writes one input's rendered records (summary counts, reporter, progress), in order. */
export type _Apply = (file: string, rendered: _Rendered) => void;

interface Slot {
  readonly file: string;
  done: _Rendered | null;
  readonly action: (() => void) | null;
}

/** Feeds records to the main thread or the workers and writes their results in order. */
export interface _JobRunner {
  /** One record of `file`, in input order (called synchronously by the reader). */
  take(file: string, raw: _RawRecord): void;
  /** The input `file` has ended: its last, partial batch is sent. */
  endInput(file: string): void;
  /** Runs `action` once everything taken before it has been written. */
  later(action: () => void): void;
  /** Waits until everything taken has been written. */
  finish(): Promise<void>;
  /** Stops the workers (always call it, also after a failure). */
  close(): Promise<void>;
}

/**
 * A runner for `jobs` jobs.
 * @param jobs - Threads: 1 for the main thread only, N for the main thread and N − 1 workers.
 * @param spec - How records are assessed and rendered in the main thread.
 * @param setup - What a worker needs to build the same spec (options, policy and calendar to load).
 * @param apply - Writes results, in order.
 * @param out - The output whose pacer holds the reader back.
 * @param workerUrl - The worker's script (dist/cli-worker.js beside dist/cli.js; tests give another).
 * @returns The runner.
 * @example
 * const runner = _createJobRunner(2, spec, setup, apply, out);
 */
export function _createJobRunner(jobs: number, spec: _RecordSpec, setup: _WorkerSetup, apply: _Apply, out: _Output, workerUrl: URL = new URL('./cli-worker.js', import.meta.url)): _JobRunner {
  const pool = jobs > 1 ? new Pool(jobs - 1, spec, setup, apply, workerUrl) : null;
  let inline = 0;
  const runner: _JobRunner = {
    take(file, raw) {
      if (pool !== null && inline >= INLINE_FIRST) {
        pool.take(file, raw);
        return;
      }
      inline++;
      apply(file, _renderRecords(spec, file, [raw], _emptyTally()));
    },
    endInput(file) {
      pool?.send(file);
    },
    later(action) {
      if (pool !== null) pool.later(action);
      else action();
    },
    async finish() {
      await pool?.finish();
    },
    async close() {
      out.pacer = null;
      await pool?.close();
    },
  };
  if (pool !== null) out.pacer = () => pool.pace();
  return runner;
}

/** The worker threads, the batches sent and the order they are written in. */
class Pool {
  private readonly workers: Worker[] = [];
  private readonly queue: Slot[] = [];
  private readonly pending = new Map<number, { readonly slot: Slot; readonly worker: number }>();
  /** Batches waiting per worker. */
  private readonly loads: number[] = [];
  private batch: _RawRecord[] = [];
  private batchFile = '';
  private seq = 0;
  private failure: Error | null = null;
  private closing = false;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly threads: number,
    private readonly spec: _RecordSpec,
    private readonly setup: _WorkerSetup,
    private readonly apply: _Apply,
    private readonly workerUrl: URL,
  ) {}

  take(file: string, raw: _RawRecord): void {
    if (file !== this.batchFile) this.send(this.batchFile);
    this.batchFile = file;
    this.batch.push(raw);
    if (this.batch.length >= BATCH) this.send(file);
  }

  /** Sends the batch being filled (if any) to the least busy worker, or does it here when all are fed. */
  send(file: string): void {
    if (this.batch.length === 0) return;
    if (this.workers.length === 0) this.start();
    const raws = this.batch;
    this.batch = [];
    const worker = this.loads.indexOf(Math.min(...this.loads));
    if ((this.loads[worker] as number) >= FEED) {
      this.queue.push({ file, done: _renderRecords(this.spec, file, raws, _emptyTally()), action: null });
      this.drain();
      return;
    }
    const id = this.seq++;
    const slot: Slot = { file, done: null, action: null };
    this.queue.push(slot);
    this.pending.set(id, { slot, worker });
    this.loads[worker] = (this.loads[worker] as number) + 1;
    const request: _BatchRequest = { id, file, raws };
    (this.workers[worker] as Worker).postMessage(request);
  }

  later(action: () => void): void {
    this.send(this.batchFile);
    if (this.queue.length === 0) action();
    else this.queue.push({ file: '', done: null, action });
  }

  /** Holds the reader back while the workers have more than enough to do. */
  async pace(): Promise<void> {
    while (this.pending.size > this.threads * FEED) await this.next();
  }

  async finish(): Promise<void> {
    this.send(this.batchFile);
    while (this.queue.length > 0) await this.next();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Waits for the next reply (or a failure, which is thrown). */
  private async next(): Promise<void> {
    if (this.failure !== null) throw this.failure;
    await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.failure !== null) throw this.failure;
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private start(): void {
    for (let i = 0; i < this.threads; i++) {
      const worker = new Worker(this.workerUrl, { workerData: this.setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
      this.loads.push(0);
      worker.on('message', (reply: _BatchReply) => this.reply(reply));
      worker.on('error', (error) => this.fail(new Error(`a worker thread failed: ${error.message}`)));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.workers.push(worker);
    }
  }

  private reply(reply: _BatchReply): void {
    const waiting = this.pending.get(reply.id);
    if (waiting === undefined) return;
    if (!reply.ok) {
      this.fail(new Error(`a worker thread failed: ${reply.message}`));
      return;
    }
    this.pending.delete(reply.id);
    this.loads[waiting.worker] = (this.loads[waiting.worker] as number) - 1;
    waiting.slot.done = { text: reply.text, tally: reply.tally };
    this.drain();
    this.notify();
  }

  /** Writes every finished slot at the head of the queue. */
  private drain(): void {
    for (;;) {
      const head = this.queue[0];
      if (head === undefined) return;
      if (head.action !== null) head.action();
      else if (head.done !== null) this.apply(head.file, head.done);
      else return;
      this.queue.shift();
    }
  }

  private fail(error: Error): void {
    if (this.failure === null) this.failure = error;
    this.notify();
  }
}
