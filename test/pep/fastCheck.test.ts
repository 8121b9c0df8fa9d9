import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as enums from '../../src/core/enums';
import { _zodIssuesToFindings } from '../../src/core/_zodIssues';
import { finding, type Finding } from '../../src/core/finding';
import { _compileFastCheck, _fastCheckPep } from '../../src/pep/_fastCheck';
import { derivePepFacts } from '../../src/pep/derivePepFacts';
import { _isParsedPep, parsePep } from '../../src/pep/parsePep';
import { PepSchema } from '../../src/pep/schema';
import { policies } from '../../src/policy/presets/index';
import { assessPep } from '../../src/rules/assessPep';

/*
 * The fast path must change nothing but speed: for every example and thousands of mutants of them,
 * parsePep (fast check, then zod when it fails) and the zod-only parsePep it replaced must accept and
 * reject the same documents, return equal data and write the same findings.
 */

const SOURCE = 'pep-rules PEP interchange format v1';
/** The same check without generated source (what runs where `new Function` is forbidden): must answer the same. */
const jitlessPepCheck = _compileFastCheck(PepSchema, { jitless: true });
type Result = { ok: true; data: unknown } | { ok: false; findings: Finding[] };

/** parsePep before the fast path: the version check, then zod (kept here as the reference). */
function zodOnly(data: unknown): Result {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, findings: [finding('PEP-SCHEMA-NOT-OBJECT', 'error', 'A PEP must be a JSON object.', [], SOURCE)] };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version !== undefined && version !== 1) {
    return { ok: false, findings: [finding('PEP-SCHEMA-VERSION', 'error', 'Only schemaVersion 1 is supported by this version of pep-rules.', ['schemaVersion'], SOURCE)] };
  }
  const parsed = PepSchema.safeParse(data);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, findings: _zodIssuesToFindings(parsed.error.issues, data, 'PEP-SCHEMA', SOURCE) };
}

function viaParsePep(data: unknown): Result {
  const r = parsePep(data);
  if (r.ok) return { ok: true, data: r.data };
  expect(r.findings).toBe(r.issues);
  expect(r.success).toBe(false);
  return { ok: false, findings: r.findings };
}

const examplesDir = new URL('../../examples/', import.meta.url);
const exampleTexts: string[] = [
  ...readdirSync(new URL('peps/', examplesDir))
    .filter((n) => n.endsWith('.json'))
    .map((n) => readFileSync(new URL(`peps/${n}`, examplesDir), 'utf8')),
  ...readFileSync(new URL('cohort.ndjson', examplesDir), 'utf8').trim().split('\n'),
];

describe('the fast path on the bundled examples', () => {
  it.each(exampleTexts.map((t, i) => [i, t] as const))('example %i: accepted by the fast check, the same data as zod, the input itself', (_i, text) => {
    const input: unknown = JSON.parse(text);
    expect(_fastCheckPep(input)).toBe(true);
    expect(jitlessPepCheck(input)).toBe(true);
    const fast = viaParsePep(input);
    expect(fast).toStrictEqual(zodOnly(JSON.parse(text)));
    expect(fast.ok && fast.data).toBe(input);
    expect(JSON.stringify(input)).toBe(JSON.stringify(JSON.parse(text)));
  });
});

// ---- mutants --------------------------------------------------------------------------------------

type Path = (string | number)[];
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

