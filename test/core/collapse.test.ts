import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORE_CODES } from '../../src/core/codes';
import { collapseRepeatedFindings, DEFAULT_FINDINGS_PER_CODE, DEFAULT_MAX_FINDINGS, limitFindings, type CollapsedFinding } from '../../src/core/collapse';
import type { Finding } from '../../src/core/finding';
import { assessPep } from '../../src/rules/assessPep';
import { example } from '../rules/_helpers';

const f = (code: string, i: number, severity: Finding['severity'] = 'error'): Finding => ({ code, severity, message: 'Bad.', path: ['targets', i] });

describe('collapseRepeatedFindings', () => {
  it('returns the same array when no code is over the limit', () => {
    const list = [f('A-B-C', 0), f('A-B-C', 1), f('D-E-F', 0)];
    expect(collapseRepeatedFindings(list, 2)).toBe(list);
  });

  it('one code over the limit becomes one finding where the first stood; others keep their order', () => {
    const list = [f('D-E-F', 0, 'warning'), f('A-B-C', 0), f('G-H-I', 0, 'info'), f('A-B-C', 1), f('A-B-C', 2)];
    const out = collapseRepeatedFindings(list, 2);
    expect(out.map((x) => x.code)).toEqual(['D-E-F', 'A-B-C', 'G-H-I']);
    const one = out[1] as CollapsedFinding;
    expect(one.count).toBe(3);
    expect(one.paths).toEqual([['targets', 0], ['targets', 1], ['targets', 2]]);
    expect(one.path).toEqual(['targets', 0]);
    expect(one.severity).toBe('error');
    expect(one.message).toBe('Bad. (Found 3 times. The first 3 places are listed in `paths`.)');
  });

  it('keeps only the first 10 places, and at the limit exactly nothing collapses', () => {
    const list = Array.from({ length: 1000 }, (_, i) => f('A-B-C', i));
    const [one] = collapseRepeatedFindings(list, 999) as CollapsedFinding[];
    expect(one!.count).toBe(1000);
    expect(one!.paths).toHaveLength(10);
    expect(collapseRepeatedFindings(list, 1000)).toHaveLength(1000);
    expect(collapseRepeatedFindings(list, Number.POSITIVE_INFINITY)).toHaveLength(1000);
  });

  it('a limit that is not a whole number of at least 1 means the default (50)', () => {
    const list = Array.from({ length: DEFAULT_FINDINGS_PER_CODE + 1 }, (_, i) => f('A-B-C', i));
    for (const bad of [0, -1, 2.5, Number.NaN, '3' as unknown as number, undefined]) expect(collapseRepeatedFindings(list, bad)).toHaveLength(1);
    expect(collapseRepeatedFindings(list.slice(1))).toHaveLength(DEFAULT_FINDINGS_PER_CODE);
  });

  it('property: counts are preserved — the kept findings plus the collapsed counts equal the input, per code and severity', () => {
    const arb = fc.array(fc.tuple(fc.constantFrom('A-A-A', 'B-B-B', 'C-C-C'), fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<Finding['severity']>), { maxLength: 300 });
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 60 }), (items, limit) => {
        const list = items.map(([code], i) => f(code, i, code === 'A-A-A' ? 'error' : code === 'B-B-B' ? 'warning' : 'info'));
        const out = collapseRepeatedFindings(list, limit);
        const total = out.reduce((n, x) => n + ('count' in x ? (x as CollapsedFinding).count : 1), 0);
        expect(total).toBe(list.length);
        const perCode = new Map<string, number>();
        for (const x of out) perCode.set(x.code, (perCode.get(x.code) ?? 0) + 1);
        for (const n of perCode.values()) expect(n === 1 || n <= limit).toBe(true);
      }),
    );
  });
});

describe('assessPep output is bounded', () => {
  it('a PEP with 2,000 identical empty-text targets gives one finding per code, with the count, and stays invalid', () => {
    const p = example('school-age-good');
    p.targets = Array.from({ length: 2000 }, (_, i) => ({ id: `t${i}`, area: 'academic', text: 'Work on reading.' }));
    const r = assessPep(p, { today: '2025-03-01' });
    const counts = new Map<string, number>();
    for (const x of r.findings) counts.set(x.code, (counts.get(x.code) ?? 0) + 1);
    for (const [code, n] of counts) expect([code, n <= DEFAULT_FINDINGS_PER_CODE]).toEqual([code, true]);
    const dup = r.findings.find((x) => x.code === 'PEP-TARGET-DUPLICATE') as CollapsedFinding | undefined;
    expect(dup?.count).toBeGreaterThan(DEFAULT_FINDINGS_PER_CODE);
    const all = assessPep(p, { today: '2025-03-01', findingsPerCode: Number.POSITIVE_INFINITY });
    expect(all.findings.length).toBeGreaterThan(r.findings.length);
    expect(all.valid).toBe(r.valid);
  });

  it('schema findings are bounded too, and codes detail keeps the count', () => {
    const p = example('school-age-good') as Record<string, unknown>;
    p.targets = Array.from({ length: 500 }, () => ({ id: 5 }));
    const r = assessPep(p, { detail: 'codes', findingsPerCode: 3 });
    const big = r.findings.filter((x) => 'count' in x) as CollapsedFinding[];
    expect(big.length).toBeGreaterThan(0);
    for (const x of big) expect([x.message, x.paths.length > 0]).toEqual(['', true]);
  });
});

describe('limitFindings (per-record limit)', () => {
  it('keeps the first max - 1 and counts the rest in one FINDINGS-LIMIT-REACHED info finding', () => {
    const list = Array.from({ length: 10 }, (_, i) => f(`C-${i}-X`, i, i < 3 ? 'error' : 'warning'));
    const out = limitFindings(list, 4);
    expect(out.map((x) => x.code)).toEqual(['C-0-X', 'C-1-X', 'C-2-X', 'FINDINGS-LIMIT-REACHED']);
    expect(out[3]).toEqual({ code: 'FINDINGS-LIMIT-REACHED', severity: 'info', message: '7 more findings were left out: this result keeps at most 4 (maxFindings).' });
    expect(limitFindings(list, 10)).toBe(list);
    expect(limitFindings(list, Number.POSITIVE_INFINITY)).toBe(list);
  });

  it('assessPep: maxFindings bounds a PEP with many distinct problems; the default is 500 and the code is in the catalogue', () => {
    expect(CORE_CODES['FINDINGS-LIMIT-REACHED'].severity).toBe('info');
    expect(DEFAULT_MAX_FINDINGS).toBe(500);
    const p = example('school-age-good');
    p.targets = Array.from({ length: 40 }, (_, i) => ({ id: `t${i}`, area: 'academic', text: `Vague aim number ${i}.` }));
    const all = assessPep(p, { today: '2025-03-01', findingsPerCode: Number.POSITIVE_INFINITY, maxFindings: Number.POSITIVE_INFINITY });
    const some = assessPep(p, { today: '2025-03-01', findingsPerCode: Number.POSITIVE_INFINITY, maxFindings: 10 });
    expect(all.findings.length).toBeGreaterThan(10);
    expect(some.findings).toHaveLength(10);
    expect(some.findings.at(-1)?.code).toBe('FINDINGS-LIMIT-REACHED');
    expect(some.valid).toBe(all.valid);
  });
});
