import { describe, expect, it } from 'vitest';
import { assessPep, policies, type Policy } from '../../src/index';
import { example, type ExampleName } from './_helpers';

// policy.pep.aspirationsFromYearGroup (england Year 7, Halton N1): no aspirations recorded is a warning at `aspirations`.
const TODAY = '2025-03-01';
const CODE = 'PEP-ASPIRATIONS-MISSING';

function aspirationHits(policy: Policy, name: ExampleName, change: (pep: Record<string, any>) => void = () => {}): [string, string, (string | number)[]][] {
  const pep = example(name);
  change(pep);
  const r = assessPep(pep, { policy, today: TODAY });
  expect(r.pep, 'the changed PEP still parses').not.toBeNull();
  return r.findings.filter((f) => f.code === CODE).map((f) => [f.severity, f.message, [...(f.path ?? [])]]);
}

const noAspirations = (yearGroup?: string) => (p: Record<string, any>) => {
  delete p.aspirations;
  if (yearGroup !== undefined) p.child.yearGroup = yearGroup;
};

describe(CODE, () => {
  it('The Virtual School Handbook (NAVSH, 2014), Appendix 2 – The personal education planning cycle: "from the lower secondary age onwards … the longer term aspirations" — none recorded in Year 7 is a warning under england; in Year 6 it is not', () => {
    expect(policies.england.pep.aspirationsFromYearGroup?.value).toBe('7');
    expect(aspirationHits(policies.england, 'school-age-good', noAspirations('7'))).toEqual([
      ['warning', 'The PEP records no longer term aspirations for the child; the policy asks for them from year group 7.', ['aspirations']],
    ]);
    expect(aspirationHits(policies.england, 'school-age-good', noAspirations('6'))).toEqual([]);
    expect(aspirationHits(policies.england, 'school-age-good', (p) => { p.child.yearGroup = '7'; })).toEqual([]);
    expect(aspirationHits(policies.england, 'school-age-good', (p) => { p.child.yearGroup = '7'; p.aspirations = '   '; })).toHaveLength(1);
  });

  it('The Virtual School Handbook (NAVSH, 2014), Appendix 2 – The personal education planning cycle: a post-16 PEP with no year group recorded counts as past Year 7', () => {
    expect(aspirationHits(policies.england, 'post-16-good', (p) => { delete p.aspirations; delete p.child.yearGroup; }).map((h) => h[2])).toEqual([['aspirations']]);
    expect(aspirationHits(policies.england, 'post-16-good')).toEqual([]);
  });

  it('Halton Virtual School PEP Policy 2023-24, During the PEP Meeting: "Long term plans and aspirations" should always be part of the PEP — a warning at every age under Halton, an early-years PEP included', () => {
    expect(policies.halton.pep.aspirationsFromYearGroup?.value).toBe('N1');
    expect(aspirationHits(policies.halton, 'early-years-good', noAspirations()).map((h) => h[2])).toEqual([['aspirations']]);
    expect(aspirationHits(policies.halton, 'school-age-good', noAspirations('4')).map((h) => h[2])).toEqual([['aspirations']]);
    expect(aspirationHits(policies.halton, 'early-years-good')).toEqual([]);
    expect(aspirationHits(policies.england, 'early-years-good', noAspirations())).toEqual([]);
  });

  it('the other council presets keep the Handbook\'s Year 7', () => {
    for (const policy of [policies.bolton, policies.barnet, policies.miltonKeynes]) {
      expect(aspirationHits(policy, 'school-age-good', noAspirations('8')).map((h) => h[2]), policy.id).toEqual([['aspirations']]);
      expect(aspirationHits(policy, 'school-age-good', noAspirations('5')), policy.id).toEqual([]);
    }
  });
});
