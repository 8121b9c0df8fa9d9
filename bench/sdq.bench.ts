import { bench, describe } from 'vitest';
import { compareSdq, scoreSdq } from '../src/sdq/index';

/*
 * scoreSdq throughput (DESIGN: at least one million scores per second on one core). Baselines:
 * summing 25 numbers (the floor: no validation, no result object) and JSON.parse of the item
 * array (what a host pays just to read one SDQ from an export).
 */
const FULL = [2, 2, 1, 2, 1, 0, 1, 0, 2, 2, 2, 0, 1, 1, 2, 0, 2, 0, 0, 2, 1, 0, 0, 0, 1];
const GAPS = [2, null, 1, 2, 1, 0, 1, null, 2, 2, 2, 0, 1, 1, null, 0, 2, 0, 0, 2, 1, 0, 0, 0, 1];
const HIGH = [0, 2, 2, 0, 2, 2, 0, 2, 0, 2, 0, 2, 2, 0, 2, 2, 0, 2, 2, 0, 0, 2, 2, 2, 0];
const inputs = {
  full: { informant: 'parent', items: FULL },
  gaps: { informant: 'teacher', items: GAPS },
  high: { informant: 'parent', items: HIGH },
  impact: { informant: 'self', items: FULL, impact: { difficulties: 2, distress: 2, homeLife: 3, friendships: 1, classroomLearning: 2, leisure: 0 } },
} as const;
const json = JSON.stringify(FULL);
const before = scoreSdq(inputs.full);
const after = scoreSdq(inputs.high);
let sink = 0;

describe('scoreSdq', () => {
  bench('scoreSdq: 25 items answered, below threshold', () => {
    const r = scoreSdq(inputs.full);
    if (r.ok) sink += r.totalDifficulties ?? 0;
  });
  bench('scoreSdq: 3 items missing (prorating findings)', () => {
    const r = scoreSdq(inputs.gaps);
    if (r.ok) sink += r.totalDifficulties ?? 0;
  });
  bench('scoreSdq: total 30, concern flagged', () => {
    const r = scoreSdq(inputs.high);
    if (r.ok) sink += r.totalDifficulties ?? 0;
  });
  bench('scoreSdq: with impact supplement', () => {
    const r = scoreSdq(inputs.impact);
    if (r.ok) sink += r.impact ?? 0;
  });
  bench('baseline: sum of 25 numbers', () => {
    let s = 0;
    for (let i = 0; i < 25; i++) s += FULL[i] ?? 0;
    sink += s;
  });
  bench('baseline: JSON.parse of the 25-item array', () => {
    sink += (JSON.parse(json) as number[]).length;
  });
});

describe('compareSdq', () => {
  bench('compareSdq: two scored SDQs', () => {
    sink += compareSdq(before, after).ok ? 1 : 0;
  });
  bench('baseline: JSON.parse of the 25-item array', () => {
    sink += (JSON.parse(json) as number[]).length;
  });
});

export { sink };
