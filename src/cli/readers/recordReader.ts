/**
 * Streaming reader that turns the bytes of one input (a file or stdin) into JSON records, one at a
 * time, without holding the whole input in memory. Every record read comes out exactly once: a
 * value, or a problem with the line (and byte offset) where the record starts.
 *
 * Encoding, from the first bytes: a UTF-8 byte-order mark is skipped; UTF-16 (little- or big-endian,
 * with a byte-order mark, or without one when the text starts with an ASCII character) is decoded
 * as it streams. Each record's bytes are decoded with a fatal UTF-8 decoder, so invalid UTF-8 is
 * reported (with its line) instead of silently replaced.
 *
 * Layout, from the first non-blank byte:
 * - **JSON array** (`[`; several arrays one after another too): {@link _ArraySplitter}, which
 *   resynchronises at the next element after a broken one.
 * - **NDJSON** and **JSON documents** (anything else): {@link _LineSplitter}.
 *
 * A record larger than the limit is skipped and reported without being buffered.
 */
import { _ArraySplitter } from './arraySplitter';
import { _isBlank } from './jsonGrammar';
import type { _LazySink } from './lazyLines';
import { _LineSplitter } from './lineSplitter';
import { _Cursor, _RecordBytes, type _RawRecord } from './recordBytes';

export type { _RawRecord } from './recordBytes';

const LF = 0x0a;
const OPEN_BRACKET = 0x5b;

/** How the input was laid out. */
export type _InputLayout = 'empty' | 'ndjson' | 'json-array' | 'json-document';

/** The encoding named by the first bytes: `null` for UTF-8. */
function utf16Of(head: Uint8Array): { readonly label: 'utf-16le' | 'utf-16be'; readonly bom: boolean } | null {
  const [a, b] = head;
  if (a === 0xff && b === 0xfe) return { label: 'utf-16le', bom: true };
  if (a === 0xfe && b === 0xff) return { label: 'utf-16be', bom: true };
  if (a !== undefined && b !== undefined && a !== 0 && a < 0x80 && b === 0) return { label: 'utf-16le', bom: false };
  if (a === 0 && b !== undefined && b !== 0 && b < 0x80) return { label: 'utf-16be', bom: false };
  return null;
}

const hasUtf8Bom = (bytes: Uint8Array): boolean => bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * Reads one input. Call {@link _RecordReader.push} with each chunk of bytes, then
 * {@link _RecordReader.end}; records come out through the callback, synchronously, in order.
 */
export class _RecordReader {
  private head: Uint8Array | null = new Uint8Array(0);
  private utf16: InstanceType<typeof TextDecoder> | null = null;
  private utf16Label = 'utf-16le';
  private readonly encoder = new TextEncoder();
  private stopped = false;
  private mode: 'detect' | 'lines' | 'array' = 'detect';
  /** Line and byte offset of the start of the current line, and of the next byte. */
  private line = 1;
  private lineOffset = 0;
  private offset = 0;
  private readonly lineBytes: _RecordBytes;
  private readonly lines: _LineSplitter;
  private array: _ArraySplitter | null = null;
  private emitted = 0;
  private readonly emitCounted: (r: _RawRecord) => void;

  /**
   * @param onRecord - Called once per record (value or problem), in input order.
   * @param maxRecordBytes - Records (or NDJSON lines) longer than this are skipped and reported.
   * @param lazy - With `--jobs`: where NDJSON lines go unparsed once its switch is on (see lazyLines.ts); each counts as one record here.
   */
  constructor(
    onRecord: (r: _RawRecord) => void,
    private readonly maxRecordBytes: number,
    lazy: _LazySink | null = null,
  ) {
    this.emitCounted = (r) => {
      this.emitted++;
      onRecord(r);
    };
    this.lineBytes = new _RecordBytes(maxRecordBytes);
    const counted: _LazySink | null =
      lazy === null
        ? null
        : {
            lazy: lazy.lazy,
            take: (rec) => {
              this.emitted++;
              lazy.take(rec);
            },
          };
    this.lines = new _LineSplitter(maxRecordBytes, this.emitCounted, counted);
  }

  /** The layout detected so far. */
  get layout(): _InputLayout {
    if (this.mode === 'array') return 'json-array';
    if (this.mode === 'lines') return this.lines.documents ? 'json-document' : 'ndjson';
    return 'empty';
  }

  /** How many records (values and problems) have been handed on. */
  get count(): number {
    return this.emitted;
  }

