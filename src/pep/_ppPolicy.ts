import { finding, type Finding } from '../core/finding';
import { _resolvePolicy } from '../policy/definePolicy';
import { england } from '../policy/presets/england';
import type { Policy } from '../policy/schema';

/** A policy after the gate, for PP+: the trusted policy, and why it fell back to `england` if it did. */
export interface _PpPolicy {
  readonly policy: Policy;
  /** `PPPLUS-POLICY-INVALID`, one per problem the gate found (path under `policy`); empty when it passed. */
  readonly findings: readonly Finding[];
}

/**
 * Passes the `policy` option through the policy gate once. A policy that fails the gate is
 * reported, with the gate's reason, as `PPPLUS-POLICY-INVALID` (path `['policy', …]`), and the
 * `england` preset is used in its place.
 * @param value - The `policy` option (`undefined` is the `england` preset).
 * @returns `{ policy, findings }`.
 * @internal Used by ppPlusEligibility and checkPpPlusRequest.
 */
export function _ppPolicyGate(value: unknown): _PpPolicy {
  const gate = _resolvePolicy(value);
  if (gate.ok) return { policy: gate.policy, findings: [] };
  return { policy: england, findings: gate.findings.map(asPpPlusFinding) };
}

function asPpPlusFinding(f: Finding): Finding {
  const reason = f.message.replace(/\.$/, '');
  return finding('PPPLUS-POLICY-INVALID', 'error', `The policy did not pass the policy gate (${reason}); the england preset was used.`, ['policy', ...(f.path ?? [])]);
}
