#!/usr/bin/env node
// `npm test`'s pretest: builds dist/ (tsup) unless it is already complete and newer than everything
// the build reads, so CI's build step and `npm test` do not build the same thing twice. Prints what it
// did. `--force` always builds. A fresh clone (no dist/) always builds.
//
// Up to date means: every file package.json points into dist/ (exports, main, module, types, bin),
// the CLI's worker and the offline page exist, and the oldest file in dist/ is newer than the newest
// file or folder under src/ and than the build's configuration (a folder's time changes when a file is
// added, removed or renamed in it, so a deleted source file also counts).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const CONFIG = ['package.json', 'package-lock.json', 'tsup.config.ts', 'scripts/web-page.ts', 'tsconfig.base.json', 'tsconfig.core.json', 'tsconfig.web.json'];
const ALSO_BUILT = ['dist/cli-worker.js', 'dist/web/pep-check.html'];

/** Every path under a folder, the folder itself included, with its modification time. */
function walk(dir, out = []) {
  out.push([dir, statSync(dir).mtimeMs]);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push([path, statSync(path).mtimeMs]);
  }
  return out;
}

/** The dist/ files package.json names (exports, main, module, types, bin, typesVersions). */
function namedOutputs() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const found = new Set();
  const visit = (value) => {
    if (typeof value === 'string') {
      if (value.startsWith('./dist/')) found.add(value.slice(2));
    } else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) visit(v);
  };
  visit([pkg.exports, pkg.main, pkg.module, pkg.types, pkg.bin, pkg.typesVersions]);
  return [...found, ...ALSO_BUILT];
}

/** Why dist/ must be built, or null when it is up to date. */
function staleness() {
  const missing = namedOutputs().filter((f) => !existsSync(join(root, f)));
  if (missing.length > 0) return `${missing[0]} is missing`;
  const outputs = walk(join(root, 'dist')).filter(([path]) => statSync(path).isFile());
  const inputs = [...walk(join(root, 'src')), ...CONFIG.filter((f) => existsSync(join(root, f))).map((f) => [join(root, f), statSync(join(root, f)).mtimeMs])];
  const oldest = outputs.reduce((a, b) => (b[1] < a[1] ? b : a));
  const newest = inputs.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (newest[1] >= oldest[1]) return `${relative(root, newest[0])} is newer than ${relative(root, oldest[0])}`;
  return null;
}

const why = process.argv.includes('--force') ? '--force' : staleness();
if (why === null) {
  console.log('pretest: dist/ is complete and newer than src/ and the build configuration: not rebuilt (npm run build rebuilds it).');
} else {
  console.log(`pretest: building dist/ (${why})`);
  const tsup = join(createRequire(import.meta.url).resolve('tsup/package.json'), '..', 'dist', 'cli-default.js');
  const r = spawnSync(process.execPath, [tsup, '--silent'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
