/**
 * Cuts NDJSON, and JSON documents one after another (pretty-printed or `{...}{...}`), into records, a
 * line at a time.
 *
 * - A line that is JSON on its own is a record (the fast path: one `JSON.parse`).
 * - Otherwise a byte-level grammar walks the line: a value that ends mid-line followed by `{` or `[`
 *   is one of several concatenated documents; anything else after it breaks the record.
 * - A record still open at the end of its first line makes the input a *document* input, unless the
 *   next line starts a new record with `{` (then it is NDJSON with a bad line). In NDJSON a record
 *   goes on to the next line only inside a string (a raw line break); in a document input it goes on
 *   until it is complete, or until a line starts with `{` no further in than the record's own first
 *   line (a broken record then ends there, and the new record is read as if nothing had happened).
 */
import { _firstKeyFits, _learnFirstKey, MAX_FIRST_KEYS } from './firstKeys';
import { _BROKEN, _DONE, _isBlank, _JsonGrammar, _MORE } from './jsonGrammar';
import { _LazyQueue, type _LazyRecord, type _LazySink } from './lazyLines';
import { _parseRecord, _problemAt, _RecordBytes, _tooLarge, type _RawRecord, type _Start } from './recordBytes';

const LF = 0x0a;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const SPACE = 0x20;
const COLON = 0x3a;
const COMMA = 0x2c;
const NEWLINE = new Uint8Array([LF]);

const UNDECIDED = 0;
const NDJSON = 1;
const DOCUMENT = 2;

