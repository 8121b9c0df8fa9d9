import { finding, type Finding } from '../core/finding';
import { _isRecord } from '../core/guards';
import { isIsoDate, type IsoDate } from '../core/isoDate';
import type { Policy } from '../policy/schema';
import { _readPpChild } from './_ppChild';
import { _ppPolicyGate, type _PpPolicy } from './_ppPolicy';
import { _lookedAfterOn, _lookedAfterRoute, _notLookedAfter, _previouslyLookedAfterRoute } from './_ppRoutes';
import { _SRC_FORMAT } from './_ppSources';
import type { PpPlusEligibility } from './_ppTypes';

export type { PpPlusChild, PpPlusEligibility, PpPlusRoute } from './_ppTypes';

/**
 * Whether a child attracts a pupil premium on a date, and by which route (DfE guidance and conditions of grant).
 * - Looked after on `onDate` (entered care on or before it, not yet left) in a year group the policy
 *   funds (`policy.ppPlus.eligibleYearGroups`, Reception–Year 11 by default, i.e. aged 4–15 on the
 *   31 August before the academic year) → `'virtual-school'`.
 * - Looked after in nursery (N1/N2) → `'early-years'` (the EYPP, managed by the virtual school head).
 * - Looked after in Year 12 or 13 → `'none'`, with a finding pointing to the 16 to 19 bursary
 *   (unless the policy funds those year groups locally).
 * - Previously looked after (adoption, special guardianship, child arrangements order; adopted from
 *   state care abroad only from 1 April 2023), Reception–Year 11 → `'school'`: the school claims it
 *   through the census and the virtual school does not hold it. In nursery → `'early-years'`, claimed
 *   by the provider.
 * - Not yet in care, or left care another way → `'none'`.
 *
 * The year group is `child.yearGroup` when given, else `ncYearGroup(dateOfBirth, onDate)`.
 * Bad input gives findings (never a throw) and `eligible: false` when the answer cannot be known.
 * The policy goes through the policy gate once; one that fails it is reported
 * (`PPPLUS-POLICY-INVALID`) and the `england` preset is used instead.
 * @param child - `{ dateOfBirth, enteredCare?, leftCare?, previouslyLookedAfter?, yearGroup? }`.
 * @param onDate - The date to judge on, `'YYYY-MM-DD'` (e.g. the PEP meeting date).
 * @param policy - Council policy; default the `england` preset.
 * @returns `{ eligible, route, yearGroup, reasons }`.
 * @example
 * import { ppPlusEligibility } from 'pep-rules/funding';
 * const r = ppPlusEligibility({ dateOfBirth: '2015-08-31', enteredCare: '2024-01-10' }, '2024-11-12');
 * [r.eligible, r.route, r.yearGroup, r.reasons.map((f) => f.code)];
 * //=> [true, 'virtual-school', '5', ['PPPLUS-LAC-ELIGIBLE']]
 */
export function ppPlusEligibility(child: unknown, onDate: unknown, policy?: Policy): PpPlusEligibility {
  return _ppPlusEligibilityGated(child, onDate, _ppPolicyGate(policy));
}

/**
 * {@link ppPlusEligibility} with a policy that has already been through the gate (its findings
 * open the reasons), so a caller that gated the policy itself does not gate it again.
 * @param child - The child, unchecked.
 * @param onDate - The date to judge on, unchecked.
 * @param gated - From `_ppPolicyGate`.
 * @returns `{ eligible, route, yearGroup, reasons }`.
 * @internal Used by checkPpPlusRequest.
 */
export function _ppPlusEligibilityGated(child: unknown, onDate: unknown, gated: _PpPolicy): PpPlusEligibility {
  // A new list (the result owns it), copied only when the gate reported something; no closure per call.
  const reasons: Finding[] = gated.findings.length === 0 ? [] : gated.findings.slice();
  if (!isIsoDate(onDate)) {
    reasons.push(finding('PPPLUS-DATE-INVALID', 'error', "The date to judge eligibility on is not a real date written 'YYYY-MM-DD'.", ['onDate'], _SRC_FORMAT));
    return { eligible: false, route: 'none', yearGroup: null, reasons };
  }
  if (!_isRecord(child)) {
    reasons.push(finding('PPPLUS-CHILD-INVALID', 'error', 'The child must be an object with at least a date of birth.', ['child'], _SRC_FORMAT));
    return { eligible: false, route: 'none', yearGroup: null, reasons };
  }
  const { eligible, route, yearGroup } = verdict(child, onDate, gated.policy, reasons);
  return { eligible, route, yearGroup, reasons };
}

function verdict(child: Record<string, unknown>, onDate: IsoDate, policy: Policy, reasons: Finding[]): Omit<PpPlusEligibility, 'reasons'> {
  const facts = _readPpChild(child, onDate, reasons);
  if (_lookedAfterOn(facts, onDate)) return _lookedAfterRoute(facts, onDate, policy, reasons);
  if (facts.plac !== null) return _previouslyLookedAfterRoute(facts, facts.plac, onDate, reasons);
  return _notLookedAfter(facts, onDate, reasons);
}
