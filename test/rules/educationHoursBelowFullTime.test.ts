import { describe, expect, it } from 'vitest';
import { definePolicy, policies, type Policy } from '../../src/index';
import { findingsOfCode, type ExampleName } from './_helpers';

// Recorded weekly hours below policy.pep.fullTimeHoursPerWeek (england: 23): a warning at education.hoursPerWeek (school-age).
const TODAY = '2025-03-01';
const CODE = 'PEP-EDUCATION-HOURS-BELOW-FULL-TIME';

function hoursHits(policy: Policy, change: (pep: Record<string, any>) => void, name: ExampleName = 'school-age-good'): [string, string, (string | number)[]][] {
  return findingsOfCode(CODE, policy, change, { name, today: TODAY }).map((f) => [f.severity, f.message, [...(f.path ?? [])]]);
}

const hours = (n: number, fullTime = false) => (p: Record<string, any>) => {
  p.education.fullTime = fullTime;
  p.education.hoursPerWeek = n;
};

describe(CODE, () => {
  it('The Virtual School Handbook (NAVSH, 2014), i) Principles underlying placement choice: "a full-time place (generally taken to be 23-25 hours depending on age)" — 22.5 hours is a warning under england, 23 and 25 are not', () => {
    expect(policies.england.pep.fullTimeHoursPerWeek?.value).toBe(23);
    expect(hoursHits(policies.england, hours(22.5))).toEqual([
      ['warning', 'The PEP records 22.5 hours of education a week, below the full-time 23 hours the policy sets.', ['education', 'hoursPerWeek']],
    ]);
    expect(hoursHits(policies.england, hours(23))).toEqual([]);
    expect(hoursHits(policies.england, hours(25))).toEqual([]);
    expect(hoursHits(policies.england, () => {})).toEqual([]);
  });

  it('The Virtual School Handbook (NAVSH, 2014), i) Principles underlying placement choice: a part-time timetable of 15 hours plus 10 hours of alternative provision is full-time; 15 hours alone is not, in every council preset', () => {
    const withAp = (p: Record<string, any>) => {
      hours(15)(p);
      p.education.alternativeProvision = { inUse: true, hoursPerWeek: 10 };
    };
    for (const policy of [policies.england, policies.halton, policies.bolton, policies.barnet, policies.miltonKeynes]) {
      expect(hoursHits(policy, withAp), policy.id).toEqual([]);
      expect(hoursHits(policy, hours(15)).map((h) => h[2]), policy.id).toEqual([['education', 'hoursPerWeek']]);
    }
  });

  it('early-years funded hours are not school hours: 15 hours in a nursery raises no warning', () => {
    expect(hoursHits(policies.england, () => {}, 'early-years-good')).toEqual([]);
  });

  it('a council that sets no full-time figure (null) gets no warning; one that sets 25 does at 24', () => {
    const none = definePolicy({ pep: { fullTimeHoursPerWeek: null } });
    const higher = definePolicy({ pep: { fullTimeHoursPerWeek: { value: 25, source: 'Exampleshire PEP policy 2025, §3' } } });
    expect([none.ok, higher.ok]).toEqual([true, true]);
    if (!none.ok || !higher.ok) return;
    expect(hoursHits(none.data, hours(10))).toEqual([]);
    expect(hoursHits(higher.data, hours(24)).map((h) => h[2])).toEqual([['education', 'hoursPerWeek']]);
  });
});
