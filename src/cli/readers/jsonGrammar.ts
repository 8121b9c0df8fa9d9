/**
 * A byte-level JSON grammar for one value, fed a byte at a time. It does not build the value (the
 * record is parsed with `JSON.parse` once its bytes are known); it only says where the value ends
 * and where its bytes stop being JSON, so that the reader can cut records apart and resynchronise
 * after a broken one. Numbers and literals are read loosely as runs of letters, digits, `+-.`.
 */

const LF = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** The byte was taken; the value goes on. */
export const _MORE = 0;
/** The byte completed the value. */
export const _DONE = 1;
/** The value (a bare number or literal) ended just before this byte, which is not part of it. */
export const _DONE_BEFORE = 2;
/** The byte cannot come here in JSON (or a raw line break inside a string): the value is broken. */
export const _BROKEN = 3;

const VALUE = 0;
const VALUE_OR_CLOSE = 1;
const KEY = 2;
const KEY_OR_CLOSE = 3;
const AFTER_KEY = 4;
const COMMA_OR_CLOSE = 5;
const IN_STRING = 6;
const ESCAPE = 7;
const SCALAR = 8;
const FINISHED = 9;

const OBJECT = 0;
const ARRAY = 1;

/** Space, tab, CR, LF. */
export function _isBlank(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0d || b === LF;
}

/** A byte of a bare number or literal (`-12.5e3`, `true`, `null`). */
function isScalarByte(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x2d || b === 0x2b || b === 0x2e;
}

/**
 * The grammar of one JSON value.
 * @example
 * const g = new _JsonGrammar();
 * [...new TextEncoder().encode('{"a":1}')].map((b) => g.step(b)).at(-1); // _DONE
 */
export class _JsonGrammar {
  private state = VALUE;
  private readonly stack: number[] = [];
  private stringIsKey = false;

  /** Starts a new value. */
  reset(): void {
    this.state = VALUE;
    this.stack.length = 0;
    this.stringIsKey = false;
  }

  /** Inside a string (so a line break here would be a raw line break in the string). */
  get inString(): boolean {
    return this.state === IN_STRING || this.state === ESCAPE;
  }

  /**
   * Inside a string (not after a backslash): the index of the first byte from `from` that the grammar
   * must see (a quote, a backslash or a line feed), or `to`. The bytes before it are plain string
   * content; the caller moves past them without stepping. Returns `from` when not inside a string.
   */
  plainRun(bytes: Uint8Array, from: number, to: number): number {
    if (this.state !== IN_STRING) return from;
    let i = from;
    while (i < to) {
      const b = bytes[i] as number;
      if (b === QUOTE || b === BACKSLASH || b === LF) break;
      i++;
    }
    return i;
  }

  /** The value is complete if the input stops here (a closed container, or a bare number at the top). */
  get complete(): boolean {
    return this.state === FINISHED || (this.state === SCALAR && this.stack.length === 0);
  }

  /** Nothing but blanks has been read. */
  get empty(): boolean {
    return this.state === VALUE && this.stack.length === 0;
  }

  /**
   * Reads one byte.
   * @returns {@link _MORE}, {@link _DONE}, {@link _DONE_BEFORE} or {@link _BROKEN}.
   */
  step(b: number): number {
    switch (this.state) {
      case IN_STRING:
        if (b === QUOTE) return this.stringEnd();
        if (b === BACKSLASH) this.state = ESCAPE;
        else if (b === LF) return _BROKEN;
        return _MORE;
      case ESCAPE:
        if (b === LF) return _BROKEN;
        this.state = IN_STRING;
        return _MORE;
      case SCALAR:
        if (isScalarByte(b)) return _MORE;
        if (this.afterValue() === _DONE) return _DONE_BEFORE;
        return this.step(b);
      case FINISHED:
        return _BROKEN;
      default:
        return _isBlank(b) ? _MORE : this.token(b);
    }
  }

  private token(b: number): number {
    switch (this.state) {
      case VALUE:
      case VALUE_OR_CLOSE:
        return this.value(b);
      case KEY:
      case KEY_OR_CLOSE:
        if (b === QUOTE) {
          this.state = IN_STRING;
          this.stringIsKey = true;
          return _MORE;
        }
        return b === CLOSE_BRACE && this.state === KEY_OR_CLOSE ? this.close() : _BROKEN;
      case AFTER_KEY:
        if (b !== COLON) return _BROKEN;
        this.state = VALUE;
        return _MORE;
      default:
        return this.commaOrClose(b);
    }
  }

  private value(b: number): number {
    if (b === OPEN_BRACE || b === OPEN_BRACKET) {
      this.stack.push(b === OPEN_BRACE ? OBJECT : ARRAY);
      this.state = b === OPEN_BRACE ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
      return _MORE;
    }
    if (b === QUOTE) {
      this.state = IN_STRING;
      this.stringIsKey = false;
      return _MORE;
    }
    if (b === CLOSE_BRACKET && this.state === VALUE_OR_CLOSE) return this.close();
    if (!isScalarByte(b)) return _BROKEN;
    this.state = SCALAR;
    return _MORE;
  }

  private commaOrClose(b: number): number {
    const top = this.stack[this.stack.length - 1];
    if (b === COMMA) {
      this.state = top === OBJECT ? KEY : VALUE;
      return _MORE;
    }
    if ((b === CLOSE_BRACE && top === OBJECT) || (b === CLOSE_BRACKET && top === ARRAY)) return this.close();
    return _BROKEN;
  }

  private stringEnd(): number {
    if (this.stringIsKey) {
      this.state = AFTER_KEY;
      return _MORE;
    }
    return this.afterValue();
  }

  private close(): number {
    this.stack.pop();
    return this.afterValue();
  }

  private afterValue(): number {
    if (this.stack.length === 0) {
      this.state = FINISHED;
      return _DONE;
    }
    this.state = COMMA_OR_CLOSE;
    return _MORE;
  }
}
