import { describe, expect, it } from 'vitest';
import { assessPep, policies, type Policy } from '../../src/index';
import { example, findingsOfCode } from './_helpers';

// A target without a person responsible: a warning at its `responsible` path, under every preset.
const TODAY = '2025-03-01';

function responsibleHits(policy: Policy, change?: (pep: Record<string, any>) => void): (string | number)[][] {
  return findingsOfCode('PEP-TARGET-RESPONSIBLE-MISSING', policy, change, { today: TODAY }).map((f) => [...(f.path ?? [])]);
}

describe('PEP-TARGET-RESPONSIBLE-MISSING', () => {
  it('The Virtual School Handbook (NAVSH, 2014), Appendix 2 – The personal education planning cycle: "who will take the plan forward" — each target without one is named', () => {
    expect(responsibleHits(policies.england)).toEqual([]);
    expect(responsibleHits(policies.england, (p) => { delete p.targets[0].responsible; p.targets[2].responsible = '  '; })).toEqual([
      ['targets', 0, 'responsible'],
      ['targets', 2, 'responsible'],
    ]);
  });

  it('Halton Virtual School PEP Policy 2023-24, During the PEP Meeting: actions "clearly noted" — a target with no one responsible is a warning, and the message echoes nothing of the PEP', () => {
    const pep = example('school-age-good');
    pep.targets[1].responsible = undefined;
    const r = assessPep(pep, { policy: policies.halton, today: TODAY });
    const hit = r.findings.filter((f) => f.code === 'PEP-TARGET-RESPONSIBLE-MISSING');
    expect(hit.map((f) => [f.severity, f.path, f.message])).toEqual([['warning', ['targets', 1, 'responsible'], 'This target names no one responsible for taking it forward.']]);
  });

  it('Barnet Virtual School PEP Guidance, What is the Statutory Time Frame for a PEP?: "who will take the plan forward" — the warning, and PP+ withheld as the plan is not robust', () => {
    expect(responsibleHits(policies.barnet, (p) => delete p.targets[0].responsible)).toEqual([['targets', 0, 'responsible']]);
    const pep = example('school-age-good');
    delete pep.targets[0].responsible;
    const r = assessPep(pep, { policy: policies.barnet, today: TODAY });
    expect([r.grade?.robustPlan, r.funding?.allowed]).toEqual([false, 0]);
  });

  it('a target with no text is left to the targets checks, not reported twice', () => {
    expect(responsibleHits(policies.england, (p) => { p.targets[0].text = ''; delete p.targets[0].responsible; })).toEqual([]);
  });
});
