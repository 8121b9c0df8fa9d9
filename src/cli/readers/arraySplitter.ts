/**
 * Cuts a JSON array (or several, one after another) into its elements, one at a time, as bytes
 * arrive. Each element is checked by a byte-level JSON grammar; an element whose bytes stop being
 * JSON is *broken*, and the splitter then resynchronises: it reads on (from the broken element's
 * start) until a candidate next element is confirmed (see {@link _Candidate}), reports the broken
 * element once, and reads the rest as before. One bad element never changes how the others are read.
 */
import { _learnFirstKey, MAX_FIRST_KEYS } from './firstKeys';
import { _BROKEN, _DONE, _DONE_BEFORE, _isBlank, _JsonGrammar, _MORE } from './jsonGrammar';
import { _parseRecord, _problemAt, _RecordBytes, type _Cursor, type _CursorState, type _RawRecord, type _Start } from './recordBytes';
import { _ACCEPT, _Candidate, _FAIL } from './resyncCandidate';

const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
const COLON = 0x3a;
const QUOTE = 0x22;

/** Candidates checked at once after a broken element, and the bytes each may look ahead. */
const MAX_CANDIDATES = 8;
const MAX_LOOKAHEAD_BYTES = 4 * 1024 * 1024;

const BEFORE = 0;
const OPEN = 1;
const VALUE = 2;
const ELEMENT = 3;
const AFTER = 4;
const CLOSED = 5;
const RESYNC = 6;

/** Splits JSON arrays into records. */
export class _ArraySplitter {
  private mode = BEFORE;
  private readonly grammar = new _JsonGrammar();
  private readonly bytes: _RecordBytes;
  private start: _Start = { line: 1, column: 0, offset: 0 };
  private startState: _CursorState | null = null;
  private pending: _RawRecord | null = null;
  private collecting = false;
  private seg = 0;
  private candidates: _Candidate[] = [];
  private prevNonBlank = 0;
  private lengthAtComma = 0;
  private lastStrayLine = -1;
  private readonly lookahead: number;
  /**
   * After `,` the element before it is held until the next element shows it is not the rest of the
   * held one: `{...}},"key": ...` (a brace too many inside a record) must not pass as a short record.
   */
  private held = false;
  /** While held: a string element is read to see whether `:` follows it (bytes from, to, start). */
  private probe: { from: number; to: number; start: _Start; state: _CursorState } | null = null;
  /** First keys of the object records read so far (a few), to recognise the next record after a broken one. */
  private readonly firstKeys = new Set<string>();

  /**
   * @param cursor - The input position, at the opening `[` (not yet read).
   * @param limit - Record size limit in bytes.
   * @param emit - Where records go.
   */
  constructor(
    private readonly cursor: _Cursor,
    private readonly limit: number,
    private readonly emit: (r: _RawRecord) => void,
  ) {
    this.bytes = new _RecordBytes(limit);
    this.lookahead = Math.min(2 * limit, MAX_LOOKAHEAD_BYTES);
  }

  /** Reads the next bytes. */
  feed(buf: Uint8Array): void {
    const outer = this.seg;
    this.seg = 0;
    for (let i = 0; i < buf.length; i++) {
      if (this.mode === ELEMENT) {
        // Plain string content: move past it at once (no line feeds in it; count continuation bytes).
        const j = this.grammar.plainRun(buf, i, buf.length);
        if (j > i) {
          this.cursor.skip(buf, i, j);
          i = j;
          if (i === buf.length) break;
        }
      }
      const b = buf[i] as number;
      this.cursor.advance(b);
      if (this.mode === ELEMENT) this.element(b, buf, i);
      else if (this.mode === RESYNC) this.resync(b, buf, i);
      else if (this.mode === AFTER) this.after(b, buf, i);
      else if (!_isBlank(b)) this.between(b, buf, i);
    }
    if (this.collecting) {
      this.bytes.add(buf.subarray(this.seg), true);
      if (this.mode === AFTER || this.held) this.bytes.own();
    }
    this.seg = outer;
  }

