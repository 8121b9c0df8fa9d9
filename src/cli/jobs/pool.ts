/**
 * `--jobs N`: records assessed and rendered by N threads, this one and N − 1 worker threads,
 * written in input order.
 *
 * The first records of a run are done here, in the main thread. With `--jobs N` given, workers
 * start after {@link INLINE_FIRST} records (a small file pays no start-up). With the default
 * (`auto`), they start only once the input turns out large enough to repay a worker's start-up
 * (about 1.7 s of CPU, most of it V8 compiling the library again for the worker's own heap):
 * when the records still to come (estimated from the input's size and the bytes per record so
 * far; a stream of unknown size is taken to go on for as long again as it has) reach
 * {@link AUTO_MIN_RECORDS}; and then all of them (the cores Node may use, less this thread),
 * whatever the machine's load: the load average counts this command's own previous run and the
 * process feeding it, so a rule on it kept an idle 2-core machine on one thread. Until then the
 * run is exactly a one-job run. From then on a record
 * goes into the batch being filled for a worker, or starts a batch for the least busy worker; when
 * every worker already has {@link FEED} batches (one in work, one waiting or being filled), the main
 * thread does the record itself at once, between reads, so the workers are never idle and the main
 * thread (which also reads and writes) takes what it has time for. Before it does a record itself,
 * it takes the replies already waiting (a worker may have finished while the main thread was busy
 * with a chunk of input: see {@link Pool.poll}). A batch is {@link BATCH} records
 * of one input, sent as text: an NDJSON line not parsed yet (the reader hands lines on unparsed once
 * workers run, see lazyLines.ts: the worker parses it, once), else the text the record was read from
 * (the worker parses it again: copying a parsed PEP to another thread costs about four times parsing
 * it), so no parsed record waits here. A worker that meets a line that is not JSON on its own answers
 * `redo`, and the batch is read here, as one job reads it.
 * Each worker sends back the batch's finished text and counts. Results are written strictly in input
 * order, and an action queued with {@link _JobRunner.later} (a problem with a whole input) waits for
 * the records before it, so the bytes are the same as with one job. The main thread counting as a
 * job saves a whole worker's memory (a V8 heap with the library loaded); workers get a bounded young
 * ({@link WORKER_YOUNG_MB}) and old ({@link WORKER_OLD_MB}) generation for the same reason, and a
 * record over {@link LARGE_CHARS} is done in the main thread. A worker that fails, stops or runs out
 * of memory is not used again: the batches it had not answered (kept here until answered) are done
 * in the main thread, in their place, so the output is the same bytes, and the run says so once
 * through `notice`. Only a record that fails in the main thread too fails the run.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { _lazyRecords, _lazySettled, type _LazyRecord, type _LazySwitch } from '../readers/lazyLines';
import { _recordText } from '../readers/recordBytes';
import type { _RawRecord } from '../readers/recordReader';
import { _emptyTally } from '../reporters/reporter';
import type { _Output } from '../reporters/output';
import { _HeapBound } from './heap';
import { _renderRecords, type _Rendered, type _RecordSpec } from './records';
import { _fromWire, type _BatchReply, type _BatchRequest, type _WireRecord, type _WorkerSetup } from './protocol';

/** Records done in the main thread before workers are started (`--jobs N` given). */
const INLINE_FIRST = 256;
/**
 * The default (`auto`): workers start once at least this many records are still to come. A
 * worker's start-up costs about 1.7 s of CPU (the time of some 6,000 records), which 2 jobs win
 * back on two free cores after about 8,000 records; at 25,000 records still to come it is under a
 * quarter of what the worker saves, and a small file never starts one.
 */
const AUTO_MIN_RECORDS = 25_000;
/** The default (`auto`): records between two estimates of what is still to come. */
const AUTO_CHECK_EVERY = 256;
/**
 * Records per batch sent to a worker: few enough that a batch's text (about 3 KB a record in the
 * JSON formats) stays well under V8's large-object size (128 KiB); larger strings go to a space
 * that only a full collection empties, and piled up in the main thread.
 */
const BATCH = 16;
/** A batch is also sent once its records' texts reach this many characters (so a worker holds little text at once). */
const BATCH_CHARS = 1 << 20;
/**
 * Batches per worker (one in work, one waiting or being filled) before the main thread does records
 * itself. 2 instead of 3 (a worker's 32 records of text in flight instead of 48, each held in both
 * threads' heaps until answered) lowered the peak RSS of `--jobs 2` at 100,000 records by about
 * 3 MiB more (146 -> 143 MiB) at the same CPU (scripts/bench-cli.ts grade, single runs): the main thread takes the
 * replies waiting between its own records, so the worker is given its next batch well before it
 * finishes the one in work (16 records).
 */
