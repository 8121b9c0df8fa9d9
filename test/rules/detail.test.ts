import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/presets/index';
import { assessPep } from '../../src/rules/assessPep';
import { validatePep } from '../../src/rules/validatePep';
import { stripToCodes } from '../_helpers/stripToCodes';

/*
 * detail: 'codes' is the full assessment with the explanations left out, nothing else: for every
 * example PEP under every preset, stripping messages, sources and SMART evidence from the 'full'
 * result gives exactly the 'codes' result. The stripping here is written independently of the
 * library's (a deep walk over the whole result), so a place the library forgets shows up as a difference.
 */

const strip = stripToCodes;

/**
 * Every message, source, advice or evidence string in a result, outside the PEP itself, the PP+
 * caps applied and the PP+ release (a cap or a release is a judgement, not a finding: its policy
 * citation stays at every level of detail).
 */
function messages(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => messages(v, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'pep' || k === 'capsApplied' || k === 'release') continue;
      if ((k === 'message' || k === 'source' || k === 'advice') && typeof v === 'string' && v !== '') out.push(v);
      else if (k === 'evidence' && Array.isArray(v)) out.push(...(v as string[]));
      else messages(v, out);
    }
  }
  return out;
}

const examplesDir = new URL('../../examples/', import.meta.url);
const texts: [string, string][] = [
  ...readdirSync(new URL('peps/', examplesDir))
    .filter((n) => n.endsWith('.json'))
    .map((n) => [n, readFileSync(new URL(`peps/${n}`, examplesDir), 'utf8')] as [string, string]),
  ...readFileSync(new URL('cohort.ndjson', examplesDir), 'utf8')
    .trim()
    .split('\n')
    .map((line, i) => [`cohort line ${i + 1}`, line] as [string, string]),
];
const presets = Object.keys(policies) as (keyof typeof policies)[];

describe("assessPep with detail: 'codes'", () => {
  it.each(presets)('equals the full result without messages, sources or evidence, for every example (%s)', (preset) => {
    const policy = policies[preset];
    let explained = 0;
    for (const [name, text] of texts) {
      const options = { policy, today: '2025-03-01' };
      const full = assessPep(JSON.parse(text), options);
      const codes = assessPep(JSON.parse(text), { ...options, detail: 'codes' });
      expect({ name, codes }).toStrictEqual({ name, codes: strip(full) });
      expect({ name, left: messages(codes) }).toEqual({ name, left: [] });
      explained += messages(full).length;
    }
    // The full results do explain (the comparison above is not between two empty results).
    expect(explained).toBeGreaterThan(texts.length * 10);
  });

  it('is the same for schema failures, a refused policy, a bad today and no today', () => {
    const good = JSON.parse(texts[0]![1]) as Record<string, unknown>;
    const cases: [unknown, object][] = [
      [{ ...good, phase: 'secondary', meeting: {} }, {}],
      ['not a PEP', {}],
      [good, { policy: { not: 'a policy' } }],
      [good, { today: '2025-02-30' }],
      [good, {}],
    ];
    for (const [data, options] of cases) {
      expect(assessPep(data, { ...options, detail: 'codes' })).toStrictEqual(strip(assessPep(data, options)));
    }
  });

  it('checks SMART at codes detail instead of stripping its reports afterwards: criteria are shared frozen objects', () => {
    let compared = 0;
    for (const [name, text] of texts) {
      const codes = assessPep(JSON.parse(text), { policy: policies.halton, today: '2025-03-01', detail: 'codes' });
      const seen = new Map<string, object>();
      for (const report of codes.targets?.reports ?? []) {
        for (const c of [report.specific, report.measurable, report.achievable, report.relevant, report.timeBound]) {
          expect({ name, frozen: Object.isFrozen(c) }).toEqual({ name, frozen: true });
          const key = `${String(c.met)} ${c.confidence ?? ''}`;
          const first = seen.get(key);
          if (first === undefined) seen.set(key, c);
          else {
            expect(c).toBe(first);
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(texts.length);
  });

  it("'full' is the default, and validatePep takes the same option", () => {
    const data = JSON.parse(texts[1]![1]) as unknown;
    const options = { policy: policies.halton, today: '2025-03-01' };
    expect(assessPep(data, { ...options, detail: 'full' })).toStrictEqual(assessPep(data, options));
    const full = validatePep(data, options);
    const codes = validatePep(data, { ...options, detail: 'codes' });
    expect(codes).toStrictEqual(strip(full));
    expect(codes.findings.length).toBeGreaterThan(0);
  });
});
