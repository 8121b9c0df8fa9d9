/**
 * CLI benchmark (`npm run bench` runs it after the library pairs; alone: `tsx scripts/bench-cli.ts`,
 * build first). Records per second and peak RSS of `pep-rules grade --format ndjson` at 10,000,
 * 100,000 and 1,000,000 records, with `--jobs 1` and `--jobs 2`, and the ratio of the two.
 *
 * Method: the records are the bundled cohort (examples/cohort.ndjson, 60 PEPs) repeated into a
 * temporary NDJSON file; the built command (dist/cli.js and dist/cli-worker.js, copied to the
 * temporary folder first so that a rebuild during the run cannot touch them) runs on it as a child
 * process with stdout to /dev/null, so the figures are the command's own. Peak RSS is the child's
 * `process.resourceUsage().maxRSS` (the whole process, worker threads included), printed by the
 * command itself with PEP_RULES_REPORT_RSS=1. The load average is recorded beside each run: on a
 * shared machine it moves the absolute figures. CPU is read per thread from /proc and split into the
 * main thread, the worker threads (the busiest others, as many as the command says it started with
 * PEP_RULES_REPORT_JOBS=1) and V8's own threads; the same line gives the records the main thread
 * checked itself.
 *
 * A run fails the benchmark (exit 1, RESULTS.md untouched) when the command exits with anything but
 * 0 or 1, when its summary does not count every record, or when it reports a record as malformed.
 *
 * Usage: tsx scripts/bench-cli.ts [--sizes 10000,100000,1000000] [--jobs 1,2] [--repeat 1] [--dist dist]
 *        [--baseline DIR] [--no-write]
 * - `--jobs 1,2,default`: `default` runs without `--jobs` (the command's own choice; shown as 0 in
 *   the figures printed while it runs, and as `default` in the table).
 * - `--repeat n`: each size runs n rounds, each round every `--jobs` value once (interleaved); the
 *   table gives medians of time and CPU, and the highest peak RSS of the rounds.
 * - `--dist DIR`: the built cli.js and cli-worker.js to run (default: dist/).
 * - `--baseline DIR`: another build (e.g. one kept from before a change), run in the same rounds,
 *   interleaved with `--dist`; its medians are printed after the table (never written to RESULTS.md).
 * Writes the "CLI" section of bench/RESULTS.md after each size (the rest of the file is left as it is).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const TODAY = '2025-03-01';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
const sizes = option('--sizes', '10000,100000,1000000').split(',').map(Number);
/** Job counts to run; 0 stands for `default` (no `--jobs` given). */
const jobsList = option('--jobs', '1,2').split(',').map((j) => (j === 'default' ? 0 : Number(j)));
const jobsLabel = (jobs: number): string => (jobs === 0 ? 'default' : String(jobs));
const repeat = Math.max(1, Number(option('--repeat', '1')));
const distDir = option('--dist', join(root, 'dist'));
const baselineDir = option('--baseline', '');

interface Run {
  readonly records: number;
  readonly jobs: number;
  readonly seconds: number;
  readonly rssMiB: number;
  /** CPU seconds of every thread (Linux: sampled from /proc; NaN elsewhere), and of the main thread. */
  readonly cpu: number;
  readonly mainCpu: number;
  /**
   * CPU seconds of the `--jobs` worker threads (the busiest threads after the main one, as many as
   * the command says it started with PEP_RULES_REPORT_JOBS=1; 0 without workers), and the share of
   * the records the main thread checked itself (NaN when the build does not say).
   */
  readonly workerCpu: number;
  readonly mainRecords: number;
  readonly load: number;
  readonly exit: number;
}

/** Writes `count` records (the bundled cohort, repeated) to `file`, with back-pressure. */
async function writeRecords(file: string, count: number): Promise<void> {
  const lines = readFileSync(join(root, 'examples/cohort.ndjson'), 'utf8').trim().split('\n');
  const block = `${lines.join('\n')}\n`;
  const out = createWriteStream(file);
  let written = 0;
  while (written + lines.length <= count) {
    if (!out.write(block)) await once(out, 'drain');
    written += lines.length;
  }
  if (written < count) out.write(`${lines.slice(0, count - written).join('\n')}\n`);
  out.end();
  await once(out, 'finish');
}

