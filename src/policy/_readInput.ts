import { finding, type Finding, type PathSegment } from '../core/finding';

/**
 * Policy input is data. Before anything else looks at it, the gate copies it once into plain JSON
 * objects and arrays: every property is read exactly once (a getter or Proxy cannot answer two ways
 * or throw later), nesting deeper than a policy can be (`POLICY-TOO-DEEP`), an object that contains
 * itself or a value that cannot be read (`POLICY-UNREADABLE`) is a finding, and everything after the
 * copy works on a finite tree and never throws.
 */

/** Deepest nesting accepted: a policy itself is 4 levels deep (`timescales.termlyDeadlines[0].date`). */
export const _MAX_POLICY_DEPTH = 32;

/** The copy, or why the input cannot be read. */
export type _PolicyInputRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly findings: Finding[] };

interface Copied {
  readonly copy: unknown;
  /** Levels of objects and arrays from this value down (0 for a primitive, 1 for `{ a: 1 }`). */
  readonly height: number;
}

interface Walk {
  readonly onPath: Set<object>;
  readonly done: Map<object, Copied>;
  /** Where the walk is; where it stopped when it fails. */
  readonly path: PathSegment[];
  /** Why it stopped: too deep (the default), or a value that contains itself. */
  stop: 'deep' | 'cycle';
}

const MESSAGES = {
  deep: 'The policy is nested too deeply; a policy is a few levels of plain JSON.',
  cycle: 'The policy contains itself (a value refers back to an object around it); give the policy as plain JSON.',
  thrown: 'A value in the policy could not be read (a getter or proxy failed); give the policy as plain JSON.',
} as const;

/**
 * Copies policy input into plain objects and arrays (own enumerable keys only; `__proto__` is
 * dropped), refusing cycles, nesting over {@link _MAX_POLICY_DEPTH} and values that throw when read.
 * @param value - A policy or overrides as a host gave them.
 * @returns `{ ok: true, value }` (the copy) or `{ ok: false, findings }` (`POLICY-TOO-DEEP`, `POLICY-UNREADABLE`).
 * @internal
 */
export function _readPolicyInput(value: unknown): _PolicyInputRead {
  const walk: Walk = { onPath: new Set(), done: new Map(), path: [], stop: 'deep' };
  try {
    const copied = copyValue(value, walk);
    if (copied !== null) return { ok: true, value: copied.copy };
    const code = walk.stop === 'deep' ? 'POLICY-TOO-DEEP' : 'POLICY-UNREADABLE';
    return { ok: false, findings: [finding(code, 'error', MESSAGES[walk.stop], [...walk.path])] };
  } catch {
    return { ok: false, findings: [finding('POLICY-UNREADABLE', 'error', MESSAGES.thrown, [...walk.path])] };
  }
}

/** The copy of `value` with its height, or `null` (leaving `walk.path` and `walk.stop` saying where and why). */
function copyValue(value: unknown, walk: Walk): Copied | null {
  if (value === null || typeof value !== 'object') return { copy: value, height: 0 };
  if (walk.onPath.has(value)) {
    walk.stop = 'cycle';
    return null;
  }
  const depth = walk.path.length;
  const known = walk.done.get(value);
  if (known !== undefined) return depth + known.height > _MAX_POLICY_DEPTH ? null : known;
  if (depth >= _MAX_POLICY_DEPTH) return null;
  walk.onPath.add(value);
  const isArray = Array.isArray(value);
  const copy: unknown[] | Record<string, unknown> = isArray ? [] : {};
  let height = 0;
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || (isArray && !/^\d+$/.test(key))) continue;
    walk.path.push(isArray ? Number(key) : key);
    const child = copyValue((value as Record<string, unknown>)[key], walk);
    if (child === null) return null;
    walk.path.pop();
    (copy as Record<string, unknown>)[key] = child.copy;
    height = Math.max(height, child.height);
  }
  walk.onPath.delete(value);
  const copied = { copy, height: height + 1 };
  walk.done.set(value, copied);
  return copied;
}
