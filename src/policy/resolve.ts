import { finding } from '../core/finding';
import { _gatePolicy, type PolicyGateResult } from './gate';
import { england } from './presets/england';

/*
 * Where modules pass their `policy` option through the gate. It holds no schema: the check of a
 * policy that is not yet trusted is registered by definePolicy when the policy module is loaded, so
 * a module that only reads trusted policies (scoreSdq's entry point, the SMART checks) does not pull
 * the schema library into a host's bundle.
 */

let check: ((value: unknown) => PolicyGateResult) | null = null;

/**
 * Registers how an untrusted policy is checked (definePolicy does this when it is loaded).
 * @param fn - The check.
 * @internal
 */
export function _registerPolicyCheck(fn: (value: unknown) => PolicyGateResult): void {
  check = fn;
}

function notChecked(): PolicyGateResult {
  return {
    ok: false,
    findings: [
      finding(
        'POLICY-NOT-CHECKED',
        'error',
        'This policy has not been through definePolicy: build it with definePolicy from pep-rules/policy, or use one of its presets.',
        [],
      ),
    ],
  };
}

/**
 * The policy gate with a given check for policies that are not yet trusted: `undefined` is the
 * `england` preset; a policy from definePolicy or `policies` is trusted as it is (no re-check); any
 * other value is checked once and the answer remembered.
 * @param value - The `policy` option.
 * @param checkUntrusted - How to check a policy that is not yet trusted.
 * @returns `{ ok: true, policy }` or `{ ok: false, findings }`.
 * @internal
 */
export function _resolvePolicyWith(value: unknown, checkUntrusted: (value: unknown) => PolicyGateResult): PolicyGateResult {
  if (value === undefined) return { ok: true, policy: england };
  return _gatePolicy(value, checkUntrusted);
}

/**
 * The policy gate for the modules whose entry points stay free of the schema library (sdq, smart):
 * an untrusted object is checked with definePolicy when the policy module is loaded (it registers
 * itself, and so do the presets); otherwise it is refused with `POLICY-NOT-CHECKED`.
 * @param value - The `policy` option.
 * @returns `{ ok: true, policy }` or `{ ok: false, findings }`.
 * @internal
 */
export function _resolvePolicyLight(value: unknown): PolicyGateResult {
  return _resolvePolicyWith(value, check ?? notChecked);
}