  /** The input has ended: reports an unfinished element or an unclosed array. */
  end(): void {
    if (this.mode === RESYNC) {
      const taken = this.candidates.find((c) => c.atEnd());
      if (taken === undefined) {
        this.emit(_parseRecord(this.bytes, this.start, this.limit));
        return;
      }
      this.take(taken, new Uint8Array(0), -1);
      this.end();
      return;
    }
    if (this.probe !== null) this.unprobe();
    if (this.held) this.emitPending();
    if (this.mode === ELEMENT) this.emit(_parseRecord(this.bytes, this.start, this.limit));
    if (this.mode === AFTER) this.emitPending();
    if (this.mode === AFTER || this.mode === OPEN || this.mode === VALUE) {
      this.emit(
        _problemAt({ line: this.cursor.line, column: 0, offset: this.cursor.offset }, {
          code: 'CLI-JSON-ARRAY-UNCLOSED',
          message: 'The JSON array is not closed with `]`: the export may be truncated.',
        }),
      );
    }
  }

  private element(b: number, buf: Uint8Array, i: number): void {
    const r = this.grammar.step(b);
    if (r === _MORE) return;
    if (r === _BROKEN) {
      this.broken(buf, i);
      return;
    }
    this.bytes.add(buf.subarray(this.seg, r === _DONE ? i + 1 : i), false);
    this.seg = r === _DONE ? i + 1 : i;
    this.mode = AFTER;
    if (this.probe !== null) this.probe.to = this.bytes.length;
    else this.pending = _parseRecord(this.bytes, this.start, this.limit);
    if (r === _DONE_BEFORE) this.after(b, buf, i);
  }

  /** After an element: a comma or `]` confirms it; another value means a missing comma; anything else breaks it. */
  private after(b: number, buf: Uint8Array, i: number): void {
    if (_isBlank(b)) return;
    if (this.probe !== null) {
      if (b === COLON) {
        // `"key":` after the held element: the held element closed too early. It is broken.
        this.probe = null;
        this.held = false;
        this.pending = null;
        this.broken(buf, i);
        return;
      }
      this.unprobe(buf, i);
    }
    if (b === COMMA && this.pending?.ok === true) {
      this.held = true;
      this.mode = VALUE;
      return;
    }
    if (b === COMMA || b === CLOSE_BRACKET) {
      this.emitPending();
      this.mode = b === COMMA ? VALUE : CLOSED;
      return;
    }
    if (b === CLOSE_BRACE || b === COLON) {
      this.pending = null;
      this.broken(buf, i);
      return;
    }
    this.emitPending();
    this.stray('The JSON array has a missing comma between two records.');
    this.startElement(b, buf, i);
  }

  private emitPending(): void {
    const p = this.pending as _RawRecord;
    this.pending = null;
    this.held = false;
    if (p.ok && this.firstKeys.size < MAX_FIRST_KEYS) _learnFirstKey(p.value, this.firstKeys);
    this.collecting = false;
    this.bytes.reset();
    this.emit(p);
  }

  private between(b: number, buf: Uint8Array, i: number): void {
    switch (this.mode) {
      case BEFORE:
        this.mode = OPEN;
        return;
      case CLOSED:
        if (b === OPEN_BRACKET) this.mode = OPEN;
        else this.stray('The input has content after the end of the JSON array.');
        return;
      default:
        if (this.held && b === QUOTE) {
          this.startProbe(b, buf, i);
          return;
        }
        if (this.held) this.emitPending();
        if (b === CLOSE_BRACKET) {
          if (this.mode === VALUE) this.stray('The JSON array has a comma with no record after it.');
          this.mode = CLOSED;
        } else if (b === COMMA) {
          this.stray('The JSON array has an empty element (two commas, or a comma first).');
          this.mode = VALUE;
        } else {
          this.startElement(b, buf, i);
        }
    }
  }

