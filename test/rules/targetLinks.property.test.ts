import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ppPlusTargetNotSmart } from '../../src/rules/checks/ppPlusTargetNotSmart';
import { targetIdDuplicate } from '../../src/rules/checks/targetIdDuplicate';
import type { RuleContext } from '../../src/rules/defineRule';
import type { Pep } from '../../src/pep/schema';

/*
 * Both checks were rewritten without a set or map per PEP (a map only past 16 targets): their hits must be
 * the ones the set and map versions gave. Only target ids, SMART passes and request links are read.
 */
function referenceNotSmart(pep: Pep, ctx: RuleContext): unknown[] {
  const passing = new Set<string>();
  pep.targets.forEach((t, i) => {
    if (ctx.smartPass[i]) passing.add(t.id);
  });
  const hits: unknown[] = [];
  (pep.ppPlus?.requests ?? []).forEach((r, i) => {
    const known = r.targetIds.filter((id) => ctx.facts.targetIds.includes(id));
    if (known.length > 0 && !known.some((id) => passing.has(id))) hits.push({ path: ['ppPlus', 'requests', i, 'targetIds'] });
  });
  return hits;
}
function referenceDuplicate(pep: Pep): unknown[] {
  const first = new Map<string, number>();
  const hits: unknown[] = [];
  pep.targets.forEach((t, i) => {
    const seen = first.get(t.id);
    if (seen === undefined) first.set(t.id, i);
    else hits.push({ path: ['targets', i, 'id'], params: { first: seen } });
  });
  return hits;
}

const id = fc.constantFrom('t1', 't2', 't3', 't4', 'x');
const world = fc.record({
  targets: fc.array(fc.record({ id, pass: fc.boolean() }), { maxLength: 24 }),
  requests: fc.option(fc.array(fc.array(id, { maxLength: 4 }), { maxLength: 4 }), { nil: undefined }),
});

function build(w: { targets: { id: string; pass: boolean }[]; requests: string[][] | undefined }): { pep: Pep; ctx: RuleContext } {
  const pep = {
    targets: w.targets.map((t) => ({ id: t.id })),
    ...(w.requests !== undefined ? { ppPlus: { requests: w.requests.map((targetIds) => ({ targetIds })) } } : {}),
  } as unknown as Pep;
  const targetIds = [...new Set(w.targets.map((t) => t.id))];
  const ctx = { smartPass: w.targets.map((t) => t.pass), facts: { targetIds } } as unknown as RuleContext;
  return { pep, ctx };
}

describe('PP+ links and target ids (Halton Appendix C: PP+ spending directly linked to SMART targets)', () => {
  it('PEP-PPPLUS-TARGET-NOT-SMART hits the requests the set version hit', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { pep, ctx } = build(w);
        expect([...ppPlusTargetNotSmart.check(pep, ctx)]).toEqual(referenceNotSmart(pep, ctx));
      }),
      { numRuns: 1500 },
    );
  });
  it('PEP-TARGET-ID-DUPLICATE names the first target with the id, below and above 16 targets', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { pep, ctx } = build(w);
        expect([...targetIdDuplicate.check(pep, ctx)]).toEqual(referenceDuplicate(pep));
      }),
      { numRuns: 1500 },
    );
  });
});
