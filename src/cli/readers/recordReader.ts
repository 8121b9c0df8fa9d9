/**
 * Streaming reader that turns the bytes of one input (a file or stdin) into JSON records, one at a
 * time, without holding the whole input in memory.
 *
 * Layouts, detected from the first bytes:
 * - **JSON array** (first non-blank byte `[`): a byte-level splitter walks the array, tracking string,
 *   escape and bracket depth, and cuts out one element at a time. A 500 MB array on one line streams.
 * - **NDJSON** (anything else): one record per line. Blank lines are skipped, CRLF is accepted.
 * - **JSON document**: when the first line is not a JSON value on its own and the next non-blank line
 *   does not start a new record (`{`), the input is one pretty-printed object (or several, one after
 *   another) and is split by bracket depth instead of by line.
 *
 * A UTF-8 byte-order mark at the start is skipped. Each record's bytes are decoded with a fatal
 * UTF-8 decoder, so invalid UTF-8 is reported (with its line) instead of silently replaced.
 * A record larger than the limit is skipped and reported without being buffered.
 * Every problem is reported with the line where its record starts, and reading goes on.
 */

import { _locateJsonError } from './locateJsonError';

const LF = 0x0a;
const CR = 0x0d;
const SP = 0x20;
const TAB = 0x09;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const NEWLINE_BYTES = new Uint8Array([LF]);

/** A problem with the bytes of one record (or the layout of the input), with a stable CLI code. */
export interface _ReadProblem {
  readonly code: 'CLI-JSON-SYNTAX' | 'CLI-UTF8-INVALID' | 'CLI-RECORD-TOO-LARGE' | 'CLI-JSON-ARRAY-UNCLOSED';
  readonly message: string;
}

/** What the reader hands on: a parsed value or a problem, each with the line its record starts on. */
export type _RawRecord =
  | { readonly ok: true; readonly line: number; readonly value: unknown }
  | { readonly ok: false; readonly line: number; readonly problem: _ReadProblem };

/** How the input was laid out. */
export type _InputLayout = 'empty' | 'ndjson' | 'json-array' | 'json-document';

const isBlank = (b: number): boolean => b === SP || b === TAB || b === CR || b === LF;

