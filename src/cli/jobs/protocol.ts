/** The messages between the main thread and a `--jobs` worker thread, and the records they carry. */
import type { MessagePort } from 'node:worker_threads';
import { _parseLazy, type _LazyRecord } from '../readers/lazyLines';
import type { _RawRecord } from '../readers/recordReader';
import type { _Format, _FailOn, _Tally } from '../reporters/reporter';

/** What a worker is started with: enough to build the same record spec as the main thread. */
export interface _WorkerSetup {
  readonly command: 'validate' | 'grade';
  readonly format: _Format;
  readonly failOn: _FailOn;
  readonly verbose: boolean;
  /** Whether the output is coloured. */
  readonly color: boolean;
  readonly today: string;
  /** `--policy` as given, loaded again by the worker (a preset name or a file). */
  readonly policy: string | undefined;
  /** `--calendar` as given. */
  readonly calendar: string | undefined;
  readonly cwd: string;
  /**
   * Where the worker sends its replies (the main thread can take them from there synchronously,
   * between records); without it, the worker's parent port.
   */
  readonly replies?: MessagePort;
}

/**
 * A record as sent to a worker: an NDJSON line not parsed yet, as where its bytes are in the
 * batch's {@link _BatchRequest.bytes} (the worker parses it, once); the text a record was read from
 * when it is unchanged since reading (the worker parses it again; much cheaper than copying the
 * parsed value between threads); else the record itself.
 */
export type _WireRecord = _WireLine | _RawRecord | _WireText;

/** A record's text (see {@link _WireRecord}). */
export interface _WireText {
  readonly ok: true;
  readonly line: number;
  readonly offset: number;
  readonly text: string;
}

/** An NDJSON line not parsed yet: its bytes are `bytes.subarray(start, end)` of its batch. */
export interface _WireLine extends Omit<_LazyRecord, 'bytes'> {
  readonly start: number;
  readonly end: number;
}

/**
 * A batch of records of one input, in order. The bytes of its unparsed lines are one buffer,
 * transferred, not copied: the main thread keeps the lines themselves as bytes until the answer
 * (see lazyLines.ts), never as strings.
 */
export interface _BatchRequest {
  readonly id: number;
  readonly file: string;
  readonly raws: readonly _WireRecord[];
  readonly bytes: Uint8Array;
}

/**
 * A batch's finished text and counts, or why it failed; `redo`: a line sent unparsed is not JSON on
 * its own, and the main thread reads the batch itself (see lazyLines.ts).
 */
export type _BatchReply =
  | { readonly id: number; readonly ok: true; readonly text: string; readonly tally: _Tally }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly redo?: true };

/**
 * A record as the reader made it: one sent as text is parsed again (it parsed once already, in the
 * main thread, so it is well-formed JSON); a line sent unparsed is parsed.
 * @param w - The record as sent.
 * @param bytes - The batch's bytes (where a line sent unparsed is).
 * @returns The record.
 * @throws {_NotJsonAlone} For a line sent unparsed that is not JSON on its own.
 * @example
 * _fromWire({ ok: true, line: 3, offset: 120, text: '{"id":"p1"}' }, new Uint8Array(0)); // { ok: true, line: 3, offset: 120, value: { id: 'p1' } }
 */
export function _fromWire(w: _WireRecord, bytes: Uint8Array): _RawRecord {
  if (w.ok === 'lazy') return _parseLazy({ ok: 'lazy', line: w.line, column: w.column, offset: w.offset, bytes: bytes.subarray(w.start, w.end) });
  return 'text' in w ? { ok: true, line: w.line, offset: w.offset, value: JSON.parse(w.text) as unknown } : w;
}
