/**
 * SMART throughput and worst cases, in wall-clock time (never asserted in tests; the tests count steps).
 *
 *   npx tsx scripts/smart-bench.ts            # all figures
 *   npx tsx scripts/smart-bench.ts --quick    # fewer rounds
 *   npx tsx scripts/smart-bench.ts --wall     # wall-clock time instead of the process's CPU time
 *   npx esbuild scripts/smart-bench.ts --bundle --platform=node --format=esm --outfile=/tmp/smart-bench.mjs && node /tmp/smart-bench.mjs
 *                                             # as bundled (no per-import getters; run from the repository root)
 *
 * Prints: targets per second over the whole corpus (test/fixtures/smart/corpus.json, meeting 15 January
 * 2025; best of several rounds, after a warm-up), checkTargetSet with 40,000 distinct and 40,000 identical
 * targets, and 1 MB adversarial texts ('a ' × 500k, 'by ' × 200k, digits, slashes, …), each the best of 3.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { checkSmartTarget, checkTargetSet } from '../src/smart/index';

const quick = process.argv.includes('--quick');
const context = { meetingDate: '2025-01-15' };
const corpus = (JSON.parse(readFileSync('test/fixtures/smart/corpus.json', 'utf8')) as { text: string }[]).map((t) => t.text);

/**
 * The best of `rounds` runs, in ms of this process's CPU time (user + system): on a shared machine the
 * wall clock also counts time the process waited for a core. `--wall` measures wall-clock time instead.
 */
const wall = process.argv.includes('--wall');
function best(rounds: number, run: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    const cpu = process.cpuUsage(c0);
    min = Math.min(min, wall ? performance.now() - t0 : (cpu.user + cpu.system) / 1000);
  }
  return min;
}
console.log(`(${wall ? 'wall-clock' : 'CPU'} time, best of several runs; load average ${loadavg()[0]?.toFixed(1)})`);

// Warm-up, then the corpus.
for (let r = 0; r < 20; r++) for (const t of corpus) checkSmartTarget(t, context);
const rounds = quick ? 10 : 40;
const ms = best(rounds, () => {
  for (const t of corpus) checkSmartTarget(t, context);
});
console.log(`corpus: ${corpus.length} targets in ${ms.toFixed(2)} ms (best of ${rounds}) = ${Math.round((corpus.length / ms) * 1000).toLocaleString('en-GB')} targets/s`);
const labelled = (JSON.parse(readFileSync('test/smart/labelled.json', 'utf8')) as { items: { text: string }[] }).items.slice(0, 100).map((i) => i.text);
const msL = best(rounds * 3, () => {
  for (const t of labelled) checkSmartTarget(t, context);
});
console.log(`labelled.json, first 100 (bench/smart.bench.ts's set): ${Math.round((100 / msL) * 1000).toLocaleString('en-GB')} targets/s`);
if (process.argv.includes('--throughput')) process.exit(0);

const distinct = Array.from({ length: 40_000 }, (_, i) => `${corpus[i % corpus.length] as string} (${i})`);
const identical = Array.from({ length: 40_000 }, () => 'Ben will read 20 high frequency words by Easter.');
console.log(`checkTargetSet, 40,000 distinct targets (corpus texts, numbered): ${best(3, () => checkTargetSet(distinct, context)).toFixed(0)} ms`);
console.log(`checkTargetSet, 40,000 identical targets: ${best(3, () => checkTargetSet(identical, context)).toFixed(0)} ms`);

const MB = 1_000_000;
let seed = 7;
const digits = Array.from({ length: MB }, () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return String(seed % 10);
}).join('');
const adversarial: [string, string][] = [
  ["'a ' × 500,000", 'a '.repeat(500_000)],
  ["'by ' × 200,000 (+ padding to 1 MB)", 'by '.repeat(200_000) + 'x '.repeat(200_000)],
  ['1,000,000 random digits', digits],
  ["'/' × 1,000,000", '/'.repeat(MB)],
  ["'1/' × 500,000", '1/'.repeat(500_000)],
  ["'by 31/' × 166,666", 'by 31/'.repeat(166_666)],
  ["'12 / ' × 200,000", '12 / '.repeat(200_000)],
  ["'by the end of ' × 71,428", 'by the end of '.repeat(71_428)],
  ["'<a ' × 333,333", '<a '.repeat(333_333)],
  ["'( ' × 500,000", '( '.repeat(500_000)],
  ["'will not ' × 111,111", 'will not '.repeat(111_111)],
  ['varied words, 1 MB, then a target', variedWords()],
];
for (const [name, text] of adversarial) {
  const t = best(3, () => checkSmartTarget(text, context));
  console.log(`1 MB adversarial, ${name} (${text.length.toLocaleString('en-GB')} chars): ${t.toFixed(0)} ms`);
}

function variedWords(): string {
  const words = ['Tom', 'will', 'read', 'with', 'his', 'carer', 'each', 'evening', 'and', 'talk', 'about', 'the', 'story', 'at', 'home', 'in', 'class', 'more', 'by', '3', 'May', '4/5'];
  let s = 42;
  const parts: string[] = [];
  let length = 0;
  while (length < MB) {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    const w = words[s % words.length] as string;
    parts.push(w);
    length += w.length + 1;
  }
  return `${parts.join(' ')} Tom will read 20 words by Easter.`;
}
