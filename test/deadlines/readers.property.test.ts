import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../../src/core/finding';
import { _readCalendarInput } from '../../src/deadlines/_readCalendarInput';
import { _readGovUkFeed } from '../../src/deadlines/_readGovUkFeed';
import { bankHolidaysFromGovUk } from '../../src/deadlines/bankHolidaysFromGovUk';
import { calendarInputs } from './_calendars';
import feedFixture from './fixtures/gov-uk-bank-holidays-2018-2027.json';
import { oracleCalendar, oracleFeed, type OracleResult } from './_zodOracle';

/*
 * The hand-written readers of createSchoolCalendar and bankHolidaysFromGovUk must give exactly what
 * the zod schemas they replaced gave (test/deadlines/_zodOracle.ts): the same ok, the same data, the
 * same findings (code, severity, message, path, source, order). Inputs: arbitrary JSON and JS values,
 * and mutations of the example calendars and of the GOV.UK feed fixture.
 */

const CALENDAR_SOURCE = 'Education Act 2002 s32 (term dates are set by the local authority, governing body or academy trust, so a school calendar is data: terms, half-terms, INSET and closure days)';
const FEED_SOURCE = 'GOV.UK bank holidays feed, https://www.gov.uk/bank-holidays.json (injected by the host)';
const RUNS = 3_000;
const SEED = 20_260_317;

const feed = bankHolidaysFromGovUk(feedFixture);
if (!feed.success) throw new Error('feed fixture rejected');
const range = { start: '2025-10-27', end: '2025-10-31' };
const event = { title: 'Extra bank holiday', date: '2027-06-14', notes: '', bunting: true };

/** Values that sit on the edges of the old schemas: near-dates, enum near-misses, lengths at the limits, exotic objects. */
const EDGE_VALUES: readonly (() => unknown)[] = [
  () => undefined, () => null, () => '', () => 'x', () => 0, () => NaN, () => -0, () => true, () => 5n,
  () => '2024-02-29', () => '2025-02-29', () => '2000-02-29', () => '1900-02-29', () => '0000-02-29', () => '0100-02-29', () => '0400-02-29', () => '0999-12-31', () => '1000-01-01', () => '2025-13-01', () => '2025-00-10', () => '2025-01-00',
  () => '2025-04-31', () => ' 2025-01-06', () => '2025-01-06\n', () => '٢٠٢٥-٠١-٠٦', () => '2025-1-6', () => '20250106',
  () => 'autumn', () => 'Autumn', () => 'winter', () => 'scotland', () => 'Scotland', () => 'wales', () => 'substitute day',
  () => [], () => {}, () => ({ length: 0 }), () => ({ length: 'a' }), () => ({ length: null }), () => ({ length: 400 }),
  () => 'a'.repeat(13), () => 'a'.repeat(301), () => '😀'.repeat(7), () => '😀'.repeat(13), () => '\uD800'.repeat(13), () => '😀'.repeat(151),
  () => Array.from({ length: 13 }, () => ({ ...range })), () => Array.from({ length: 61 }, () => '2025-10-01'),
  () => Array.from({ length: 10_001 }, () => '2025-10-01'), () => Array.from({ length: 301 }, () => 1),
  () => [, '2025-10-01'], () => Object.create({ start: '2025-10-27', end: '2025-10-31' }) as unknown,
  () => Object.assign(Object.create(null) as object, range),
  () => Object.create({ region: 'wales', closures: 'x', halfTerms: 1, insetDays: [1], notes: 5, bunting: 'y', scotland: 1 }) as unknown, () => new Date(0), () => new Map(), () => new String('2025-10-01'),
  () => new Uint8Array(13), () => feed.data, () => ({ kind: 'injected-holidays', divisions: {} }), () => ({ kind: 'injected-holidays' }),
  () => ({ ...range }), () => ({ ...event }), () => ({ division: 'scotland', events: [{ ...event }] }), () => ({ term: 'spring', start: '2026-01-05', end: '2026-03-27' }),
];

const KEYS = ['terms', 'term', 'start', 'end', 'halfTerms', 'insetDays', 'closures', 'region', 'holidays', 'name', 'extra',
  'england-and-wales', 'scotland', 'northern-ireland', 'division', 'events', 'title', 'date', 'notes', 'bunting', 'length'];

const exotic = fc.anything({ maxDepth: 2, withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withBigInt: true });
const value = fc.oneof(
  fc.constantFrom(...EDGE_VALUES).map((make) => make()),
  fc.jsonValue({ maxDepth: 2 }),
  exotic,
);

/** A plain object (prototype `Object.prototype`, `null`, or another plain object) that a mutation may change. */
function isPlain(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || Object.isFrozen(v)) return false;
  const proto = Object.getPrototypeOf(v) as object | null;
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === Object.prototype;
}

/** A deep copy of arrays (holes kept) and plain objects (prototype kept); other values as they are. */
function copy(v: unknown): unknown {
  if (Array.isArray(v)) {
    const out: unknown[] = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) if (i in v) out[i] = copy(v[i]);
    return out;
  }
  if (!isPlain(v)) return v;
  const out = Object.create(Object.getPrototypeOf(v) as object | null) as Record<string, unknown>;
  for (const k of Object.keys(v)) out[k] = copy(v[k]);
  return out;
}

/** Every path into arrays and plain objects, the root first. */
function pathsOf(v: unknown, at: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (isPlain(v)) for (const k of Object.keys(v)) pathsOf(v[k], [...at, k], out);
  return out;
}