/**
 * CPU time of each thread of a running process, read from /proc (Linux) every 100 ms: the last
 * reading of a thread is kept, so threads that end are counted too (up to 100 ms of each is lost).
 * Elsewhere the totals are NaN.
 */
function cpuSampler(pid: number): { stop(workers: number): { total: number; main: number; workers: number } } {
  const seen = new Map<string, number>();
  const hz = 100; // USER_HZ, the unit of utime and stime
  const sample = (): void => {
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        try {
          const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          seen.set(tid, (Number(fields[11]) + Number(fields[12])) / hz);
        } catch {
          // The thread ended between the listing and the read.
        }
      }
    } catch {
      // No /proc, or the process has ended.
    }
  };
  const timer = setInterval(sample, 100);
  return {
    stop(workers) {
      clearInterval(timer);
      if (seen.size === 0) return { total: NaN, main: NaN, workers: NaN };
      // Worker threads are the busiest after the main one (V8's own threads take far less each).
      const others = [...seen].filter(([tid]) => tid !== String(pid)).map(([, cpu]) => cpu).sort((a, b) => b - a);
      const workerCpu = others.slice(0, workers).reduce((a, b) => a + b, 0);
      return { total: [...seen.values()].reduce((a, b) => a + b, 0), main: seen.get(String(pid)) ?? NaN, workers: workerCpu };
    },
  };
}

/** Runs the command on the file; fails unless every record is counted and none is malformed. */
function runCli(cli: string, file: string, records: number, jobs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const load = loadavg()[0] as number;
    const started = performance.now();
    const nul = openSync('/dev/null', 'w');
    const args = [cli, 'grade', file, '--today', TODAY, '--format', 'ndjson', ...(jobs === 0 ? [] : ['--jobs', String(jobs)])];
    const child = spawn(process.execPath, args, { env: { ...process.env, PEP_RULES_REPORT_RSS: '1', PEP_RULES_REPORT_JOBS: '1' }, stdio: ['ignore', nul, 'pipe'] });
    let stderr = '';
    const sampler = cpuSampler(child.pid ?? -1);
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      // PEP_RULES_REPORT_JOBS=1: how many workers started and the records the main thread checked (an older build does not say).
      const shared = /jobs \d+ \(\w+\): workers (\d+) started after \d+ records; records main (\d+)/.exec(stderr);
      const guess = jobs === 0 ? (records >= 25_000 ? cpus().length - 1 : 0) : jobs - 1;
      const cpu = sampler.stop(shared === null ? guess : Number(shared[1]));
      const rss = /maxRSS (\d+) KiB/.exec(stderr);
      const counted = /(\d+) records? in /.exec(stderr);
      const malformed = /(\d+) malformed/.exec(stderr);
      const problem =
        code !== 0 && code !== 1
          ? `exited with ${String(code)}`
          : counted === null || Number(counted[1]) !== records
            ? `counted ${counted?.[1] ?? 'no'} records of ${records}`
            : malformed === null || Number(malformed[1]) !== 0
              ? `reported ${malformed?.[1] ?? 'an unknown number of'} malformed records`
              : rss === null
                ? 'did not report its peak RSS'
                : null;
      if (problem !== null) reject(new Error(`grade --jobs ${jobsLabel(jobs)} on ${records} records ${problem}: ${stderr.slice(0, 500)}`));
      else resolve({ records, jobs, seconds, rssMiB: Number(rss?.[1]) / 1024, cpu: cpu.total, mainCpu: cpu.main, workerCpu: cpu.workers, mainRecords: shared === null ? NaN : Number(shared[2]) / records, load, exit: code ?? -1 });
    });
  });
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-GB');

