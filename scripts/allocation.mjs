/*
 * Bytes allocated per call, shared by scripts/assess-cost.mjs and scripts/bench.ts (its "Allocation per PEP"
 * section): the heap's growth between collections, summed over a GC profile (`v8.GCProfiler`), after a full
 * collection. Without `--expose-gc` the collector is exposed here at run time, so both scripts measure alike.
 */
import { GCProfiler, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A full collection before measuring: `globalThis.gc` with `--expose-gc`, else the same function exposed now. */
function collector() {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc');
}
const gc = collector();

/**
 * Bytes allocated per call of `fn` over `texts` (taken in turn, `calls` calls): heap growth between
 * collections, summed over a GC profile.
 * @param {(text: string) => unknown} fn
 * @param {readonly string[]} texts
 * @param {number} calls
 * @returns {number}
 */
export function allocated(fn, texts, calls) {
  gc();
  const profiler = new GCProfiler();
  const start = getHeapStatistics().used_heap_size;
  profiler.start();
  for (let i = 0; i < calls; i++) fn(texts[i % texts.length]);
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
