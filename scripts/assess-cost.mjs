/*
 * Cost of one assessPep call, for comparing builds: time relative to JSON.parse of the same PEPs
 * (interleaved in one process, medians over rounds, CPU time of the process; the wall-clock ratio beside it) and bytes allocated per call, at full detail and
 * at detail 'codes', on one PEP (school-age-good.json) and over the bundled cohort. Figures only, never pass/fail.
 *
 *   node --expose-gc scripts/assess-cost.mjs [dist folder…]
 *
 * The dist folder defaults to ./dist (run `npm run build` first). Pass several to compare builds in
 * one run, rounds interleaved: e.g. an older commit's dist from `git worktree add` and `npx tsup`.
 * A build without the `detail` option measures full detail twice. With several builds, each later build's
 * rows also give `cpuRatioToFirstBuild`: its CPU time over the first build's, paired round by round.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allocated } from './allocation.mjs';

const dists = (process.argv.length > 2 ? process.argv.slice(2) : ['dist']).map((d) => resolve(d));
const builds = [];
for (const dist of dists) {
  const { assessPep } = await import(pathToFileURL(`${dist}/rules.js`).href);
  const { policies } = await import(pathToFileURL(`${dist}/policy.js`).href);
  builds.push({ dist, assessPep, full: { policy: policies.halton, today: '2025-03-01' }, codes: { policy: policies.halton, today: '2025-03-01', detail: 'codes' } });
}
const one = [readFileSync(new URL('../examples/peps/school-age-good.json', import.meta.url), 'utf8')];
const cohort = readFileSync(new URL('../examples/cohort.ndjson', import.meta.url), 'utf8').trim().split('\n');

/**
 * Microseconds per PEP, wall clock and CPU time of this process (`process.cpuUsage`, user + system).
 * On a shared machine other work stretches the wall clock; CPU time moves much less, so the ratios
 * are taken from it.
 */
function perCall(fn, texts, ms) {
  let n = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (const t of texts) fn(t);
    n += texts.length;
    now = performance.now();
  }
  const cpu = process.cpuUsage(cpu0);
  return { wall: ((now - start) * 1000) / n, cpu: (cpu.user + cpu.system) / n };
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

const parse = (t) => JSON.parse(t);
const cases = [];
for (const [set, texts] of [['school-age-good.json', one], ['cohort', cohort]]) {
  for (const b of builds) {
    for (const detail of ['full', 'codes']) {
      const options = b[detail];
      cases.push({ dist: b.dist, set, detail, texts, fn: (t) => b.assessPep(JSON.parse(t), options), ratios: [], wallRatios: [], micros: [] });
    }
  }
}
for (const c of cases) for (let i = 0; i < 200; i++) c.fn(c.texts[i % c.texts.length]);
for (let round = 0; round < 9; round++) {
  for (const c of cases) {
    const p = perCall(parse, c.texts, 60);
    const a = perCall(c.fn, c.texts, 120);
    c.ratios.push(a.cpu / p.cpu);
    c.wallRatios.push(a.wall / p.wall);
    c.micros.push(a.cpu);
  }
}
// With several builds: each build's CPU time over the first build's for the same set and detail, round by
// round (the two were measured seconds apart, so load on a shared machine moves both), median.
const firstOf = (c) => cases.find((o) => o.dist === builds[0].dist && o.set === c.set && o.detail === c.detail);
const rows = cases.map((c) => {
  const parseBytes = allocated(parse, c.texts, 2000);
  const first = firstOf(c);
  return {
    ...(builds.length > 1 && c.dist !== builds[0].dist ? { cpuRatioToFirstBuild: Number(median(c.micros.map((m, i) => m / first.micros[i])).toFixed(3)) } : {}),
    dist: c.dist,
    set: c.set,
    detail: c.detail,
    assessPepCpuMicroseconds: Number(median(c.micros).toFixed(1)),
    ratioToJsonParse: Number(median(c.ratios).toFixed(1)),
    ratioRange: `${Math.min(...c.ratios).toFixed(1)}–${Math.max(...c.ratios).toFixed(1)}`,
    wallClockRatioToJsonParse: Number(median(c.wallRatios).toFixed(1)),
    kilobytesAllocatedPerAssessPep: Math.round((allocated(c.fn, c.texts, 2000) - parseBytes) / 1024),
  };
});
console.log(JSON.stringify({ gcExposed: typeof globalThis.gc === 'function', rows }, null, 1));
