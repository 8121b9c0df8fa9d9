import { describe, expect, it } from 'vitest';
import { assessPep, policies, type Policy } from '../../src/index';
import { example, findingsOfCode } from './_helpers';

// policy.targets.baselineRequired (Barnet on, every other preset off): a warning per target without a baseline.
const TODAY = '2025-03-01';
const CODE = 'PEP-TARGET-BASELINE-MISSING';

function baselineHits(policy: Policy, change?: (pep: Record<string, any>) => void): [string, (string | number)[]][] {
  return findingsOfCode(CODE, policy, change, { today: TODAY }).map((f) => [f.severity, [...(f.path ?? [])]]);
}

describe(CODE, () => {
  it('Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes: "Make sure you use a baseline for the outcome so you can measure it" — each target without one is a warning under the Barnet preset', () => {
    expect(policies.barnet.targets.baselineRequired?.value).toBe(true);
    expect(baselineHits(policies.barnet)).toEqual([]);
    expect(baselineHits(policies.barnet, (p) => { delete p.targets[0].baseline; p.targets[2].baseline = ' '; })).toEqual([
      ['warning', ['targets', 0, 'baseline']],
      ['warning', ['targets', 2, 'baseline']],
    ]);
  });

  it('Barnet Virtual School PEP Guidance, Allocation of Pupil Premium Funding: "The PEP Action Plan should show the baseline data" — the message names no target text', () => {
    const pep = example('school-age-good');
    delete pep.targets[1].baseline;
    const r = assessPep(pep, { policy: policies.barnet, today: TODAY });
    const hit = r.findings.filter((f) => f.code === CODE);
    expect(hit.map((f) => [f.message, f.path])).toEqual([['This target records no baseline to measure progress from, and the policy asks for one.', ['targets', 1, 'baseline']]]);
  });

  it('The Virtual School Handbook and the Halton, Bolton and Milton Keynes documents ask for no baseline: their presets leave the switch off', () => {
    for (const policy of [policies.england, policies.halton, policies.bolton, policies.miltonKeynes]) {
      expect(policy.targets.baselineRequired?.value, policy.id).toBe(false);
      expect(baselineHits(policy, (p) => { for (const t of p.targets) delete t.baseline; }), policy.id).toEqual([]);
    }
  });

  it('a target with no text is left to the targets checks', () => {
    expect(baselineHits(policies.barnet, (p) => { p.targets[0].text = ''; delete p.targets[0].baseline; })).toEqual([]);
  });
});
