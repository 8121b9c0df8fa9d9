/**
 * SMART throughput and worst cases, in CPU time (never asserted in tests; the tests count steps).
 *
 *   npx tsx scripts/smart-bench.ts            # all figures
 *   npx tsx scripts/smart-bench.ts --quick    # fewer rounds
 *   npx tsx scripts/smart-bench.ts --wall     # wall-clock time instead of the process's CPU time
 *   npx esbuild scripts/smart-bench.ts --bundle --platform=node --format=esm --outfile=/tmp/smart-bench.mjs && node /tmp/smart-bench.mjs
 *                                             # as bundled (no per-import getters; run from the repository root)
 *
 * Prints, each the median of several runs after a warm-up (with the spread, lowest to highest): targets per
 * second over the whole corpus (test/fixtures/smart/corpus.json, meeting 15 January 2025; each run 10 passes),
 * checkTargetSet with 40,000 distinct and 40,000 identical targets, 1 MB adversarial texts ('a ' × 500k,
 * 'by ' × 200k, digits, slashes, 'x.', long words, …), assessPep per PEP over examples/cohort.ndjson (Halton
 * policy, today 1 March 2025, as scripts/bench.ts) with the share of it spent in checkSmartTarget, and the bytes
 * allocated per target and per PEP (the growth of V8's young generation between two points with no collection in
 * between: a full collection before each batch of 10 targets or 2 PEPs, small enough to fit the young generation).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { checkSmartTarget, checkTargetSet } from '../src/smart/index';
import { assessPep } from '../src/rules/index';
import { policies } from '../src/policy/index';

const quick = process.argv.includes('--quick');
const context = { meetingDate: '2025-01-15' };
const corpus = (JSON.parse(readFileSync('test/fixtures/smart/corpus.json', 'utf8')) as { text: string }[]).map((t) => t.text);

/**
 * The median of `rounds` runs (at least 5), in ms of this process's CPU time (user + system): on a shared
 * machine the wall clock also counts time the process waited for a core. `--wall` measures wall-clock time
 * instead. `spread` is the lowest and highest run.
 */