const at = (root: unknown, path: readonly PathSegment[]): unknown => path.reduce<unknown>((v, k) => (v as Record<PathSegment, unknown>)[k], root);

interface Mutation {
  readonly op: 'replace' | 'remove' | 'hole' | 'add-key' | 'grow' | 'copy' | 'inherit';
  readonly where: number;
  readonly from: number;
  readonly key: string;
  readonly grow: number;
  readonly value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('replace', 'replace', 'remove', 'hole', 'add-key', 'grow', 'copy', 'inherit'),
  where: fc.nat(),
  from: fc.nat(),
  key: fc.constantFrom(...KEYS),
  grow: fc.constantFrom(1, 12, 13, 60, 61, 300, 301),
  value,
});

/** One mutation of `root` (a fresh copy, changed in place); returns the new root. */
function mutate(root: unknown, m: Mutation): unknown {
  const paths = pathsOf(root);
  const path = paths[m.where % paths.length] as PathSegment[];
  const node = at(root, path);
  const parent = path.length === 0 ? null : (at(root, path.slice(0, -1)) as Record<PathSegment, unknown>);
  const last = path[path.length - 1] as PathSegment;
  const put = (v: unknown): unknown => (parent === null ? v : ((parent[last] = v), root));
  switch (m.op) {
    case 'replace':
      return put(copy(m.value));
    case 'copy':
      return put(copy(at(root, paths[m.from % paths.length] as PathSegment[])));
    case 'remove':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else if (parent !== null) delete parent[last];
      return root;
    case 'hole':
      if (parent !== null) delete parent[last];
      return root;
    case 'add-key':
      if (isPlain(node)) node[m.key] = copy(m.value);
      return root;
    case 'inherit': // the same keys, inherited instead of own
      return isPlain(node) ? put(Object.create(copy(node) as object) as unknown) : root;
    case 'grow':
      if (Array.isArray(node) && node.length > 0) while (node.length < m.grow) node.push(copy(node[node.length - 1]));
      return root;
  }
}

const mutated = (bases: readonly unknown[]) =>
  fc.tuple(fc.constantFrom(...bases), fc.array(mutation, { maxLength: 4 })).map(([base, ms]) => ms.reduce(mutate, copy(base)));

/** Codes and outcomes seen, to show the runs reached every kind of finding. */
function tally() {
  const seen = { ok: 0, failed: 0, codes: new Set<string>() };
  const check = (got: OracleResult, want: OracleResult): void => {
    expect(got).toStrictEqual(want);
    if (want.ok) seen.ok++;
    else {
      seen.failed++;
      for (const f of want.findings) seen.codes.add(f.code);
    }
  };
  return { seen, check };
}

const options = { numRuns: RUNS, seed: SEED };

describe('the calendar reader agrees with the zod schema it replaced', () => {
  it('on arbitrary JSON and JS values', () => {
    const { seen, check } = tally();
    const input = fc.oneof(fc.jsonValue(), exotic, fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 5 }));
    fc.assert(fc.property(input, (v) => check(_readCalendarInput(v, CALENDAR_SOURCE), oracleCalendar(v, CALENDAR_SOURCE))), options);
    expect(seen.failed).toBeGreaterThan(RUNS / 2);
    expect([...seen.codes].sort()).toEqual(expect.arrayContaining(['DEADLINE-CALENDAR-REQUIRED', 'DEADLINE-CALENDAR-TYPE']));
  });

  it('on mutations of the example calendars', () => {
    const { seen, check } = tally();
    const withExtras = Object.values(calendarInputs).flatMap((c) => [c, { ...c, closures: ['2025-05-08'], holidays: feed.data, region: 'scotland' }]);
    fc.assert(fc.property(mutated(withExtras), (v) => check(_readCalendarInput(v, CALENDAR_SOURCE), oracleCalendar(v, CALENDAR_SOURCE))), options);
    expect(seen.ok).toBeGreaterThan(RUNS / 10);
    expect([...seen.codes].sort()).toEqual(
      ['DATE', 'INVALID', 'RANGE', 'REQUIRED', 'TYPE', 'VALUE'].map((s) => `DEADLINE-CALENDAR-${s}`),
    );
  });
});

describe('the GOV.UK feed reader agrees with the zod schema it replaced', () => {
  it('on arbitrary JSON and JS values', () => {
    const { seen, check } = tally();
    const input = fc.oneof(fc.jsonValue(), exotic, fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 5 }));
    fc.assert(fc.property(input, (v) => check(_readGovUkFeed(v, FEED_SOURCE), oracleFeed(v, FEED_SOURCE))), options);
    expect(seen.ok).toBeGreaterThan(0);
    expect(seen.failed).toBeGreaterThan(RUNS / 4);
    expect([...seen.codes].sort()).toEqual(expect.arrayContaining(['DEADLINE-FEED-REQUIRED', 'DEADLINE-FEED-TYPE']));
  });

  it('on mutations of the feed fixture', () => {
    const { seen, check } = tally();
    const small = { scotland: { division: 'scotland', events: [{ ...event }, { ...event, date: '2027-12-27', notes: 'Substitute day' }] } };
    fc.assert(fc.property(mutated([feedFixture, small]), (v) => check(_readGovUkFeed(v, FEED_SOURCE), oracleFeed(v, FEED_SOURCE))), options);
    expect(seen.ok).toBeGreaterThan(RUNS / 10);
    expect([...seen.codes].sort()).toEqual(['DATE', 'RANGE', 'REQUIRED', 'TYPE', 'VALUE'].map((s) => `DEADLINE-FEED-${s}`));
  });
});
