/**
 * SMART accuracy against the labelled sets: agreement and confusion figures for specific,
 * measurable and time-bound, and exact deadline extraction.
 *
 *   npx tsx scripts/smart-accuracy.ts            # all three sets
 *   npx tsx scripts/smart-accuracy.ts --errors   # also list every disagreement
 */
import { readFileSync } from 'node:fs';
import { checkSmartTarget } from '../src/smart/index';

interface Item {
  id: string;
  text: string;
  specific: boolean;
  measurable: boolean;
  timeBound: boolean;
  deadline: unknown;
  meetingDate?: string;
}

const SETS = [
  ['smart-dev.json (shared dev set)', 'test/smart/smart-dev.json'],
  ['tuning.json (seed examples, tuning)', 'test/smart/tuning.json'],
  ['labelled.json (held out)', 'test/smart/labelled.json'],
] as const;

const showErrors = process.argv.includes('--errors');
const only = process.argv.find((a) => a.startsWith('--set='))?.slice(6);

const canonical = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));

for (const [label, file] of SETS) {
  if (only !== undefined && !file.includes(only)) continue;
  const data = JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as { reference: { meetingDate: string }; items: Item[] };
  const conf = { specific: [0, 0, 0, 0], measurable: [0, 0, 0, 0], timeBound: [0, 0, 0, 0] } as Record<string, number[]>;
  let timed = 0;
  let exact = 0;
  let allExact = 0;
  const errors: string[] = [];
  for (const item of data.items) {
    const r = checkSmartTarget(item.text, { meetingDate: item.meetingDate ?? data.reference.meetingDate });
    const got = { specific: r.specific.met === true, measurable: r.measurable.met === true, timeBound: r.timeBound.met === true };
    for (const key of ['specific', 'measurable', 'timeBound'] as const) {
      const c = conf[key] as number[];
      const cell = (item[key] ? 0 : 2) + (got[key] ? 0 : 1); // TP, FN, FP, TN
      c[cell] = (c[cell] ?? 0) + 1;
      if (item[key] !== got[key]) errors.push(`${item.id} ${key}: expected ${item[key]} got ${got[key]} | ${item.text.slice(0, 140)}`);
    }
    const same = canonical(r.deadline) === canonical(item.deadline);
    if (same) allExact += 1;
    if (item.deadline !== null) {
      timed += 1;
      if (same) exact += 1;
    }
    if (!same) errors.push(`${item.id} deadline: expected ${canonical(item.deadline)} got ${canonical(r.deadline)} | ${item.text.slice(0, 140)}`);
  }
  const n = data.items.length;
  console.log(`\n${label}: ${n} targets`);
  for (const key of ['specific', 'measurable', 'timeBound']) {
    const [tp, fn, fp, tn] = conf[key] as [number, number, number, number];
    console.log(`  ${key.padEnd(10)} agreement ${(((tp + tn) / n) * 100).toFixed(1).padStart(5)}%   TP ${tp}  FN ${fn}  FP ${fp}  TN ${tn}`);
  }
  console.log(`  deadline   exact on timed targets ${((exact / Math.max(1, timed)) * 100).toFixed(1)}% (${exact}/${timed}); exact on all ${((allExact / n) * 100).toFixed(1)}% (${allExact}/${n})`);
  if (showErrors) for (const e of errors) console.log(`    ${e}`);
}
