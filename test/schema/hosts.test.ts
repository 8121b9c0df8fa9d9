import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePep } from '../../src/pep/parsePep';
import { PolicySchema } from '../../src/policy/schema';
import { mutants, PEP_PATTERN_FIELDS, pepBases, POLICY_PATTERN_FIELDS, policyBases } from './_mutants';

/*
 * The two hosts of docs/json-schema.md, run as a user would: the ```javascript block with node (ajv 2020 +
 * ajv-formats, `pep-rules/schema/…` resolved through the package's exports), the ```python block with
 * python3 (jsonschema's Draft202012Validator + FormatChecker). Each reads an NDJSON file of mutants and
 * prints `line N: …` for every record it refuses; the lines must be exactly those parsePep (or PolicySchema)
 * refuses. The Python host runs only where python3 has jsonschema; otherwise that test is skipped.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(join(root, 'docs/json-schema.md'), 'utf8');

function block(lang: string): string {
  const found = [...doc.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'gm'))];
  expect(found.length, `docs/json-schema.md has one \`\`\`${lang} block`).toBe(1);
  return found[0]?.[1] ?? '';
}

const sandbox = mkdtempSync(join(tmpdir(), 'pep-rules-hosts-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));
mkdirSync(join(sandbox, 'node_modules'));
symlinkSync(root, join(sandbox, 'node_modules', 'pep-rules'));
for (const dep of ['ajv', 'ajv-formats']) symlinkSync(join(root, 'node_modules', dep), join(sandbox, 'node_modules', dep));

function writeNdjson(name: string, docs: readonly unknown[]): string {
  const file = join(sandbox, name);
  writeFileSync(file, `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
  return file;
}

/** Line numbers (1-based) of the records the library refuses. */
const refusedBy = (docs: readonly unknown[], accepts: (d: unknown) => boolean): number[] =>
  docs.flatMap((d, i) => (accepts(d) ? [] : [i + 1]));

function run(command: string, args: string[]): { status: number | null; refused: number[]; summary: string } {
  const result = spawnSync(command, args, { cwd: sandbox, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined || result.stderr !== '') throw new Error(`${command} failed: ${String(result.error ?? result.stderr)}`);
  const lines = result.stdout.trimEnd().split('\n');
  const refused = lines.flatMap((l) => /^line (\d+): /.exec(l)?.[1] ?? []).map(Number);
  return { status: result.status, refused, summary: lines.at(-1) ?? '' };
}

const pepAccepts = (d: unknown): boolean => parsePep(d).success;
const policyAccepts = (d: unknown): boolean => PolicySchema.safeParse(d).success;
const pepMutants = [...pepBases(), ...mutants(pepBases(), PEP_PATTERN_FIELDS, 5000, 1717)];
const policyMutants = [...policyBases(), ...mutants(policyBases(), POLICY_PATTERN_FIELDS, 1500, 1717)];
const pepFile = writeNdjson('peps.ndjson', pepMutants);

const python = spawnSync('python3', ['-c', 'import jsonschema'], { encoding: 'utf8' });
const hasPython = python.status === 0;

describe('docs/json-schema.md: the JavaScript host (ajv 2020 + ajv-formats)', () => {
  const script = join(sandbox, 'validate-peps.mjs');
  writeFileSync(script, block('javascript'));
  it(`refuses exactly the lines parsePep refuses, among ${pepMutants.length} records`, () => {
    const expected = refusedBy(pepMutants, pepAccepts);
    const got = run('node', [script, pepFile]);
    expect(got.refused).toEqual(expected);
    expect(got.summary).toBe(`${expected.length} invalid`);
    expect(got.status).toBe(1);
  }, 60_000);
  it('never prints a value from the records (paths and keywords only)', () => {
    const named = [{ ...(pepBases()[0] as object), child: { forename: 'Zebedee', dateOfBirth: '2015-02-30' } }];
    const result = spawnSync('node', [script, writeNdjson('named.ndjson', named)], { cwd: sandbox, encoding: 'utf8' });
    expect(result.stdout).toMatch(/^line 1: \/child/m);
    expect(result.stdout).not.toMatch(/Zebedee|2015-02-30/);
  });
  it('exits 0 on the bundled cohort', () => {
    const cohort = pepBases().filter(pepAccepts);
    expect(run('node', [script, writeNdjson('valid.ndjson', cohort)])).toEqual({ status: 0, refused: [], summary: '0 invalid' });
  });
});

describe.skipIf(!hasPython)('docs/json-schema.md: the Python host (jsonschema, Draft202012Validator + FormatChecker)', () => {
  const script = join(sandbox, 'validate_peps.py');
  writeFileSync(script, block('python'));
  it(`refuses exactly the lines parsePep refuses, among ${pepMutants.length} records`, () => {
    const expected = refusedBy(pepMutants, pepAccepts);
    const got = run('python3', [script, join(root, 'schema/pep.schema.json'), pepFile]);
    expect(got.refused).toEqual(expected);
    expect(got.summary).toBe(`${expected.length} invalid`);
  }, 120_000);
  it(`refuses exactly the complete policies PolicySchema refuses, among ${policyMutants.length}`, () => {
    const expected = refusedBy(policyMutants, policyAccepts);
    const got = run('python3', [script, join(root, 'schema/policy.schema.json'), writeNdjson('policies.ndjson', policyMutants)]);
    expect(got.refused).toEqual(expected);
  }, 120_000);
});
