import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definePolicy, policies, policyJsonSchema, PolicySchema, type Policy } from '../../src/policy/index';

/** Every object holding a number or boolean rule value must carry a non-empty `source`. */
function unsourced(value: unknown, path: string[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => unsourced(v, [...path, String(i)]));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  const own = Object.entries(obj).filter(([k, v]) => (typeof v === 'number' || typeof v === 'boolean') && k !== 'n');
  const hasNumber = own.length > 0 || typeof obj.n === 'number' || typeof obj.value !== 'undefined';
  const missing = hasNumber && path.length > 0 && !(typeof obj.source === 'string' && obj.source.length > 0) ? [path.join('.')] : [];
  return [...missing, ...Object.entries(obj).flatMap(([k, v]) => unsourced(v, [...path, k]))];
}


/** A refused policy: `ok: false` with its findings (and the deprecated `success`/`issues`, the same array). */
const failure = (findings: unknown[]) => ({ ok: false, success: false, findings, issues: findings });

describe('presets', () => {
  it.each(Object.entries(policies))('%s validates against PolicySchema', (_name, policy) => {
    expect(PolicySchema.safeParse(policy).success).toBe(true);
  });
  it.each(Object.entries(policies))('%s cites a source for every value', (_name, policy) => {
    expect(unsourced(policy)).toEqual([]);
  });
  it('are frozen so no host can change a preset for everyone', () => {
    expect(Object.isFrozen(policies.miltonKeynes.ppPlus.perPepCap)).toBe(true);
  });
  it('england holds statutory defaults only: no caps, instalments or disallowed categories', () => {
    const { ppPlus } = policies.england;
    expect([ppPlus.perPepCap, ppPlus.perFinancialYearCap, ppPlus.perTermCap, ppPlus.instalments, ppPlus.disallowedCategories.value]).toEqual([
      null,
      null,
      null,
      [],
      [],
    ]);
    expect(policies.england.timescales.firstCareReview).toMatchObject({ n: 20, unit: 'working-days' });
  });
  it('carries the seed numbers for each council', () => {
    expect({
      mkPerPep: policies.miltonKeynes.ppPlus.perPepCap?.pounds,
      mkPerYear: policies.miltonKeynes.ppPlus.perFinancialYearCap?.pounds,
      mkSubmit: policies.miltonKeynes.timescales.submissionAfterMeeting,
      boltonInstalments: policies.bolton.ppPlus.instalments.map((i) => [i.fromMonth, i.toMonth, i.pounds]),
      boltonDisallowed: policies.bolton.ppPlus.disallowedCategories.value,
      barnetTargets: policies.barnet.targets.minimumCount.value,
      barnetReminders: policies.barnet.timescales.remindersBeforeMeeting.map((r) => `${r.n} ${r.unit}`),
      haltonInitiate: policies.halton.timescales.initiatePep.unit,
      haltonAcademic: policies.halton.targets.academicTargetRequired.value,
      haltonDeadlines: policies.halton.timescales.termlyDeadlines.map((d) => d.date),
    }).toEqual({
      mkPerPep: 950,
      mkPerYear: 1900,
      mkSubmit: expect.objectContaining({ n: 5, unit: 'working-days' }),
      boltonInstalments: [
        [4, 8, 750],
        [9, 3, 1045],
      ],
      boltonDisallowed: ['administration', 'clothing-uniform', 'transport'],
      barnetTargets: 3,
      barnetReminders: ['4 weeks', '2 weeks', '1 weeks', '2 calendar-days'],
      haltonInitiate: 'school-days',
      haltonAcademic: true,
      haltonDeadlines: ['2024-11-08', '2025-02-28', '2025-06-27'],
    });
  });
});

