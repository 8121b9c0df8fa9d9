import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { policies } from '../../src/policy/presets/index';
import { definePolicy } from '../../src/policy/definePolicy';

/*
 * Mutants of valid documents, for checking that a JSON Schema validator accepts exactly what the zod
 * schema accepts. Each mutant changes one thing in one example: a value of the wrong type, a string
 * made adversarial for regex engines (an impossible date, a non-ASCII digit, a trailing newline, JavaScript-
 * only or Python-only whitespace, random Unicode), a number out of range or not whole, a key removed or an
 * unknown key added. Every mutant has been through JSON (what a host reads), so zod and the validator
 * see the same value.
 *
 * Left out on purpose, as docs/json-schema.md says the JSON Schema cannot state it: money with more than two
 * decimal places in a policy. test/schema/agreement.test.ts shows that difference once.
 */

type Path = readonly (string | number)[];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const root = new URL('../../', import.meta.url);
const json = (text: string): Json => JSON.parse(text) as Json;

/** The bundled example PEPs and the cohort's records. */
export function pepBases(): Json[] {
  const dir = new URL('examples/peps/', root);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const cohort = readFileSync(new URL('examples/cohort.ndjson', root), 'utf8').split('\n').filter((l) => l.trim() !== '');
  return [...files.map((f) => json(readFileSync(new URL(f, dir), 'utf8'))), ...cohort.map(json)];
}

/** Every preset, and the bundled example council policy merged onto england: complete policies. */
export function policyBases(): Json[] {
  const example = definePolicy(json(readFileSync(new URL('examples/policies/exampleshire.json', root), 'utf8')));
  if (!example.ok) throw new Error('examples/policies/exampleshire.json is not a valid policy');
  return [...Object.values(policies), example.data].map((p) => json(JSON.stringify(p)));
}

function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function get(doc: Json, path: Path): Json | undefined {
  let cur: Json | undefined = doc;
  for (const key of path) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string | number, Json>)[key] : undefined;
  return cur;
}

/** Changes `doc` (a fresh copy) at `path`: `undefined` removes the key or array entry. */
function set(doc: Json, path: Path, value: Json | undefined): void {
  const parent = get(doc, path.slice(0, -1));
  const key = path.at(-1);
  if (parent === null || typeof parent !== 'object' || key === undefined) return;
  if (value !== undefined) (parent as Record<string | number, Json>)[key] = value;
  else if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else delete (parent as Record<string | number, Json>)[key];
}

const NON_ASCII_DIGITS = ['٣', '۳', '३', '৩', '３', '๓', '𝟛'];

/** Strings that regex engines disagree on, and near misses of every pattern in the schemas. */
const ADVERSARIAL = [
  // dates
  '2025-03-03', '2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '0000-01-01', '0004-02-29', '2025-02-30', '2025-13-01',
  '2025-00-10', '2025-3-03', '2025-03-03\n', '2025-03-03\r\n', '\n2025-03-03', '2025-03-03 ', '2025-03-03T00:00:00Z', '20250303',
  '٢٠٢٥-٠٣-٠٣', '２０２５-03-03', '2025-03-0३', '2025-03-03\u0000',
  // times
  '09:00', '23:59', '24:00', '9:00', '09:60', '09:00\n', '٠٩:٠٠', '09:0٥', '09:00:00',
  // UPN and URN
  'A123456789012', 'A12345678901Z', 'a123456789012', 'A123456789012\n', 'A12345678901٢', 'A1234567890123', 'A12345678901',
  '100001', '1000012', '10001', '100001\n', '10000١', '12345678', '１00001', '100001 ',
  // academic years
  '2024/25', '2024/26', '2099/00', '2024/25\n', '٢٠٢٤/25', '24/25', '2024-25', '2024/2५',
  // policy ids
  'exampleshire', 'my-council', 'Bad', 'x\n', 'a b', 'ａbc', 'a'.repeat(100), 'a'.repeat(101), '-x', 'x_y',
  // blank or not, by engine (sources)
  '', ' ', '\t\n', '\u00a0', '\ufeff', '\u2028', '\u3000', '\u001c', '\u001f', '\u0085', '\u200b', ' x ', 'x',
  // lengths
  'x'.repeat(13), 'x'.repeat(200), 'x'.repeat(201), '😀'.repeat(150), '😀'.repeat(201), '😀'.repeat(7),
];

type Edit = (old: Json | undefined) => Json | undefined;

const wrongType: fc.Arbitrary<Edit> = fc
  .constantFrom<Json>(null, 0, 1, -1, 1.5, 41, 1e21, 'x', '', true, false, [], {}, [1], { a: 1 })
  .map((v) => () => structuredClone(v));