/** A record being read. */
interface Open {
  readonly start: _Start;
  readonly indent: number;
  broken: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** Strict UTF-8 text of a line, or `null` (the line is then read as it always is). */
function textOf(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

function firstNonBlank(line: Uint8Array, from = 0): number {
  for (let i = from; i < line.length; i++) if (!_isBlank(line[i] as number)) return i;
  return -1;
}

/** The character column of a byte index in a line (UTF-8 continuation bytes do not count). */
function columnOf(line: Uint8Array, index: number): number {
  let column = index;
  for (let i = 0; i < index; i++) if (((line[i] as number) & 0xc0) === 0x80) column--;
  return column;
}

/** Splits line-based input into records. */
export class _LineSplitter {
  private mode = UNDECIDED;
  private open: Open | null = null;
  private readonly grammar = new _JsonGrammar();
  private readonly bytes: _RecordBytes;
  private readonly firstKeys = new Set<string>();
  /** A line starting with `{`, read but not parsed, until the next line shows whether it can be handed on unparsed. */
  private held: _LazyRecord | null = null;
  /** The lines handed on unparsed and not yet known to parse ({@link _LazyQueue}). */
  private readonly queue: _LazyQueue | null;

  /**
   * @param limit - Record size limit in bytes.
   * @param emit - Where records go.
   * @param lazy - With `--jobs`: where NDJSON lines go unparsed, once its switch is on (see lazyLines.ts).
   */
  constructor(
    private readonly limit: number,
    private emit: (r: _RawRecord) => void,
    private readonly lazy: _LazySink | null = null,
  ) {
    this.bytes = new _RecordBytes(limit);
    this.queue = lazy === null ? null : new _LazyQueue((rec) => this.walkAlone(rec));
  }

  /** The layout seen so far: documents once a record ran over lines, else NDJSON. */
  get documents(): boolean {
    return this.mode === DOCUMENT;
  }

  /**
   * Reads one line (without its line feed; trailing blanks and CR removed).
   * @param line - The line's bytes (a view that may be reused after the call).
   * @param lineNumber - Its number, from 1.
   * @param offset - The byte offset of its first byte.
   */
  line(line: Uint8Array, lineNumber: number, offset: number): void {
    const first = firstNonBlank(line);
    if (this.held !== null) this.release(first !== -1 && line[first] === OPEN_BRACE);
    if (this.open === null && first !== -1 && line[first] === OPEN_BRACE && this.mode === NDJSON && this.lazy?.lazy.on === true) {
      const text = textOf(line.subarray(first));
      if (text !== null) {
        this.held = { ok: 'lazy', line: lineNumber, column: first, offset: offset + first, text };
        return;
      }
    }
    this.read(line, first, lineNumber, offset);
  }

  /** Reads one line as it is read without `--jobs`. */
  private read(line: Uint8Array, first: number, lineNumber: number, offset: number): void {
    if (this.open !== null) {
      if (!this.continues(line, first)) this.finish();
      else {
        this.bytes.add(NEWLINE, false);
        if (!this.open.broken) this.grammar.step(this.grammar.inString ? SPACE : LF);
        this.walk(line, 0, lineNumber, offset);
        return;
      }
    }
    if (first === -1) return;
    if (this.mode !== DOCUMENT && this.whole(line, first, lineNumber, offset)) return;
    this.begin(line, first, lineNumber, offset);
    this.walk(line, first, lineNumber, offset);
  }

  /** A line too long to hold: the open record ends, and the line is reported as too large. */
  tooLong(lineNumber: number, offset: number): void {
    if (this.held !== null) this.release(true);
    if (this.open !== null) this.finish();
    this.emit(_problemAt({ line: lineNumber, column: 0, offset }, _tooLarge(this.limit)));
  }

  /** The input has ended. */
  end(): void {
    if (this.held !== null) this.release(true);
    if (this.open !== null) this.finish();
  }

  /**
   * The held line: handed on unparsed when what follows it cannot change its records (a line
   * starting with `{`, a line too long to hold, the end of the input), else read now, as always.
   */
  private release(sealed: boolean): void {
    const held = this.held as _LazyRecord;
    this.held = null;
    if (sealed) {
      (this.queue as _LazyQueue).add(held);
      (this.lazy as _LazySink).take(held);
      return;
    }
    this.read(this.lineOf(held), held.column, held.line, held.offset - held.column);
  }

  /** A held line's bytes again (blanks before its `{`). */
  private lineOf(held: _LazyRecord): Uint8Array {
    const body = encoder.encode(held.text);
    const line = new Uint8Array(held.column + body.length).fill(SPACE);
    line.set(body, held.column);
    return line;
  }

  /**
   * The records of a line handed on unparsed that is not JSON on its own: walked as {@link read}
   * walks it (learning first keys), the line after it starting a new record.
   */
  private walkAlone(held: _LazyRecord): readonly _RawRecord[] {
    const records: _RawRecord[] = [];
    const emit = this.emit;
    const { open, mode } = this;
    this.emit = (r) => records.push(r);
    try {
      const line = this.lineOf(held);
      const offset = held.offset - held.column;
      this.open = null;
      this.begin(line, held.column, held.line, offset);
      this.walk(line, held.column, held.line, offset);
      if (this.open !== null) this.finish();
    } finally {
      this.emit = emit;
      this.open = open;
      this.mode = mode;
      this.bytes.reset();
      this.grammar.reset();
    }
    return records;
  }

  /** Whether the open record goes on onto this line. */
  private continues(line: Uint8Array, first: number): boolean {
    const open = this.open as Open;
    const startsRecord = first !== -1 && line[first] === OPEN_BRACE && (this.mode !== DOCUMENT || first <= open.indent);
    if (this.mode === UNDECIDED) this.mode = startsRecord ? NDJSON : DOCUMENT;
    if (startsRecord) return false;
    return this.mode === DOCUMENT || (!open.broken && this.grammar.inString);
  }

  /** The fast path: the whole line is one JSON value. */
  private whole(line: Uint8Array, first: number, lineNumber: number, offset: number): boolean {
    if (line[first] !== OPEN_BRACE && line[first] !== OPEN_BRACKET) return false;
    this.bytes.reset();
    this.bytes.add(line.subarray(first), false);
    const r = _parseRecord(this.bytes, { line: lineNumber, column: columnOf(line, first), offset: offset + first }, this.limit);
    this.bytes.reset();
    if (!r.ok) return false;
    if (this.mode === UNDECIDED) this.mode = NDJSON;
    this.emit(r);
    return true;
  }

  private begin(line: Uint8Array, at: number, lineNumber: number, offset: number): void {
    // Lines handed on unparsed before this one are resolved first: a walk may learn first keys.
    if (this.queue?.pending === true) this.queue.resolve();
    this.open = { start: { line: lineNumber, column: columnOf(line, at), offset: offset + at }, indent: at, broken: false };
    this.bytes.reset();
    this.grammar.reset();
  }

  /** Walks the line from `from` through the open record's grammar, ending and starting records. */
  private walk(line: Uint8Array, from: number, lineNumber: number, offset: number): void {
    let seg = from;
    for (let j = from; j < line.length; j++) {
      const open = this.open as Open;
      if (!open.broken) {
        j = this.grammar.plainRun(line, j, line.length);
        if (j === line.length) break;
      }
      const r = open.broken ? _BROKEN : this.grammar.step(line[j] as number);
      if (r === _MORE) continue;
      let next: number;
      let end: number;
      if (r === _BROKEN) {
        open.broken = true;
        next = this.resyncInLine(line, j);
        if (next === -1) break;
        end = next;
      } else {
        end = r === _DONE ? j + 1 : j;
        next = firstNonBlank(line, end);
        if (next !== -1 && line[next] !== OPEN_BRACE && line[next] !== OPEN_BRACKET) {
          open.broken = true;
          j = end - 1;
          continue;
        }
      }
      this.bytes.add(line.subarray(seg, end), false);
      const started = open.start.line === lineNumber;
      this.finish();
      if (this.mode === UNDECIDED) this.mode = started ? NDJSON : DOCUMENT;
      if (next === -1) return;
      this.begin(line, next, lineNumber, offset);
      seg = next;
      j = next - 1;
    }
    this.bytes.add(line.subarray(seg), true);
    if (!(this.open as Open).broken && this.grammar.complete) {
      this.finish();
      if (this.mode === UNDECIDED) this.mode = NDJSON;
    }
  }

  private finish(): void {
    const open = this.open as Open;
    this.open = null;
    const r = _parseRecord(this.bytes, open.start, this.limit);
    if (r.ok && this.firstKeys.size < MAX_FIRST_KEYS) _learnFirstKey(r.value, this.firstKeys);
    this.emit(r);
    this.bytes.reset();
  }

  /**
   * After a record breaks at `from` (the byte that breaks it), finds where the next of several documents on the same line
   * (`{...}{...}`) starts: a `{` where no nested value could start (not after `:`, `,` or `[`), whose value is whole, followed by the end of the line
   * or another `{`, and (once records have been read) with a first key the records start with.
   * @returns The index of that `{`, or -1.
   */
  private resyncInLine(line: Uint8Array, from: number): number {
    const g = new _JsonGrammar();
    let prev = 0;
    for (let k = from - 1; k >= 0 && prev === 0; k--) if (!_isBlank(line[k] as number)) prev = line[k] as number;
    for (let p = from; p < line.length; p++) {
      const b = line[p] as number;
      if (b === OPEN_BRACE && prev !== COLON && prev !== COMMA && prev !== OPEN_BRACKET && _firstKeyFits(line, p, line.length, this.firstKeys)) {
        g.reset();
        let q = p;
        let r = _MORE;
        while (q < line.length && r === _MORE) r = g.step(line[q++] as number);
        const next = firstNonBlank(line, q);
        if (r === _DONE && (next === -1 || line[next] === OPEN_BRACE)) return p;
      }
      if (!_isBlank(b)) prev = b;
    }
    return -1;
  }
}
