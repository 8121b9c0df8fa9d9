/*
 * Agreement between the two independent labelling passes of the SMART corpus
 * (test/fixtures/smart/labels-A.json, labels-B.json), per criterion, on the whole corpus, the
 * published targets and the frozen held-out split; and the ids they disagree on, to settle by the
 * labelling guide (docs/smart.md). `npx tsx scripts/smart-agreement.ts`
 *
 * The later published batches were labelled the same way: `--set=extra`, `--set=extra2` or
 * `--set=extra3` reads corpus-<set>.json with labels-<set>-A.json and labels-<set>-B.json.
 */
import { readFileSync } from 'node:fs';

type Label = { specific: boolean; measurable: boolean; timeBound: boolean; deadline: string };
const dir = new URL('../test/fixtures/smart/', import.meta.url);
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as T;
const batch = process.argv.find((x) => x.startsWith('--set='))?.slice(6);
const suffix = batch === undefined ? '' : `-${batch}`;
const a = read<{ labels: Record<string, Label> }>(`labels${suffix}-A.json`).labels;
const b = read<{ labels: Record<string, Label> }>(`labels${suffix}-B.json`).labels;
const corpus = read<{ id: string; kind: string }[]>(`corpus${suffix}.json`);
const held = new Set(batch === undefined ? read<{ heldOut: string[] }>('split.json').heldOut : []);
const KEYS = ['specific', 'measurable', 'timeBound', 'deadline'] as const;

function kappa(key: 'specific' | 'measurable' | 'timeBound', ids: string[]): number {
  const n = ids.length;
  const po = ids.filter((i) => a[i]![key] === b[i]![key]).length / n;
  const pa = ids.filter((i) => a[i]![key]).length / n;
  const pb = ids.filter((i) => b[i]![key]).length / n;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

const sets: [string, string[]][] = batch === undefined
  ? [
      ['whole corpus', corpus.map((t) => t.id)],
      ['published targets', corpus.filter((t) => t.kind === 'published').map((t) => t.id)],
      ['frozen held-out split', corpus.filter((t) => held.has(t.id)).map((t) => t.id)],
    ]
  : [[`corpus${suffix}`, corpus.map((t) => t.id).filter((i) => a[i] !== undefined && b[i] !== undefined)]];
for (const [name, ids] of sets) {
  const cells = KEYS.map((k) => {
    const same = ids.filter((i) => JSON.stringify(a[i]![k]) === JSON.stringify(b[i]![k])).length;
    const pct = ((100 * same) / ids.length).toFixed(1);
    return k === 'deadline' ? `${k} ${same}/${ids.length} (${pct}%)` : `${k} ${same}/${ids.length} (${pct}%, kappa ${kappa(k, ids).toFixed(2)})`;
  });
  console.log(`${name} (${ids.length}): ${cells.join('; ')}`);
}
const differ = sets[0]![1].filter((i) => KEYS.some((k) => a[i]![k] !== b[i]![k]));
console.log(`to settle by the guide (${differ.length}): ${differ.join(', ')}`);
