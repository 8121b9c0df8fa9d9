import { describe, expect, it } from 'vitest';
import { ppPlusEligibility as fromFunding } from '../../src/funding/ppPlusEligibility';
import { _ppPolicyGate } from '../../src/pep/_ppPolicy';
import { _ppPlusEligibilityGated, ppPlusEligibility } from '../../src/pep/ppPlusEligibility';
import { definePolicy } from '../../src/policy/definePolicy';
import { england } from '../../src/policy/presets/england';
import { miltonKeynes } from '../../src/policy/presets/miltonKeynes';
import type { Policy } from '../../src/policy/schema';

const child = { dateOfBirth: '2014-05-01', enteredCare: '2023-02-01' };
const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((f) => f.code);

describe('ppPlusEligibility in the pep layer', () => {
  it('is the function pep-rules/funding exports', () => {
    expect(fromFunding).toBe(ppPlusEligibility);
  });

  it('a policy from a preset or definePolicy passes the gate without findings', () => {
    const own = definePolicy({ ppPlus: { eligibleYearGroups: { value: ['7', '8', '9', '10', '11'], source: 'test policy: secondary only' } } });
    expect(own.success).toBe(true);
    if (!own.success) return;
    expect(codes(ppPlusEligibility(child, '2024-11-12', own.data))).toEqual(['PPPLUS-YEAR-GROUP-NOT-FUNDED']);
    expect(codes(ppPlusEligibility(child, '2024-11-12', miltonKeynes))).toEqual(['PPPLUS-LAC-ELIGIBLE']);
  });

  it('a policy that fails the gate is reported with the gate reason and path, and england is used', () => {
    const broken = { ...miltonKeynes, ppPlus: { ...miltonKeynes.ppPlus, eligibleYearGroups: { value: ['7'], source: 'x' }, perPepCap: { pounds: -1, source: 'y' } } } as unknown as Policy;
    const r = ppPlusEligibility(child, '2024-11-12', broken);
    expect([r.route, r.yearGroup, codes(r)]).toEqual(['virtual-school', '6', ['PPPLUS-POLICY-INVALID', 'PPPLUS-LAC-ELIGIBLE']]);
    expect(r.reasons[0]?.path).toEqual(['policy', 'ppPlus', 'perPepCap', 'pounds']);
    expect(r.reasons[0]?.message).toMatch(/^The policy did not pass the policy gate \(.*perPepCap.*\); the england preset was used\.$/);
  });

  it('a value that is not an object is reported at the policy itself', () => {
    const r = ppPlusEligibility(child, '2024-11-12', 'england' as unknown as Policy);
    expect([r.route, codes(r), r.reasons[0]?.path]).toEqual(['virtual-school', ['PPPLUS-POLICY-INVALID', 'PPPLUS-LAC-ELIGIBLE'], ['policy']]);
  });

  it('the gate runs once per policy object: the same findings come back for the same object', () => {
    const broken = { ...england, ppPlus: { ...england.ppPlus, requireCosting: { value: 'yes', source: 'x' } } } as unknown as Policy;
    const a = _ppPolicyGate(broken);
    const b = _ppPolicyGate(broken);
    expect(a.policy).toBe(england);
    expect(b.findings).toEqual(a.findings);
    expect(_ppPolicyGate(england)).toEqual({ policy: england, findings: [] });
  });

  it('with an already gated policy, its findings open the reasons', () => {
    const gated = _ppPolicyGate(42);
    const r = _ppPlusEligibilityGated(child, '2024-11-12', gated);
    expect(codes(r)).toEqual(['PPPLUS-POLICY-INVALID', 'PPPLUS-LAC-ELIGIBLE']);
  });
});