const adversarial: fc.Arbitrary<Edit> = fc.oneof(
  fc.constantFrom(...ADVERSARIAL),
  fc.string({ unit: 'binary', maxLength: 14 }),
  fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', ':', '/', 'A', 'Z', '\n', ' ', ...NON_ASCII_DIGITS), minLength: 4, maxLength: 14 }),
).map((s) => () => s);

const stringEdit: fc.Arbitrary<Edit> = fc
  .record({ how: fc.constantFrom('newline', 'crlf', 'lead', 'digit', 'space', 'nbsp', 'upper'), digit: fc.constantFrom(...NON_ASCII_DIGITS) })
  .map(({ how, digit }) => (old) => {
    const s = typeof old === 'string' ? old : String(old);
    if (how === 'newline') return `${s}\n`;
    if (how === 'crlf') return `${s}\r\n`;
    if (how === 'lead') return `\n${s}`;
    if (how === 'space') return `${s} `;
    if (how === 'nbsp') return `\u00a0${s}`;
    if (how === 'upper') return s.toUpperCase() === s ? s.toLowerCase() : s.toUpperCase();
    return /[0-9]/.test(s) ? s.replace(/[0-9]/, digit) : `${s}${digit}`;
  });

// Two decimal places at most (see the header): 0.5 and 0.25 steps keep money mutants inside what both can say.
const numberEdit: fc.Arbitrary<Edit> = fc
  .constantFrom<(n: number) => number>((n) => n + 0.5, (n) => n + 0.25, (n) => -n - 1, (n) => n * 1000 + 1, (n) => n + 1, () => 1_000_001, () => 2 ** 53)
  .map((f) => (old) => f(typeof old === 'number' ? old : 0));

const remove: fc.Arbitrary<Edit> = fc.constant(() => undefined);

const EDITS = fc.oneof(wrongType, adversarial, stringEdit, numberEdit, remove);

/** Where a mutation lands: any path of the document, a pattern field, or a new unknown key. */
export interface MutantSpec {
  base: number;
  at: { kind: 'path'; index: number } | { kind: 'field'; path: Path } | { kind: 'unknown'; index: number };
  edit: Edit;
}

/** The fields with a pattern or a format, where most regex disagreements would show. */
export const PEP_PATTERN_FIELDS: Path[] = [
  ['child', 'upn'], ['education', 'setting', 'urn'], ['meeting', 'time'], ['meeting', 'date'], ['nextMeeting', 'time'],
  ['nextMeeting', 'date'], ['term', 'academicYear'], ['child', 'dateOfBirth'], ['child', 'enteredCare'], ['id'],
];
export const POLICY_PATTERN_FIELDS: Path[] = [
  ['id'], ['effectiveFrom'], ['source'], ['timescales', 'initiatePep', 'source'], ['timescales', 'termlyDeadlines', 0, 'academicYear'],
  ['timescales', 'termlyDeadlines', 0, 'date'], ['timescales', 'termlyDeadlines', 0, 'source'], ['ppPlus', 'perPepCap', 'source'],
];

/** An arbitrary mutant of one of `bases`. */
export function mutantArbitrary(bases: readonly Json[], fields: readonly Path[]): fc.Arbitrary<Json> {
  const at = fc.oneof(
    { weight: 5, arbitrary: fc.nat().map((index) => ({ kind: 'path' as const, index })) },
    { weight: 3, arbitrary: fc.constantFrom(...fields).map((path) => ({ kind: 'field' as const, path })) },
    { weight: 1, arbitrary: fc.nat().map((index) => ({ kind: 'unknown' as const, index })) },
  );
  return fc.record({ base: fc.nat({ max: bases.length - 1 }), at, edit: EDITS }).map((spec) => applySpec(bases, spec));
}

function applySpec(bases: readonly Json[], { base, at, edit }: MutantSpec): Json {
  const doc = structuredClone(bases[base] ?? null);
  const paths = pathsOf(doc);
  if (at.kind === 'unknown') {
    const objects: Path[] = [[], ...paths.filter((p) => { const v = get(doc, p); return v !== null && typeof v === 'object' && !Array.isArray(v); })];
    set(doc, [...(objects[at.index % objects.length] ?? []), 'unexpectedExtra'], 1);
  } else {
    const path = at.kind === 'path' ? paths[at.index % paths.length] ?? [] : at.path;
    if (path.length > 0 && get(doc, path.slice(0, -1)) !== undefined) set(doc, path, edit(get(doc, path)));
  }
  return json(JSON.stringify(doc));
}

/** `count` mutants, the same every run (a fixed seed). */
export function mutants(bases: readonly Json[], fields: readonly Path[], count: number, seed: number): Json[] {
  return fc.sample(mutantArbitrary(bases, fields), { numRuns: count, seed });
}
