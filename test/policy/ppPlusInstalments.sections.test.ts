import { describe, expect, it } from 'vitest';
import { checkPpPlusRequest } from '../../src/funding/checkPpPlusRequest';
import { definePolicy } from '../../src/policy/definePolicy';
import { POLICY_CODES } from '../../src/policy/codes';
import { policies } from '../../src/policy/presets/index';
import { makePep } from '../funding/_pep';

/*
 * The Virtual School Handbook (NAVSH, 2014), iv) VSH Strategy for Pupil Premium Plus: where funding is
 * devolved to a school the strategy should make clear "whether the funding will be transferred as a
 * single allocation or in instalment's and when they will be transferred". A policy that says
 * 'instalments' and gives no windows (and no release timing) does not say when, nor how much each pays.
 */

const BASIS = { value: 'instalments' as const, source: 'Exampleshire PP+ policy, §2 (two payments)' };
const WINDOW = { label: 'April to August', fromMonth: 4, toMonth: 8, pounds: 750, source: 'Exampleshire PP+ policy, §2' };
const TUITION = { targetIds: ['t1'], description: '1:1 maths tuition, an hour a week for ten weeks', category: 'tuition', amount: 550, quantity: 10, unitCost: 55 };

describe('The Virtual School Handbook, iv) VSH Strategy for Pupil Premium Plus: instalments and when they are transferred', () => {
  it("allocationBasis 'instalments' with no windows and release null is an error naming both fields, not a silent on-PEP release", () => {
    const r = definePolicy({ id: 'x', ppPlus: { allocationBasis: BASIS } });
    expect(r.ok).toBe(false);
    const found = r.ok ? [] : r.findings;
    expect(found.map((f) => [f.code, f.severity, f.path])).toEqual([['POLICY-PPPLUS-INSTALMENTS-MISSING', 'error', ['ppPlus', 'allocationBasis', 'value']]]);
    expect(found[0]?.message).toContain('ppPlus.allocationBasis');
    expect(found[0]?.message).toContain('ppPlus.instalments');
    expect(found[0]?.source).toContain('iv) VSH Strategy for Pupil Premium Plus');
    expect(POLICY_CODES['POLICY-PPPLUS-INSTALMENTS-MISSING'].severity).toBe('error');
  });

  it('emptying Bolton\'s two windows leaves its basis without them: the same error', () => {
    const r = definePolicy({ id: 'bolton-no-windows', ppPlus: { instalments: [] } }, policies.bolton);
    expect(r.ok ? [] : r.findings.map((f) => f.code)).toEqual(['POLICY-PPPLUS-INSTALMENTS-MISSING']);
  });

  it('money fails closed: a plain policy object saying so pays nothing (PPPLUS-POLICY-INVALID at the basis), never on the PEP', () => {
    const plain = JSON.parse(JSON.stringify({ ...policies.bolton, ppPlus: { ...policies.bolton.ppPlus, instalments: [] } })) as typeof policies.bolton;
    const r = checkPpPlusRequest({ pep: makePep(), requests: [TUITION] }, plain);
    expect([r.allowed, r.release, r.findings.map((f) => [f.code, f.path])]).toEqual([0, null, [['PPPLUS-POLICY-INVALID', ['policy', 'ppPlus', 'allocationBasis', 'value']]]]);
  });

  it('with its windows the same basis is accepted and released in the window holding the meeting', () => {
    const r = definePolicy({ id: 'x', ppPlus: { allocationBasis: BASIS, instalments: [WINDOW] } });
    expect(r.ok).toBe(true);
    const check = checkPpPlusRequest({ pep: makePep({ meeting: { date: '2024-06-03' } }), requests: [TUITION] }, r.ok ? r.data : undefined);
    expect([check.allowed, check.release?.timing, check.release?.period]).toEqual([550, 'instalments', 'April to August']);
  });

  it('a basis that needs no windows, or an explicit release timing, is not this error', () => {
    const perRequest = definePolicy({ id: 'x', ppPlus: { allocationBasis: { value: 'per-request', source: 'Exampleshire PP+ policy, §1' } } });
    expect(perRequest.ok).toBe(true);
    // An explicit timing that disagrees with the basis is the older cross-field error (POLICY-INVALID), reported once.
    const explicit = definePolicy({ id: 'x', ppPlus: { allocationBasis: BASIS, release: { timing: 'on-pep', source: 'Exampleshire PP+ policy, §1' } } });
    expect(explicit.ok ? [] : explicit.findings.map((f) => [f.code, f.path])).toEqual([['POLICY-INVALID', ['ppPlus', 'allocationBasis', 'value']]]);
  });

  it('every preset passes: none says instalments without its windows', () => {
    for (const [id, preset] of Object.entries(policies)) {
      const r = definePolicy({ id: `${id}-copy` }, preset);
      expect([id, r.ok ? [] : r.findings.map((f) => f.code)]).toEqual([id, []]);
    }
  });
});
