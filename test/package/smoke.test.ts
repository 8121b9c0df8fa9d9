import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs against the built package through its own `exports` map (Node resolves a package's own
// name from inside it), exactly as an ESM or CJS consumer would. `npm test` builds first (pretest).
const root = fileURLToPath(new URL('../../', import.meta.url));
const SUBPATHS = ['pep-rules', 'pep-rules/sdq', 'pep-rules/smart', 'pep-rules/funding', 'pep-rules/deadlines', 'pep-rules/rules', 'pep-rules/policy', 'pep-rules/report'];

function run(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
}

describe('the built package', () => {
  it('keeps every bundle one byte per character (no character above U+00FF), so V8 holds the source in each CLI worker thread at half the memory', () => {
    // One character above U+00FF anywhere in a file (a comment, a regular expression, a template) makes V8 keep the
    // whole source two bytes per character in every thread that loads it (about 3 MiB more at 100,000 records with
    // --jobs 2, measured). Write such characters as \u escapes in code and as plain ASCII in comments.
    const wide = readdirSync(`${root}dist`)
      .filter((f) => f.endsWith('.js') || f.endsWith('.cjs'))
      .filter((f) => /[^\u0000-\u00ff]/u.test(readFileSync(`${root}dist/${f}`, 'utf8')));
    expect(wide).toEqual([]);
  });
  it('has been built (npm test runs the build first)', () => {
    expect(existsSync(`${root}dist/index.js`)).toBe(true);
  });
  it('loads every subpath from an ESM consumer', () => {
    const script = `const names = ${JSON.stringify(SUBPATHS)}; const out = {}; for (const n of names) out[n] = Object.keys(await import(n)).length > 0; console.log(JSON.stringify(out));`;
    expect(JSON.parse(run(['--input-type=module', '-e', script]))).toEqual(Object.fromEntries(SUBPATHS.map((s) => [s, true])));
  });
  it('loads every subpath from a CJS consumer', () => {
    const script = `const out = {}; for (const n of ${JSON.stringify(SUBPATHS)}) out[n] = Object.keys(require(n)).length > 0; console.log(JSON.stringify(out));`;
    expect(JSON.parse(run(['-e', script]))).toEqual(Object.fromEntries(SUBPATHS.map((s) => [s, true])));
  });
  it('parses a PEP and applies a policy through the public entry points (ESM and CJS agree)', () => {
    const body = `const pep = JSON.parse(require('node:fs').readFileSync('examples/peps/school-age-good.json', 'utf8'));
      console.log(JSON.stringify([rules.parsePep(pep).success, policy.policies.miltonKeynes.ppPlus.perPepCap.pounds, core.financialYearOf('2025-03-31').label]));`;
    const esm = run([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); import * as rules from 'pep-rules/rules'; import * as policy from 'pep-rules/policy'; import * as core from 'pep-rules'; ${body}`,
    ]);
    const cjs = run(['-e', `const rules = require('pep-rules/rules'); const policy = require('pep-rules/policy'); const core = require('pep-rules'); ${body}`]);
    expect(JSON.parse(esm)).toEqual([true, 950, '2024-25']);
    expect(JSON.parse(cjs)).toEqual([true, 950, '2024-25']);
  });
});