function section(runs: readonly Run[]): string {
  const rows = runs.map((r) => {
    const one = runs.find((x) => x.records === r.records && x.jobs === 1);
    const ratio = r.jobs === 1 || one === undefined ? '' : `${(one.seconds / r.seconds).toFixed(2)}×`;
    const cpuRatio = r.jobs === 1 || one === undefined ? '' : `${(r.cpu / one.cpu).toFixed(2)}×`;
    const share = (x: number): string => `${((x / r.cpu) * 100).toFixed(0)}%`;
    const onMain = Number.isNaN(r.mainRecords) ? '' : `${(r.mainRecords * 100).toFixed(0)}%`;
    return `| ${fmt(r.records)} | ${jobsLabel(r.jobs)} | ${r.seconds.toFixed(1)} | ${fmt(r.records / r.seconds)} | ${ratio} | ${r.cpu.toFixed(1)} | ${cpuRatio} | ${share(r.mainCpu)} | ${share(r.workerCpu)} | ${share(r.cpu - r.mainCpu - r.workerCpu)} | ${onMain} | ${r.rssMiB.toFixed(0)} | ${r.load.toFixed(2)} |`;
  });
  const goals = jobsList.map((j) => {
    const rss = runs.filter((r) => r.jobs === j).map((r) => r.rssMiB);
    const spread = rss.length > 1 ? ((Math.max(...rss) - Math.min(...rss)) / Math.min(...rss)) * 100 : 0;
    // The default runs on one thread below 25,000 records still to come and starts workers above: its RSS follows --jobs 1, then the jobs of the cores.
    if (j === 0) return `- \`--jobs default\`: peak RSS ${rss.map((x) => x.toFixed(0)).join(' → ')} MiB (one thread below 25,000 records still to come, workers from there: compare with \`--jobs 1\` and \`--jobs ${cpus().length}\`; under 150 MiB: ${Math.max(...rss) < 150 ? 'met' : 'not met'}).`;
    return `- \`--jobs ${jobsLabel(j)}\`: peak RSS ${rss.map((x) => x.toFixed(0)).join(' → ')} MiB (${spread.toFixed(0)}% from smallest to largest; goal within 10% and under 150 MiB: ${spread <= 10 && Math.max(...rss) < 150 ? 'met' : 'not met'}).`;
  });
  const two = runs.filter((r) => r.jobs === 2);
  const speedups = two.map((r) => (runs.find((x) => x.records === r.records && x.jobs === 1)?.seconds ?? NaN) / r.seconds);
  const best = speedups.length > 0 ? Math.max(...speedups) : NaN;
  const cpuRatios = two.map((r) => r.cpu / (runs.find((x) => x.records === r.records && x.jobs === 1)?.cpu ?? NaN));
  return [
    '## CLI (built `dist/cli.js`, one process, start-up included)',
    '',
    `\`pep-rules grade --format ndjson --today ${TODAY}\`, stdout to /dev/null, on the bundled cohort (60 PEPs) repeated; ` +
      `${cpus().length} logical cores. Regenerate alone with \`tsx scripts/bench-cli.ts\` (build first). ` +
      (repeat > 1 ? `Medians of ${repeat} rounds, 1 and 2 jobs interleaved in each (peak RSS: the highest of the rounds). ` : '') +
      'The load average (1 min) at the start of each run is beside it: this machine is shared, and other work moves the absolute figures. ' +
      'CPU is the time of all the process\'s threads (read from /proc every 100 ms, so Linux only), which load moves much less than time: ' +
      'a run with 2 jobs whose CPU is at most 1.1× that of one job, with the work split evenly between the threads (the main thread\'s share beside it), ' +
      'is at least 1.8× as fast as one job on two idle cores. ' +
      'The CPU is split into the main thread, the worker threads and the rest (V8\'s own threads: mostly compiling, for each thread\'s heap, and garbage collection); ' +
      '"records on main" is the share of the records the main thread checked itself (`PEP_RULES_REPORT_JOBS=1`).',
    '',
    '| records | jobs | time (s) | records/s | 2 jobs ÷ 1 job | CPU (s) | CPU ÷ 1 job | main thread | workers | V8 threads | records on main | peak RSS (MiB) | load |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    ...goals,
    `- \`--jobs 2\` against \`--jobs 1\`: ${speedups.map((s) => `${s.toFixed(2)}×`).join(', ')} (goal ≥ 1.8× on 2 cores: ${best >= 1.8 ? 'met' : 'not met'}).`,
    `- CPU of \`--jobs 2\` against \`--jobs 1\`: ${cpuRatios.map((s) => `${s.toFixed(2)}×`).join(', ')}; main thread's share of the CPU with 2 jobs: ${two.map((r) => `${((r.mainCpu / r.cpu) * 100).toFixed(0)}%`).join(', ')}.`,
    '',
  ].join('\n');
}