  /** While an element is held, a string starts: read it without letting the held element go. */
  private startProbe(b: number, buf: Uint8Array, i: number): void {
    const from = this.bytes.length + (i - this.seg);
    this.probe = { from, to: from, start: this.cursor.previous(), state: this.cursor.savePrevious() };
    this.grammar.reset();
    this.mode = ELEMENT;
    this.element(b, buf, i);
  }

  /** The string after the held element is an element of its own: let the held one go, then read the string as the pending one. */
  private unprobe(buf: Uint8Array = new Uint8Array(0), i = -1): void {
    const probe = this.probe as NonNullable<typeof this.probe>;
    this.probe = null;
    this.bytes.add(buf.subarray(this.seg, i + 1), false);
    this.seg = i + 1;
    const rest = this.bytes.joined().slice(probe.from);
    this.emitPending();
    const own = new _RecordBytes(this.limit);
    own.add(rest.subarray(0, probe.to - probe.from), false);
    this.pending = _parseRecord(own, probe.start, this.limit);
    this.start = probe.start;
    this.startState = probe.state;
    this.collecting = true;
    this.bytes.add(rest, false);
  }

  private startElement(b: number, buf: Uint8Array, i: number): void {
    this.start = this.cursor.previous();
    this.startState = this.cursor.savePrevious();
    this.bytes.reset();
    this.collecting = true;
    this.seg = i;
    this.grammar.reset();
    this.mode = ELEMENT;
    this.element(b, buf, i);
  }

  private stray(message: string): void {
    const at = this.cursor.previous();
    if (this.lastStrayLine === at.line) return;
    this.lastStrayLine = at.line;
    this.emit(_problemAt(at, { code: 'CLI-JSON-SYNTAX', message }));
  }

  /** The element is broken at byte `i`: read it again from its start, looking for the next element. */
  private broken(buf: Uint8Array, i: number): void {
    // A string that breaks right after a held element is read as the rest of it: both are one broken element.
    this.probe = null;
    this.held = false;
    this.pending = null;
    this.bytes.add(buf.subarray(this.seg, i + 1), false);
    this.mode = RESYNC;
    this.collecting = true;
    this.candidates = [];
    this.prevNonBlank = 0;
    this.lengthAtComma = 0;
    if (this.bytes.overflow || this.startState === null) {
      this.seg = i + 1;
      return;
    }
    const again = this.bytes.joined().slice();
    this.bytes.reset();
    this.cursor.restore(this.startState);
    this.feed(again);
    this.seg = i + 1;
  }

  private resync(b: number, buf: Uint8Array, i: number): void {
    if (b === OPEN_BRACE && this.prevNonBlank === COMMA && this.candidates.length < MAX_CANDIDATES) {
      this.candidates.push(new _Candidate(this.cursor.savePrevious(), this.lengthAtComma, this.lookahead, this.firstKeys));
    }
    if (!_isBlank(b)) {
      if (b === COMMA) this.lengthAtComma = this.bytes.length + (i - this.seg);
      this.prevNonBlank = b;
    }
    let kept = 0;
    for (const c of this.candidates) {
      const r = c.step(b);
      if (r === _ACCEPT) {
        this.take(c, buf, i);
        return;
      }
      if (r !== _FAIL) this.candidates[kept++] = c;
    }
    this.candidates.length = kept;
  }

  /** Takes a candidate: reports the broken element up to it, then reads the candidate's bytes again. */
  private take(c: _Candidate, buf: Uint8Array, i: number): void {
    this.bytes.add(buf.subarray(this.seg, i + 1), false);
    this.bytes.truncate(c.brokenLength);
    this.emit(_parseRecord(this.bytes, this.start, this.limit));
    this.bytes.reset();
    this.collecting = false;
    this.candidates = [];
    this.mode = VALUE;
    this.cursor.restore(c.start);
    this.feed(c.bytes().slice());
    this.seg = i + 1;
  }
}
