/**
 * NDJSON lines handed on unparsed (`--jobs`: each record is parsed once, by the thread that checks
 * it), with exactly the records a one-job run reads from them.
 *
 * A line that starts with `{` is normally parsed as it is read (one `JSON.parse`); when that fails,
 * the line splitter walks it byte by byte, and what it finds (one broken record, several documents
 * on one line, a string going on to the next line) can depend on the lines after it and on the first
 * keys of the records read so far. So a line is handed on unparsed only once the next line has been
 * seen to start with `{` (or the input has ended): in NDJSON such a line always starts a new record,
 * so whatever the walk finds stays within the held line. The thread that checks it parses it; if it
 * is not JSON on its own (a damaged line, rare), the main thread walks it as a one-job run would
 * have, in input order: a line is *resolved* (parsed, and walked if that fails) only after every
 * unparsed line before it, and before the splitter walks any later line itself, so the first keys
 * it learns come in the same order as with one job.
 */
import type { _RawRecord } from './recordBytes';

/** A line read as one record and handed on unparsed (the text from its first `{`). */
export interface _LazyRecord {
  readonly ok: 'lazy';
  readonly line: number;
  /** Characters before the `{` (blanks). */
  readonly column: number;
  /** The byte offset of the `{`. */
  readonly offset: number;
  readonly text: string;
}

/** Whether the reader may hand lines on unparsed (set once the `--jobs` workers have started). */
export interface _LazySwitch {
  readonly on: boolean;
}

/** Where a reader hands unparsed lines, and whether it may. */
export interface _LazySink {
  readonly lazy: _LazySwitch;
  take(rec: _LazyRecord): void;
}

/** Thrown (in a worker) for a line that is not JSON on its own: the main thread must read it. */
export class _NotJsonAlone extends Error {
  constructor() {
    super('a line handed on unparsed is not JSON on its own');
  }
}

/**
 * Parses an unparsed line where it is checked (a worker).
 * @param rec - The line.
 * @returns The record.
 * @throws {_NotJsonAlone} When it is not JSON on its own.
 * @example
 * _parseLazy({ ok: 'lazy', line: 2, column: 0, offset: 10, text: '{"id":"p1"}' }); // { ok: true, line: 2, offset: 10, value: { id: 'p1' } }
 */
export function _parseLazy(rec: _LazyRecord): _RawRecord {
  let value: unknown;
  try {
    value = JSON.parse(rec.text) as unknown;
  } catch {
    throw new _NotJsonAlone();
  }
  return { ok: true, line: rec.line, offset: rec.offset, value };
}

/** The unparsed lines of one input not yet known to parse, in input order, and how to walk one. */
export class _LazyQueue {
  /** Lines handed on and not settled (insertion order is input order). */
  private readonly open = new Set<_LazyRecord>();
  /** Lines resolved as not JSON on their own: the records the walk found. */
  private readonly walked = new WeakMap<_LazyRecord, readonly _RawRecord[]>();
  private resolving = false;

  /** @param walk - Walks a line as the splitter would have (learning first keys), returning its records. */
  constructor(private readonly walk: (rec: _LazyRecord) => readonly _RawRecord[]) {}

  /** A line handed on. */
  add(rec: _LazyRecord): void {
    queues.set(rec, this);
    this.open.add(rec);
  }

  /** Whether lines wait to be resolved (the splitter resolves them before walking a line itself). */
  get pending(): boolean {
    return this.open.size > 0 && !this.resolving;
  }

  /** A line that parsed where it was checked: nothing more to do for it. */
  settle(rec: _LazyRecord): void {
    this.open.delete(rec);
  }

  /** Resolves every open line up to `last` (all of them without it), in input order. */
  resolve(last?: _LazyRecord): void {
    if (this.resolving || (last !== undefined && !this.open.has(last))) return;
    this.resolving = true;
    try {
      for (const rec of this.open) {
        this.open.delete(rec);
        if (!parses(rec.text)) this.walked.set(rec, this.walk(rec));
        if (rec === last) break;
      }
    } finally {
      this.resolving = false;
    }
  }

  /** The records `rec` stands for (after {@link _LazyQueue.resolve} up to it). */
  records(rec: _LazyRecord): readonly _RawRecord[] {
    return this.walked.get(rec) ?? [_parseLazy(rec)];
  }
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The queue each line handed on belongs to (its input's splitter). */
const queues = new WeakMap<_LazyRecord, _LazyQueue>();

/**
 * The records an unparsed line stands for, read in the main thread: parsed, or (not JSON on its
 * own, rare) walked as a one-job run would have, after every unparsed line before it is resolved.
 * @param rec - The line, as the reader handed it on.
 * @returns Its records: one, unless the line is damaged.
 * @example
 * _lazyRecords(rec); // [{ ok: true, line: 7, offset: 2310, value: { … } }]
 */
export function _lazyRecords(rec: _LazyRecord): readonly _RawRecord[] {
  const queue = queues.get(rec);
  try {
    const record = _parseLazy(rec);
    // A line that is JSON on its own is one record whatever came before it.
    queue?.settle(rec);
    return [record];
  } catch (error) {
    if (queue === undefined || !(error instanceof _NotJsonAlone)) throw error;
  }
  queue.resolve(rec);
  return queue.records(rec);
}

/**
 * An unparsed line parsed where it was checked (a worker answered for it).
 * @param rec - The line, as the reader handed it on.
 * @example
 * _lazySettled(rec);
 */
export function _lazySettled(rec: _LazyRecord): void {
  queues.get(rec)?.settle(rec);
}
