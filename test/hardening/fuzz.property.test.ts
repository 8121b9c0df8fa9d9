import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index';
import * as deadlines from '../../src/deadlines/index';
import * as funding from '../../src/funding/index';
import * as policy from '../../src/policy/index';
import * as rules from '../../src/rules/index';
import * as sdq from '../../src/sdq/index';
import * as smart from '../../src/smart/index';

/*
 * Every public function, fed arbitrary JSON values (deep nesting, `__proto__` and `constructor`
 * keys, huge strings and numbers, wrong types): it must not throw, must not mutate its
 * (deep-frozen) input and must not pollute prototypes. `npm run fuzz` runs it for longer.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20250115);

const modules: Record<string, Record<string, unknown>> = { root, sdq, smart, funding, deadlines, rules, policy };
const functions = new Map<string, (...args: unknown[]) => unknown>();
for (const [moduleName, mod] of Object.entries(modules)) {
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === 'function' && !functions.has(name) && !/^[A-Z]/.test(name)) {
      functions.set(`${moduleName}.${name}`, value as (...args: unknown[]) => unknown);
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

const hostileKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty');
const hostileObject = fc
  .tuple(hostileKeys, fc.jsonValue({ maxDepth: 2 }))
  .map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value) ?? 'null'}}`) as unknown);
const hugeString = fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'by 31st October '.repeat(Math.ceil(n / 16)).slice(0, n));
const deep = fc.integer({ min: 20, max: 200 }).map((depth) => {
  let v: unknown = { date: '2025-01-01' };
  // One reference per level: sharing a value twice would double the size at every level.
  for (let i = 0; i < depth; i++) v = i % 3 === 0 ? [v] : i % 3 === 1 ? { a: v } : { targets: [v] };
  return v;
});
const weirdNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, -1e308, 2 ** 53 + 1, 0.1 + 0.2);
const value = fc.oneof(
  { weight: 5, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: hostileObject },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: weirdNumber },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, '', '2025-02-30', '31/01/2025', '2025-01-15', [], {}) },
);

describe('fuzzing every public function', () => {
  it('finds the public functions', () => {
    expect(functions.size).toBeGreaterThan(30);
  });
  it.each([...functions.keys()])('%s never throws, mutates or pollutes on arbitrary JSON', (name) => {
    const fn = functions.get(name) as (...args: unknown[]) => unknown;
    fc.assert(
      fc.property(fc.array(value, { minLength: 0, maxLength: 3 }), (args) => {
        const frozen = args.map((a) => deepFreeze(structuredClone(a)));
        const before = JSON.stringify(frozen);
        const result = fn(...frozen);
        if (result instanceof Promise) throw new Error('public functions are synchronous');
        expect(JSON.stringify(frozen)).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'date')).toBe(false);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