/** Decodes strict UTF-8; `null` when the bytes are not valid UTF-8. */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeStrict(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
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

/**
 * The bytes of one record as they arrive, chunk by chunk. Past the size limit the pieces are dropped
 * and only the length is counted, so an oversized record never sits in memory.
 */
class RecordBytes {
  private parts: Uint8Array[] = [];
  /** Bytes seen since the last reset. */
  length = 0;
  /** More than the limit was seen. */
  overflow = false;

  constructor(private readonly limit: number) {}

  /** Adds a piece, copied when the chunk it views will be reused. */
  add(bytes: Uint8Array, copy: boolean): void {
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
    return concat(this.parts, this.length);
  }

  /** Starts the next record. */
  reset(): void {
    this.parts = [];
    this.length = 0;
    this.overflow = false;
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

/** Decodes and parses the bytes of one record; calls `emit` with a value or a problem. */
function parseRecord(bytes: Uint8Array, line: number, emit: (r: _RawRecord) => void, column = 0): void {
  const text = decodeStrict(bytes);
  if (text === null) {
    emit({
      ok: false,
      line,
      problem: { code: 'CLI-UTF8-INVALID', message: 'The record is not valid UTF-8 (check the export encoding).' },
    });
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    emit({ ok: false, line, problem: syntaxProblem(text, line, column) });
    return;
  }
  emit({ ok: true, line, value });
}

function tooLarge(limitBytes: number): _ReadProblem {
  return {
    code: 'CLI-RECORD-TOO-LARGE',
    message: `The record is larger than the limit of ${limitBytes} bytes and was skipped (raise it with --max-record-mb).`,
  };
}

/**
 * Splits a byte stream into JSON values by bracket depth. `base` 1 walks the inside of a top-level
 * array (elements separated by commas, `]` closes); `base` 0 walks concatenated top-level objects.
 */
class ValueSplitter {
  private depth: number;
  private inString = false;
  private escape = false;
  private inElement = false;
  private elementLine = 0;
  private startIndex = 0;
  private bytes: RecordBytes;
  private closed = false;
  /** Inside an array: after `[` (`open`), after a comma (`value`), after an element (`comma`). */
  private expect: 'open' | 'value' | 'comma' = 'open';
  private lastLineReported = -1;
  /** Byte offset of the current chunk, and of the start of the current line, in this splitter's input. */
  private chunkOffset = 0;
  private lineStartOffset = 0;
  private elementColumn = 0;
  /** UTF-8 continuation bytes since the start of the line, to turn byte offsets into character columns. */
  private lineContinuations = 0;
  line: number;

  constructor(
    private readonly base: 0 | 1,
    line: number,
    private readonly maxBytes: number,
    private readonly emit: (r: _RawRecord) => void,
    firstColumn = 0,
  ) {
    this.depth = base;
    this.bytes = new RecordBytes(maxBytes);
    this.line = line;
    this.lineStartOffset = -firstColumn;
  }

  feed(chunk: Uint8Array): void {
    const base = this.base;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const b = chunk[i] as number;
      if (b === LF) {
        this.line++;
        this.lineStartOffset = this.chunkOffset + i + 1;
        this.lineContinuations = 0;
      } else if ((b & 0xc0) === 0x80) {
        this.lineContinuations++;
      }
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (b === BACKSLASH) this.escape = true;
        else if (b === QUOTE) this.inString = false;
        continue;
      }
      if (isBlank(b)) continue;
      if (this.closed) {
        this.stray('The input has content after the end of the JSON array.');
        continue;
      }
      if (b === QUOTE) {
        this.inString = true;
        if (!this.inElement) {
          if (base === 0) this.stray('The input has content outside any JSON object.');
          else this.start(i);
        }
      } else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
        if (!this.inElement && this.depth === base) this.start(i);
        this.depth++;
      } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        if (this.depth === base) {
          if (base === 1 && b === CLOSE_BRACKET) {
            if (this.inElement) this.finish(chunk, i);
            else if (this.expect === 'value') this.stray('The JSON array has a comma with no record after it.');
            this.depth = 0;
            this.closed = true;
          } else {
            this.stray('The input has an unmatched closing bracket outside any record.');
          }
          continue;
        }
        this.depth--;
        if (this.depth === base && this.inElement) this.finish(chunk, i + 1);
      } else if (b === COMMA && this.depth === base) {
        if (base === 0) this.stray('The input has content outside any JSON object.');
        else if (this.inElement) this.finish(chunk, i);
        else if (this.expect !== 'comma') this.stray('The JSON array has an empty element (two commas, or a comma first).');
        this.expect = 'value';
      } else if (!this.inElement && this.depth === base) {
        if (base === 0) this.stray('The input has content outside any JSON object.');
        else this.start(i);
      }
    }
    if (this.inElement) {
      this.bytes.add(chunk.subarray(this.startIndex), true);
      this.startIndex = 0;
    }
    this.chunkOffset += n;
  }

  /** Sets the line number of the next byte, which starts a line. */
  setLine(line: number): void {
    this.line = line;
    this.lineStartOffset = this.chunkOffset;
    this.lineContinuations = 0;
  }

  end(): void {
    if (this.inElement) {
      // The input ends inside a record: parse what there is, to say where it goes wrong.
      this.inElement = false;
      this.emitElement();
    } else if (this.base === 1 && !this.closed) {
      this.emit({
        ok: false,
        line: this.line,
        problem: { code: 'CLI-JSON-ARRAY-UNCLOSED', message: 'The JSON array is not closed with `]`: the export may be truncated.' },
      });
    }
  }

  private stray(message: string): void {
    if (this.lastLineReported === this.line) return;
    this.lastLineReported = this.line;
    this.emit({ ok: false, line: this.line, problem: { code: 'CLI-JSON-SYNTAX', message } });
  }

  private start(index: number): void {
    if (this.base === 1 && this.expect === 'comma') this.stray('The JSON array has a missing comma between two records.');
    this.inElement = true;
    this.elementLine = this.line;
    this.elementColumn = this.chunkOffset + index - this.lineStartOffset - this.lineContinuations;
    this.startIndex = index;
    this.bytes.reset();
  }

  private finish(chunk: Uint8Array, endIndex: number): void {
    this.bytes.add(chunk.subarray(this.startIndex, endIndex), false);
    this.inElement = false;
    this.expect = 'comma';
    this.emitElement();
  }

  /** Emits the element just ended: parsed, or too large. */
  private emitElement(): void {
    if (this.bytes.overflow) this.emit({ ok: false, line: this.elementLine, problem: tooLarge(this.maxBytes) });
    else parseRecord(this.bytes.joined(), this.elementLine, this.emit, this.elementColumn);
    this.bytes.reset();
  }
}

/**
 * Reads one input. Call {@link _RecordReader.push} with each chunk of bytes, then
 * {@link _RecordReader.end}; records come out through the callback, synchronously, in order.
 */
export class _RecordReader {
  private head: Uint8Array | null = new Uint8Array(0);
  private mode: 'detect' | 'lines' | 'array' | 'document' = 'detect';
  private line = 1;
  private lineBytes: RecordBytes;
  private contentLines = 0;
  private pendingFirst: { readonly bytes: Uint8Array; readonly line: number } | null = null;
  private splitter: ValueSplitter | null = null;
  private emitted = 0;
  private readonly emitCounted: (r: _RawRecord) => void;

  /**
   * @param onRecord - Called once per record (value or problem), in input order.
   * @param maxRecordBytes - Records (or NDJSON lines) longer than this are skipped and reported.
   */
  constructor(
    onRecord: (r: _RawRecord) => void,
    private readonly maxRecordBytes: number,
  ) {
    this.lineBytes = new RecordBytes(maxRecordBytes);
    this.emitCounted = (r) => {
      this.emitted++;
      onRecord(r);
    };
  }

