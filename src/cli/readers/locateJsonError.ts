/**
 * Finds where and why a JSON text is invalid, to report a malformed record without quoting it
 * (V8's own messages repeat part of the input, which could be personal data). Only called after
 * `JSON.parse` has failed, so it favours clarity over speed. Iterative: deep nesting cannot
 * overflow the stack.
 */

/** Where a JSON text goes wrong: a character offset and a plain reason. */
export interface _JsonErrorLocation {
  readonly offset: number;
  readonly reason: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

/** What one step of the scan gives: the error, or `null` to go on. */
type Step = _JsonErrorLocation | null;

/** A JSON scanner: a position, what may come next, and the open objects and arrays. */
class Scanner {
  i = 0;
  state: State = 'value';
  private readonly stack: ('{' | '[')[] = [];

  constructor(private readonly text: string) {}

  fail(reason: string, at = this.i): _JsonErrorLocation {
    return { offset: at, reason };
  }

  /** Moves past spaces, tabs and line breaks. */
  skipSpace(): void {
    const { text } = this;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      this.i++;
    }
  }

  /** Reads the token at the position, as the state allows. */
  step(c: string): Step {
    switch (this.state) {
      case 'value':
      case 'value-or-close':
        return this.value(c);
      case 'key':
      case 'key-or-close':
        return this.key(c);
      case 'colon':
        if (c !== ':') return this.fail("a missing ':' after a property name");
        this.i++;
        this.state = 'value';
        return null;
      case 'comma-or-close':
        return this.commaOrClose(c);
      case 'end':
        return this.fail('extra content after the end of the record');
    }
  }

  private afterValue(): void {
    this.state = this.stack.length === 0 ? 'end' : 'comma-or-close';
  }

  private open(c: '{' | '['): void {
    this.stack.push(c);
    this.i++;
    this.state = c === '{' ? 'key-or-close' : 'value-or-close';
  }

  private close(): void {
    this.i++;
    this.stack.pop();
    this.afterValue();
  }

  private value(c: string): Step {
    const { text } = this;
    if (c === ']' && this.state === 'value-or-close') this.close();
    else if (c === '{' || c === '[') this.open(c);
    else if (c === '"') {
      const e = this.string();
      if (e !== null) return e;
      this.afterValue();
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = this.i;
      if (!NUMBER.test(text)) return this.fail('an invalid number');
      this.i = NUMBER.lastIndex;
      this.afterValue();
    } else if (text.startsWith('true', this.i) || text.startsWith('null', this.i)) {
      this.i += 4;
      this.afterValue();
    } else if (text.startsWith('false', this.i)) {
      this.i += 5;
      this.afterValue();
    } else {
      return this.fail(c === ']' || c === '}' ? 'a value is missing (a trailing comma?)' : 'an unexpected character where a value should be');
    }
    return null;
  }

  private key(c: string): Step {
    if (c === '}' && this.state === 'key-or-close') this.close();
    else if (c === '"') {
      const e = this.string();
      if (e !== null) return e;
      this.state = 'colon';
    } else {
      return this.fail(c === '}' ? 'a property is missing after a comma (a trailing comma?)' : 'a property name that is not in double quotes');
    }
    return null;
  }

  private commaOrClose(c: string): Step {
    const top = this.stack[this.stack.length - 1];
    if (c === ',') {
      this.i++;
      this.state = top === '{' ? 'key' : 'value';
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      this.close();
    } else {
      return this.fail(`a missing ',' or '${top === '{' ? '}' : ']'}'`);
    }
    return null;
  }

  /** Reads a string from its opening quote to past its closing quote. */
  private string(): Step {
    const { text } = this;
    const start = this.i;
    this.i++;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === 0x22) {
        this.i++;
        return null;
      }
      if (c === 0x5c) {
        const e = text[this.i + 1];
        if (e === 'u') {
          HEX4.lastIndex = this.i + 2;
          if (!HEX4.test(text)) return this.fail('an invalid \\u escape in a string');
          this.i += 6;
          continue;
        }
        if (e === undefined || !ESCAPES.has(e)) return this.fail('an invalid escape (backslash) in a string');
        this.i += 2;
        continue;
      }
      if (c < 0x20) return this.fail('a control character or raw line break inside a string');
      this.i++;
    }
    return this.fail('a string that is never closed', start);
  }
}

/**
 * Locates the first syntax error in `text`.
 * @param text - A JSON text that `JSON.parse` rejected.
 * @returns The offset and reason, or `null` if no error is found.
 */
export function _locateJsonError(text: string): _JsonErrorLocation | null {
  const scanner = new Scanner(text);
  for (;;) {
    scanner.skipSpace();
    if (scanner.i >= text.length) return scanner.state === 'end' ? null : scanner.fail('the record ends before it is complete (truncated?)');
    const e = scanner.step(text[scanner.i] as string);
    if (e !== null) return e;
  }
}
