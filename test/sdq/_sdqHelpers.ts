import { SDQ_ITEMS } from '../../src/sdq/index';
import type { SdqItemValue, SdqScale } from '../../src/sdq/index';

/** Item positions (1-based) per scale, in questionnaire order (domain/sdq.md §1). */
export const POSITIONS: Readonly<Record<SdqScale, readonly number[]>> = {
  emotional: [3, 8, 13, 16, 24],
  conduct: [5, 7, 12, 18, 22],
  hyperactivity: [2, 10, 15, 21, 25],
  peer: [6, 11, 14, 19, 23],
  prosocial: [1, 4, 9, 17, 20],
};

/** Reverse-scored positions: obeys 7, friend 11, popular 14, reflect 21, attends 25. */
export const REVERSED_POSITIONS: readonly number[] = [7, 11, 14, 21, 25];

/** The tick that gives `score` at a position (reverse-scored items: tick = 2 − score). */
export const tickFor = (position: number, score: number | null): SdqItemValue =>
  score === null ? null : ((REVERSED_POSITIONS.includes(position) ? 2 - score : score) as 0 | 1 | 2);

/**
 * 25 ticks whose item scores are given per scale (5 scores each, `null` = unanswered); scales not
 * given score 0 on every item.
 */
export function ticksFromScores(scores: Partial<Record<SdqScale, readonly (number | null)[]>>): SdqItemValue[] {
  const items: SdqItemValue[] = SDQ_ITEMS.map((i) => tickFor(i.position, 0));
  for (const [scale, values] of Object.entries(scores) as [SdqScale, readonly (number | null)[]][]) {
    POSITIONS[scale].forEach((position, k) => {
      items[position - 1] = tickFor(position, values[k] ?? null);
    });
  }
  return items;
}

/** Five item scores (0–2 each) summing to `total` (0–10), highest first. */
export function spread(total: number): number[] {
  const out: number[] = [];
  let left = total;
  for (let k = 0; k < 5; k++) {
    const v = Math.min(2, left);
    out.push(v);
    left -= v;
  }
  return out;
}

/** Four scale scores (each 0–10) summing to a total difficulties score of 0–40. */
export function splitTotal(total: number): { emotional: number; conduct: number; hyperactivity: number; peer: number } {
  const parts = [0, 0, 0, 0];
  let left = total;
  for (let k = 0; k < 4; k++) {
    parts[k] = Math.min(10, left);
    left -= parts[k] ?? 0;
  }
  const [emotional = 0, conduct = 0, hyperactivity = 0, peer = 0] = parts;
  return { emotional, conduct, hyperactivity, peer };
}

/** Deep-freezes a value (for no-mutation checks). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
