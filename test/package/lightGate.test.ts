import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The sdq and smart entry points stay free of the schema library, so their policy gate trusts
 * policies from definePolicy and the presets and checks any other object with definePolicy only
 * when the policy module is loaded. Run against the built package in a fresh process, where the
 * module graph is exactly what a host's bundle would hold.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (script: string): unknown =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));

const child = "{ dateOfBirth: '2014-05-01', enteredCare: '2023-01-10', onDate: '2025-03-01', sdqs: [] }";

describe('the light policy gate of pep-rules/sdq', () => {
  it('refuses a hand-made policy object with POLICY-NOT-CHECKED when the policy module was never loaded', () => {
    const out = run(`
      const { sdqRequirement } = await import('pep-rules/sdq');
      const r = sdqRequirement(${child}, { id: 'hand-made' });
      console.log(JSON.stringify({ required: r.required, codes: r.findings.map((f) => f.code) }));`);
    expect(out).toEqual({ required: false, codes: ['POLICY-NOT-CHECKED'] });
  });

  it('checks the same object with definePolicy once pep-rules/policy is loaded, and trusts presets either way', () => {
    const out = run(`
      const { sdqRequirement } = await import('pep-rules/sdq');
      const { policies } = await import('pep-rules/policy');
      const raw = JSON.parse(JSON.stringify(policies.miltonKeynes));
      const a = sdqRequirement(${child}, raw);
      const b = sdqRequirement(${child}, policies.miltonKeynes);
      console.log(JSON.stringify([JSON.stringify(a) === JSON.stringify(b), a.findings.map((f) => f.code)]));`);
    expect(out).toEqual([true, ['SDQ-REQUIREMENT-NO-CORE-PEP-DATE']]);
  });
});