const FEED = 2;
/**
 * A worker's young generation, MiB (V8's default lets each worker's heap grow much larger): two
 * 1 MiB semi-spaces. A worker holds one record's objects at a time, so a small young generation
 * promotes little more than a large one: 3 instead of 8 lowered the peak RSS of `--jobs 2` by about
 * 7 MiB at 100,000 records (153 -> 146 MiB, four runs) at the same CPU per record (scripts/bench-cli.ts grade, single runs).
 * V8 also sizes the old generation's next collection from the semi-space, so it lowers that too.
 */
const WORKER_YOUNG_MB = 3;
/** The semi-space V8 makes of {@link WORKER_YOUNG_MB} (a third of it, rounded up to a power of two); a worker starts with it. */
const WORKER_SEMI_MB = 1;
/**
 * A worker's old generation, MiB: V8 collects it well before it is full, so it stays small (a
 * worker's live data is about 11 MiB). Records over {@link LARGE_CHARS} are done in the main thread
 * (which has no such limit), so a worker does not run out; if one does, the run fails and says so.
 */
const WORKER_OLD_MB = 48;
/** Records longer than this (characters of JSON) are done in the main thread, never in a worker. */
const LARGE_CHARS = 1 << 20;

/** Writes one input's rendered records (summary counts, reporter, progress), in order. */
export type _Apply = (file: string, rendered: _Rendered) => void;

interface Slot {
  readonly file: string;
  done: _Rendered | null;
  readonly action: (() => void) | null;
}

/** How many threads, and when workers start. */
export interface _JobOptions {
  /** The default `--jobs` (not given): workers start only once the input is large enough (see {@link AUTO_MIN_RECORDS}). */
  readonly auto?: boolean;
  /** Told once per worker that fails, stops or runs out of memory (its records are done in the main thread). */
  readonly notice?: (message: string) => void;
  /**
   * Told once, at the end, how the records were shared (`PEP_RULES_REPORT_JOBS=1`, see
   * {@link _jobsReport}): records per thread, batches, and when each worker first answered.
   */
  readonly report?: (line: string) => void;
}

/** How a run's records were shared between the threads (see {@link _jobsReport}). */
export interface _JobStats {
  /** Records taken before the workers started (all of them when none started). */
  startedAfter: number;
  /** Records checked in the main thread, before and after the workers started. */
  main: number;
  /** Records checked by each worker. */
  readonly workers: number[];
  /** Batches sent to the workers. */
  batches: number;
  /** Milliseconds from starting the workers to each one's first answer (-1: none). */
  readonly firstReplyMs: number[];
}

/**
 * The line `PEP_RULES_REPORT_JOBS=1` prints on stderr at the end of `validate` and `grade`.
 * @param jobs - `--jobs` as used, and whether it was the default.
 * @param s - The counts.
 * @returns One line, without its newline.
 * @example
 * _jobsReport({ jobs: 2, auto: false }, { startedAfter: 256, main: 500, workers: [500], batches: 31, firstReplyMs: [640] });
 * // 'pep-rules: jobs 2 (given): workers 1 started after 256 records; records main 500, workers 500; batches 31; first reply ms 640'
 */
export function _jobsReport(jobs: { readonly jobs: number; readonly auto: boolean }, s: _JobStats): string {
  const workers = s.workers.length === 0 ? '-' : s.workers.join(' ');
  const first = s.firstReplyMs.length === 0 ? '-' : s.firstReplyMs.map((ms) => Math.round(ms)).join(' ');
  return `pep-rules: jobs ${jobs.jobs} (${jobs.auto ? 'default' : 'given'}): workers ${s.workers.length} started after ${s.startedAfter} records; records main ${s.main}, workers ${workers}; batches ${s.batches}; first reply ms ${first}`;
}

