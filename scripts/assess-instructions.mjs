/*
 * assessPep's cost in instructions (valgrind's callgrind), which a shared machine does not disturb: CPU time
 * moved by 3-27% between two builds of the same code at a load of 5-18 on two cores (scripts/assess-cost.mjs);
 * the rest below by 0.3% (839,458 and 842,198 instructions a call, 4 passes, main at db7c3ac built twice).
 *
 *   node scripts/assess-instructions.mjs [passes] [dist folder…]      # default 10 passes, ./dist; needs valgrind
 *
 * For each build: 20 warm-up passes over examples/cohort.ndjson (Halton, today 2025-03-01, each line at detail
 * 'full' and then 'codes'), then none or `passes` more, each run under callgrind with the engine made repeatable
 * (one thread, fixed seeds, a predictable collection schedule). The difference of the two runs, per call, is split
 * into the optimising compiler's own work (still compiling late, rarely called functions: it varies between
 * builds and runs), the collector, JSON.parse and the rest (the library's code and the engine builtins it calls).
 * Compare builds on the rest. Figures only, never pass/fail.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const passes = Number(process.argv[2] ?? '10');
const dists = (process.argv.length > 3 ? process.argv.slice(3) : ['dist']).map((d) => resolve(d));
const dir = mkdtempSync(join(tmpdir(), 'assess-ir-'));
const cohort = resolve('examples/cohort.ndjson');
writeFileSync(
  join(dir, 'driver.mjs'),
  `import { readFileSync } from 'node:fs';
const [dist, n] = [process.argv[2], Number(process.argv[3])];
const { assessPep } = await import(dist + '/rules.js');
const { policies } = await import(dist + '/policy.js');
const lines = readFileSync(${JSON.stringify(cohort)}, 'utf8').trim().split('\\n');
const full = { policy: policies.halton, today: '2025-03-01' };
const codes = { ...full, detail: 'codes' };
for (let r = 0; r < 20 + n; r++) { for (const t of lines) assessPep(JSON.parse(t), full); for (const t of lines) assessPep(JSON.parse(t), codes); }
console.log(2 * lines.length);
`,
);

const KINDS = [
  ['compiler', /compiler::|Compiler|Zone|LiveRange|Scheduler|_Rb_tree|Turbofan|Maglev|Instruction|Register|Graph|Reducer|Typer|Operator|LoopFinder|SourcePosition|Escape|Translation/],
  ['gc', /Marking|Sweep|Scaveng|Heap|Collector|Evacuat|MemoryChunk|Marker|BodyDescriptor|Slot/],
  ['JSON.parse', /JsonParser/],
];
const kindOf = (name) => KINDS.find(([, re]) => re.test(name))?.[0] ?? 'rest';

/** One run under callgrind: its instructions by kind, and the calls of one pass. */
function run(dist, n) {
  const out = join(dir, `cg.${n}.out`);
  const flags = ['--single-threaded', '--hash-seed=1', '--random-seed=1', '--predictable-gc-schedule'];
  const r = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, ...flags, join(dir, 'driver.mjs'), pathToFileURL(dist).href, String(n)], { encoding: 'utf8', cwd: dir });
  if (r.status !== 0) throw new Error(`valgrind failed: ${r.stderr.slice(-500)}`);
  const byKind = { all: 0, compiler: 0, gc: 0, 'JSON.parse': 0, rest: 0 };
  const annotated = execFileSync('callgrind_annotate', ['--threshold=100', out], { encoding: 'utf8', maxBuffer: 1 << 28 });
  for (const line of annotated.split('\n')) {
    const m = /^\s*([\d,]+) \([^)]*\)\s+(.*)$/.exec(line);
    if (m === null) continue;
    const ir = Number(m[1].replaceAll(',', ''));
    if (m[2].startsWith('PROGRAM TOTALS')) byKind.all = ir;
    else byKind[kindOf(m[2])] += ir;
  }
  // Lines under the threshold are counted in the rest.
  byKind.rest = byKind.all - byKind.compiler - byKind.gc - byKind['JSON.parse'];
  return { byKind, calls: Number(r.stdout.trim()) };
}

const rows = [];
for (const dist of dists) {
  const [a, b] = [run(dist, 0), run(dist, passes)];
  const per = (k) => Math.round((b.byKind[k] - a.byKind[k]) / (passes * b.calls));
  rows.push({ dist, perCall: per('all'), rest: per('rest'), compiler: per('compiler'), gc: per('gc'), jsonParse: per('JSON.parse') });
}
if (rows.length > 1) for (const row of rows.slice(1)) row.restToFirstBuild = Number((row.rest / rows[0].rest).toFixed(4));
console.log(JSON.stringify({ passes, callsPerPass: 120, unit: 'instructions per assessPep call (full and codes alternate)', rows }, null, 1));
