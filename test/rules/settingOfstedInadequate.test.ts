import { describe, expect, it } from 'vitest';
import { assessPep, policies, type Policy } from '../../src/index';
import { example, type ExampleName } from './_helpers';

// The school's Ofsted judgement recorded as inadequate: a warning at education.setting.ofsted (school-age PEPs).
const TODAY = '2025-03-01';
const CODE = 'PEP-SETTING-OFSTED-INADEQUATE';

function ofstedHits(policy: Policy, name: ExampleName, ofsted?: string): [string, (string | number)[]][] {
  const pep = example(name);
  if (ofsted !== undefined) pep.education.setting.ofsted = ofsted;
  const r = assessPep(pep, { policy, today: TODAY });
  expect(r.pep, 'the changed PEP still parses').not.toBeNull();
  return r.findings.filter((f) => f.code === CODE).map((f) => [f.severity, [...(f.path ?? [])]]);
}

describe(CODE, () => {
  it("The Virtual School Handbook (NAVSH, 2014), i) Principles underlying placement choice: \"never be placed in a school judged by Ofsted to be 'inadequate'\" — a warning under england; good, requires improvement and not inspected pass", () => {
    expect(ofstedHits(policies.england, 'school-age-good')).toEqual([]);
    expect(ofstedHits(policies.england, 'school-age-good', 'inadequate')).toEqual([['warning', ['education', 'setting', 'ofsted']]]);
    for (const judged of ['outstanding', 'good', 'requires-improvement', 'not-inspected']) expect(ofstedHits(policies.england, 'school-age-good', judged), judged).toEqual([]);
  });

  it('The Virtual School Handbook (NAVSH, 2014), i) Principles underlying placement choice: every council preset keeps the Handbook\'s warning, and a school with no judgement recorded raises none', () => {
    for (const policy of [policies.halton, policies.bolton, policies.barnet, policies.miltonKeynes]) {
      expect(ofstedHits(policy, 'school-age-good', 'inadequate'), policy.id).toEqual([['warning', ['education', 'setting', 'ofsted']]]);
    }
    expect(ofstedHits(policies.england, 'school-age-poor')).toEqual([]);
  });

  it('the sentence is about schools: an early-years setting judged inadequate is not flagged by this rule', () => {
    expect(ofstedHits(policies.england, 'early-years-good', 'inadequate')).toEqual([]);
  });
});
