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

/**
 * Locates the first syntax error in `text`.
 * @param text - A JSON text that `JSON.parse` rejected.
 * @returns The offset and reason, or `null` if no error is found.
 */
export function _locateJsonError(text: string): _JsonErrorLocation | null {
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  let state = 'value' as State; // widened: afterValue() assigns it inside a closure
  let i = 0;
  const fail = (reason: string, at = i): _JsonErrorLocation => ({ offset: at, reason });
  const afterValue = (): void => {
    state = stack.length === 0 ? 'end' : 'comma-or-close';
  };
  const scanString = (): _JsonErrorLocation | null => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) return fail('an invalid \\u escape in a string');
          i += 6;
          continue;
        }
        if (e === undefined || !ESCAPES.has(e)) return fail('an invalid escape (backslash) in a string');
        i += 2;
        continue;
      }
      if (c < 0x20) return fail('a control character or raw line break inside a string');
      i++;
    }
    return fail('a string that is never closed', start);
  };
  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      i++;
    }
    if (i >= n) return state === 'end' ? null : fail('the record ends before it is complete (truncated?)');
    const c = text[i] as string;
    switch (state) {
      case 'value':
      case 'value-or-close':
        if (c === ']' && state === 'value-or-close') {
          i++;
          stack.pop();
          afterValue();
        } else if (c === '{') {
          stack.push('{');
          i++;
          state = 'key-or-close';
        } else if (c === '[') {
          stack.push('[');
          i++;
          state = 'value-or-close';
        } else if (c === '"') {
          const e = scanString();
          if (e !== null) return e;
          afterValue();
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text)) return fail('an invalid number');
          i = NUMBER.lastIndex;
          afterValue();
        } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
          i += 4;
          afterValue();
        } else if (text.startsWith('false', i)) {
          i += 5;
          afterValue();
        } else {
          return fail(c === ']' || c === '}' ? 'a value is missing (a trailing comma?)' : 'an unexpected character where a value should be');
        }
        break;
      case 'key':
      case 'key-or-close':
        if (c === '}' && state === 'key-or-close') {
          i++;
          stack.pop();
          afterValue();
        } else if (c === '"') {
          const e = scanString();
          if (e !== null) return e;
          state = 'colon';
        } else {
          return fail(c === '}' ? 'a property is missing after a comma (a trailing comma?)' : 'a property name that is not in double quotes');
        }
        break;
      case 'colon':
        if (c !== ':') return fail("a missing ':' after a property name");
        i++;
        state = 'value';
        break;
      case 'comma-or-close': {
        const top = stack[stack.length - 1];
        if (c === ',') {
          i++;
          state = top === '{' ? 'key' : 'value';
        } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
          i++;
          stack.pop();
          afterValue();
        } else {
          return fail(`a missing ',' or '${top === '{' ? '}' : ']'}'`);
        }
        break;
      }
      case 'end':
        return fail('extra content after the end of the record');
    }
  }
}
