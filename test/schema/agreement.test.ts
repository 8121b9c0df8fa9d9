import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parsePep } from '../../src/pep/parsePep';
import { PolicySchema } from '../../src/policy/schema';
import { mutants, PEP_PATTERN_FIELDS, pepBases, POLICY_PATTERN_FIELDS, policyBases } from './_mutants';

/*
 * The JSON Schemas a non-TypeScript host validates with accept exactly what the library accepts:
 * ajv (draft 2020-12 class, ajv-formats, strict mode) against parsePep for PEPs and against PolicySchema
 * (the schema definePolicy checks a merged policy with) for complete policies, on the bundled examples and
 * on generated mutants (test/schema/_mutants.ts). test/schema/hosts.test.ts runs the same comparison for
 * the JavaScript and Python hosts of docs/json-schema.md.
 */
const root = new URL('../../', import.meta.url);
const schemaFile = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`schema/${name}`, root), 'utf8')) as Record<string, unknown>;

function compile(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validatePep = compile(schemaFile('pep.schema.json'));
const validatePolicy = compile(schemaFile('policy.schema.json'));
const pepAccepts = (doc: unknown): boolean => parsePep(doc).success;
const policyAccepts = (doc: unknown): boolean => PolicySchema.safeParse(doc).success;

/** Mutants on which ajv and the library disagree, as JSON (for the failure message). */
function disagreements(docs: readonly unknown[], ajvAccepts: (d: unknown) => boolean, libraryAccepts: (d: unknown) => boolean) {
  return docs.filter((d) => ajvAccepts(d) !== libraryAccepts(d)).map((d) => JSON.stringify(d).slice(0, 400));
}

const PEP_MUTANTS = 6000;
const POLICY_MUTANTS = 3000;

describe('ajv (2020-12 + formats) agrees with parsePep', () => {
  const bases = pepBases();
  it('compiles in strict mode only with ajv-formats (docs/json-schema.md says so)', () => {
    expect(() => new Ajv2020({ strict: true }).compile(schemaFile('pep.schema.json'))).toThrow(/unknown format "date"/);
  });
  it('on every bundled example PEP and cohort record', () => {
    expect(bases.length).toBeGreaterThanOrEqual(60);
    expect(bases.filter((d) => validatePep(d) !== pepAccepts(d))).toEqual([]);
    expect(bases.filter((d) => validatePep(d)).length).toBeGreaterThan(0);
  });
  it(`on ${PEP_MUTANTS} mutants (wrong types, bad dates, non-ASCII digits, trailing newlines, unknown and missing keys)`, () => {
    const docs = mutants(bases, PEP_PATTERN_FIELDS, PEP_MUTANTS, 17);
    const rejected = docs.filter((d) => !pepAccepts(d)).length;
    // Both verdicts must be common, or agreement would prove little.
    expect(rejected).toBeGreaterThan(PEP_MUTANTS * 0.3);
    expect(rejected).toBeLessThan(PEP_MUTANTS * 0.95);
    expect(disagreements(docs, (d) => validatePep(d), pepAccepts)).toEqual([]);
  });
  it('refuses what a regex engine could let through: non-ASCII digits and a trailing newline', () => {
    const base = bases[0] as { meeting: Record<string, unknown> };
    for (const date of ['2025-03-0३', '２０２５-03-03', '2025-03-03\n']) {
      const doc = { ...base, meeting: { ...base.meeting, date } };
      expect([validatePep(doc), pepAccepts(doc)]).toEqual([false, false]);
    }
  });
  it('counts lengths in characters, as JSON Schema does: 150 emoji (300 UTF-16 units) are within an id\'s 200', () => {
    const verdicts = [150, 200, 201].map((n) => {
      const doc = { ...(bases[0] as object), id: '😀'.repeat(n) };
      return [validatePep(doc), pepAccepts(doc)];
    });
    expect(verdicts).toEqual([[true, true], [true, true], [false, false]]);
  });
});

describe('ajv (2020-12 + formats) agrees with PolicySchema on complete policies', () => {
  const bases = policyBases();
  it('on every preset and the example council policy', () => {
    expect(bases.length).toBeGreaterThanOrEqual(3);
    expect(bases.map((d) => [validatePolicy(d), policyAccepts(d)])).toEqual(bases.map(() => [true, true]));
  });
  it(`on ${POLICY_MUTANTS} mutants`, () => {
    const docs = mutants(bases, POLICY_PATTERN_FIELDS, POLICY_MUTANTS, 17);
    const rejected = docs.filter((d) => !policyAccepts(d)).length;
    expect(rejected).toBeGreaterThan(POLICY_MUTANTS * 0.3);
    expect(rejected).toBeLessThan(POLICY_MUTANTS * 0.99);
    expect(disagreements(docs, (d) => validatePolicy(d), policyAccepts)).toEqual([]);
  });
  it('agrees on blank sources in every engine’s sense of blank, and on consecutive academic years', () => {
    const base = bases[0] as { source: string; timescales: { termlyDeadlines: unknown[] } };
    const verdicts = ['\u00a0', '\ufeff', '\u2028', '\u001c', '\u0085', ' x'].map((source) => {
      const doc = { ...base, source };
      return [validatePolicy(doc), policyAccepts(doc)];
    });
    expect(verdicts).toEqual([[false, false], [false, false], [false, false], [true, true], [true, true], [true, true]]);
    const deadline = (academicYear: string) => ({
      ...base,
      timescales: { ...base.timescales, termlyDeadlines: [{ academicYear, term: 'autumn', date: '2024-11-08', source: 's' }] },
    });
    expect(['2024/25', '2099/00', '2024/26', '2024/24'].map((y) => [validatePolicy(deadline(y)), policyAccepts(deadline(y))])).toEqual([
      [true, true],
      [true, true],
      [false, false],
      [false, false],
    ]);
  });
  it('differs, as documented, on money with more than two decimal places (definePolicy refuses it)', () => {
    const base = bases[0] as { ppPlus: Record<string, unknown> };
    const doc = { ...base, ppPlus: { ...base.ppPlus, perPepCap: { pounds: 12.345, source: 's' } } };
    expect([validatePolicy(doc), policyAccepts(doc)]).toEqual([true, false]);
  });
});
