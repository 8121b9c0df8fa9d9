/**
 * The first keys of the records read so far. Exports write every record with the same serialiser,
 * so records start with the same key (`"schemaVersion"` for PEPs); an object nested inside a record
 * seldom does. The reader uses this to tell the next record from a nested object when it
 * resynchronises after a broken record.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const keyDecoder = new TextDecoder();

/** How many different first keys are remembered. */
export const MAX_FIRST_KEYS = 8;

/**
 * Remembers the first key of a record that is a plain object.
 * @example
 * const keys = new Set<string>();
 * _learnFirstKey({ schemaVersion: 1, id: 'p1' }, keys); // keys: {'schemaVersion'}
 */
export function _learnFirstKey(value: unknown, keys: Set<string>): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  for (const k of Object.keys(value)) {
    keys.add(k);
    return;
  }
}

/**
 * Whether the object whose `{` is at `at` starts with one of the keys (any object does while no
 * key is known).
 * @example
 * _firstKeyFits(new TextEncoder().encode('{"id":1}'), 0, 8, new Set(['id'])); // true
 */
export function _firstKeyFits(bytes: Uint8Array, at: number, end: number, keys: ReadonlySet<string>): boolean {
  if (keys.size === 0) return true;
  let i = at + 1;
  while (i < end && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d || bytes[i] === 0x0a)) i++;
  if (bytes[i] !== QUOTE) return false;
  const from = i + 1;
  for (i = from; i < end && bytes[i] !== QUOTE; i++) if (bytes[i] === BACKSLASH) i++;
  return i < end && keys.has(keyDecoder.decode(bytes.subarray(from, i)));
}