/** Feeds records to the main thread or the workers and writes their results in order. */
export interface _JobRunner {
  /** One record of `file`, or an NDJSON line not parsed yet, in input order (called synchronously by the reader). */
  take(file: string, raw: _RawRecord | _LazyRecord): void;
  /** On once workers have started: the reader may then hand NDJSON lines on unparsed (see lazyLines.ts). */
  readonly lazy: _LazySwitch;
  /**
   * An input starts: its size in bytes (`null` when unknown, a pipe) and the bytes of the inputs
   * after it, from which the default (`auto`) estimates the records still to come.
   */
  beginInput(file: string, bytes: number | null, laterBytes: number): void;
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
 * @param options - `auto` (the default `--jobs`: workers only for a large input) and where notices go.
 * @returns The runner.
 * @example
 * const runner = _createJobRunner(2, spec, setup, apply, out);
 */
export function _createJobRunner(jobs: number, spec: _RecordSpec, setup: _WorkerSetup, apply: _Apply, out: _Output, workerUrl: URL = new URL('./cli-worker.js', import.meta.url), options: _JobOptions = {}): _JobRunner {
  const heap = new _HeapBound();
  const stats: _JobStats = { startedAfter: 0, main: 0, workers: [], batches: 0, firstReplyMs: [] };
  const pool = jobs > 1 ? new Pool(spec, setup, apply, workerUrl, heap, options.notice ?? (() => undefined), stats) : null;
  const start = new StartRule(options.auto === true, jobs - 1);
  let started = false;
  const lazy = { on: false };
  const runner: _JobRunner = {
    lazy,
    take(file, raw) {
      heap.tick();
      if (pool !== null && !started) {
        const workers = start.workers(raw);
        if (workers > 0) pool.start(workers);
        started = workers > 0;
        lazy.on = started;
      }
      if (started) {
        (pool as Pool).take(file, raw);
        return;
      }
      const rendered = _renderRecords(spec, file, recordsOf(raw), _emptyTally());
      stats.startedAfter += rendered.tally.records;
      stats.main += rendered.tally.records;
      apply(file, rendered);
    },
    beginInput(_file, bytes, laterBytes) {
      start.input(bytes, laterBytes);
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
      options.report?.(_jobsReport({ jobs, auto: options.auto === true }, stats));
    },
    async close() {
      out.pacer = null;
      heap.release();
      await pool?.close();
    },
  };
  if (pool !== null) out.pacer = () => pool.pace();
  return runner;
}

/**
 * When workers start: after {@link INLINE_FIRST} records; or (`auto`) once enough records are
 * still to come (never, for a small input: the run stays on this thread to its end). Either way
 * all of them start.
 */
class StartRule {
  private taken = 0;
  /** Records of the current input so far, its size (null: unknown), and the bytes of the inputs after it. */
  private inputRecords = 0;
  private inputBytes: number | null = null;
  private laterBytes = 0;

  /**
   * @param auto - The default `--jobs`: workers only for a large input; `false`: `--jobs` given, every worker after {@link INLINE_FIRST} records.
   * @param most - The workers `--jobs` allows.
   */
  constructor(
    private readonly auto: boolean,
    private readonly most: number,
  ) {}

  input(bytes: number | null, laterBytes: number): void {
    this.inputRecords = 0;
    this.inputBytes = bytes;
    this.laterBytes = laterBytes;
  }

  /** The workers to start with this record: 0 for none yet (called for each record until some start). */
  workers(raw: _RawRecord | _LazyRecord): number {
    this.taken++;
    this.inputRecords++;
    if (!this.auto) return this.taken > INLINE_FIRST ? this.most : 0;
    if (this.taken % AUTO_CHECK_EVERY !== 0 || raw.offset <= 0) return 0;
    const perRecord = raw.offset / (this.inputRecords - 1);
    const inThis = this.inputBytes === null ? this.inputRecords : (this.inputBytes - raw.offset) / perRecord;
    return inThis + this.laterBytes / perRecord < AUTO_MIN_RECORDS ? 0 : this.most;
  }
}

/** The first line of a message (a worker's stack trace is not repeated). */
function firstLine(message: string): string {
  const end = message.indexOf('\n');
  return end < 0 ? message : message.slice(0, end);
}

/** A record as sent to a worker: a line not parsed yet as it is; else its text when it has one (the worker parses it again), else itself. */
function toWire(raw: _RawRecord | _LazyRecord): _WireRecord {
  if (raw.ok === 'lazy') return raw;
  const text = _recordText(raw);
  return text === undefined ? raw : { ok: true, line: raw.line, offset: raw.offset, text };
}

/** The records a record or line stands for, read here (a line not parsed yet is parsed, or walked when damaged). */
function recordsOf(raw: _RawRecord | _LazyRecord): readonly _RawRecord[] {
  return raw.ok === 'lazy' ? _lazyRecords(raw) : [raw];
}

/** The records of a batch as sent, read here (a worker was lost, or a line sent unparsed is damaged). */
function wireRecords(raws: readonly _WireRecord[]): _RawRecord[] {
  return raws.flatMap((w) => (w.ok === 'lazy' ? _lazyRecords(w) : [_fromWire(w)]));
}

/** The worker threads, the batches sent and the order they are written in. */
class Pool {
  private readonly workers: Worker[] = [];
  /** The ports the workers reply on (see {@link Pool.poll}). */
  private readonly ports: MessagePort[] = [];
  private readonly queue: Slot[] = [];
  /** Batches sent and not answered, with their records (done here if the worker is lost). */
  private readonly pending = new Map<number, { readonly slot: Slot; readonly worker: number; readonly raws: readonly _WireRecord[] }>();
  /** Workers that failed, stopped or ran out of memory: not used again. */
  private readonly lost: boolean[] = [];
  /** Batches per worker: sent and not answered, and the one being filled for it. */
  private readonly loads: number[] = [];
  /** The batch being filled, as it is sent (texts), and the characters of its texts. */
  private batch: _WireRecord[] = [];
  private batchChars = 0;
  /** The worker the batch being filled is for. */
  private batchWorker = -1;
  private batchFile = '';
  private seq = 0;
  private failure: Error | null = null;
  private closing = false;
  private waiters: (() => void)[] = [];
  /** When the workers were started (`performance.now()`). */
  private startedAt = 0;

