import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * Agreement with labelled targets. smart-dev.json is the shared development set (a copy of
 * shared/data/smart-dev.json); labelled.json is the held-out set written before any tuning, labelled
 * by the same conventions. The figures themselves are printed by scripts/smart-accuracy.ts, not here.
 * Each assertion fails if agreement drops below 90%.
 */

interface Item {
  readonly id: string;
  readonly text: string;
  readonly specific: boolean;
  readonly measurable: boolean;
  readonly timeBound: boolean;
  readonly deadline: unknown;
  readonly meetingDate?: string;
}

function load(name: string): { meetingDate: string; items: Item[] } {
  const data = JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as { reference: { meetingDate: string }; items: Item[] };
  return { meetingDate: data.reference.meetingDate, items: data.items };
}

const sorted = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (x !== null && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));

function agreement(file: string): { specific: number; measurable: number; timeBound: number; deadline: number; invariant: boolean; size: number } {
  const { meetingDate, items } = load(file);
  let s = 0;
  let m = 0;
  let t = 0;
  let timed = 0;
  let exact = 0;
  let invariant = true;
  for (const item of items) {
    const r = checkSmartTarget(item.text, { meetingDate: item.meetingDate ?? meetingDate });
    if (r.specific.met === item.specific) s += 1;
    if (r.measurable.met === item.measurable) m += 1;
    if (r.timeBound.met === item.timeBound) t += 1;
    if (r.timeBound.met !== (r.deadline !== null)) invariant = false;
    if (item.deadline !== null) {
      timed += 1;
      if (sorted(r.deadline) === sorted(item.deadline)) exact += 1;
    }
  }
  const n = items.length;
  return { specific: s / n, measurable: m / n, timeBound: t / n, deadline: exact / timed, invariant, size: n };
}

describe.each([
  ['smart-dev.json (shared development set)', './smart-dev.json', 40],
  ['labelled.json (held-out set)', './labelled.json', 150],
])('SMART agreement on %s', (_label, file, minimumSize) => {
  const result = agreement(file);
  it(`has at least ${minimumSize} labelled targets`, () => {
    expect(result.size).toBeGreaterThanOrEqual(minimumSize);
  });
  it.each(['specific', 'measurable', 'timeBound'] as const)('agrees on %s for at least 90% of targets', (key) => {
    expect(result[key]).toBeGreaterThanOrEqual(0.9);
  });
  it('extracts the exact deadline for at least 90% of timed targets', () => {
    expect(result.deadline).toBeGreaterThanOrEqual(0.9);
  });
  it('keeps the invariant: time-bound exactly when a deadline is found (a meeting date is given)', () => {
    expect(result.invariant).toBe(true);
  });
});
