/**
 * `npm run bench`: one table of figures and ratios, every pair measured side by side in one run
 * on one core. Never a pass/fail: the README records the latest figures with the machine described.
 *
 * Each measurement runs the function in batches for a fixed time after a warm-up and reports the
 * median batch rate of 7, so a noisy neighbour on a shared machine moves the figure less.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UTCDate } from '@date-fns/utc';
import { addBusinessDays } from 'date-fns';
import { addWorkingDays } from '../src/deadlines/index';
import { assessPep } from '../src/rules/index';
import { scoreSdq } from '../src/sdq/index';
import { checkSmartTarget } from '../src/smart/index';

const root = fileURLToPath(new URL('../', import.meta.url));
const quick = process.argv.includes('--quick');
const BATCH_MS = quick ? 40 : 150;

/** Operations per second: the median of 7 timed batches after a warm-up. */
function rate(fn: () => unknown): number {
  let sink = 0;
  const end = performance.now() + BATCH_MS;
  while (performance.now() < end) if (fn() !== undefined) sink++;
  const rates: number[] = [];
  for (let b = 0; b < 7; b++) {
    let n = 0;
    const start = performance.now();
    let now = start;
    while (now - start < BATCH_MS) {
      for (let i = 0; i < 16; i++) if (fn() !== undefined) sink++;
      n += 16;
      now = performance.now();
    }
    rates.push((n * 1000) / (now - start));
  }
  if (sink < 0) process.stdout.write('');
  rates.sort((a, b) => a - b);
  return rates[3] as number;
}

const fmt = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M/s` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k/s` : `${n.toFixed(1)} /s`);
const rows: string[][] = [];
function pair(name: string, ours: () => unknown, baselineName: string, baseline: () => unknown, note: string): void {
  const a = rate(ours);
  const b = rate(baseline);
  rows.push([name, fmt(a), baselineName, fmt(b), `${(b / a).toFixed(2)}×`, note]);
}

// 1. validate + grade a realistic PEP versus JSON.parse of the same document.
const pepText = readFileSync(join(root, 'examples/peps/school-age-good.json'), 'utf8');
pair(
  'assessPep (parse + validate + grade), school-age-good.json',
  () => assessPep(JSON.parse(pepText), { today: '2025-02-01' }),
  'JSON.parse of the same PEP',
  () => JSON.parse(pepText),
  'target: cost ≤ 3× JSON.parse (ratio column = our time ÷ baseline time)',
);

// 2. addWorkingDays with bank holidays versus date-fns addBusinessDays (weekends only).
pair(
  'addWorkingDays(d, 20), bank holidays',
  () => addWorkingDays('2025-03-03', 20),
  'date-fns addBusinessDays(UTCDate, 20)',
  () => addBusinessDays(new UTCDate(2025, 2, 3), 20),
  'target: ratio ≤ 1 (at least as fast)',
);

// 3. scoreSdq calls per second versus summing 25 numbers.
const items = [1, 0, 1, 1, 2, 1, 0, 2, 1, 1, 0, 1, 1, 1, 2, 1, 0, 1, 0, 1, 2, 1, 0, 1, 2] as const;
const sdqInput = { informant: 'teacher' as const, items: [...items] };
pair(
  'scoreSdq, teacher, 25 items',
  () => scoreSdq(sdqInput),
  'sum of 25 numbers',
  () => items.reduce((s: number, v) => s + v, 0),
  'target: ≥ 1 M scoreSdq calls/s',
);

// 4. SMART targets per second versus one regex test of the same strings.
const targets = JSON.parse(readFileSync(join(root, '../shared/data/smart-dev.json'), 'utf8')).items.map((t: { text: string }) => t.text) as string[];
let ti = 0;
let tj = 0;
pair(
  'checkSmartTarget, smart-dev.json targets',
  () => checkSmartTarget(targets[ti++ % targets.length] as string, { meetingDate: '2025-01-15' }),
  'one regex test per target',
  () => /\bby\b/.test(targets[tj++ % targets.length] as string),
  'target: ≥ 20,000 targets/s',
);

// 5. CLI records per second on a generated cohort (built CLI, child process).
const tmp = mkdtempSync(join(tmpdir(), 'pep-rules-bench-'));
try {
  const count = quick ? 2_000 : 20_000;
  const file = join(tmp, 'cohort.ndjson');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-examples.ts', '--cohort-only', '--count', String(count), '--out', file], { cwd: root });
  const started = performance.now();
  try {
    execFileSync(process.execPath, ['dist/cli.js', 'grade', file, '--today', '2025-03-01', '--format', 'ndjson'], { cwd: root, stdio: 'ignore' });
  } catch {
    // exit code 1 means findings at or above --fail-on: expected for a mixed cohort.
  }
  const seconds = (performance.now() - started) / 1000;
  const parseStart = performance.now();
  for (const line of readFileSync(file, 'utf8').split('\n')) if (line) JSON.parse(line);
  const parseSeconds = (performance.now() - parseStart) / 1000;
  rows.push([
    `CLI grade, ${count.toLocaleString('en-GB')} records (NDJSON)`,
    `${Math.round(count / seconds).toLocaleString('en-GB')} rec/s`,
    'JSON.parse of every line',
    `${Math.round(count / parseSeconds).toLocaleString('en-GB')} rec/s`,
    `${(count / parseSeconds / (count / seconds)).toFixed(1)}×`,
    'includes process start-up',
  ]);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const header = ['measure', 'ours', 'baseline', 'baseline figure', 'ratio (our time ÷ baseline time)', 'note'];
process.stdout.write(`Node ${process.version}, ${cpu}, ${cpus().length} cores (one used)\n\n`);
process.stdout.write(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |\n`);
for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
