import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePep, pepJsonSchema } from '../../src/pep/parsePep';
import { policyJsonSchema } from '../../src/policy/definePolicy';

const examplesDir = new URL('../../examples/', import.meta.url);
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));
const good = (): Record<string, unknown> => readJson(new URL('peps/school-age-good.json', examplesDir)) as Record<string, unknown>;

describe('parsePep on the bundled examples', () => {
  it.each(readdirSync(new URL('peps/', examplesDir)).filter((n) => n.endsWith('.json')))('%s parses', (name) => {
    const result = parsePep(readJson(new URL(`peps/${name}`, examplesDir)));
    expect(result.success ? [] : result.issues).toEqual([]);
  });
  it('every record of the cohort parses', () => {
    const lines = readFileSync(new URL('cohort.ndjson', examplesDir), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(50);
    const failures = lines.map((line, i) => [i + 1, parsePep(JSON.parse(line)).success] as const).filter(([, ok]) => !ok);
    expect(failures).toEqual([]);
  });
});

describe('parsePep on bad input', () => {
  it('gives one finding per mistake, at the right paths (five mistakes → five findings)', () => {
    const pep = good();
    pep.phase = 'secondary'; // 1: not a phase
    (pep.meeting as Record<string, unknown>).date = '2025-02-30'; // 2: not a real date
    (pep.attendees as Record<string, unknown>[])[1]!.attended = 'yes'; // 3: not a boolean
    delete (pep.child as Record<string, unknown>).dateOfBirth; // 4: required
    (pep.targets as Record<string, unknown>[])[2]!.area = 'behaviour'; // 5: not a target area
    const result = parsePep(pep);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((f) => [f.code, f.path])).toEqual([
      ['PEP-SCHEMA-VALUE', ['phase']],
      ['PEP-SCHEMA-DATE', ['meeting', 'date']],
      ['PEP-SCHEMA-TYPE', ['attendees', 1, 'attended']],
      ['PEP-SCHEMA-REQUIRED', ['child', 'dateOfBirth']],
      ['PEP-SCHEMA-VALUE', ['targets', 2, 'area']],
    ]);
    expect(result.issues.every((f) => f.severity === 'error' && f.source === 'pep-rules PEP interchange format v1')).toBe(true);
  });
  it('never repeats personal data or free text in messages', () => {
    const pep = good();
    const child = pep.child as Record<string, unknown>;
    child.upn = 'MARKER-UPN-1';
    child.dateOfBirth = 'MARKER-DOB-2';
    child.forename = 42;
    (pep.meeting as Record<string, unknown>).time = 'MARKER-TIME-3';
    pep.phase = 'MARKER-PHASE-4';
    const result = parsePep(pep);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(5);
    const text = JSON.stringify(result.issues.map((f) => f.message));
    expect(text).not.toMatch(/MARKER|Jaylen|Examplefield|2015-03-12/);
  });
  it.each([
    ['null', null],
    ['a string', 'pep'],
    ['a number', 1],
    ['an array', [{}]],
    ['undefined', undefined],
  ])('gives a finding, not a throw, for %s', (_label, value) => {
    const findings = [
      {
        code: 'PEP-SCHEMA-NOT-OBJECT',
        severity: 'error',
        message: 'A PEP must be a JSON object.',
        path: [],
        source: 'pep-rules PEP interchange format v1',
      },
    ];
    const result = parsePep(value);
    expect(result).toStrictEqual({ ok: false, findings, success: false, issues: findings });
    // The deprecated names are the same array, not a copy.
    expect(result.ok ? null : result.issues).toBe(result.ok ? undefined : result.findings);
  });
  it('refuses a later schema version with one clear finding', () => {
    const result = parsePep({ ...good(), schemaVersion: 2 });
    expect(result.success ? null : result.issues.map((f) => f.code)).toEqual(['PEP-SCHEMA-VERSION']);
  });
  it('reports an empty object as the list of missing required sections', () => {
    const result = parsePep({});
    expect(result.success ? null : result.issues.map((f) => f.path?.[0])).toEqual([
      'schemaVersion',
      'id',
      'phase',
      'kind',
      'meeting',
      'attendees',
      'child',
      'education',
      'views',
      'targets',
    ]);
  });
});

describe('parsePep keeps what it does not know', () => {
  it('preserves unknown fields at every level and does not mutate the input', () => {
    const pep = good();
    pep.vendorField = { keep: true };
    (pep.child as Record<string, unknown>).localAuthorityRef = 'LA-77';
    (pep.targets as Record<string, unknown>[])[0]!.ragStatus = 'green';
    const before = JSON.stringify(pep);
    const result = parsePep(pep);
    expect(JSON.stringify(pep)).toBe(before);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect([result.data.vendorField, result.data.child.localAuthorityRef, result.data.targets[0]?.ragStatus]).toEqual([
      { keep: true },
      'LA-77',
      'green',
    ]);
  });
});

describe('JSON Schema', () => {
  it('schema/pep.schema.json is in sync with PepSchema (run `npm run schemas` after a change)', () => {
    expect(readJson(new URL('../../schema/pep.schema.json', import.meta.url))).toEqual(pepJsonSchema());
  });
  it('schema/policy.schema.json is in sync with PolicySchema', () => {
    expect(readJson(new URL('../../schema/policy.schema.json', import.meta.url))).toEqual(policyJsonSchema());
  });
  it('lets unknown fields through (additionalProperties is not false)', () => {
    expect((pepJsonSchema() as { additionalProperties?: unknown }).additionalProperties).not.toBe(false);
  });
});
