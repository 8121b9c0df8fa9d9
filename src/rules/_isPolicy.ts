import type { Policy } from '../policy/schema';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (v: unknown, ...keys: string[]): unknown => {
  let cur = v;
  for (const k of keys) {
    if (!isObj(cur) || !Object.prototype.hasOwnProperty.call(cur, k)) return undefined;
    cur = cur[k];
  }
  return cur;
};
const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const bool = (v: unknown) => typeof v === 'boolean';

/**
 * A cheap structural check of the policy values the rules read (a full `PolicySchema` parse per PEP
 * would cost more than the rules). Policies from `policies` or `definePolicy` always pass.
 * @param policy - The `policy` option.
 * @returns Whether the rules can read it.
 */
export function _isPolicy(policy: unknown): policy is Policy {
  const window = at(policy, 'timescales', 'submissionAfterMeeting');
  return (
    typeof at(policy, 'region') === 'string' &&
    (window === null || (num(at(window, 'n')) && typeof at(window, 'unit') === 'string')) &&
    bool(at(policy, 'timescales', 'alignWithEhcpAnnualReview', 'value')) &&
    num(at(policy, 'sdq', 'concernThreshold', 'totalDifficulties')) &&
    bool(at(policy, 'sdq', 'concernNeedsSemhTarget', 'value')) &&
    typeof at(policy, 'sdq', 'frequency', 'value') === 'string' &&
    num(at(policy, 'targets', 'minimumCount', 'value')) &&
    bool(at(policy, 'targets', 'academicTargetRequired', 'value')) &&
    bool(at(policy, 'targets', 'balanceRequired', 'value')) &&
    num(at(policy, 'targets', 'smartPassScore', 'value')) &&
    Array.isArray(at(policy, 'qa', 'nonNegotiables', 'value')) &&
    Array.isArray(at(policy, 'qa', 'criteria', 'value')) &&
    num(at(policy, 'attendance', 'concernBelowPercent', 'value'))
  );
}