const long = (n: number) => 'x'.repeat(n);
const allEnumValues = Object.values(enums).flatMap((v) => (Array.isArray(v) ? v : typeof v === 'object' && v !== null ? Object.keys(v) : []));
const items25 = Array.from({ length: 25 }, (_, i) => (i % 4 === 3 ? null : i % 3));
/** Values near every boundary of the schema, valid and not. */
const edgeValues: unknown[] = [
  ...allEnumValues,
  ...['in-person', 'virtual', 'phone', 'outstanding', 'not-inspected', 'neet', 'unknown', 'Autumn', ''],
  ...['2024-02-29', '2023-02-29', '2025-13-01', '2025-04-31', '2025-1-01', '1900-02-29', '2000-02-29', ' 2025-01-01', '2025-01-01T00:00'],
  ...['23:59', '24:00', '9:30', '09:60', '2024/25', '2024/2025', 'A12345678901B', 'a12345678901b', '123456', '12345678', '1234567'],
  ...[long(1), long(100), long(101), long(200), long(201), long(100_000), long(100_001)],
  ...[0, -0, 1, 2, 3, 5, 6, 25, 40, 41, 44.5, 45, 45.0001, 59.9, 60, 60.5, 99.99, 100, 100.1, -1, 0.5, 1.5, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), 1e300],
  ...[Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
  ...[true, false, null, undefined, [], {}, [{}], items25, items25.slice(1), [...items25.slice(1), 3], [0, 1, 2]],
  ...[{ text: 'a' }, { description: 'a' }, { role: 'carer', attended: true }, { status: 'ehcp' }, { suspensions: [] }],
];
/** Objects zod copies into something else: its copy and the input differ, so the fast path must not answer. */
const oddObjects = (): unknown[] => [
  Object.create(null) as object,
  new Date(0),
  Object.assign(Object.create({ inherited: true }) as object, { text: 'a' }),
  JSON.parse('{"__proto__": {"polluted": true}, "text": "a"}') as unknown,
  Object.assign([1, 2], { extra: true }),
  new (class Thing {
    text = 'a';
  })(),
];

type Mutation = { at: number; op: 'set' | 'same' | 'delete' | 'add' | 'odd'; pick: number; json: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('set', 'set', 'same', 'same', 'delete', 'add', 'odd'),
  pick: fc.nat(),
  json: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
});

/** Plain JSON-like data: plain objects without an own `__proto__` key, real arrays without named properties. */
function plainData(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return Object.getPrototypeOf(value) === Array.prototype && Object.keys(value).length === value.length && value.every(plainData);
  return Object.getPrototypeOf(value) === Object.prototype && !Object.hasOwn(value, '__proto__') && Object.values(value).every(plainData);
}

/** Applies mutations to a fresh copy. */
function mutate(text: string, mutations: readonly Mutation[]): unknown {
  const doc: unknown = JSON.parse(text);
  for (const m of mutations) {
    const paths = pathsOf(doc).filter((p) => p.length > 0);
    const path = paths[m.at % paths.length] as Path;
    const parent = path.slice(0, -1).reduce((o: any, k) => o[k], doc) as Record<string | number, unknown>;
    const key = path[path.length - 1] as string | number;
    // A copy: the generated and edge values are shared between runs and must never become part of a document.
    const pool: unknown = structuredClone(m.pick % 3 === 0 ? m.json : edgeValues[m.pick % edgeValues.length]);
    if (m.op === 'set') parent[key] = pool;
    else if (m.op === 'same') {
      // Another value of the same JSON type from elsewhere in the document (near misses: a date where text goes).
      const current = parent[key];
      const sameType = paths.map((p) => p.reduce((o: any, k) => o[k], doc) as unknown).filter((v) => typeof v === typeof current && Array.isArray(v) === Array.isArray(current));
      parent[key] = structuredClone(sameType[m.pick % sameType.length]);
    }
    else if (m.op === 'delete') delete parent[key];
    else if (m.op === 'add' && !Array.isArray(parent)) {
      // An own `__proto__` key, as JSON.parse makes it (zod drops it from its copy).
      Object.defineProperty(parent, m.pick % 2 === 0 ? 'vendorExtra' : '__proto__', { value: pool, enumerable: true, writable: true, configurable: true });
    } else if (m.op === 'odd') {
      const objects = oddObjects();
      parent[key] = objects[m.pick % objects.length];
    }
  }
  return doc;
}