  constructor(
    private readonly spec: _RecordSpec,
    private readonly setup: _WorkerSetup,
    private readonly apply: _Apply,
    private readonly workerUrl: URL,
    private readonly heap: _HeapBound,
    private readonly notice: (message: string) => void,
    private readonly stats: _JobStats,
  ) {}

  /** Records checked here, in the main thread (counted for {@link _jobsReport}). */
  private here(file: string, raws: readonly _RawRecord[]): _Rendered {
    const rendered = _renderRecords(this.spec, file, raws, _emptyTally());
    this.stats.main += rendered.tally.records;
    return rendered;
  }

  /**
   * One record: into the batch being filled, or a new batch for the least busy worker, or, when
   * every worker is fed, done here at once. A record for a worker is kept as its text only, so no
   * parsed record waits in this thread's heap (where it would be promoted and pile up until a full
   * collection).
   */
  take(file: string, raw: _RawRecord | _LazyRecord): void {
    if (file !== this.batchFile) this.send(this.batchFile);
    this.batchFile = file;
    const wire = toWire(raw);
    if ('text' in wire && wire.text.length > LARGE_CHARS) {
      // Done here, after the records before it: a worker's heap is kept small.
      this.send(file);
      this.queue.push({ file, done: this.here(file, recordsOf(raw)), action: null });
      this.drain();
      return;
    }
    if (this.batchWorker < 0) {
      let worker = this.leastBusy();
      if ((this.loads[worker] as number) >= FEED) {
        // A worker may have finished batches whose replies wait in its port: take them first.
        this.poll();
        worker = this.leastBusy();
      }
      if ((this.loads[worker] as number) >= FEED) {
        this.queue.push({ file, done: this.here(file, recordsOf(raw)), action: null });
        this.drain();
        return;
      }
      this.batchWorker = worker;
      this.loads[worker] = (this.loads[worker] as number) + 1;
    }
    this.batch.push(wire);
    if ('text' in wire) this.batchChars += wire.text.length;
    if (this.batch.length >= BATCH || this.batchChars >= BATCH_CHARS) this.send(file);
  }

  /** The worker with the fewest batches (a lost worker has an infinite load). */
  private leastBusy(): number {
    return this.loads.indexOf(Math.min(...this.loads));
  }

  /**
   * Takes the replies already waiting in the workers' ports, without waiting for the event loop:
   * the main thread reads a whole chunk of input between two turns of it, and would otherwise do
   * records itself while a worker that has finished its batches sits idle.
   */
  private poll(): void {
    for (const port of this.ports) {
      for (let m = receiveMessageOnPort(port); m !== undefined && this.failure === null; m = receiveMessageOnPort(port)) this.reply(m.message as _BatchReply);
    }
  }

  /** Sends the batch being filled (if any) to its worker. */
  send(file: string): void {
    const worker = this.batchWorker;
    if (worker < 0) return;
    const request: _BatchRequest = { id: this.seq++, file, raws: this.batch };
    this.batch = [];
    this.batchChars = 0;
    this.batchWorker = -1;
    const slot: Slot = { file, done: null, action: null };
    this.queue.push(slot);
    this.pending.set(request.id, { slot, worker, raws: request.raws });
    this.stats.batches++;
    (this.workers[worker] as Worker).postMessage(request);
  }

