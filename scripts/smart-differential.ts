/**
 * Does a change to the SMART analyser change any judgement? Compares two versions of src/smart on the same texts,
 * result by result, for speed work that must change nothing (scripts/smart-snapshot.ts hashes one version; this one
 * says which texts differ, and reaches texts no corpus holds).
 *
 *   npx tsx scripts/smart-differential.ts [base] [variants] [seed] [--out=differences.ndjson] [--hold-out=64,65]
 *       base      a git revision (default main) or a folder holding src/ (for example another worktree)
 *       variants  how many generated texts (default 60000)
 *       seed      the generator's seed (default 20261207)
 *       --hold-out  development sets kept as a held-out check (for example corpus-extra64.json, corpus-extra65.json): left out
 *
 * Bundles src/smart/index.ts of the base and of this working tree with esbuild, then runs both on: every
 * development text (corpus.json's development split — never its frozen held-out split, as it prints texts — and the
 * corpus-extra*.json sets scripts/smart-snapshot.ts lists, never a set still unseen), test/smart/labelled.json, the guide-written probes (probes-*.json), and generated
 * variants of those texts: two texts spliced at a word, a word dropped, doubled or swapped with the next, a phrase of
 * time, rate, score or provision put in, the whole text in capitals or in lower case, a full stop taken off or added.
 * Each text is checked with `checkSmartTarget` at `detail: 'full'` and `'codes'` under one of four contexts (meeting
 * dates in January, September and July, one with a next review, one with none), and the texts in groups of seven
 * with `checkTargetSet`. Prints how many results differ — in a judgement (anything but evidence, advice and messages)
 * or in those only — and the first differences, judgements first (text and both results; `--out=` writes every one): the texts
 * are the project's own development data and invented variants of it. Exit code 1 when any result differs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { prng } from './examples/cohortSkeleton';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const base = args[0] ?? 'main';
const variants = Number(args[1] ?? '60000');
const seed = Number(args[2] ?? '20261207');
const holdOut = new Set((process.argv.find((a) => a.startsWith('--hold-out='))?.slice('--hold-out='.length) ?? '').split(',').filter(Boolean).map((n) => `corpus-extra${n}.json`));
const dir = mkdtempSync(join(tmpdir(), 'smart-diff-'));

/** The folder holding the base's src/: a folder given, or the revision's src/ written out with git archive. */
function baseRoot(): string {
  if (existsSync(join(base, 'src/smart/index.ts'))) return resolve(base);
  const root = join(dir, 'base');
  execFileSync('mkdir', ['-p', root]);
  execFileSync('sh', ['-c', `git archive ${JSON.stringify(base)} src | tar -x -C ${JSON.stringify(root)}`]);
  return root;
}

