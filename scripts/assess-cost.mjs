/*
 * Cost of one assessPep call, for comparing two builds: time relative to JSON.parse of the same PEP
 * (interleaved in one process) and bytes allocated per call. Figures only, never pass/fail.
 *
 *   node --expose-gc --max-semi-space-size=256 scripts/assess-cost.mjs [dist folder]
 *
 * The dist folder defaults to ./dist (run `npm run build` first); pass another build's dist to
 * compare, e.g. an older commit checked out with `git worktree add`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GCProfiler, getHeapStatistics } from 'node:v8';

const dist = resolve(process.argv[2] ?? 'dist');
const { assessPep } = await import(pathToFileURL(`${dist}/rules.js`).href);
const { policies } = await import(pathToFileURL(`${dist}/policy.js`).href);
const text = readFileSync(new URL('../examples/peps/school-age-good.json', import.meta.url), 'utf8');
const options = { policy: policies.halton, today: '2025-03-01' };

function perCall(fn, ms) {
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 8; i++) fn();
    n += 8;
    now = performance.now();
  }
  return ((now - start) * 1000) / n; // microseconds
}

const parse = () => JSON.parse(text);
const assess = () => assessPep(JSON.parse(text), options);
for (let i = 0; i < 300; i++) assess();
const ratios = [];
const micros = [];
for (let round = 0; round < 9; round++) {
  const p = perCall(parse, 100);
  const a = perCall(assess, 100);
  ratios.push(a / p);
  micros.push(a);
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

/** Bytes allocated per call: heap growth between collections, summed over a GC profile. */
function allocated(fn, calls) {
  globalThis.gc?.();
  const profiler = new GCProfiler();
  const start = getHeapStatistics().used_heap_size;
  profiler.start();
  for (let i = 0; i < calls; i++) fn();
  const end = getHeapStatistics().used_heap_size;
  const { statistics } = profiler.stop();
  let total = 0;
  let last = start;
  for (const gcEvent of statistics) {
    total += gcEvent.beforeGC.heapStatistics.usedHeapSize - last;
    last = gcEvent.afterGC.heapStatistics.usedHeapSize;
  }
  total += end - last;
  return total / calls;
}
const parseBytes = allocated(parse, 2000);
const assessBytes = allocated(() => assessPep(JSON.parse(text), options), 2000) - parseBytes;
console.log(JSON.stringify({
  dist,
  assessPepMicroseconds: Number(median(micros).toFixed(1)),
  ratioToJsonParse: Number(median(ratios).toFixed(1)),
  kilobytesAllocatedPerAssessPep: Math.round(assessBytes / 1024),
  gcExposed: typeof globalThis.gc === 'function',
}));