  /** The layout detected so far. */
  get layout(): _InputLayout {
    if (this.mode === 'array') return 'json-array';
    if (this.mode === 'document') return 'json-document';
    if (this.mode === 'lines') return 'ndjson';
    return 'empty';
  }

  /** How many records (values and problems) have been handed on. */
  get count(): number {
    return this.emitted;
  }

  /** Feeds the next chunk of bytes. */
  push(chunk: Uint8Array): void {
    if (this.head !== null) {
      // Hold the first three bytes to recognise a byte-order mark split across chunks.
      const joined = new Uint8Array(this.head.length + chunk.length);
      joined.set(this.head);
      joined.set(chunk, this.head.length);
      if (joined.length < 3) {
        this.head = joined;
        return;
      }
      this.head = null;
      this.scan(hasBom(joined) ? joined.subarray(3) : joined);
      return;
    }
    this.scan(chunk);
  }

  /** Signals the end of the input: flushes the last line or record and reports anything unfinished. */
  end(): void {
    if (this.head !== null) {
      const head = this.head;
      this.head = null;
      this.scan(hasBom(head) ? head.subarray(3) : head);
    }
    if (this.mode === 'lines') {
      if (this.lineBytes.length > 0 || this.lineBytes.overflow) this.finishLine();
      if (this.pendingFirst !== null) this.parsePending();
    }
    if (this.splitter !== null) this.splitter.end();
  }

  private scan(chunk: Uint8Array): void {
    let i = 0;
    if (this.mode === 'detect') {
      let lineStart = 0;
      while (i < chunk.length && isBlank(chunk[i] as number)) {
        if (chunk[i] === LF) {
          this.line++;
          lineStart = i + 1;
        }
        i++;
      }
      if (i === chunk.length) return;
      if (chunk[i] === OPEN_BRACKET) {
        this.mode = 'array';
        i++;
        this.splitter = new ValueSplitter(1, this.line, this.maxRecordBytes, this.emitCounted, i - lineStart);
      } else {
        this.mode = 'lines';
      }
    }
    // NDJSON, line by line, until (for a pretty-printed document) the splitter takes over.
    while (i < chunk.length && this.mode === 'lines') {
      const j = chunk.indexOf(LF, i);
      if (j === -1) {
        this.addLinePart(chunk.subarray(i), true);
        return;
      }
      this.addLinePart(chunk.subarray(i, j), false);
      this.finishLine();
      i = j + 1;
    }
    if (i < chunk.length && this.splitter !== null) this.splitter.feed(i === 0 ? chunk : chunk.subarray(i));
  }

  private addLinePart(bytes: Uint8Array, copy: boolean): void {
    if (bytes.length === 0) return;
    this.lineBytes.add(bytes, copy);
  }

  private finishLine(): void {
    const lineNumber = this.line;
    this.line++;
    const overflow = this.lineBytes.overflow;
    const bytes = overflow ? new Uint8Array(0) : this.lineBytes.joined();
    this.lineBytes.reset();
    if (overflow) {
      this.contentLines++;
      if (this.pendingFirst !== null) this.parsePending();
      this.emitCounted({ ok: false, line: lineNumber, problem: tooLarge(this.maxRecordBytes) });
      return;
    }
    let end = bytes.length;
    while (end > 0 && isBlank(bytes[end - 1] as number)) end--;
    let start = 0;
    while (start < end && isBlank(bytes[start] as number)) start++;
    if (start === end) return; // blank line
    const content = bytes.subarray(0, end);
    this.contentLines++;
    if (this.pendingFirst !== null) {
      // The line after an incomplete first line: a new record (`{`) means NDJSON with a bad first
      // line; anything else means the first line opened a pretty-printed document.
      if (content[start] !== OPEN_BRACE) {
        this.switchToDocument(content, lineNumber);
        return;
      }
      this.parsePending();
    }
    if (this.contentLines === 1) {
      const text = decodeStrict(content);
      if (text !== null) {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          this.pendingFirst = { bytes: content.slice(), line: lineNumber };
          return;
        }
        this.emitCounted({ ok: true, line: lineNumber, value });
        return;
      }
    }
    parseRecord(content, lineNumber, this.emitCounted);
  }

  private parsePending(): void {
    const pending = this.pendingFirst as { bytes: Uint8Array; line: number };
    this.pendingFirst = null;
    parseRecord(pending.bytes, pending.line, this.emitCounted);
  }

  private switchToDocument(current: Uint8Array, lineNumber: number): void {
    const pending = this.pendingFirst as { bytes: Uint8Array; line: number };
    this.pendingFirst = null;
    this.mode = 'document';
    const splitter = new ValueSplitter(0, pending.line, this.maxRecordBytes, this.emitCounted);
    this.splitter = splitter;
    splitter.feed(pending.bytes);
    splitter.feed(NEWLINE_BYTES);
    splitter.setLine(lineNumber);
    splitter.feed(current);
    splitter.feed(NEWLINE_BYTES);
  }
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
