/**
 * The frozen split against a fresh labelling under today's guide: figures only, never a text.
 *
 *   npx tsx scripts/smart-frozen-relabel.ts
 *
 * Two readers labelled the frozen split's 109 texts again on 7 December 2026 (labels-frozen-relabel-A.json, -B.json),
 * each independently, from docs/smart.md's labelling guide and the settled labels of other sets, without the earlier
 * labels of these texts (labels.json) or the analyser's output. Prints their agreement, their agreement with the
 * earlier labels, the analyser against each, and, where the analyser differs from the earlier label, which side both
 * new readers take. The frozen split's own figures (scripts/smart-accuracy.ts) stay measured against labels.json.
 */
import { readFileSync } from 'node:fs';
import { checkSmartTarget } from '../src/smart/index';

type Criterion = 'specific' | 'measurable' | 'timeBound';
type Judged = Record<Criterion, boolean>;
type Labels = Record<string, Judged>;

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../test/fixtures/smart/${name}`, import.meta.url), 'utf8')) as T;
const split = fixture<{ heldOut: string[] }>('split.json').heldOut;
const texts = new Map(fixture<{ id: string; text: string }[]>('corpus.json').map((r) => [r.id, r.text]));
const old = fixture<{ labels: Labels }>('labels.json').labels;
const A = fixture<{ labels: Labels }>('labels-frozen-relabel-A.json').labels;
const B = fixture<{ labels: Labels }>('labels-frozen-relabel-B.json').labels;
const CRITERIA: readonly Criterion[] = ['specific', 'measurable', 'timeBound'];

const got: Labels = {};
for (const id of split) {
  const r = checkSmartTarget(texts.get(id) ?? '', { meetingDate: '2025-01-15' });
  got[id] = { specific: r.specific.met === true, measurable: r.measurable.met === true, timeBound: r.timeBound.met === true };
}
const at = (l: Labels, id: string, c: Criterion): boolean | undefined => l[id]?.[c];
const agree = (x: Labels, y: Labels, ids: readonly string[]): string =>
  CRITERIA.map((c) => `${c.slice(0, 1).toUpperCase()} ${ids.filter((i) => at(x, i, c) === at(y, i, c)).length}/${ids.length}`).join(', ');
const both = split.filter((i) => CRITERIA.every((c) => at(A, i, c) === at(B, i, c)));
console.log(`A vs B: ${agree(A, B, split)}; ids agreeing on S, M and T: ${both.length}`);
console.log(`earlier labels vs A: ${agree(old, A, split)} | vs B: ${agree(old, B, split)}`);
console.log(`analyser vs earlier labels: ${agree(got, old, split)}`);
console.log(`analyser vs A: ${agree(got, A, split)} | vs B: ${agree(got, B, split)}`);
console.log(`on the ${both.length} ids A and B agree on: analyser vs A=B ${agree(got, A, both)} | vs earlier labels ${agree(got, old, both)}`);
for (const c of CRITERIA) {
  const miss = split.filter((i) => at(got, i, c) !== at(old, i, c));
  const withAnalyser = miss.filter((i) => at(A, i, c) === at(got, i, c) && at(B, i, c) === at(got, i, c)).length;
  const withEarlier = miss.filter((i) => at(A, i, c) === at(old, i, c) && at(B, i, c) === at(old, i, c)).length;
  console.log(`${c}: the analyser differs from the earlier label on ${miss.length}; both new readers side with the analyser on ${withAnalyser}, with the earlier label on ${withEarlier}, split on ${miss.length - withAnalyser - withEarlier}`);
}
