import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy';

/*
 * One result convention across the API: `{ ok: true, … } | { ok: false, findings }`. definePolicy keeps its
 * older `success`/`issues` beside `ok`/`findings` (the same values) until a major release, marked deprecated
 * in the published declarations so editors strike them through.
 */
describe('definePolicy follows the { ok, findings } convention', () => {
  it('a valid policy: ok and success are true, data is the policy', () => {
    const result = definePolicy({ id: 'exampleshire', targets: { minimumCount: { value: 3, source: 'Exampleshire PEP policy 2025, §4' } } });
    expect(result.ok).toBe(true);
    expect(result.success).toBe(true);
    expect(result.ok && result.data.targets.minimumCount.value).toBe(3);
    expect('findings' in result).toBe(false);
  });
  it.each([
    ['not an object', 42],
    ['a schema error', { id: 'Not An Id' }],
    ['an unsourced change', { id: 'x', targets: { minimumCount: { value: 3 } } }],
    ['a cross-check', { id: 'x', ppPlus: { perPepCap: { pounds: 3000, source: 's' }, perFinancialYearCap: { pounds: 100, source: 's' } } }],
  ])('%s: ok is false and findings is the very array issues is', (_label, input) => {
    const result = definePolicy(input);
    expect(result.ok).toBe(false);
    expect(result.success).toBe(false);
    if (result.ok) return;
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings).toBe(result.issues);
    expect(result.findings.every((f) => f.code.startsWith('POLICY-'))).toBe(true);
  });
});

describe('the published declarations', () => {
  const dist = new URL('../../dist/', import.meta.url);
  const declarations = readdirSync(dist)
    .filter((f) => f.endsWith('.d.ts'))
    .map((f) => readFileSync(new URL(f, dist), 'utf8'))
    .join('\n');
  it('mark PolicyResult.success and .issues deprecated, pointing to ok and findings', () => {
    const policyResult = /type PolicyResult =[\s\S]*?\};\n/.exec(declarations)?.[0] ?? '';
    expect(policyResult).toMatch(/\/\*\* @deprecated Read `ok` \(the same boolean\)\. \*\/\s+readonly success: true;/);
    expect(policyResult).toMatch(/\/\*\* @deprecated Read `findings` \(the same array\)\. \*\/\s+readonly issues: Finding\[\];/);
    expect(policyResult).toMatch(/readonly findings: Finding\[\];/);
  });
});
