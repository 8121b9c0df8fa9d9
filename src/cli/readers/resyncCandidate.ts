/**
 * After a broken element of a JSON array, the reader looks for the next element: every `{` that
 * follows a comma is a candidate, and it is taken only when what follows reads as the rest of an
 * array of records — the candidate is a whole value, then a comma and one more whole value, or the
 * closing `]` and then no `,`, `}` or `]` (which would mean the candidate was an object nested
 * inside the broken record). When the records read so far were objects, the candidate must instead
 * start with the same first key as one of them (`"schemaVersion"` in an export of PEPs), which
 * nested objects seldom do, and a whole value and a comma are enough (a keyed candidate that breaks
 * is the next record, broken too). The look-ahead is bounded; a candidate that runs past it is dropped.
 */
import { _firstKeyFits } from './firstKeys';
import { _BROKEN, _DONE_BEFORE, _isBlank, _JsonGrammar, _MORE } from './jsonGrammar';
import type { _CursorState } from './recordBytes';

const COMMA = 0x2c;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
const COLON = 0x3a;

/** The candidate is not the next element. */
export const _FAIL = -1;
/** The candidate is the next element. */
export const _ACCEPT = 1;

const FIRST = 0;
const AFTER_FIRST = 1;
const BEFORE_SECOND = 2;
const SECOND = 3;
const AFTER_SECOND = 4;
const AFTER_CLOSE = 5;

/** One possible start of the next element, checked byte by byte. */
export class _Candidate {
  private stage = FIRST;
  private readonly grammar = new _JsonGrammar();
  private buffer = new Uint8Array(1024);
  private length = 0;

  /**
   * @param start - The cursor before the candidate's `{`.
   * @param brokenLength - Bytes of the broken element before the comma that precedes the candidate.
   * @param lookahead - The most bytes to hold before giving up.
   * @param firstKeys - First keys of the records read so far (empty: any object will do).
   */
  constructor(
    readonly start: _CursorState,
    readonly brokenLength: number,
    private readonly lookahead: number,
    private readonly firstKeys: ReadonlySet<string>,
  ) {}


  /** The bytes read since the candidate's `{`, included. */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** Whether the input may end here with the candidate taken. */
  atEnd(): boolean {
    return this.stage === AFTER_CLOSE || this.stage === AFTER_FIRST || this.stage === BEFORE_SECOND || this.stage === AFTER_SECOND;
  }

  /**
   * Reads one byte.
   * @returns {@link _FAIL}, {@link _ACCEPT}, or 0 to go on.
   */
  step(b: number): number {
    if (this.length === this.lookahead) return _FAIL;
    if (this.length === this.buffer.length) {
      const bigger = new Uint8Array(Math.min(this.buffer.length * 2, this.lookahead));
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.length++] = b;
    return this.read(b);
  }

  private read(b: number): number {
    switch (this.stage) {
      case FIRST:
      case SECOND:
        return this.value(b);
      case AFTER_FIRST:
      case AFTER_SECOND:
        if (_isBlank(b)) return 0;
        if (b === CLOSE_BRACKET) this.stage = AFTER_CLOSE;
        else if (b === COMMA) {
          // With the records' first keys known, a keyed candidate and a comma are enough.
          if (this.stage === AFTER_SECOND || this.firstKeys.size > 0) return _ACCEPT;
          this.stage = BEFORE_SECOND;
        }
        else return _FAIL;
        return 0;
      case BEFORE_SECOND:
        if (_isBlank(b) || b === COMMA) return 0;
        if (b === CLOSE_BRACKET) {
          this.stage = AFTER_CLOSE;
          return 0;
        }
        this.stage = SECOND;
        this.grammar.reset();
        return this.value(b);
      default:
        if (_isBlank(b)) return 0;
        return b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET || b === COLON ? _FAIL : _ACCEPT;
    }
  }

  private value(b: number): number {
    const r = this.grammar.step(b);
    if (r === _MORE) return 0;
    // A candidate that starts like the records read so far and then breaks is the next record,
    // broken too: take it (it is reported on its own, and read past in the same way).
    if (r === _BROKEN) return this.stage === FIRST && this.firstKeys.size > 0 && _firstKeyFits(this.buffer, 0, this.length, this.firstKeys) ? _ACCEPT : _FAIL;
    if (this.stage === FIRST && !_firstKeyFits(this.buffer, 0, this.length, this.firstKeys)) return _FAIL;
    this.stage = this.stage === FIRST ? AFTER_FIRST : AFTER_SECOND;
    return r === _DONE_BEFORE ? this.read(b) : 0;
  }
}