  later(action: () => void): void {
    this.send(this.batchFile);
    if (this.queue.length === 0) action();
    else this.queue.push({ file: '', done: null, action });
  }

  /** Holds the reader back while the workers have more than enough to do. */
  async pace(): Promise<void> {
    while (this.pending.size > this.workers.length * FEED) await this.next();
  }

  async finish(): Promise<void> {
    this.send(this.batchFile);
    while (this.queue.length > 0) await this.next();
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const port of this.ports) port.close();
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

  /** Starts `count` workers (once, before the first record is taken). */
  start(count: number): void {
    this.startedAt = performance.now();
    this.heap.workersStartAt(WORKER_SEMI_MB);
    this.heap.workersStarting(count);
    for (let i = 0; i < count; i++) {
      const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB };
      const channel = new MessageChannel();
      const workerData: _WorkerSetup = { ...this.setup, replies: channel.port2 };
      const worker = new Worker(this.workerUrl, { workerData, transferList: [channel.port2], resourceLimits });
      channel.port1.on('message', (reply: _BatchReply) => this.reply(reply));
      this.ports.push(channel.port1);
      this.loads.push(0);
      this.lost.push(false);
      this.stats.workers.push(0);
      this.stats.firstReplyMs.push(-1);
      // Setting up its heap set V8's young-generation growth factor back to 2 for every thread.
      let online = false;
      worker.once('online', () => {
        online = true;
        this.heap.workerOnline();
      });
      // A worker that never came online is no longer waited for (the main thread stops looking after every record).
      worker.once('exit', () => {
        if (!online) this.heap.workerLostBeforeOnline();
      });
      worker.on('message', (reply: _BatchReply) => this.reply(reply));
      worker.on('error', (error: NodeJS.ErrnoException) => {
        const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
        this.lose(i, outOfMemory ? `a worker thread ran out of memory (${WORKER_OLD_MB} MiB)` : `a worker thread failed: ${firstLine(error.message)}`);
      });
      worker.on('exit', (code) => this.lose(i, `a worker thread stopped (exit code ${code})`));
      this.workers.push(worker);
    }
  }

  /**
   * A worker failed, stopped or ran out of memory: it is not used again, and the batches it had
   * not answered (and the one being filled for it) are done here, in their place, so nothing is
   * lost and the bytes are the same. Said once through `notice`. A record that fails here too fails
   * the run.
   */
  private lose(worker: number, why: string): void {
    if (this.closing || this.lost[worker] === true) return;
    this.lost[worker] = true;
    this.loads[worker] = Infinity;
    this.notice(`${why}; its records were checked on the main thread instead, with the same output`);
    void (this.workers[worker] as Worker).terminate();
    try {
      for (const [id, p] of this.pending) {
        if (p.worker !== worker) continue;
        this.pending.delete(id);
        p.slot.done = this.here(p.slot.file, wireRecords(p.raws));
      }
      if (this.batchWorker === worker) {
        // Nothing is queued while a batch is being filled: its records come last.
        const raws = this.batch;
        this.batch = [];
        this.batchChars = 0;
        this.batchWorker = -1;
        this.queue.push({ file: this.batchFile, done: this.here(this.batchFile, wireRecords(raws)), action: null });
      }
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    this.drain();
    this.notify();
  }

  private reply(reply: _BatchReply): void {
    const waiting = this.pending.get(reply.id);
    if (waiting === undefined) return;
    if (!reply.ok && reply.redo !== true) {
      this.lose(waiting.worker, `a worker thread failed: ${firstLine(reply.message)}`);
      return;
    }
    this.pending.delete(reply.id);
    this.loads[waiting.worker] = (this.loads[waiting.worker] as number) - 1;
    if (reply.ok) {
      this.count(waiting.worker, reply.tally.records);
      for (const w of waiting.raws) if (w.ok === 'lazy') _lazySettled(w);
      waiting.slot.done = { text: reply.text, tally: reply.tally };
    } else {
      // A line sent unparsed is damaged: the batch is read here, as one job reads it.
      try {
        waiting.slot.done = this.here(waiting.slot.file, wireRecords(waiting.raws));
      } catch (error) {
        this.fail(error instanceof Error ? error : new Error(String(error)));
        return;
      }
    }
    this.drain();
    this.notify();
  }

  /** A worker's answer: its records, and when it first answered. */
  private count(worker: number, records: number): void {
    this.stats.workers[worker] = (this.stats.workers[worker] as number) + records;
    if (this.stats.firstReplyMs[worker] === -1) this.stats.firstReplyMs[worker] = performance.now() - this.startedAt;
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