const wall = process.argv.includes('--wall');
function median(rounds: number, run: () => void): { ms: number; spread: string } {
  const times: number[] = [];
  for (let r = 0; r < Math.max(5, rounds); r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    const cpu = process.cpuUsage(c0);
    times.push(wall ? performance.now() - t0 : (cpu.user + cpu.system) / 1000);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const ms = times.length % 2 === 1 ? (times[mid] as number) : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
  return { ms, spread: `${(times[0] as number).toFixed(1)}–${(times[times.length - 1] as number).toFixed(1)}` };
}
console.log(`(${wall ? 'wall-clock' : 'CPU'} time, median of several runs [lowest–highest]; load average ${loadavg()[0]?.toFixed(1)})`);

// Warm-up, then the corpus.
for (let r = 0; r < 20; r++) for (const t of corpus) checkSmartTarget(t, context);
const rounds = quick ? 11 : 41;
const c = median(rounds, () => {
  for (let k = 0; k < 10; k++) for (const t of corpus) checkSmartTarget(t, context);
});
console.log(`corpus: ${corpus.length} targets × 10 in ${c.ms.toFixed(2)} ms [${c.spread}] (median of ${rounds}) = ${Math.round(((10 * corpus.length) / c.ms) * 1000).toLocaleString('en-GB')} targets/s`);
const labelled = (JSON.parse(readFileSync('test/smart/labelled.json', 'utf8')) as { items: { text: string }[] }).items.slice(0, 100).map((i) => i.text);
const l = median(rounds * 3, () => {
  for (const t of labelled) checkSmartTarget(t, context);
});
console.log(`labelled.json, first 100 (bench/smart.bench.ts's set): ${Math.round((100 / l.ms) * 1000).toLocaleString('en-GB')} targets/s`);
assessPepFigures();
allocationFigures();
if (process.argv.includes('--throughput')) process.exit(0);

const distinct = Array.from({ length: 40_000 }, (_, i) => `${corpus[i % corpus.length] as string} (${i})`);
const identical = Array.from({ length: 40_000 }, () => 'Ben will read 20 high frequency words by Easter.');
checkTargetSet(distinct, context);
const sd = median(5, () => checkTargetSet(distinct, context));
console.log(`checkTargetSet, 40,000 distinct targets (corpus texts, numbered): ${sd.ms.toFixed(0)} ms [${sd.spread}]`);
const si = median(5, () => checkTargetSet(identical, context));
console.log(`checkTargetSet, 40,000 identical targets: ${si.ms.toFixed(0)} ms [${si.spread}]`);

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
  ["'x.' × 500,000", 'x.'.repeat(500_000)],
  ["'x. ' × 333,333", 'x. '.repeat(333_333)],
  ["'half-term, ' × 90,909", 'half-term, '.repeat(90_909)],
  ['words of 20 to 45 letters, 1 MB', drawn(Array.from({ length: 26 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'.repeat(4).slice(i, 20 + 2 * i)), 30_000, ' ')],
  ['random digits and spaces, 1 MB', drawn('0123456789'.split(''), 500_000, ' ')],
  ["counting numbers '0 1 2 …', 1 MB", Array.from({ length: 170_000 }, (_, i) => String(i)).join(' ').slice(0, MB)],
  ["distinct dates '1/1/2000 2/2/2001 …', 1 MB", Array.from({ length: 110_000 }, (_, i) => `${1 + (i % 28)}/${1 + (i % 12)}/${2000 + (i % 50)}`).join(' ').slice(0, MB)],
  // One sentence that never ends, with a question of the whole sentence at each verb or candidate (issue 15 item 4).
  ["'EHCP - apply for funding - ' to 1 MB", toMB('EHCP - apply for funding - ')],
  ["'Tom will read and ' to 1 MB", toMB('Tom will read and ')],
  ["'DT to apply; ' to 1 MB", toMB('DT to apply; ')],
  ['verbs in one sentence, 1 MB', drawn('Tom will read write and use his ruler keep ask for help stay in class attend school'.split(' '), 250_000, ' ').slice(0, MB)],
  ['deadline words in one sentence, 1 MB', drawn('by Friday Easter the end of term May 3 July half summer and read until then review'.split(' '), 250_000, ' ').slice(0, MB)],
  ['pipes and terms in one row, 1 MB', drawn('| Tom will read by Easter review and start on 3 May Target Summer'.split(' '), 250_000, ' ').slice(0, MB)],
  ['dates and past verbs, 1 MB', drawn('3/5/2025 12 May 2025 on by 1st June Tom will read from until w/c 6/1/25 he read'.split(' '), 250_000, ' ').slice(0, MB)],
  ['adults, papers and a purpose with a figure, 1 MB', drawn('EHCP - apply for funding DT to SW will and by May so that he can read 5'.split(' '), 250_000, ' ').slice(0, MB)],
];
for (const [name, text] of adversarial) {
  const t = median(5, () => checkSmartTarget(text, context));
  console.log(`1 MB adversarial, ${name} (${text.length.toLocaleString('en-GB')} chars): ${t.ms.toFixed(0)} ms [${t.spread}]`);
}

/** `unit` repeated to 1 MB. */
function toMB(unit: string): string {
  return unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
}

/** `k` pieces drawn reproducibly from `pieces` (the high bits of a linear congruential generator), joined by `sep`. */
function drawn(pieces: readonly string[], k: number, sep: string): string {
  let s = 5;
  const out: string[] = [];
  for (let i = 0; i < k; i++) {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    out.push(pieces[(s >>> 16) % pieces.length] as string);
  }
  return out.join(sep);
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

/**
 * assessPep per PEP over the bundled cohort (parsed once, outside the timing), and the time checkSmartTarget
 * takes on the same PEPs' targets with the same meeting dates (its share of assessPep, roughly: assessPep
 * also checks the set).
 */
function assessPepFigures(): void {
  const peps = readFileSync('examples/cohort.ndjson', 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
  const options = { policy: policies.halton, today: '2025-03-01' } as const;
  const targets = peps.flatMap((p) => {
    const meetingDate = (p.meeting as { date?: string } | undefined)?.date;
    return ((p.targets as { text?: unknown }[] | undefined) ?? []).map((t) => [t, { meetingDate }] as const);
  });
  for (let r = 0; r < 10; r++) for (const p of peps) assessPep(p, options);
  const a = median(rounds, () => {
    for (const p of peps) assessPep(p, options);
  });
  const s = median(rounds, () => {
    for (const [t, ctx] of targets) checkSmartTarget(t as Parameters<typeof checkSmartTarget>[0], ctx);
  });
  const perPep = (a.ms * 1000) / peps.length;
  console.log(`assessPep over examples/cohort.ndjson: ${peps.length} PEPs, ${perPep.toFixed(0)} µs per PEP [${a.spread} ms per pass]; checkSmartTarget on their ${targets.length} targets: ${((s.ms * 1000) / peps.length).toFixed(0)} µs per PEP (${Math.round((100 * s.ms) / a.ms)}%)`);
}

/** V8's young generation in use (new space and new large objects), in bytes. */
function young(): number {
  let used = 0;
  for (const space of v8.getHeapSpaceStatistics()) if (space.space_name === 'new_space' || space.space_name === 'new_large_object_space') used += space.space_used_size;
  return used;
}

/**
 * Bytes allocated per call, the median over several rounds: each round runs `items` in batches, with a full
 * collection before each batch and the young generation's growth over the batch counted (a batch is small
 * enough that no collection happens inside it).
 */
function allocated<T>(items: readonly T[], batch: number, run: (item: T) => void): number {
  const gc = vm.runInNewContext('gc') as () => void;
  for (const item of items) run(item);
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    let bytes = 0;
    for (let b = 0; b < items.length; b += batch) {
      gc();
      const before = young();
      for (let k = b; k < Math.min(items.length, b + batch); k++) run(items[k] as T);
      bytes += young() - before;
    }
    rounds.push(bytes / items.length);
  }
  rounds.sort((x, y) => x - y);
  return rounds[2] as number;
}

/** Bytes allocated per target over the corpus, and per PEP by assessPep and by checkSmartTarget on its targets. */
function allocationFigures(): void {
  v8.setFlagsFromString('--expose-gc');
  const perTarget = allocated(corpus, 10, (t) => checkSmartTarget(t, context));
  const peps = readFileSync('examples/cohort.ndjson', 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
  const options = { policy: policies.halton, today: '2025-03-01' } as const;
  const perPep = allocated(peps, 2, (p) => assessPep(p, options));
  const smartPerPep = allocated(peps, 2, (p) => {
    const meetingDate = (p.meeting as { date?: string } | undefined)?.date;
    for (const t of (p.targets as { text?: unknown }[] | undefined) ?? []) checkSmartTarget(t as Parameters<typeof checkSmartTarget>[0], { meetingDate });
  });
  const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
  console.log(`allocated (V8 young generation, median of 5): ${kb(perTarget)} per corpus target; assessPep ${kb(perPep)} per PEP, of which checkSmartTarget on its targets ${kb(smartPerPep)} (${Math.round((100 * smartPerPep) / perPep)}%)`);
}