/** One version's analyser, bundled into the scratch folder and imported. */
async function load(root: string, name: string): Promise<SmartModule> {
  const outfile = join(dir, `${name}.mjs`);
  buildSync({ entryPoints: [join(root, 'src/smart/index.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
  return (await import(pathToFileURL(outfile).href)) as SmartModule;
}

/** The texts of a JSON file: a list of items with `text`, or an object whose `items` (or `probes`) are. */
function textsOf(path: string): string[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { text?: unknown }[] | { items?: { text?: unknown }[]; probes?: { text?: unknown }[] };
  const items = Array.isArray(data) ? data : (data.items ?? data.probes ?? []);
  return items.map((item) => item.text).filter((t): t is string => typeof t === 'string');
}

/** The development texts (the sets scripts/smart-snapshot.ts reads), labelled.json and the probes. */
function seedTexts(): string[] {
  const snapshot = readFileSync('scripts/smart-snapshot.ts', 'utf8');
  const last = Number(/length: (\d+) \}/.exec(snapshot)?.[1]) + 1;
  const files = ['corpus-extra.json', ...Array.from({ length: last - 1 }, (_, i) => `corpus-extra${i + 2}.json`)].filter((f) => !holdOut.has(f));
  const heldOut = new Set((JSON.parse(readFileSync('test/fixtures/smart/split.json', 'utf8')) as { heldOut: string[] }).heldOut);
  const corpus = JSON.parse(readFileSync('test/fixtures/smart/corpus.json', 'utf8')) as { id: string; text: string }[];
  const texts = corpus.filter((item) => !heldOut.has(item.id)).map((item) => item.text);
  texts.push(...files.flatMap((f) => textsOf(`test/fixtures/smart/${f}`)));
  texts.push(...textsOf('test/smart/labelled.json'));
  for (const f of readdirSync('test/fixtures/smart').filter((n) => /^probes-.*\.json$/.test(n)).sort()) texts.push(...textsOf(`test/fixtures/smart/${f}`));
  return texts;
}

const PHRASES = ['by Easter', 'by the end of term 2', 'by July 2025', 'by 12/3', 'each week', '3 times a week', 'in 4 out of 5 lessons', '90%', 'by the next PEP', 'with adult support', 'using the PP+ funding', 'independently', 'by the end of Year 6', 'on Tuesdays', 'from 85% to 95%', 'scores 4/5', 'by half term', 'tutor', 'will not', 'every day', 'this month', 'by Christmas', 'for 10 minutes', 'ELSA sessions', 'when upset'];

/** Generated variants of the seed texts, each made by one change. */
function generate(texts: readonly string[], n: number, rnd: () => number): string[] {
  const pick = (list: readonly string[]): string => list[Math.floor(rnd() * list.length)] ?? '';
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = pick(texts).split(' ');
    const k = Math.floor(rnd() * w.length);
    switch (i % 8) {
      case 0: { const v = pick(texts).split(' '); out.push([...w.slice(0, k), ...v.slice(Math.floor(rnd() * v.length))].join(' ')); break; }
      case 1: out.push([...w.slice(0, k), ...w.slice(k + 1)].join(' ')); break;
      case 2: out.push([...w.slice(0, k), w[k], ...w.slice(k)].join(' ')); break;
      case 3: out.push([...w.slice(0, k), w[k + 1] ?? '', w[k], ...w.slice(k + 2)].join(' ').trim()); break;
      case 4: case 5: out.push([...w.slice(0, k), pick(PHRASES), ...w.slice(k)].join(' ')); break;
      case 6: out.push(rnd() < 0.5 ? w.join(' ').toUpperCase() : w.join(' ').toLowerCase()); break;
      default: { const t = w.join(' '); out.push(t.endsWith('.') ? t.slice(0, -1) : `${t}.`); }
    }
  }
  return out;
}

/** What the script calls in each version. */
interface SmartModule {
  checkSmartTarget(text: string, context: object): unknown;
  checkTargetSet(texts: readonly string[], context: object): unknown;
}

const CONTEXTS: readonly object[] = [{ meetingDate: '2025-01-15' }, { meetingDate: '2024-09-02' }, { meetingDate: '2025-07-10', nextReviewDate: '2025-10-20' }, {}];

const [before, after] = [await load(baseRoot(), 'base'), await load(resolve('.'), 'head')];
const seeds = seedTexts();
const texts = [...seeds, ...generate(seeds, variants, prng(seed))];
const out = process.argv.find((a) => a.startsWith('--out='))?.slice(6);
const counts = { judgement: 0, evidence: 0 };
const shown: string[] = [];
const all: string[] = [];
/** The result without what only explains it (evidence, advice, messages), so a changed judgement shows apart. */
function judgementOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(judgementOf);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'evidence' && k !== 'advice' && k !== 'message').map(([k, v]) => [k, judgementOf(v)]));
}
/** Compares one call of both versions; counts a difference as a judgement's or the evidence's only, and keeps it. */
function compare(label: string, text: string, call: (m: SmartModule) => unknown): void {
  const [x, y] = [call(before), call(after)];
  const [a, b] = [JSON.stringify(x), JSON.stringify(y)];
  if (a === b) return;
  const kind = JSON.stringify(judgementOf(x)) === JSON.stringify(judgementOf(y)) ? 'evidence' : 'judgement';
  counts[kind]++;
  if (out !== undefined) all.push(JSON.stringify({ label, kind, text, base: x, head: y }));
  if (shown.length < 8 && (kind === 'judgement' || counts.judgement === 0)) shown.push(`${label} (${kind}): ${JSON.stringify(text).slice(0, 300)}\n  base: ${a.slice(0, 600)}\n  head: ${b.slice(0, 600)}`);
}
texts.forEach((text, i) => {
  const context = CONTEXTS[i % CONTEXTS.length] ?? {};
  for (const detail of ['full', 'codes'] as const) compare(`#${i} ${detail}`, text, (m) => m.checkSmartTarget(text, { ...context, detail }));
});
for (let i = 0; i < texts.length; i += 7) {
  const group = texts.slice(i, i + 7);
  compare(`set at #${i}`, group.join(' | '), (m) => m.checkTargetSet(group, { ...(CONTEXTS[(i / 7) % CONTEXTS.length] ?? {}), detail: 'full' }));
}
const differ = counts.judgement + counts.evidence;
console.log(`${texts.length} texts (${seeds.length} development texts and probes, ${texts.length - seeds.length} generated, seed ${seed}) against ${base}: ${differ} results differ (${counts.judgement} in a judgement, ${counts.evidence} in evidence or advice only)`);
for (const line of shown) console.log(line);
if (out !== undefined) {
  writeFileSync(out, all.length === 0 ? '' : `${all.join('\n')}\n`);
  console.log(`every difference: ${out} (one JSON object a line: label, kind, text, base, head)`);
}
process.exitCode = differ === 0 ? 0 : 1;
