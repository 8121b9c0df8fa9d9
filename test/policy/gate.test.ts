import { afterEach, describe, expect, it, vi } from 'vitest';
import { definePolicy, policyJsonSchema } from '../../src/policy/definePolicy';
import { _resolvePolicy } from '../../src/policy/definePolicy';
import { _isTrustedPolicy } from '../../src/policy/gate';
import { england } from '../../src/policy/presets/england';
import { policies, PolicySchema, type Policy } from '../../src/policy/index';

/*
 * The one policy gate: `undefined` is england, a policy from definePolicy or the presets is trusted
 * in O(1), anything else is checked once and the answer remembered. Every policy out of the gate is
 * complete, deeply frozen and trusted.
 */

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every object and array in a value, with its path. */
function nodes(value: unknown, path = ''): [string, object][] {
  if (value === null || typeof value !== 'object') return [];
  return [[path, value], ...Object.entries(value).flatMap(([k, v]) => nodes(v, `${path}.${k}`))];
}

/** Paths where a value lacks a key its JSON Schema lists, or holds one it does not (null allowed where the schema allows it). */
function missingOrExtra(value: unknown, schema: Record<string, unknown>, path = ''): string[] {
  const branches = (schema.anyOf as Record<string, unknown>[] | undefined) ?? [schema];
  if (value === null) return branches.some((b) => b.type === 'null') ? [] : [path];
  const branch = branches.find((b) => b.type !== 'null') ?? schema;
  if (Array.isArray(value)) return value.flatMap((v, i) => missingOrExtra(v, branch.items as Record<string, unknown>, `${path}[${i}]`));
  if (typeof value !== 'object' || value === undefined) return [];
  const properties = (branch.properties ?? {}) as Record<string, Record<string, unknown>>;
  const keys = Object.keys(value);
  return [
    ...Object.keys(properties).filter((k) => !keys.includes(k)).map((k) => `${path}.${k} missing`),
    ...keys.filter((k) => !(k in properties)).map((k) => `${path}.${k} extra`),
    ...Object.entries(properties).flatMap(([k, s]) => missingOrExtra((value as Record<string, unknown>)[k], s, `${path}.${k}`)),
  ];
}

describe('_resolvePolicy', () => {
  it('gives england for undefined, the same frozen, trusted object every module imports', () => {
    const result = _resolvePolicy(undefined);
    expect(result).toEqual({ ok: true, policy: policies.england });
    expect(result.ok && result.policy).toBe(england);
    expect(_isTrustedPolicy(england)).toBe(true);
    expect(nodes(england).filter(([, o]) => !Object.isFrozen(o))).toEqual([]);
  });

  it('does not re-validate a trusted policy (presets and definePolicy results)', () => {
    const defined = definePolicy({ id: 'testshire' });
    if (!defined.success) throw new Error('should be valid');
    const spy = vi.spyOn(PolicySchema, 'safeParse');
    for (let i = 0; i < 3; i++) {
      for (const policy of [...Object.values(policies), defined.data]) {
        expect(_resolvePolicy(policy)).toEqual({ ok: true, policy });
        expect((_resolvePolicy(policy) as { policy: Policy }).policy).toBe(policy);
      }
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('checks an untrusted full policy object once, then answers from memory with a trusted policy', () => {
    const raw: unknown = JSON.parse(JSON.stringify(policies.halton));
    const spy = vi.spyOn(PolicySchema, 'safeParse');
    const first = _resolvePolicy(raw);
    const second = _resolvePolicy(raw);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
    if (!first.ok) throw new Error('a copy of a preset should pass');
    expect(first.policy).toEqual(policies.halton);
    expect(first.policy).not.toBe(raw);
    expect(_isTrustedPolicy(first.policy)).toBe(true);
    expect(Object.isFrozen(first.policy.timescales.termlyDeadlines[0])).toBe(true);
    expect(_resolvePolicy(first.policy)).toEqual({ ok: true, policy: first.policy });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('gives the findings for an invalid object, remembered too', () => {
    const bad = { id: 'x', ppPlus: { perTermcap: { pounds: 500, source: 'Testshire §1' } } };
    const spy = vi.spyOn(PolicySchema, 'safeParse');
    const result = _resolvePolicy(bad);
    expect(result).toEqual({
      ok: false,
      findings: [
        { code: 'POLICY-UNKNOWN-KEY', severity: 'error', message: 'Unknown policy key; did you mean `perTermCap`?', path: ['ppPlus', 'perTermcap'] },
      ],
    });
    expect(_resolvePolicy(bad)).toBe(result);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it.each([[null], ['halton'], [42], [[]]])('gives POLICY-NOT-OBJECT for %j, never a throw', (value: unknown) => {
    expect(_resolvePolicy(value)).toEqual({
      ok: false,
      findings: [{ code: 'POLICY-NOT-OBJECT', severity: 'error', message: 'A policy must be a JSON object.', path: [] }],
    });
  });
});

describe('definePolicy results', () => {
  it('are complete (every schema field present), deeply frozen and trusted', () => {
    const result = definePolicy({ id: 'testshire', ppPlus: { perTermCap: { pounds: 500, source: 'Testshire §1' } } });
    if (!result.success) throw new Error('should be valid');
    expect(missingOrExtra(result.data, policyJsonSchema())).toEqual([]);
    const { smartPassScore: _dropped, ...fewer } = result.data.targets;
    expect(missingOrExtra({ ...result.data, targets: fewer, extra: 1 }, policyJsonSchema())).toEqual(['.extra extra', '.targets.smartPassScore missing']);
    expect(nodes(result.data).filter(([, o]) => !Object.isFrozen(o))).toEqual([]);
    expect(_isTrustedPolicy(result.data)).toBe(true);
    expect(() => {
      (result.data.targets.minimumCount as { value: number }).value = 9;
    }).toThrow(TypeError);
  });

  it('every preset is trusted and deeply frozen', () => {
    for (const policy of Object.values(policies)) {
      expect(_isTrustedPolicy(policy)).toBe(true);
      expect(nodes(policy).filter(([, o]) => !Object.isFrozen(o))).toEqual([]);
    }
  });

  it('the JSON Schema refuses unknown keys at every level and blank sources', () => {
    const schema = JSON.stringify(policyJsonSchema());
    const objects = (schema.match(/"type":"object"/g) ?? []).length;
    expect((schema.match(/"additionalProperties":false/g) ?? []).length).toBe(objects);
    // A blank source is refused by a pattern that means the same in every regex engine (no \S).
    expect(schema).toContain('"pattern":"[^\\\\t\\\\n\\\\v\\\\f\\\\r \\\\u00a0');
  });
});
