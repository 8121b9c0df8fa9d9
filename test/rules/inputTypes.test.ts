import { describe, expect, it } from 'vitest';
import type { PepInput } from '../../src/pep/schema';
import { definePolicy } from '../../src/policy/definePolicy';
import type { PolicyInput } from '../../src/policy/schema';
import { assessPep } from '../../src/rules/assessPep';

/*
 * The PEP entry points and definePolicy take typed inputs (PepInput, PolicyInput) so a host's editor
 * can help, and still accept anything at run time. `npm run typecheck` checks the @ts-expect-error
 * lines below: if the input types stopped catching these mistakes, the typecheck would fail.
 */
const pep: PepInput = {
  schemaVersion: 1,
  id: 'pep-typed',
  phase: 'school-age',
  kind: 'termly',
  meeting: { date: '2025-01-15' },
  attendees: [{ role: 'designated-teacher', attended: true }],
  child: { id: 'c1', forename: 'A', surname: 'B', dateOfBirth: '2015-03-12', enteredCare: '2022-06-01' },
  education: { setting: { name: 'School' } },
  views: {},
  targets: [],
  exportedBy: 'an ePEP product keeps its own fields',
};

describe('typed inputs', () => {
  it('PepInput describes what a host sends, and assessPep takes it', () => {
    expect(assessPep(pep, { today: '2025-03-01' }).pep?.id).toBe('pep-typed');
  });

  it('the input types catch a misspelled phase and a misnamed policy key at compile time', () => {
    // @ts-expect-error 'secondary' is not a phase
    const wrongPhase: PepInput = { ...pep, phase: 'secondary' };
    // @ts-expect-error perTermcap is not a policy key (perTermCap is)
    const typo: PolicyInput = { ppPlus: { perTermcap: null } };
    expect(assessPep(wrongPhase).valid).toBe(false);
    const refused = definePolicy(typo);
    expect(refused.ok).toBe(false);
  });

  it('still accepts anything at run time', () => {
    expect(assessPep('not a PEP').valid).toBe(false);
    expect(definePolicy(42).ok).toBe(false);
  });
});
