import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { _normalise } from '../../src/smart/_text';
import { checkTargetSet } from '../../src/smart/index';
import { _checkTargetSet } from '../../src/smart/checkTargetSet';
import { _checkTarget, _readContext } from '../../src/smart/checkSmartTarget';
import type { TargetInput } from '../../src/smart/types';

/*
 * checkTargetSet grows linearly with the number of targets, without wall-clock assertions: it counts
 * its steps (each target's analysis steps, the characters read to build duplicate keys, every target
 * placed in a duplicate group and every duplicate reported), so doubling the set must about double the
 * count. Grouping that copies a group on each repeat (as it once did) is quadratic when many targets
 * share a key and makes the ratio grow towards 4. Timings are outside the tests.
 */

const context = { meetingDate: '2025-01-15' };
const TEXT = 'Ben will read 20 high frequency words by Easter.';

function steps(targets: readonly (string | TargetInput)[]): number {
  const ops = { n: 0 };
  _checkTargetSet(targets, context, ops);
  return ops.n;
}

/** The steps of the set less those of analysing each target on its own. */
function setSteps(targets: readonly (string | TargetInput)[]): number {
  const read = _readContext(context);
  const ops = { n: 0 };
  targets.forEach((t, i) => _checkTarget(t, read, ops, [i]));
  return steps(targets) - ops.n;
}

const identical = (n: number): TargetInput[] => Array.from({ length: n }, () => ({ text: TEXT, area: 'academic' }));
/** The same words in varied case, spacing and punctuation: all one duplicate key. */
const disguised = (n: number): string[] => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? TEXT.toUpperCase() : i % 3 === 1 ? `  ${TEXT.replace(/ /g, '   ')}` : TEXT.replace(/\./g, '!!')));
const distinct = (n: number): TargetInput[] => Array.from({ length: n }, (_, i) => ({ text: `Ben will read ${i} high frequency words by Easter, step ${i}.`, area: 'academic' }));
/** 50 keys, each repeated n / 50 times, interleaved. */
const fewKeys = (n: number): string[] => Array.from({ length: n }, (_, i) => `Ben will read ${i % 50} high frequency words by Easter.`);

describe('checkTargetSet grows linearly with the number of targets', () => {
  it.each<[string, (n: number) => readonly (string | TargetInput)[]]>([
    ['identical targets', identical],
    ['targets identical once case, spacing and punctuation are ignored', disguised],
    ['distinct targets', distinct],
    ['a few keys, each repeated many times', fewKeys],
  ])('%s', (_name, make) => {
    const small = steps(make(1500));
    const large = steps(make(3000));
    expect(small).toBeGreaterThan(1500);
    expect(large / small).toBeLessThan(2.2);
  });

  it.each<[string, (n: number) => readonly (string | TargetInput)[]]>([
    ['identical targets', identical],
    ['a few keys, each repeated many times', fewKeys],
  ])('the set\'s own steps, beyond each target\'s analysis, grow linearly: %s', (_name, make) => {
    // Not diluted by the analysis: the duplicate bookkeeping alone must about double.
    const small = setSteps(make(1500));
    const large = setSteps(make(3000));
    expect(small).toBeGreaterThanOrEqual(1500 * 3);
    expect(large / small).toBeLessThan(2.2);
  });
});

describe('duplicates of a large set', () => {
  it('groups 3,000 identical targets as one group and reports each repeat once, in order', () => {
    const set = checkTargetSet(identical(3000), context);
    const indices = Array.from({ length: 3000 }, (_, i) => i);
    expect(set.duplicates).toEqual([indices]);
    const dup = set.findings.filter((f) => f.code === 'SMART-SET-DUPLICATE');
    expect(dup.map((f) => f.path)).toEqual(indices.slice(1).map((i) => [i]));
    expect(dup[0]?.message).toBe('Target 1 repeats target 0 (same words once case, spacing and punctuation are ignored).');
    expect(dup[2998]?.message).toBe('Target 2999 repeats target 0 (same words once case, spacing and punctuation are ignored).');
  });

  it('orders groups by their first repeat, each listing the first target then the later ones', () => {
    const a = 'Ben will read 20 high frequency words by Easter.';
    const b = 'Ben will attend 95% of sessions by July.';
    const c = 'Ben will join one after-school club by half term.';
    // a b c b a c a b: b repeats first (index 3), then a (4), then c (5).
    const set = checkTargetSet([a, b, c, b.toUpperCase(), a, ` ${c} `, `${a}!`, b], context);
    expect(set.duplicates).toEqual([[1, 3, 7], [0, 4, 6], [2, 5]]);
    expect(set.findings.filter((f) => f.code === 'SMART-SET-DUPLICATE').map((f) => f.path)).toEqual([[3], [7], [4], [6], [5]]);
  });

  it('reports 50 keys repeated 60 times as 50 groups of 60', () => {
    const set = checkTargetSet(fewKeys(3000), context);
    expect(set.duplicates.map((g) => [g[0], g.length])).toEqual(Array.from({ length: 50 }, (_, k) => [k, 60]));
    expect(set.duplicates.every((g) => g.every((i, j) => i === g[0]! + 50 * j))).toBe(true);
  });

  /** The definition, written plainly: the lower-cased normalised text's runs of letters and digits, joined by one space. */
  function naiveGroups(texts: readonly string[]): number[][] {
    const byKey = new Map<string, number[]>();
    for (const [i, t] of texts.entries()) {
      const runs = _normalise(t).toLowerCase().split(/[^a-z0-9\u00c0-\uffff]+/).filter((r) => r !== '');
      if (runs.length === 0) continue;
      const key = runs.join(' ');
      byKey.set(key, [...(byKey.get(key) ?? []), i]);
    }
    return [...byKey.values()].filter((g) => g.length > 1).sort((x, y) => (x[1] as number) - (y[1] as number));
  }

  it('groups exactly as the definition does, whatever the case, spacing, punctuation or letters beyond ASCII (fast-check)', () => {
    // A few word lists, each written many ways (case, separators, markup), so that keys repeat; letters whose lower case is not ASCII's.
    const word = fc.constantFrom('Ben', 'read', '20', 'Zoë', 'İpek', 'ipek', 'Kelvin', '\u212Aelvin', 'by', 'Easter', 'Zara', 'z', 'ÀB', '');
    const sep = fc.constantFrom(' ', '  ', ', ', '!', '\n', '-', "'", '<br>', '&amp;', '');
    const variant = fc.constantFrom((w: string) => w, (w: string) => w.toUpperCase(), (w: string) => w.toLowerCase());
    const base = fc.array(word, { minLength: 1, maxLength: 3 });
    const texts = fc.array(base, { minLength: 1, maxLength: 4 }).chain((bases) =>
      fc.array(fc.tuple(fc.nat(bases.length - 1), fc.array(fc.tuple(variant, sep), { minLength: 3, maxLength: 3 })).map(([b, looks]) => (bases[b] as string[]).map((w, k) => looks[k]![0](w) + looks[k]![1]).join('')), { maxLength: 40 }),
    );
    fc.assert(
      fc.property(texts, (list) => {
        expect(checkTargetSet(list, context).duplicates).toEqual(naiveGroups(list));
      }),
      { numRuns: 300, seed: 19 },
    );
  });
});
