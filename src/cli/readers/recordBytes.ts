/**
 * The pieces the record reader's splitters share: the bytes of one record, the position in the
 * input, and turning a record's bytes into a value or a problem.
 */
import { _locateJsonError } from './locateJsonError';

/** A problem with the bytes of one record (or the layout of the input), with a stable CLI code. */
export interface _ReadProblem {
  readonly code: 'CLI-JSON-SYNTAX' | 'CLI-UTF8-INVALID' | 'CLI-UTF16-INVALID' | 'CLI-RECORD-TOO-LARGE' | 'CLI-JSON-ARRAY-UNCLOSED';
  readonly message: string;
}

/**
 * What the reader hands on: a parsed value or a problem, each with the line its record starts on
 * and the byte offset of its first byte in the input (byte-order mark included; for UTF-16 input,
 * the offset in its UTF-8 transcoding).
 */
export type _RawRecord =
  | { readonly ok: true; readonly line: number; readonly offset: number; readonly value: unknown }
  | { readonly ok: false; readonly line: number; readonly offset: number; readonly problem: _ReadProblem };

/** Where a record starts: line, character column (0-based) on that line, byte offset. */
export interface _Start {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

const LF = 0x0a;

/** The position of the next byte: line, byte offset, start of the line, UTF-8 continuation bytes since. */
export class _Cursor {
  line = 1;
  offset = 0;
  lineStart = 0;
  continuations = 0;

  /** Moves past one byte. */
  advance(b: number): void {
    this.offset++;
    if (b === LF) {
      this.line++;
      this.lineStart = this.offset;
      this.continuations = 0;
    } else if ((b & 0xc0) === 0x80) {
      this.continuations++;
    }
  }

  /** Moves past `bytes[from..to)`, which hold no line feed. */
  skip(bytes: Uint8Array, from: number, to: number): void {
    for (let i = from; i < to; i++) if (((bytes[i] as number) & 0xc0) === 0x80) this.continuations++;
    this.offset += to - from;
  }

  /** The position before the byte just advanced over (not a line feed). */
  savePrevious(): _CursorState {
    return { line: this.line, offset: this.offset - 1, lineStart: this.lineStart, continuations: this.continuations };
  }

  /** Where the byte just advanced over starts (it must not be a line feed or continuation byte). */
  previous(): _Start {
    const offset = this.offset - 1;
    return { line: this.line, column: offset - this.lineStart - this.continuations, offset };
  }

  /** A copy, to come back to. */
  save(): _CursorState {
    return { line: this.line, offset: this.offset, lineStart: this.lineStart, continuations: this.continuations };
  }

  /** Goes back to a saved position. */
  restore(s: _CursorState): void {
    this.line = s.line;
    this.offset = s.offset;
    this.lineStart = s.lineStart;
    this.continuations = s.continuations;
  }
}

/** A saved {@link _Cursor}. */
export interface _CursorState {
  readonly line: number;
  readonly offset: number;
  readonly lineStart: number;
  readonly continuations: number;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function concatCopy(parts: readonly Uint8Array[], length: number): Uint8Array {
  return parts.length === 1 ? (parts[0] as Uint8Array).slice() : concat(parts, length);
}

/**
 * The bytes of one record as they arrive, chunk by chunk. Past the size limit the pieces are dropped
 * and only the length is counted, so an oversized record never sits in memory.
 */
export class _RecordBytes {
  private parts: Uint8Array[] = [];
  /** Bytes seen since the last reset. */
  length = 0;
  /** More than the limit was seen. */
  overflow = false;

  constructor(private readonly limit: number) {}

  /** Adds a piece, copied when the chunk it views will be reused. */
  add(bytes: Uint8Array, copy: boolean): void {
    if (bytes.length === 0) return;
    this.length += bytes.length;
    if (this.overflow) return;
    if (this.length > this.limit) {
      this.overflow = true;
      this.parts = [];
      return;
    }
    this.parts.push(copy ? bytes.slice() : bytes);
  }

