import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/*
 * What `npm install pep-rules` gives a user, read from `npm pack --dry-run --json` on the built package:
 * the files the README and `--help` point to, nothing from the repository's own tooling, and
 * package.json metadata that is true (dependencies are what dist/ imports; the license file exists).
 * examples/ is not shipped: the fictional PEPs and policies serve the repository (npm start, the tests
 * and the doc samples, which read them relative to a clone); a host gets the same shapes from
 * docs/pep-format.md and the JSON Schemas.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('package.json', new URL('../../', import.meta.url)), 'utf8')) as {
  name: string;
  license: string;
  files: string[];
  exports: Record<string, unknown>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  engines: Record<string, string>;
  repository: { url: string };
  homepage: string;
  bugs: { url: string };
  keywords: string[];
};

interface PackResult {
  files: { path: string }[];
}
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
) as PackResult[];
const files = (packed[0]?.files ?? []).map((f) => f.path).sort();

describe('the published tarball (npm pack --dry-run)', () => {
  it('holds the built code, the JSON Schemas, the docs, README, CHANGELOG and LICENSE', () => {
    for (const file of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/cli.js', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts'])
      expect(files).toContain(file);
    expect(files).toContain('schema/pep.schema.json');
    expect(files).toContain('schema/policy.schema.json');
    // --help points to docs/cli.md; the README links the other guides.
    for (const doc of ['docs/cli.md', 'docs/pep-format.md', 'docs/policy.md', 'docs/codes.md', 'docs/json-schema.md', 'docs/sizes.md'])
      expect(files).toContain(doc);
  });
  it('holds nothing from test/, bench/, scripts/, src/ or examples/, and no configuration of the repository', () => {
    expect(files.filter((f) => /^(test|bench|scripts|src|examples|node_modules|\.ci)\//.test(f))).toEqual([]);
    expect(files.filter((f) => /^(tsconfig|tsup|vitest|knip|typedoc)|^\./.test(f))).toEqual([]);
  });
  it('holds every file package.json exports, bin and types name', () => {
    const named = new Set<string>();
    const walk = (v: unknown): void => {
      if (typeof v === 'string') named.add(v.replace(/^\.\//, ''));
      else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(pkg.exports);
    for (const file of named) expect(files, file).toContain(file);
  });
});

describe('package.json metadata', () => {
  it('names a license whose text ships as LICENSE, with the copyright holder', () => {
    const license = readFileSync(new URL('LICENSE', new URL('../../', import.meta.url)), 'utf8');
    expect(pkg.license).toBe('MIT');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} pep-rules contributors\n/);
  });
  it('says where the code, the docs and the issue tracker are, with keywords and the Node range', () => {
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/pep-rules\.git$/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs.url).toMatch(/^https:\/\/.*\/issues$/);
    expect(pkg.keywords).toEqual(expect.arrayContaining(['personal-education-plan', 'looked-after-children', 'virtual-school']));
    expect(pkg.engines.node).toBe('>=20');
  });
  it('depends at runtime on exactly what dist/ imports, zod as a caret range', async () => {
    // esbuild's metafile lists each file's imports; bare specifiers left external are the packages.
    const entryPoints = files.filter((f) => /^dist\/.*\.(c?js)$/.test(f)).map((f) => `${root}${f}`);
    const { metafile } = await build({ entryPoints, bundle: true, write: false, metafile: true, platform: 'node', packages: 'external', outdir: 'out', entryNames: '[name]-[hash]', logLevel: 'silent' });
    const imported = new Set<string>();
    for (const input of Object.values(metafile.inputs)) {
      for (const { path, external } of input.imports) {
        if (external !== true || isBuiltin(path) || path === pkg.name || path.startsWith(`${pkg.name}/`)) continue;
        imported.add(path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : (path.split('/')[0] ?? path));
      }
    }
    expect([...imported].sort()).toEqual(Object.keys(pkg.dependencies).sort());
    expect(pkg.dependencies.zod).toMatch(/^\^4\.\d+\.\d+$/);
    // The benchmark compares against date-fns; no published code does.
    expect(Object.keys(pkg.devDependencies)).toEqual(expect.arrayContaining(['date-fns', '@date-fns/utc']));
  });
  it('exports the JSON Schemas as subpaths that require() and import resolve', async () => {
    const require = createRequire(new URL('package.json', new URL('../../', import.meta.url)));
    const fromRequire = require(`${pkg.name}/schema/pep.schema.json`) as { $schema: string };
    expect(fromRequire.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(require.resolve(`${pkg.name}/schema/policy.schema.json`)).toBe(`${root}schema/policy.schema.json`);
  });
});
