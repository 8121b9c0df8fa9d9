import { describe, expect, it } from 'vitest';
import { _fundingRules } from '../../src/funding/_rules';
import { checkPpPlusRequest } from '../../src/funding/checkPpPlusRequest';
import { bolton } from '../../src/policy/presets/bolton';
import { miltonKeynes } from '../../src/policy/presets/miltonKeynes';
import type { Policy } from '../../src/policy/schema';
import { makePep } from './_pep';

const costed = (amount: number) => ({ targetIds: ['t1'], description: 'Maths tuition', category: 'tuition', amount, breakdown: [{ item: 'Maths tuition', quantity: 1, unitCost: amount, amount }] });

describe('funding and the policy gate', () => {
  it('works the pence, windows and categories out once per policy object', () => {
    const rules = _fundingRules(bolton);
    expect(_fundingRules(bolton)).toBe(rules);
    expect(rules.instalments.map((w) => [w.fromMonth, w.toMonth, w.pence])).toEqual([
      [4, 8, 75_000],
      [9, 3, 104_500],
    ]);
    expect(_fundingRules(miltonKeynes).perPepCap?.pence).toBe(95_000);
    expect(rules.disallowedCategories).toEqual(bolton.ppPlus.disallowedCategories.value.map((c) => c.trim().toLowerCase()));
  });

  it('a policy that fails the gate gives one PPPLUS-POLICY-INVALID per problem, and nothing is paid', () => {
    const broken = {
      ...miltonKeynes,
      ppPlus: { ...miltonKeynes.ppPlus, perPepCap: { pounds: 950.001, source: 'x' }, instalments: [{ label: 'x', fromMonth: 13, toMonth: 3, pounds: 1, source: 'y' }] },
    } as unknown as Policy;
    const r = checkPpPlusRequest({ pep: makePep(), requests: [costed(100)] }, broken);
    // Three problems: the two bad values, and instalment windows on a policy that releases PP+ on the PEP (they would be ignored).
    expect([r.allowed, r.findings.map((f) => f.code), r.capsApplied.map((c) => c.kind)]).toEqual([0, ['PPPLUS-POLICY-INVALID', 'PPPLUS-POLICY-INVALID', 'PPPLUS-POLICY-INVALID'], ['unreadable']]);
    expect(r.findings.map((f) => f.path)).toEqual([
      ['policy', 'ppPlus', 'perPepCap', 'pounds'],
      ['policy', 'ppPlus', 'instalments', 0, 'fromMonth'],
      ['policy', 'ppPlus', 'instalments'],
    ]);
    expect(r.eligibility?.reasons.map((f) => f.code)).toEqual(['PPPLUS-POLICY-INVALID', 'PPPLUS-POLICY-INVALID', 'PPPLUS-POLICY-INVALID', 'PPPLUS-LAC-ELIGIBLE']);
  });
});
