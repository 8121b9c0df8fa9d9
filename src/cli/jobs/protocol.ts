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
 * A record as sent to a worker: an NDJSON line not parsed yet (the worker parses it, once); the
 * text a record was read from when it is unchanged since reading (the worker parses it again; much
 * cheaper than copying the parsed value between threads); else the record itself.
 */
export type _WireRecord = _LazyRecord | _RawRecord | { readonly ok: true; readonly line: number; readonly offset: number; readonly text: string };

/** A batch of records of one input, in order. */
export interface _BatchRequest {
  readonly id: number;
  readonly file: string;
  readonly raws: readonly _WireRecord[];
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
 * @returns The record.
 * @throws {_NotJsonAlone} For a line sent unparsed that is not JSON on its own.
 * @example
 * _fromWire({ ok: true, line: 3, offset: 120, text: '{"id":"p1"}' }); // { ok: true, line: 3, offset: 120, value: { id: 'p1' } }
 */
export function _fromWire(w: _WireRecord): _RawRecord {
  if (w.ok === 'lazy') return _parseLazy(w);
  return 'text' in w ? { ok: true, line: w.line, offset: w.offset, value: JSON.parse(w.text) as unknown } : w;
}