  /** The pieces as one array. */
  joined(): Uint8Array {
    if (this.parts.length === 0) return new Uint8Array(0);
    const all = concat(this.parts, this.length);
    this.parts = [all];
    return all;
  }

  /** Keeps the first `n` bytes only. */
  truncate(n: number): void {
    if (n >= this.length) return;
    if (!this.overflow) this.parts = [this.joined().subarray(0, n)];
    this.length = n;
  }

  /** Copies the pieces that still view a caller's chunk, so the chunk can be reused. */
  own(): void {
    if (this.parts.length > 0) this.parts = [concatCopy(this.parts, this.length)];
  }

  /** Starts the next record. */
  reset(): void {
    this.parts = [];
    this.length = 0;
    this.overflow = false;
  }
}

/** Decodes strict UTF-8; `null` when the bytes are not valid UTF-8. */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeStrict(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Describes a JSON syntax error without repeating any of the input (V8's own messages quote it):
 * what is wrong, and the line and column where it goes wrong.
 */
function syntaxProblem(text: string, startLine: number, startColumn: number): _ReadProblem {
  const at = _locateJsonError(text);
  if (at === null) return { code: 'CLI-JSON-SYNTAX', message: 'The record is not valid JSON.' };
  let line = startLine;
  let lineStart = -startColumn;
  for (let i = text.indexOf('\n'); i !== -1 && i < at.offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  // Columns count characters (code points), as editors do, not UTF-16 units.
  let column = at.offset - lineStart + 1;
  for (let i = Math.max(0, lineStart); i < at.offset; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) column--;
  }
  return {
    code: 'CLI-JSON-SYNTAX',
    message: `The record is not valid JSON: ${at.reason}, at line ${line}, column ${column}.`,
  };
}

/** The problem of a record over the size limit. */
export function _tooLarge(limitBytes: number): _ReadProblem {
  return {
    code: 'CLI-RECORD-TOO-LARGE',
    message: `The record is larger than the limit of ${limitBytes} bytes and was skipped (raise it with --max-record-mb).`,
  };
}

/** A problem record at a start. */
export function _problemAt(start: _Start, problem: _ReadProblem): _RawRecord {
  return { ok: false, line: start.line, offset: start.offset, problem };
}

/** The text each record was parsed from, while the record lives (a copy of a record, e.g. a redacted one, has none). */
const texts = new WeakMap<_RawRecord, string>();

/**
 * The text a record was parsed from: the `--jobs` pool sends it to a worker, which parses it again,
 * instead of the parsed value (copying a parsed PEP between threads costs about four times parsing
 * it again). Only the very record {@link _parseRecord} returned has one, so a record changed after
 * reading (`--redact-ids` makes a new one) is never sent as its old text.
 * @param raw - A record as read.
 * @returns Its text, or `undefined` (a problem, or not the record as read).
 * @example
 * _recordText(record); // '{"id":"pep-1", ...}' for a record straight from the reader
 */
export function _recordText(raw: _RawRecord): string | undefined {
  return texts.get(raw);
}

/**
 * Turns the bytes of one record into a value or a problem.
 * @param bytes - The record's bytes, or the collector holding them (too large when it overflowed).
 * @param start - Where the record starts.
 * @param limit - The size limit, for the message of a record over it.
 * @returns The record.
 */
export function _parseRecord(bytes: _RecordBytes, start: _Start, limit: number): _RawRecord {
  if (bytes.overflow) return _problemAt(start, _tooLarge(limit));
  const text = decodeStrict(bytes.joined());
  if (text === null) {
    return _problemAt(start, { code: 'CLI-UTF8-INVALID', message: 'The record is not valid UTF-8 (check the export encoding).' });
  }
  try {
    const record: _RawRecord = { ok: true, line: start.line, offset: start.offset, value: JSON.parse(text) as unknown };
    texts.set(record, text);
    return record;
  } catch {
    return _problemAt(start, syntaxProblem(text, start.line, start.column));
  }
}
