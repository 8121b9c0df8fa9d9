/*
 * The offline page for the web tests: built from source in memory (the same esbuild options and the
 * same assembly as the package build, without touching dist/), then written by `pep-rules web`
 * (the command itself, handed the page instead of reading dist/web/pep-check.html).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { _webCommand } from '../../src/cli/commands/web';
import { assembleWebPage, bundleWebPage } from '../../scripts/web-page';

export const root = new URL('../../', import.meta.url).pathname;

let built: Promise<string> | undefined;

/** The page's HTML as the build makes it (built once per test file). */
export function builtPage(): Promise<string> {
  built ??= bundleWebPage().then(assembleWebPage);
  return built;
}

/** Runs `pep-rules web` with the built page; resolves to the exit code and stderr. */
export async function runWeb(argv: readonly string[], cwd: string, page?: string): Promise<{ code: number; stderr: string; stdout: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await _webCommand(argv, { stdout, stderr, cwd, page: page ?? (await builtPage()) });
  return { code, stderr: err, stdout: out };
}

/** The records of an NDJSON file, parsed. */
export function ndjson(path: string): unknown[] {
  return readFileSync(join(root, path), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as unknown);
}