describe('definePolicy', () => {
  it('deep-merges overrides onto england without mutating either', () => {
    const before = JSON.stringify(policies.england);
    const overrides = { id: 'testshire', targets: { minimumCount: { value: 2, source: 'Testshire §1' } } };
    const copy = JSON.stringify(overrides);
    const result = definePolicy(overrides);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.targets.minimumCount).toEqual({ value: 2, source: 'Testshire §1' });
    expect(result.data.targets.academicTargetRequired).toEqual(policies.england.targets.academicTargetRequired);
    expect(JSON.stringify(policies.england)).toBe(before);
    expect(JSON.stringify(overrides)).toBe(copy);
  });
  it('starts from another preset when given', () => {
    const result = definePolicy({ id: 'mk-variant', ppPlus: { perPepCap: { pounds: 900, source: 'x' } } }, policies.miltonKeynes);
    expect(result.success && [result.data.ppPlus.perPepCap?.pounds, result.data.ppPlus.perFinancialYearCap?.pounds]).toEqual([900, 1900]);
  });
  it('clears a nullable value with null and replaces arrays whole', () => {
    // Bolton allocates in instalments: emptying its windows needs a basis that does not need them
    // (The Virtual School Handbook, iv) VSH Strategy for Pupil Premium Plus: "whether the funding will be
    // transferred as a single allocation or in instalment's and when they will be transferred").
    const basis = { value: 'per-request' as const, source: 'Exampleshire PP+ policy, §1' };
    const result = definePolicy({ id: 'x', ppPlus: { perPepCap: null, instalments: [], allocationBasis: basis } }, policies.bolton);
    expect(result.success && [result.data.ppPlus.perPepCap, result.data.ppPlus.instalments]).toEqual([null, []]);
    const windowsOnly = definePolicy({ id: 'x', ppPlus: { perPepCap: null, instalments: [] } }, policies.bolton);
    expect(windowsOnly.ok ? [] : windowsOnly.findings.map((f) => f.code)).toEqual(['POLICY-PPPLUS-INSTALMENTS-MISSING']);
  });
  it('reports every mistake in a bad policy with a path, never throwing', () => {
    const result = definePolicy({
      id: 'Bad Id',
      targets: { minimumCount: { value: -1, source: 'x' } },
      timescales: { initiatePep: { n: 10, unit: 'fortnights', source: 'x' } },
      ppPlus: { perPepCap: { pounds: 950.555, source: 'x' } },
      sdq: { concernThreshold: { totalDifficulties: 17 } },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((f) => [f.code, f.path?.join('.')])).toEqual([
      ['POLICY-FORMAT', 'id'],
      ['POLICY-VALUE', 'timescales.initiatePep.unit'],
      ['POLICY-INVALID', 'ppPlus.perPepCap.pounds'],
      ['POLICY-RANGE', 'targets.minimumCount.value'],
      ['POLICY-SOURCE-MISSING', 'sdq.concernThreshold'],
    ]);
  });
  it('refuses a changed value that does not cite its own source', () => {
    const result = definePolicy({ id: 'x', targets: { minimumCount: { value: 4 } } }, policies.barnet);
    expect(result).toEqual(
      failure([
        {
          code: 'POLICY-SOURCE-MISSING',
          severity: 'error',
          message: 'A changed policy value needs its own `source` (the council document and section it comes from).',
          path: ['targets', 'minimumCount'],
        },
      ]),
    );
  });
  it('checks that caps are consistent', () => {
    const result = definePolicy({ id: 'x', ppPlus: { perPepCap: { pounds: 2000, source: 'a' }, perFinancialYearCap: { pounds: 1000, source: 'b' } } });
    expect(result).toEqual(
      failure([
        {
          code: 'POLICY-PPPLUS-CAP-ORDER',
          severity: 'error',
          message: 'The per-PEP cap is larger than the per-financial-year cap.',
          path: ['ppPlus', 'perPepCap'],
        },
      ]),
    );
  });
  it.each([null, 'england', 42, [], undefined])('gives a finding for a non-object (%s)', (value) => {
    expect(definePolicy(value)).toEqual(
      failure([{ code: 'POLICY-NOT-OBJECT', severity: 'error', message: 'A policy must be a JSON object.', path: [] }]),
    );
  });
  it('ignores __proto__ keys instead of polluting prototypes', () => {
    const result = definePolicy(JSON.parse('{"id":"x","__proto__":{"polluted":true}}'));
    expect(result.success).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('accepts the bundled example council policy', () => {
    const json: unknown = JSON.parse(readFileSync(new URL('../../examples/policies/exampleshire.json', import.meta.url), 'utf8'));
    const result = definePolicy(json);
    expect(result.success && (result.data as Policy).ppPlus.perTermCap?.pounds).toBe(550);
  });
});

describe('policyJsonSchema', () => {
  it('is JSON Schema 2020-12 and requires every section', () => {
    const schema = policyJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'timescales', 'sdq', 'ppPlus', 'targets', 'qa', 'attendance']),
    );
  });
});
