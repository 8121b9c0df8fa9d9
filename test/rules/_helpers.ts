import { readFileSync } from 'node:fs';
import type { Finding } from '../../src/core/finding';
import { expect } from 'vitest';
import { assessPep, type Policy } from '../../src/index';

/** The six example PEPs (a good and a poor one per phase). */
export const EXAMPLE_NAMES = [
  'school-age-good',
  'school-age-poor',
  'early-years-good',
  'early-years-poor',
  'post-16-good',
  'post-16-poor',
] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

/** A fresh, mutable copy of an example PEP. */
export function example(name: ExampleName): Record<string, any> {
  return JSON.parse(readFileSync(new URL(`../../examples/peps/${name}.json`, import.meta.url), 'utf8')) as Record<string, any>;
}

/** Freezes a value and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** A finding as `[code, path]`, the part tests compare. */
export type CodePath = [string, (string | number)[]];
export const codePath = (f: Finding): CodePath => [f.code, [...(f.path ?? [])]];

/** Findings in `after` but not in `before`, and the other way round (multisets of code + path). */
export function diff(before: readonly Finding[], after: readonly Finding[]): { added: CodePath[]; removed: CodePath[] } {
  const key = (f: Finding) => JSON.stringify(codePath(f));
  const take = (from: readonly Finding[], minus: readonly Finding[]): CodePath[] => {
    const counts = new Map<string, number>();
    for (const f of minus) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
    const out: CodePath[] = [];
    for (const f of from) {
      const n = counts.get(key(f)) ?? 0;
      if (n > 0) counts.set(key(f), n - 1);
      else out.push(codePath(f));
    }
    return out;
  };
  return { added: take(after, before), removed: take(before, after) };
}

/** Deletes a property at a dotted path (`'views.child.text'`, `'attendees.1.name'`). */
export function unset(obj: Record<string, any>, path: string): void {
  const keys = path.split('.');
  let cur: any = obj;
  for (const k of keys.slice(0, -1)) cur = cur?.[k];
  if (cur !== undefined && cur !== null) delete cur[keys[keys.length - 1]!];
}

/**
 * The findings of one code when an example PEP, changed by `change`, is assessed under `policy`
 * (1 March 2025 unless `today` is given). The changed PEP must still parse.
 */
export function findingsOfCode(
  code: string,
  policy: Policy,
  change: (pep: Record<string, any>) => void = () => {},
  { name = 'school-age-good', today = '2025-03-01' }: { name?: ExampleName; today?: string } = {},
): Finding[] {
  const pep = example(name);
  change(pep);
  const r = assessPep(pep, { policy, today });
  expect(r.pep, 'the changed PEP still parses').not.toBeNull();
  return r.findings.filter((f) => f.code === code);
}
