import { toJSONSchema } from 'zod/mini';
import { _zodIssuesToFindings } from '../core/_zodIssues';
import { finding, type Finding } from '../core/finding';
import { _deepFreeze, _mergePolicy } from './_merge';
import { england } from './presets/england';
import { _gatePolicy, _isTrustedPolicy, _trustPolicy, type PolicyGateResult } from './gate';
import { PolicySchema, type Policy } from './schema';

/** The result of {@link definePolicy}: a frozen, validated policy or the findings that explain why not. */
export type PolicyResult =
  | { readonly success: true; readonly data: Policy }
  | { readonly success: false; readonly issues: Finding[] };

/**
 * Builds a council policy: deep-merges `overrides` onto `base` (objects merge, arrays replace,
 * `null` clears a nullable value) and validates the result. A bad policy gives findings
 * (codes `POLICY-*`, with paths), never a throw. Neither argument is mutated.
 * @param overrides - The council's values, e.g. parsed from a JSON file.
 * @param base - The policy to start from. Default `policies.england`.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * import { definePolicy } from 'pep-rules/policy';
 * const result = definePolicy({
 *   id: 'exampleshire',
 *   name: 'Exampleshire Virtual School',
 *   targets: { minimumCount: { value: 3, source: 'Exampleshire PEP policy 2025, §4' } },
 * });
 * result.success && result.data.targets.minimumCount.value;
 * //=> 3
 */
export function definePolicy(overrides: unknown, base: Policy = england): PolicyResult {
  if (overrides === null || typeof overrides !== 'object' || Array.isArray(overrides)) {
    return {
      success: false,
      issues: [finding('POLICY-NOT-OBJECT', 'error', 'A policy must be a JSON object.', [])],
    };
  }
  const unsourced = findUnsourcedOverrides(base, overrides, []);
  const merged = _mergePolicy<unknown>(base, overrides);
  const parsed = PolicySchema.safeParse(merged);
  if (!parsed.success) {
    return { success: false, issues: [..._zodIssuesToFindings(parsed.error.issues, merged, 'POLICY'), ...unsourced] };
  }
  if (unsourced.length > 0) return { success: false, issues: unsourced };
  const crossChecks = checkPolicyConsistency(parsed.data);
  if (crossChecks.length > 0) return { success: false, issues: crossChecks };
  return { success: true, data: _trustPolicy(_deepFreeze(parsed.data)) };
}

/**
 * The policy gate every public function calls with its `policy` option: `undefined` is the
 * `england` preset; a policy from definePolicy or `policies` is trusted as it is (no re-check); any
 * other value is checked once with definePolicy (onto `england`) and the answer remembered.
 * @param value - The `policy` option.
 * @returns `{ ok: true, policy }` or `{ ok: false, findings }`.
 * @internal
 */
export function _resolvePolicy(value: unknown): PolicyGateResult {
  if (value === undefined) return { ok: true, policy: _isTrustedPolicy(england) ? england : _trustPolicy(england) };
  return _gatePolicy(value, (v) => {
    const result = definePolicy(v);
    return result.success ? { ok: true, policy: result.data } : { ok: false, findings: result.issues };
  });
}

/**
 * A changed value must bring its own citation: an override object that replaces a sourced value
 * without a `source` would otherwise inherit the base policy's citation for a number it never said.
 */
function findUnsourcedOverrides(base: unknown, overrides: unknown, path: (string | number)[]): Finding[] {
  if (overrides === null || typeof overrides !== 'object') return [];
  if (Array.isArray(overrides)) {
    return overrides.flatMap((item, i) =>
      item !== null && typeof item === 'object' && !Array.isArray(item) && !('source' in item) && 'n' in item
        ? [unsourcedFinding([...path, i])]
        : [],
    );
  }
  const baseObj = base !== null && typeof base === 'object' && !Array.isArray(base) ? (base as Record<string, unknown>) : {};
  const over = overrides as Record<string, unknown>;
  if (path.length > 0 && typeof baseObj.source === 'string' && !Object.prototype.hasOwnProperty.call(over, 'source')) {
    return [unsourcedFinding(path)];
  }
  return Object.keys(over).flatMap((key) =>
    key === '__proto__' ? [] : findUnsourcedOverrides(baseObj[key], over[key], [...path, key]),
  );
}

function unsourcedFinding(path: (string | number)[]): Finding {
  return finding(
    'POLICY-SOURCE-MISSING',
    'error',
    'A changed policy value needs its own `source` (the council document and section it comes from).',
    path,
  );
}

function checkPolicyConsistency(policy: Policy): Finding[] {
  const out: Finding[] = [];
  const { requiredFor } = policy.sdq;
  if (requiredFor.minAge > requiredFor.maxAge) {
    out.push(finding('POLICY-SDQ-AGE-RANGE', 'error', 'The SDQ minimum age is above the maximum age.', ['sdq', 'requiredFor']));
  }
  const { perPepCap, perFinancialYearCap } = policy.ppPlus;
  if (perPepCap !== null && perFinancialYearCap !== null && perPepCap.pounds > perFinancialYearCap.pounds) {
    out.push(
      finding('POLICY-PPPLUS-CAP-ORDER', 'error', 'The per-PEP cap is larger than the per-financial-year cap.', ['ppPlus', 'perPepCap']),
    );
  }
  const seen = new Set<string>();
  policy.timescales.termlyDeadlines.forEach((d, i) => {
    const key = `${d.academicYear}/${d.term}`;
    if (seen.has(key)) {
      out.push(finding('POLICY-DEADLINE-DUPLICATE', 'error', 'Two termly deadlines are given for the same term.', ['timescales', 'termlyDeadlines', i]));
    }
    seen.add(key);
  });
  return out;
}

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

