import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * docs/sizes.md is generated from the built package by scripts/package-sizes.mjs (`npm run sizes`) and must
 * be what the build gives today: a change that makes an entry bigger or smaller shows in the docs.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'pep-rules-sizes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const check = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/package-sizes.mjs', '--check', ...args], { cwd: root, encoding: 'utf8' });

describe('docs/sizes.md', () => {
  it('is current: the table the built package gives (run `npx tsup --silent && npm run sizes` after a change)', () => {
    const result = check();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);
  it('names every entry of package.json exports that is code, with its gzip size', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const entries = Object.keys(pkg.exports)
      .filter((k) => !k.endsWith('.json'))
      .map((k) => (k === '.' ? 'pep-rules' : `pep-rules/${k.slice(2)}`));
    const table = readFileSync(join(root, 'docs/sizes.md'), 'utf8');
    const rows = [...table.matchAll(/^\| `([^`]+)` \| [0-9.]+ \| ([0-9.]+) \| (yes|no) \|$/gm)].map((m) => m[1]);
    expect(rows.sort()).toEqual(entries.sort());
  });
  it('a stale table fails the check', () => {
    const stale = join(scratch, 'sizes.md');
    writeFileSync(stale, readFileSync(join(root, 'docs/sizes.md'), 'utf8').replace(/\| [0-9.]+ \| (yes|no) \|/, '| 0.1 | $1 |'));
    const result = check('--out', stale);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/out of date/);
  }, 60_000);
});
