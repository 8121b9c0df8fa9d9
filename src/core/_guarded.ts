/*
 * Hostile objects at the public boundary. A Proxy whose traps throw, or a getter that throws, can make
 * any read of the input throw. Each public function runs its body through `_guarded`: when the body
 * throws and an argument holds a part that cannot be read, the body runs once more on a plain copy in
 * which every unreadable part is replaced by a marker the function's own checks reject (a symbol: not a
 * string, number, array or object), so the answer carries the usual finding at that place instead of
 * an exception, and nothing unreadable is ever taken as missing. A throw with fully readable arguments
 * is a defect and still surfaces.
 */

/** Stands in for a value that threw when read, or that was seen before (a cycle). */
const UNREADABLE: unique symbol = Symbol('unreadable');
/** Deeper than any PEP, policy or calendar; deeper parts are replaced by the marker. */
const MAX_DEPTH = 2000;

interface CopyState {
  found: boolean;
  readonly seen: WeakSet<object>;
}

function copyObject(value: object, depth: number, state: CopyState): unknown {
  if (depth > MAX_DEPTH || state.seen.has(value)) {
    state.found = true;
    return UNREADABLE;
  }
  state.seen.add(value);
  const foundBefore = state.found;
  state.found = false;
  try {
    const copy = copyParts(value, depth, state);
    // A part read without trouble is passed on as it is: trusted policies and calendars keep their identity.
    return state.found ? copy : value;
  } catch {
    state.found = true;
    return UNREADABLE;
  } finally {
    state.found ||= foundBefore;
    state.seen.delete(value);
  }
}

function copyParts(value: object, depth: number, state: CopyState): unknown {
  if (Array.isArray(value)) {
    const length = value.length;
    const out: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) out[i] = readable(value[i], depth + 1, state);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // defineProperty keeps a key such as "__proto__" an own data field of the copy.
    Object.defineProperty(out, key, { value: readable((value as Record<string, unknown>)[key], depth + 1, state), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function readable(value: unknown, depth: number, state: CopyState): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  if (typeof value === 'function') return value;
  return copyObject(value, depth, state);
}

/**
 * Runs a public function's body; on a throw caused by an unreadable argument, runs it again on plain
 * copies with the unreadable parts marked (see the comment at the top of this file).
 * @param body - The function's body, as a function of the same arguments.
 * @param args - The call's `arguments`.
 * @returns What the body returns.
 * @internal
 */
export function _guarded<R>(body: (...args: never[]) => R, args: readonly unknown[]): R {
  try {
    return body.apply(undefined, args as unknown as never[]);
  } catch (error) {
    const state: CopyState = { found: false, seen: new WeakSet() };
    const copies: unknown[] = [];
    for (let i = 0; i < args.length; i++) copies.push(readable(args[i], 0, state));
    if (!state.found) throw error;
    return body.apply(undefined, copies as never[]);
  }
}
