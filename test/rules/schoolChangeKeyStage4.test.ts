import { describe, expect, it } from 'vitest';
import { assessPep, policies, type Policy } from '../../src/index';
import { example } from './_helpers';

// A change of school recorded in Key Stage 4: a warning at education.startDate (or changedSinceLastPep).
// school-age-good: meeting 2025-01-15 (academic year 2024/25), current setting since 2022-09-05.
const TODAY = '2025-03-01';
const CODE = 'PEP-SCHOOL-CHANGE-KEY-STAGE-4';

function moveHits(policy: Policy, yearGroup: string, education: Record<string, unknown>): [string, (string | number)[]][] {
  const pep = example('school-age-good');
  pep.child.yearGroup = yearGroup;
  Object.assign(pep.education, education);
  for (const [k, v] of Object.entries(education)) if (v === undefined) delete pep.education[k];
  const r = assessPep(pep, { policy, today: TODAY });
  expect(r.pep, 'the changed PEP still parses').not.toBeNull();
  return r.findings.filter((f) => f.code === CODE).map((f) => [f.severity, [...(f.path ?? [])]]);
}

describe(CODE, () => {
  it('The Virtual School Handbook (NAVSH, 2014), e) Placement decisions: "not at all once they begin Key Stage 4" — a Year 10 child who started at a new school in November is a warning under england; the same child at their school since Year 7 is not', () => {
    expect(moveHits(policies.england, '10', { startDate: '2024-11-04', changedSinceLastPep: true })).toEqual([['warning', ['education', 'startDate']]]);
    expect(moveHits(policies.england, '10', { startDate: '2021-09-06', changedSinceLastPep: false })).toEqual([]);
  });

  it('The Virtual School Handbook (NAVSH, 2014), e) Placement decisions: a Year 11 child who started in September of Year 10 moved in Key Stage 4; one who started in August, before it, did not', () => {
    expect(moveHits(policies.england, '11', { startDate: '2023-09-04', changedSinceLastPep: undefined })).toEqual([['warning', ['education', 'startDate']]]);
    expect(moveHits(policies.england, '11', { startDate: '2023-08-30', changedSinceLastPep: true })).toEqual([]);
    // Reported at an earlier PEP: the setting has not changed since the last PEP.
    expect(moveHits(policies.england, '11', { startDate: '2024-01-08', changedSinceLastPep: false })).toEqual([]);
  });

  it('The Virtual School Handbook (NAVSH, 2014), e) Placement decisions: with no start date, a change since the last PEP in Year 10 is a warning under every council preset; in Year 9 it is not', () => {
    for (const policy of [policies.england, policies.halton, policies.bolton, policies.barnet, policies.miltonKeynes]) {
      expect(moveHits(policy, '10', { startDate: undefined, changedSinceLastPep: true }), policy.id).toEqual([['warning', ['education', 'changedSinceLastPep']]]);
      expect(moveHits(policy, '9', { startDate: '2024-11-04', changedSinceLastPep: true }), policy.id).toEqual([]);
    }
  });
});