/** Replaces the CLI section of RESULTS.md (from its heading to the next `## `), or appends it. */
function writeSection(text: string): void {
  const path = join(root, 'bench/RESULTS.md');
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n';
  const start = old.indexOf('## CLI');
  if (start < 0) {
    writeFileSync(path, `${old.trimEnd()}\n\n${text}`);
    return;
  }
  const next = old.indexOf('\n## ', start + 1);
  writeFileSync(path, `${old.slice(0, start)}${text.trimEnd()}\n${next < 0 ? '' : `\n${old.slice(next + 1)}`}`);
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** One row per size and job count: medians of time and CPU over the rounds, the highest peak RSS. */
function summarise(runs: readonly Run[]): Run[] {
  const rows: Run[] = [];
  for (const records of sizes) {
    for (const jobs of jobsList) {
      const of = runs.filter((r) => r.records === records && r.jobs === jobs);
      if (of.length === 0) continue;
      const pick = (f: (r: Run) => number): number => median(of.map(f));
      rows.push({ records, jobs, seconds: pick((r) => r.seconds), rssMiB: Math.max(...of.map((r) => r.rssMiB)), cpu: pick((r) => r.cpu), mainCpu: pick((r) => r.mainCpu), workerCpu: pick((r) => r.workerCpu), mainRecords: pick((r) => r.mainRecords), load: pick((r) => r.load), exit: of[0]?.exit ?? -1 });
    }
  }
  return rows;
}

/** Copies a build's two files to `to` (so that a rebuild during the run cannot touch them); returns its cli.js. */
function copyBuild(from: string, to: string): string {
  mkdirSync(to, { recursive: true });
  for (const name of ['cli.js', 'cli-worker.js']) {
    if (!existsSync(join(from, name))) throw new Error(`${join(from, name)} is missing: build first (npm run build)`);
    copyFileSync(join(from, name), join(to, name));
  }
  return join(to, 'cli.js');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pep-rules-bench-cli-'));
  try {
    const cli = copyBuild(distDir, join(dir, 'dist'));
    const baseline = baselineDir === '' ? null : copyBuild(baselineDir, join(dir, 'baseline'));
    const runs: Run[] = [];
    const baseRuns: Run[] = [];
    const say = (label: string, run: Run): void => {
      process.stderr.write(`  ${label}--jobs ${jobsLabel(run.jobs)}: ${run.seconds.toFixed(1)} s, ${fmt(run.records / run.seconds)} records/s, CPU ${run.cpu.toFixed(1)} s (main thread ${run.mainCpu.toFixed(1)} s${Number.isNaN(run.mainRecords) ? '' : ` and ${fmt(run.mainRecords * run.records)} records`}, workers ${run.workerCpu.toFixed(1)} s, V8 threads ${(run.cpu - run.mainCpu - run.workerCpu).toFixed(1)} s), peak ${run.rssMiB.toFixed(0)} MiB, load ${run.load.toFixed(2)}\n`);
    };
    for (const records of sizes) {
      const file = join(dir, `records-${records}.ndjson`);
      await writeRecords(file, records);
      process.stderr.write(`${fmt(records)} records: ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB\n`);
      for (let round = 0; round < repeat; round++) {
        for (const jobs of jobsList) {
          const run = await runCli(cli, file, records, jobs);
          say('', run);
          runs.push(run);
          if (baseline === null) continue;
          const base = await runCli(baseline, file, records, jobs);
          say('baseline ', base);
          baseRuns.push(base);
        }
      }
      rmSync(file, { force: true });
      // Written after each size, so that a long run cut short still leaves what it measured.
      if (!process.argv.includes('--no-write')) writeSection(section(summarise(runs)));
    }
    process.stdout.write(section(summarise(runs)));
    if (baseline !== null) process.stdout.write(`\n### Baseline (${baselineDir}), same rounds, interleaved\n\n${section(summarise(baseRuns))}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`CLI benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
