import type { Finding } from '../core/finding';
import type { Policy } from './schema';

/*
 * The policy gate. A policy is checked once, when it is made (definePolicy, the presets) or the
 * first time an unchecked object reaches a public function, and trusted after: modules read typed
 * fields from a gated policy and never re-validate it or fall back to literals.
 */

const TRUSTED = new WeakSet<object>();
/** Results for objects that reached the gate without being made by definePolicy. */
const SEEN = new WeakMap<object, PolicyGateResult>();

/** What the gate answers: the trusted policy, or why the value is not one. */
export type PolicyGateResult =
  | { readonly ok: true; readonly policy: Policy }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/**
 * Marks a frozen, fully resolved policy as trusted. Only definePolicy and the presets call it.
 * @param policy - A policy that passed the schema and the cross-checks.
 * @returns The same object.
 * @internal
 */
export function _trustPolicy<P extends Policy>(policy: P): P {
  TRUSTED.add(policy);
  return policy;
}

/**
 * `true` for a policy made by definePolicy or a preset (an O(1) check, no re-validation).
 * @param value - Anything.
 * @returns Whether the value passed the gate.
 * @internal
 */
export function _isTrustedPolicy(value: unknown): value is Policy {
  return typeof value === 'object' && value !== null && TRUSTED.has(value);
}

/**
 * Passes a value through the gate once: trusted policies come back as they are; any other object
 * is checked by `check` (definePolicy), and the answer is remembered for that object.
 * @param value - The `policy` option a host gave.
 * @param check - How to check an untrusted value.
 * @returns The trusted policy or the findings.
 * @internal
 */
export function _gatePolicy(value: unknown, check: (value: unknown) => PolicyGateResult): PolicyGateResult {
  if (_isTrustedPolicy(value)) return { ok: true, policy: value };
  if (typeof value !== 'object' || value === null) return check(value);
  const seen = SEEN.get(value);
  if (seen !== undefined) return seen;
  const result = check(value);
  SEEN.set(value, result);
  return result;
}
