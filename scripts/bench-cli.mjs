#!/usr/bin/env node
/**
 * CLI throughput and memory: generates seeded cohorts of 10,000 and 100,000 PEPs (and 200,000 with
 * --large), runs the BUILT command (`node dist/cli.js`, build first: `npm run build`) on each, and
 * reports records per second and peak memory (maxRSS, reported by the CLI itself at exit with
 * PEP_RULES_REPORT_RSS=1). A baseline streams the same file with readline + JSON.parse only.
 *
 * Usage: node scripts/bench-cli.mjs [--large] [--keep] [--runs N]
 * Nothing is asserted: the figures go in docs/cli.md. The cohort files are written to a temporary
 * directory and removed afterwards (unless --keep).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const sizes = process.argv.includes('--large') ? [10_000, 100_000, 200_000] : [10_000, 100_000];
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 3;
const TODAY = '2025-03-01';

if (!existsSync(cli)) {
  process.stderr.write('dist/cli.js is missing: run `npm run build` first.\n');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'pep-rules-bench-'));

/** Generates an NDJSON cohort with the project's seeded generator. */
function generate(count) {
  const out = join(dir, `cohort-${count}.ndjson`);
  const r = spawnSync('npx', ['tsx', 'scripts/generate-examples.ts', '--cohort-only', '--count', String(count), '--out', out], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`generate failed: ${r.stderr}`);
  return out;
}

/** Writes the same records as one JSON array on one line (the layout the array splitter streams). */
async function toArray(ndjsonPath) {
  const out = ndjsonPath.replace(/\.ndjson$/, '.json');
  const w = createWriteStream(out);
  let first = true;
  for await (const line of createInterface({ input: createReadStream(ndjsonPath), crlfDelay: Infinity })) {
    if (line === '') continue;
    if (!w.write(`${first ? '[' : ','}${line}`)) await once(w, 'drain');
    first = false;
  }
  w.end(']');
  await once(w, 'finish');
  return out;
}

/** Runs a node script to completion, discarding stdout; returns wall time (ms) and the maxRSS it reports. */
function timeNode(args, env = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env, PEP_RULES_REPORT_RSS: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const m = /maxRSS (\d+) KiB/.exec(stderr);
      if (code !== 0 && code !== 1) return reject(new Error(`exit ${code}: ${stderr.slice(0, 500)}`));
      resolve({ ms, rssMiB: m ? Number(m[1]) / 1024 : NaN, summary: stderr.split('\n').find((l) => l.startsWith('pep-rules ')) ?? '' });
    });
  });
}

// Baseline: stream the file and JSON.parse each line, nothing else.
const BASELINE = `
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
let n = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) {
  if (line !== '') { JSON.parse(line); n++; }
}
if (process.env.PEP_RULES_REPORT_RSS === '1') process.stderr.write('pep-rules baseline: ' + n + ' records\\nbaseline: maxRSS ' + process.resourceUsage().maxRSS + ' KiB\\n');
`;

async function best(label, count, args) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await timeNode(args));
  const fastest = results.reduce((a, b) => (b.ms < a.ms ? b : a));
  const rss = Math.max(...results.map((r) => r.rssMiB));
  return { label, count, ms: fastest.ms, perSec: Math.round((count * 1000) / fastest.ms), rssMiB: rss, summary: fastest.summary };
}

const rows = [];
try {
  for (const count of sizes) {
    const nd = generate(count);
    const arr = await toArray(nd);
    const mb = (statSync(nd).size / 1024 / 1024).toFixed(1);
    process.stderr.write(`cohort of ${count} PEPs: ${mb} MiB NDJSON\n`);
    rows.push({ ...(await best('baseline: readline + JSON.parse', count, ['--input-type=module', '-e', BASELINE, nd])), mb });
    rows.push({ ...(await best('validate, NDJSON → ndjson', count, [cli, 'validate', '--today', TODAY, '--format', 'ndjson', nd])), mb });
    rows.push({ ...(await best('grade, NDJSON → ndjson', count, [cli, 'grade', '--today', TODAY, '--format', 'ndjson', nd])), mb });
    rows.push({ ...(await best('grade, JSON array → json', count, [cli, 'grade', '--today', TODAY, '--format', 'json', arr])), mb });
    rows.push({ ...(await best('grade, NDJSON → junit', count, [cli, 'grade', '--today', TODAY, '--format', 'junit', nd])), mb });
    rows.push({ ...(await best('grade, NDJSON → text', count, [cli, 'grade', '--today', TODAY, nd])), mb });
  }
} finally {
  if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  else process.stderr.write(`cohorts kept in ${dir}\n`);
}

const fmt = (n) => n.toLocaleString('en-GB');
process.stdout.write(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), best of ${runs} runs; peak = maxRSS over the runs\n\n`);
process.stdout.write('| run | records | input MiB | time (s) | records/s | peak RSS (MiB) |\n|---|---:|---:|---:|---:|---:|\n');
for (const r of rows) {
  process.stdout.write(`| ${r.label} | ${fmt(r.count)} | ${r.mb} | ${(r.ms / 1000).toFixed(2)} | ${fmt(r.perSec)} | ${r.rssMiB.toFixed(0)} |\n`);
}
process.stdout.write('\nSummaries (grade, NDJSON):\n');
for (const r of rows.filter((x) => x.label.startsWith('grade, NDJSON → ndjson'))) process.stdout.write(`  ${fmt(r.count)}: ${r.summary}\n`);
const peak = (label) => rows.filter((r) => r.label === label).map((r) => r.rssMiB);
for (const label of [...new Set(rows.map((r) => r.label))].filter((l) => !l.startsWith('baseline'))) {
  const p = peak(label);
  process.stdout.write(`${label}: peak RSS ${p.map((x) => x.toFixed(0)).join(' → ')} MiB from ${sizes.map(fmt).join(' → ')} records\n`);
}
