/**
 * SMART speed in instructions (valgrind's callgrind), which a shared machine does not disturb: the same code gives
 * the same count to within a few hundred instructions a pass, where CPU time moves by 10–50% with the load.
 *
 *   node scripts/smart-instructions.mjs [passes] [warm-ups]   # default 4 passes after 12 warm-ups; needs valgrind (callgrind_annotate)
 *
 * Bundles src/smart with esbuild, then runs it twice under callgrind with the engine made repeatable (one thread,
 * fixed hash and random seeds, a predictable collection schedule): 12 warm-up passes and then none or `passes`
 * passes over the development corpora (corpus.json to corpus-extra3.json; never the unseen sets), each pass
 * checking every text at `detail: 'full'` and at `'codes'`. Prints the instructions per pass and per target (the
 * difference of the two runs, so start-up, compiling and warm-up cancel out) and the JavaScript functions with the
 * most instructions per pass (named from the engine's --perf-basic-prof map), then the engine's own code.
 * Counts leave out cache misses and mispredicted branches: report CPU time (scripts/smart-bench.ts) beside them.
 * The engine's compiling in the timed passes is also shown apart (about a fifth of the count on 5 December 2026: the
 * optimising compiler still reaching rarely called functions, a few per pass after 12 warm-ups), with the count without it.
 *
 * The collector: from 6 December 2026 both runs collect all garbage (`gc()`, --expose-gc) after the warm-ups, so
 * the timed passes start from the same heap, and its share is shown apart as well. Before that, a full collection
 * that fell inside the timed passes or not moved the count by 7–9% at 4 passes with no change in the work (one
 * change measured +9.1% at 4 passes and +0.8% at 8). Compare versions on the last figure printed, without compiling
 * and collecting; allocation still shows in the collector's share, which is worth reading beside it.
 *
 * Warm-ups: until 5 December 2026 (midday) the script ran 3. A reading of the engine's compile trace then showed about
 * fifty functions still being compiled by the optimising compiler during the timed passes, about half of the count
 * (254,885 instructions per target with 3 warm-ups, 131,298 with 12, the same code): an edit that moved a function's
 * compile threshold moved the figure by a percent or more with no change in the work. Twelve warm-ups measure the
 * analyser's steady state; pass 3 as the second argument to compare with figures recorded before that date.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const passes = Number(process.argv[2] ?? '4');
const warmUps = Number(process.argv[3] ?? '12');
const dir = mkdtempSync(join(tmpdir(), 'smart-ir-'));
const corpora = ['corpus.json', 'corpus-extra.json', 'corpus-extra2.json', 'corpus-extra3.json'].map((f) => resolve('test/fixtures/smart', f));
writeFileSync(
  join(dir, 'driver.ts'),
  `import { readFileSync } from 'node:fs';
import { checkSmartTarget } from ${JSON.stringify(resolve('src/smart/index.ts'))};
const texts: string[] = [];
for (const f of ${JSON.stringify(corpora)}) for (const t of JSON.parse(readFileSync(f, 'utf8')) as { text: string }[]) texts.push(t.text);
const full = { meetingDate: '2025-01-15' };
const codes = { meetingDate: '2025-01-15', detail: 'codes' as const };
const pass = (): void => { for (const t of texts) checkSmartTarget(t, full); for (const t of texts) checkSmartTarget(t, codes); };
for (let r = 0; r < Number(process.argv[3]); r++) pass();
(globalThis as unknown as { gc: () => void }).gc();
for (let r = 0; r < Number(process.argv[2]); r++) pass();
console.log(2 * texts.length);
`,
);
buildSync({ entryPoints: [join(dir, 'driver.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'driver.mjs'), logLevel: 'warning' });

/** One run under callgrind: its total, its targets per pass and its instructions by function (JIT code named from the perf map). */
function run(n) {
  const out = join(dir, `cg.${n}.out`);
  const flags = ['--expose-gc', '--perf-basic-prof', '--single-threaded', '--hash-seed=1', '--random-seed=1', '--predictable-gc-schedule'];
  const r = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, ...flags, join(dir, 'driver.mjs'), String(n), String(warmUps)], { encoding: 'utf8', cwd: dir });
  if (r.status !== 0) throw new Error(`valgrind failed: ${r.stderr.slice(-500)}`);
  const total = Number(/Collected : (\d+)/.exec(r.stderr)?.[1]);
  const pid = /==(\d+)== Collected/.exec(r.stderr)?.[1];
  const map = readFileSync(`/tmp/perf-${pid}.map`, 'utf8').split('\n').filter(Boolean).map((l) => l.split(' ')).map(([a, s, ...name]) => [parseInt(a, 16), parseInt(s, 16), name.join(' ')]);
  map.sort((x, y) => x[0] - y[0]);
  const byName = new Map();
  const annotated = execFileSync('callgrind_annotate', ['--threshold=100', out], { encoding: 'utf8', maxBuffer: 1 << 28 });
  for (const line of annotated.split('\n')) {
    const m = /^\s*([\d,]+) \([^)]*\)\s+(.*)$/.exec(line);
    if (m === null || m[2].startsWith('PROGRAM TOTALS')) continue;
    const ir = Number(m[1].replaceAll(',', ''));
    const addr = /^\?\?\?:0x([0-9a-f]+) /.exec(m[2]);
    const name = addr === null ? m[2].replace(/ \[.*\]$/, '').slice(0, 100) : jitName(map, parseInt(addr[1], 16));
    byName.set(name, (byName.get(name) ?? 0) + ir);
  }
  return { total, targets: Number(r.stdout.trim()), byName };
}

