import { toJSONSchema } from 'zod/mini';
import { finding, type Finding } from '../core/finding';
import { _isRecord } from '../core/guards';
import { _checkPolicyConsistency, _findUnsourcedOverrides } from './_checks';
import { _applyLegacySdq } from './_legacySdq';
import { _deepFreeze, _mergePolicy } from './_merge';
import { _readPolicyInput } from './_readInput';
import { _policySchemaFindings } from './_schemaFindings';
import { england } from './presets/england';
import { _isTrustedPolicy, _trustPolicy, type PolicyGateResult } from './gate';
import { _registerPolicyCheck, _resolvePolicyWith } from './resolve';
import { PolicySchema, type Policy, type PolicyInput } from './schema';

/**
 * The result of {@link definePolicy}: a frozen, validated policy or the findings that explain why not.
 * Read `ok`, then `data` or `findings`, as with the rest of the API (`{ ok: true, … } | { ok: false,
 * findings }`). `success` and `issues` are the same values under their older names, kept so existing
 * code keeps working; they will be removed in a future major release.
 */
export type PolicyResult =
  | {
      readonly ok: true;
      readonly data: Policy;
      /** @deprecated Read `ok` (the same boolean). */
      readonly success: true;
    }
  | {
      readonly ok: false;
      /** Why the policy is not valid (codes `POLICY-*`, with paths). */
      readonly findings: Finding[];
      /** @deprecated Read `ok` (the same boolean). */
      readonly success: false;
      /** @deprecated Read `findings` (the same array). */
      readonly issues: Finding[];
    };

/** A failed {@link PolicyResult}: `findings` and the deprecated `issues` are one array. */
function failed(findings: Finding[]): PolicyResult {
  return { ok: false, findings, success: false, issues: findings };
}

/**
 * Builds a council policy: deep-merges `overrides` onto `base` (objects merge, arrays replace,
 * `null` clears a nullable value) and validates the result. A bad policy gives findings
 * (codes `POLICY-*`, with paths), never a throw. The schema is strict: an unknown key is
 * `POLICY-UNKNOWN-KEY`, naming the nearest valid key. Neither argument is mutated; the result is
 * complete (every field present, with its source), deeply frozen and trusted by the policy gate.
 * @param overrides - The council's values, e.g. parsed from a JSON file.
 * @param base - The policy to start from. Default `policies.england`.
 * @returns `{ ok: true, data }` or `{ ok: false, findings }` (also under the deprecated names
 *   `success` and `issues`).
 * @example
 * import { definePolicy } from 'pep-rules/policy';
 * const result = definePolicy({
 *   id: 'exampleshire',
 *   name: 'Exampleshire Virtual School',
 *   targets: { minimumCount: { value: 3, source: 'Exampleshire PEP policy 2025, §4' } },
 * });
 * result.ok && result.data.targets.minimumCount.value;
 * //=> 3
 */
export function definePolicy(overrides: PolicyInput, base?: Policy): PolicyResult;
export function definePolicy(overrides: unknown, base?: Policy): PolicyResult;
export function definePolicy(overrides: unknown, base: Policy = england): PolicyResult {
  const input = _readPolicyInput(overrides);
  if (!input.ok) return failed(input.findings);
  if (!_isRecord(input.value)) return failed([finding('POLICY-NOT-OBJECT', 'error', 'A policy must be a JSON object.', [])]);
  const start = _isTrustedPolicy(base) ? { ok: true as const, value: base } : _readPolicyInput(base);
  if (!start.ok) return failed(start.findings);
  const unsourced = _findUnsourcedOverrides(start.value, input.value, []);
  const merged = _mergePolicy<unknown>(start.value, input.value);
  const parsed = PolicySchema.safeParse(merged);
  if (!parsed.success) return failed([..._policySchemaFindings(parsed.error.issues, merged), ...unsourced]);
  if (unsourced.length > 0) return failed(unsourced);
  const policy = _applyLegacySdq(start.value as Policy, input.value, parsed.data);
  const crossChecks = _checkPolicyConsistency(policy);
  if (crossChecks.length > 0) return failed(crossChecks);
  return { ok: true, data: _trustPolicy(_deepFreeze(policy)), success: true };
}

/**
 * The gate's check of a policy that is not yet trusted: definePolicy onto `england`.
 * @param value - The `policy` option a host gave.
 * @returns The trusted policy, or the findings.
 * @internal
 */
export function _checkUntrustedPolicy(value: unknown): PolicyGateResult {
  const result = definePolicy(value);
  return result.ok ? { ok: true, policy: result.data } : { ok: false, findings: result.findings };
}

/**
 * The policy gate every module above sdq calls with its `policy` option: `undefined` is the
 * `england` preset; a policy from definePolicy or `policies` is trusted as it is (no re-check); any
 * other value is checked once with definePolicy (onto `england`) and the answer remembered.
 * @param value - The `policy` option.
 * @returns `{ ok: true, policy }` or `{ ok: false, findings }`.
 * @internal
 */
export function _resolvePolicy(value: unknown): PolicyGateResult {
  return _resolvePolicyWith(value, _checkUntrustedPolicy);
}

// The light gate of sdq and smart checks untrusted policies with definePolicy once it is loaded.
_registerPolicyCheck(_checkUntrustedPolicy);

/**
 * The JSON Schema (draft 2020-12) of a policy, for hosts that do not use TypeScript.
 * @returns A JSON Schema object.
 * @example
 * import { policyJsonSchema } from 'pep-rules/policy';
 * policyJsonSchema().$schema;
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 */
export function policyJsonSchema(): Record<string, unknown> {
  return toJSONSchema(PolicySchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