describe('the fast path agrees with zod on mutants of the examples', () => {
  it('6,000 mutants: the same accept or reject, the same data, the same findings', () => {
    let accepted = 0;
    let rejected = 0;
    let fastAnswered = 0;
    fc.assert(
      fc.property(fc.nat(exampleTexts.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, mutations) => {
        const text = exampleTexts[which] as string;
        const doc = mutate(text, mutations);
        const expected = zodOnly(mutate(text, mutations));
        const fast = _fastCheckPep(doc);
        expect(jitlessPepCheck(doc)).toBe(fast);
        const actual = viaParsePep(doc);
        expect(actual).toStrictEqual(expected);
        if (fast) {
          fastAnswered++;
          expect(actual.ok && actual.data).toBe(doc);
        } else if (plainData(doc)) {
          // Plain JSON data that zod accepts must never need zod.
          expect(expected.ok).toBe(false);
        }
        if (expected.ok) accepted++;
        else rejected++;
      }),
      { numRuns: 6000, seed: 19 },
    );
    // Not a vacuous run (seed 19: about 1,360 accepted): both answers are common, and the fast path answered for the accepted ones.
    expect(accepted).toBeGreaterThan(1000);
    expect(rejected).toBeGreaterThan(1500);
    expect(fastAnswered).toBeGreaterThan(1000);
  });

  it('leaves non-JSON objects (other prototypes, own __proto__ keys, arrays with named properties) to zod', () => {
    for (const odd of oddObjects()) {
      const doc = JSON.parse(exampleTexts[0] as string) as { views: Record<string, unknown> };
      doc.views.child = odd;
      expect(_fastCheckPep(doc)).toBe(false);
    }
  });

  it('never throws on a getter that throws or a revoked proxy, and reports them as zod does', () => {
    const doc = JSON.parse(exampleTexts[0] as string) as Record<string, unknown>;
    Object.defineProperty(doc, 'aspirations', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(_fastCheckPep(doc)).toBe(false);
    expect(parsePep(doc).ok).toBe(false);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(_fastCheckPep(proxy)).toBe(false);
    expect(parsePep(proxy).ok).toBe(false);
  });
});

describe('the compiler follows the zod definition, not a copy of it', () => {
  it('reads bounds, lengths, enums, literals, unions and formats from the schema it is given', () => {
    const schema = z.looseObject({
      n: z.number().check(z.minimum(1), z.maximum(3)),
      p: z.optional(z.number().check(z.positive())),
      i: z.optional(z.int()),
      s: z.string().check(z.minLength(2), z.maxLength(3)),
      e: z.enum(['a', 'b']),
      l: z.literal(7),
      u: z.optional(z.union([z.literal(0), z.null()])),
      d: z.optional(z.iso.date()),
      a: z.optional(z.array(z.boolean()).check(z.length(2))),
    });
    const check = _compileFastCheck(schema);
    const jitless = _compileFastCheck(schema, { jitless: true });
    const good = { n: 1, s: 'ab', e: 'a', l: 7, extra: { anything: [1] } };
    const cases: unknown[] = [
      good,
      { ...good, n: 3 },
      { ...good, n: 3.5 },
      { ...good, n: 0 },
      { ...good, p: 0 },
      { ...good, p: 0.1 },
      { ...good, i: 1.5 },
      { ...good, i: 2 ** 53 },
      { ...good, s: 'a' },
      { ...good, s: 'abcd' },
      { ...good, e: 'c' },
      { ...good, l: 8 },
      { ...good, u: null },
      { ...good, u: 1 },
      { ...good, d: '2024-02-29' },
      { ...good, d: '2023-02-29' },
      { ...good, a: [true, false] },
      { ...good, a: [true] },
      { ...good, a: [true, 1] },
      { ...good, n: undefined },
    ];
    expect(cases.map((c) => check(c))).toEqual(cases.map((c) => schema.safeParse(c).success));
    expect(cases.map((c) => jitless(c))).toEqual(cases.map((c) => schema.safeParse(c).success));
    expect(cases.map((c) => check(c)).filter(Boolean).length).toBeGreaterThan(5);
  });

  it('the generated check and the closures agree with zod on unions of objects, long enums, nested arrays and NaN or -0 literals', () => {
    const schema = z.looseObject({
      u: z.optional(z.union([z.looseObject({ k: z.literal('a') }), z.string().check(z.maxLength(1))])),
      e: z.optional(z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'])),
      m: z.optional(z.array(z.array(z.looseObject({ x: z.number().check(z.minimum(-0.5)) })).check(z.minLength(1)))),
      nan: z.optional(z.literal(Number.NaN)),
      zero: z.optional(z.literal(-0)),
      key: z.optional(z.looseObject({ 'a "quoted" key': z.boolean() })),
    });
    const check = _compileFastCheck(schema);
    const jitless = _compileFastCheck(schema, { jitless: true });
    const cases: unknown[] = [
      {},
      { u: { k: 'a' } },
      { u: { k: 'b' } },
      { u: 'x' },
      { u: 'xy' },
      { u: 3 },
      { e: 'j' },
      { e: 'k' },
      { m: [[{ x: -0.5 }], [{ x: 2 }]] },
      { m: [[{ x: -0.6 }]] },
      { m: [[]] },
      { m: [[], [{ x: 1 }, { x: '1' }]] },
      { m: [] },
      { nan: Number.NaN },
      { nan: 0 },
      { zero: 0 },
      { zero: -0 },
      { zero: 1 },
      { key: { 'a "quoted" key': true } },
      { key: { 'a "quoted" key': 'true' } },
    ];
    const expected = cases.map((c) => schema.safeParse(c).success);
    expect(cases.map((c) => check(c))).toEqual(expected);
    expect(cases.map((c) => jitless(c))).toEqual(expected);
    expect(expected.filter(Boolean).length).toBeGreaterThan(8);
    expect(expected.filter((ok) => !ok).length).toBeGreaterThan(8);
  });

  it('leaves what it does not know to zod: strict and stripping objects, coercion, other node types', () => {
    expect(_compileFastCheck(z.strictObject({ a: z.string() }))({ a: 'x' })).toBe(false);
    expect(_compileFastCheck(z.object({ a: z.string() }))({ a: 'x' })).toBe(false);
    expect(_compileFastCheck(z.looseObject({ a: z.bigint() }))({ a: 1n })).toBe(false);
    expect(_compileFastCheck(z.looseObject({ a: z.string().check(z.email()) }))({ a: 'a@b.co' })).toBe(true);
    expect(_compileFastCheck(z.looseObject({ a: z.string().check(z.email()) }))({ a: 'not an email' })).toBe(false);
  });
});

describe('parsed PEPs and the facts step', () => {
  it("the fast path returns the caller's object and does not trust it later: a change after parsePep is caught", () => {
    const doc = JSON.parse(exampleTexts[0] as string) as { child: Record<string, unknown> };
    const parsed = parsePep(doc);
    expect(parsed.ok && parsed.data).toBe(doc);
    expect(_isParsedPep(doc)).toBe(false);
    doc.child.dateOfBirth = 'not a date';
    const facts = derivePepFacts(doc);
    expect(facts.ok ? [] : facts.findings.map((f) => [f.code, f.path])).toEqual([['PEP-SCHEMA-DATE', ['child', 'dateOfBirth']]]);
  });

  it('a PEP zod had to copy is still trusted by the facts step (the WeakSet)', () => {
    const doc = JSON.parse(exampleTexts[0] as string) as Record<string, unknown>;
    const withProto = Object.assign(Object.create({ inherited: 1 }) as object, doc);
    const parsed = parsePep(withProto);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data).not.toBe(withProto);
    expect(_isParsedPep(parsed.data)).toBe(true);
    expect(derivePepFacts(parsed.data).ok).toBe(true);
  });
});

describe('nothing downstream changes the PEP it is given (the fast path hands over the input itself)', () => {
  const deepFreeze = <T>(value: T): T => {
    if (typeof value === 'object' && value !== null) {
      for (const v of Object.values(value)) deepFreeze(v);
      Object.freeze(value);
    }
    return value;
  };
  it('the example PEPs and every sixth cohort record, deep-frozen, take the fast path and assess exactly as an unfrozen copy under every preset', () => {
    for (const text of exampleTexts.filter((_, i) => i < 6 || i % 6 === 0)) {
      const frozen = deepFreeze(JSON.parse(text) as unknown);
      expect(parsePep(frozen).ok && (parsePep(frozen) as { data: unknown }).data).toBe(frozen);
      for (const policy of Object.values(policies)) {
        for (const detail of ['full', 'codes'] as const) {
          const options = { policy, today: '2025-03-01', detail };
          const a = assessPep(frozen, options);
          expect(a.findings.filter((f) => f.code === 'PEP-RULE-FAILED')).toEqual([]);
          expect(a.pep).toBe(frozen);
          expect({ ...a, pep: null }).toStrictEqual({ ...assessPep(JSON.parse(text), options), pep: null });
        }
      }
    }
  });
});
