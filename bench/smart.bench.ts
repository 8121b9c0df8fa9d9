import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { checkSmartTarget, checkTargetSet } from '../src/smart/index';

/*
 * SMART analyser throughput. Targets per second = (ops/sec of a 100-target round) × 100.
 * Baselines: one regular-expression test per target over the same strings (what a naive "has a date
 * or a number" check costs), and the same for the 1 MB string. Run:
 *   npx vitest bench --run bench/smart.bench.ts
 */

const items = (JSON.parse(readFileSync(new URL('../test/smart/labelled.json', import.meta.url), 'utf8')) as { items: { text: string }[] }).items;
const texts = items.slice(0, 100).map((i) => i.text);
const context = { meetingDate: '2025-01-15' };
const NAIVE = /\b(?:by|before|until)\b|\d/i;

const words = ['Tom', 'will', 'read', 'with', 'his', 'carer', 'each', 'evening', 'and', 'talk', 'about', 'the', 'story', 'at', 'home', 'in', 'class'];
let seed = 42;
const nextWord = (): string => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return words[seed % words.length] as string;
};
const parts: string[] = [];
let length = 0;
while (length < 1_048_576) {
  const w = nextWord();
  parts.push(w);
  length += w.length + 1;
}
const oneMegabyte = `${parts.join(' ')} Tom will read 20 words by Easter.`;
const repeated = 'by the end of '.repeat(74_899);

describe('checkSmartTarget, 100 held-out targets per round (targets/s = ops/s × 100)', () => {
  bench('checkSmartTarget × 100', () => {
    for (const t of texts) checkSmartTarget(t, context);
  });
  bench('baseline: one regex test × 100', () => {
    let n = 0;
    for (const t of texts) if (NAIVE.test(t)) n += 1;
    if (n < 0) throw new Error('unreachable');
  });
});

describe('checkTargetSet, 3 targets with the PEP-less context', () => {
  const set = texts.slice(0, 3);
  bench('checkTargetSet × 1', () => {
    checkTargetSet(set, context);
  });
  bench('baseline: checkSmartTarget × 3', () => {
    for (const t of set) checkSmartTarget(t, context);
  });
});

describe('1 MB targets', () => {
  bench('checkSmartTarget, 1 MB of varied words', () => {
    checkSmartTarget(oneMegabyte, context);
  }, { iterations: 5 });
  bench('checkSmartTarget, 1 MB of "by the end of " repeated', () => {
    checkSmartTarget(repeated, context);
  }, { iterations: 5 });
  bench('baseline: one regex test over 1 MB', () => {
    NAIVE.test(oneMegabyte);
  }, { iterations: 5 });
});
