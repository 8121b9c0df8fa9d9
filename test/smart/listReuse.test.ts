/**
 * The analysis reuses its lists from one target to the next (src/smart/_lists.ts): nothing a caller is given may
 * share one. Reports kept from earlier calls must read exactly as they did when returned, whatever is checked after
 * them, in any order, at either detail, alone, in a set or inside assessPep.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSmartTarget, checkTargetSet } from '../../src/smart';
import { assessPep } from '../../src/rules';
import { policies } from '../../src/policy';

const ROOT = join(__dirname, '..', '..');
const texts: string[] = (JSON.parse(readFileSync(join(ROOT, 'test/fixtures/smart/corpus.json'), 'utf8')) as { text: string }[])
  .map((t) => t.text)
  .slice(0, 120);
const cohort = readFileSync(join(ROOT, 'examples/cohort.ndjson'), 'utf8').trim().split('\n');
const snap = (x: unknown): string => JSON.stringify(x);

describe('reused analysis lists never leak into results', () => {
  it('checkSmartTarget: reports kept across later calls are unchanged (full and codes)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: texts.length - 1 }), { minLength: 2, maxLength: 30 }), fc.boolean(), (picks, codes) => {
        const ctx = codes ? { meetingDate: '2025-01-15', detail: 'codes' as const } : { meetingDate: '2025-01-15' };
        const kept = picks.map((i) => {
          const report = checkSmartTarget(texts[i] as string, ctx);
          return { report, at: snap(report) };
        });
        for (const k of kept) expect(snap(k.report)).toBe(k.at);
      }),
      { numRuns: 60, seed: 8 },
    );
  });

  it('checkTargetSet and assessPep: results kept across later calls are unchanged', () => {
    const sets = [texts.slice(0, 40), texts.slice(40, 80), texts.slice(80)].map((set) => {
      const report = checkTargetSet(set, { meetingDate: '2025-01-15' });
      return { report, at: snap(report) };
    });
    const peps = cohort.slice(0, 20).map((line) => {
      const result = assessPep(JSON.parse(line), { policy: policies.halton, today: '2025-03-01' });
      return { result, at: snap(result) };
    });
    for (const t of texts) checkSmartTarget(t, { meetingDate: '2025-01-15' });
    for (const s of sets) expect(snap(s.report)).toBe(s.at);
    for (const p of peps) expect(snap(p.result)).toBe(p.at);
  });

  it('a report equals the one a fresh run of the same text gives after many other texts', () => {
    const first = texts.map((t) => snap(checkSmartTarget(t, { meetingDate: '2025-01-15' })));
    const again = [...texts].reverse().map((t) => snap(checkSmartTarget(t, { meetingDate: '2025-01-15' }))).reverse();
    expect(again).toEqual(first);
  });
});