/** The name of the JIT code at `addr` from the perf map (file and line in the bundle left out). */
function jitName(map, addr) {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid][0] <= addr) lo = mid;
    else hi = mid - 1;
  }
  const [a, s, name] = map[lo] ?? [0, 0, ''];
  return a <= addr && addr < a + s ? name.replace(/ file:.*$/, '') : '(JIT code not in the map)';
}

/** Names of the engine's compiler (optimising and bytecode) and code generation, told from the rest by {@link run}'s names. */
const COMPILER = /compiler::|Zone|Turbofan|Maglev|OptimizedCompilationJob|RegisterAllocat|LiveRange|SourcePosition|interpreter::|Compiler::|CodeGenerator|Assembler|JSHeapBroker|Deoptimiz/;

/** Names of the engine's garbage collector (young and old generation), told from the rest by {@link run}'s names. */
const COLLECTOR = /Heap::|MarkCompact|Marking|Sweep|Scaveng|Evacuat|IteratePointers|GCTracer|RememberedSet|MinorMC|GlobalHandles|MemoryAllocator|PagedSpace|NewSpace|BodyDescriptor|SlotSet|Compactor/;

const base = run(0);
const timed = run(passes);
const perPass = (timed.total - base.total) / passes;
console.log(`${Math.round(perPass).toLocaleString('en-GB')} instructions per pass (${timed.targets} targets, after ${warmUps} warm-ups), ${Math.round(perPass / timed.targets).toLocaleString('en-GB')} per target`);
const rows = [...timed.byName].map(([name, ir]) => [name, (ir - (base.byName.get(name) ?? 0)) / passes]).sort((x, y) => y[1] - x[1]);
// The engine's optimising compiler still compiles a few rarely called functions in every timed pass (they reach its
// threshold late): a one-off cost per function, not work per target, which moves with any edit that changes when a
// function is compiled. Shown apart, so the work itself can be compared between two versions of the code.
const compiling = rows.filter(([name]) => COMPILER.test(name)).reduce((sum, [, ir]) => sum + ir, 0);
const collecting = rows.filter(([name]) => !COMPILER.test(name) && COLLECTOR.test(name)).reduce((sum, [, ir]) => sum + ir, 0);
const perTarget = (ir) => `${Math.round(ir / timed.targets).toLocaleString('en-GB')} per target (${((100 * ir) / perPass).toFixed(1)}%)`;
console.log(`of which the engine compiling: ${perTarget(compiling)}; collecting garbage: ${perTarget(collecting)}`);
console.log(`without compiling and collecting (compare versions on this): ${Math.round((perPass - compiling - collecting) / timed.targets).toLocaleString('en-GB')} per target`);
for (const [name, ir] of rows.slice(0, 40)) console.log(`${(ir / 1e6).toFixed(2).padStart(8)}M ${((100 * ir) / perPass).toFixed(1).padStart(5)}%  ${name}`);