  /** Feeds the next chunk of bytes. */
  push(chunk: Uint8Array): void {
    if (this.stopped) return;
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
      this.begin(joined);
      return;
    }
    this.decode(chunk);
  }

  /** Signals the end of the input: flushes the last line or record and reports anything unfinished. */
  end(): void {
    if (this.head !== null) {
      const head = this.head;
      this.head = null;
      this.begin(head);
    }
    if (this.utf16 !== null && !this.stopped) this.decode(new Uint8Array(0), true);
    if (this.stopped) return;
    if (this.mode === 'lines') {
      if (this.lineBytes.length > 0 || this.lineBytes.overflow) this.finishLine();
      this.lines.end();
    }
    this.array?.end();
  }

  /** Looks at the first bytes for a byte-order mark or UTF-16, then reads on. */
  private begin(head: Uint8Array): void {
    const utf16 = utf16Of(head);
    if (utf16 !== null) {
      this.utf16 = new TextDecoder(utf16.label, { fatal: true, ignoreBOM: false });
      this.utf16Label = utf16.label;
      this.offset = utf16.bom ? 2 : 0;
      this.lineOffset = this.offset;
      this.decode(head);
      return;
    }
    if (hasUtf8Bom(head)) {
      this.offset = 3;
      this.lineOffset = 3;
      this.scan(head.subarray(3));
    } else {
      this.scan(head);
    }
  }

  /** Decodes UTF-16 to UTF-8 as it streams; passes UTF-8 through. */
  private decode(chunk: Uint8Array, last = false): void {
    if (this.utf16 === null) {
      this.scan(chunk);
      return;
    }
    let text: string;
    try {
      text = this.utf16.decode(chunk, { stream: !last });
    } catch {
      // Read what decodes before the fault, then report the fault once and stop.
      const loose = new TextDecoder(this.utf16Label).decode(chunk);
      const cut = loose.indexOf('\uFFFD');
      if (cut > 0) this.scan(this.encoder.encode(loose.slice(0, cut)));
      this.stopped = true;
      this.emitCounted({
        ok: false,
        line: this.line,
        offset: this.offset,
        problem: { code: 'CLI-UTF16-INVALID', message: 'The input is not valid UTF-16 from here on (check the export encoding); the rest was not read.' },
      });
      return;
    }
    if (text.length > 0) this.scan(this.encoder.encode(text));
  }

  private scan(chunk: Uint8Array): void {
    let i = 0;
    if (this.mode === 'detect') {
      i = this.detect(chunk);
      if (i === -1) return;
    }
    if (this.mode === 'array') {
      (this.array as _ArraySplitter).feed(i === 0 ? chunk : chunk.subarray(i));
      return;
    }
    while (i < chunk.length) {
      const j = chunk.indexOf(LF, i);
      if (j === -1) {
        this.lineBytes.add(chunk.subarray(i), true);
        this.offset += chunk.length - i;
        return;
      }
      this.lineBytes.add(chunk.subarray(i, j), false);
      this.offset += j + 1 - i;
      this.finishLine();
      i = j + 1;
    }
  }

  /** Skips leading blanks; picks the layout. Returns where reading starts in the chunk, or -1. */
  private detect(chunk: Uint8Array): number {
    let lineStart = 0;
    let i = 0;
    while (i < chunk.length && _isBlank(chunk[i] as number)) {
      if (chunk[i] === LF) {
        this.line++;
        lineStart = i + 1;
        this.lineOffset = this.offset + lineStart;
      }
      i++;
    }
    if (i === chunk.length) {
      this.offset += chunk.length;
      return -1;
    }
    if (chunk[i] === OPEN_BRACKET) {
      this.mode = 'array';
      const cursor = new _Cursor();
      cursor.line = this.line;
      cursor.offset = this.offset + i;
      cursor.lineStart = this.lineOffset;
      this.array = new _ArraySplitter(cursor, this.maxRecordBytes, this.emitCounted);
      return i;
    }
    this.mode = 'lines';
    this.offset += lineStart;
    return lineStart;
  }

  private finishLine(): void {
    const lineNumber = this.line;
    const lineOffset = this.lineOffset;
    this.line++;
    this.lineOffset = this.offset;
    if (this.lineBytes.overflow) {
      this.lineBytes.reset();
      this.lines.tooLong(lineNumber, lineOffset);
      return;
    }
    const bytes = this.lineBytes.joined();
    this.lineBytes.reset();
    let end = bytes.length;
    while (end > 0 && _isBlank(bytes[end - 1] as number)) end--;
    this.lines.line(bytes.subarray(0, end), lineNumber, lineOffset);
  }
}
