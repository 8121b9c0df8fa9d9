import { describe, expect, it } from 'vitest';
import * as root from '../../src/index';
import * as deadlines from '../../src/deadlines/index';
import * as funding from '../../src/funding/index';
import * as policy from '../../src/policy/index';
import * as report from '../../src/report/index';
import * as rules from '../../src/rules/index';
import * as sdq from '../../src/sdq/index';
import * as smart from '../../src/smart/index';
import { example } from '../rules/_helpers';

/*
 * Hostile objects (a Proxy whose every trap throws, a getter that throws, a cycle, 10,000 levels of
 * nesting, an array whose length throws) given to every public function, in every argument position:
 * none may throw. A PEP whose part cannot be read is never taken as valid: the part gets a finding.
 */

const modules: Record<string, Record<string, unknown>> = { root, sdq, smart, funding, deadlines, rules, policy, report };
const functions = new Map<string, (...args: unknown[]) => unknown>();
for (const [moduleName, mod] of Object.entries(modules)) {
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === 'function' && !/^[A-Z]/.test(name) && ![...functions.keys()].some((k) => k.endsWith(`.${name}`))) {
      functions.set(`${moduleName}.${name}`, value as (...args: unknown[]) => unknown);
    }
  }
}

const boom = (): never => {
  throw new Error('hostile');
};

function hostiles(): [string, unknown][] {
  const proxy = new Proxy({}, { get: boom, ownKeys: boom, has: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, isExtensible: boom });
  const getter = Object.defineProperty({ schemaVersion: 1 }, 'id', { enumerable: true, get: boom });
  const cycle: Record<string, unknown> = { schemaVersion: 1, id: 'x' };
  cycle.child = cycle;
  cycle.targets = [cycle];
  let deepArray: unknown = {};
  for (let i = 0; i < 10_000; i++) deepArray = [deepArray];
  let deepObject: unknown = {};
  for (let i = 0; i < 10_000; i++) deepObject = { targets: deepObject };
  const arrayProxy = new Proxy([1, 2], { get: (t, k) => (k === 'length' ? boom() : Reflect.get(t, k)) });
  return [['a throwing proxy', proxy], ['a throwing getter', getter], ['a cycle', cycle], ['10,000 nested arrays', deepArray], ['10,000 nested objects', deepObject], ['an array whose length throws', arrayProxy]];
}

function callsFor(h: unknown): unknown[][] {
  return [[h], ['2025-01-01', h], [h, { today: '2025-06-30' }], [{ today: h }], [{ policy: h }], [[h]], [h, h, h]];
}

describe('hostile objects never make a public function throw', () => {
  it('finds the public functions', () => {
    expect(functions.size).toBeGreaterThan(60);
  });

  it.each([...functions.keys()])('%s', async (name) => {
    const fn = functions.get(name) as (...args: unknown[]) => unknown;
    const thrown: string[] = [];
    for (const [label, h] of hostiles()) {
      for (const args of callsFor(h)) {
        try {
          const result = fn(...args);
          if (result instanceof Promise) await result;
        } catch (error) {
          thrown.push(`${label}: ${(error as Error).name}`);
          break;
        }
      }
    }
    expect(thrown).toEqual([]);
  });
});

describe('a PEP part that cannot be read is reported, never taken as absent', () => {
  it('a throwing proxy as the PEP: not valid, a schema finding', () => {
    const [, proxy] = hostiles()[0]!;
    const r = root.assessPep(proxy, { today: '2025-06-30' });
    expect(r.valid).toBe(false);
    expect(r.findings[0]?.code).toMatch(/^PEP-SCHEMA-/);
  });

  it('a throwing getter on an optional section (sdq): not valid, the PEP reported unreadable (never read as a PEP without SDQs)', () => {
    const pep = example('school-age-good') as Record<string, unknown>;
    Object.defineProperty(pep, 'sdq', { enumerable: true, get: boom });
    const r = root.assessPep(pep, { today: '2025-06-30' });
    expect(r.valid).toBe(false);
    expect(r.findings.some((f) => f.code === 'PEP-SCHEMA-UNREADABLE' || f.path?.[0] === 'sdq')).toBe(true);
    expect(r.findings.some((f) => f.code === 'PEP-SDQ-MISSING')).toBe(false);
  });
});
