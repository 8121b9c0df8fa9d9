import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy';
import { policies } from '../../src/policy/presets/index';

/*
 * sdq.duties replaced the single SDQ rule (requiredFor / frequency / informants). A policy written
 * with the older fields keeps working: definePolicy reads them into the duties, so nothing a user
 * wrote is ignored.
 */

describe('definePolicy and the older single SDQ rule', () => {
  it('reads changed older fields into one duty per informant', () => {
    const r = definePolicy({
      sdq: {
        frequency: { value: 'termly', source: 'Exampleshire PEP policy, §5' },
        informants: { value: ['teacher', 'self'], source: 'Exampleshire PEP policy, §5' },
        requiredFor: { minAge: 5, maxAge: 15, minMonthsInCare: 0, source: 'Exampleshire PEP policy, §5' },
      },
    });
    expect(r.ok && r.data.sdq.duties.map((d) => [d.informant, d.frequency, d.minAge, d.maxAge, d.minMonthsInCare, d.pepKinds, d.from])).toEqual([
      ['teacher', 'termly', 5, 15, 0, null, null],
      ['self', 'termly', 5, 15, 0, null, null],
    ]);
    expect(r.ok && r.data.sdq.duties[0]!.source).toBe('Exampleshire PEP policy, §5');
  });

  it('a change to one older field alone also remakes the duties from all three', () => {
    const r = definePolicy({ sdq: { frequency: { value: 'before-each-core-pep', source: 'Exampleshire, §5' } } }, policies.miltonKeynes);
    expect(r.ok && r.data.sdq.duties.map((d) => [d.informant, d.frequency])).toEqual([['teacher', 'before-each-core-pep']]);
  });

  it('keeps the base duties when the older fields are not changed', () => {
    const r = definePolicy({ name: 'Exampleshire' }, policies.miltonKeynes);
    expect(r.ok && r.data.sdq.duties).toEqual(policies.miltonKeynes.sdq.duties);
  });

  it('keeps given duties (a whole preset written back out carries both)', () => {
    const r = definePolicy(JSON.parse(JSON.stringify(policies.bolton)));
    expect(r.ok && r.data.sdq.duties).toEqual(policies.bolton.sdq.duties);
  });

  it('refuses a duty whose minimum age is above its maximum', () => {
    const duty = { ...policies.england.sdq.duties[0]!, minAge: 12, maxAge: 6 };
    const r = definePolicy({ sdq: { duties: [duty] } });
    expect(!r.ok && r.findings.map((f) => [f.code, f.path])).toEqual([['POLICY-SDQ-AGE-RANGE', ['sdq', 'duties', 0]]]);
  });

  it('refuses a PEP age range that ends before it starts', () => {
    const r = definePolicy({ pep: { ageRange: { startAge: 5, startAt: 'birthday', endAge: 4, source: 'Exampleshire, §1' } } });
    expect(!r.ok && r.findings.map((f) => f.code)).toEqual(['POLICY-PEP-AGE-RANGE']);
  });
});
