/**
 * Builds the offline page (`pep-rules web`): the page's script bundled for the browser and the HTML
 * around it, the script and the style sheet inlined and allowed by their SHA-256 hashes in the
 * page's Content-Security-Policy. tsup builds dist/web/page.js (tsup.config.ts) and then calls
 * `writeWebPage` to write dist/web/pep-check.html, the asset the CLI copies; the browser tests call
 * `bundleWebPage` and `assembleWebPage` to build the same page from source without touching dist/.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { policyJsonSchema } from '../src/policy/definePolicy';
import { _PAGE_CSS } from '../src/web/_css';
import { _policyFields } from '../src/web/_policyForm';
import { _pageHtml } from '../src/web/_shell';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The page script's entry point. */
export const WEB_ENTRY = 'src/web/dom/main.ts';

/**
 * The esbuild options of the page's script, shared with tsup.config.ts: one IIFE for browsers, the
 * library and its dependencies bundled in, minified, without licence comments (they carry URLs; the
 * page lists the licences in words).
 */
export const WEB_BUILD: BuildOptions = { bundle: true, format: 'iife', platform: 'browser', target: 'es2022', minify: true, legalComments: 'none' };

/**
 * What the bundler puts in the page's script: the policy builder's fields, read from the policy
 * JSON Schema now (the page carries the fields, not the JSON Schema generator).
 */
export function webDefines(): Record<string, string> {
  return { PEP_RULES_POLICY_FIELDS: JSON.stringify(_policyFields(policyJsonSchema())) };
}

/** `sha256-<base64>` of a text, as a CSP hash source. */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The page: the script and style sheet inlined, with their hashes in the page's CSP. */
export function assembleWebPage(script: string): string {
  if (/<\/script/i.test(script)) throw new Error('the page script contains "</script": it cannot be inlined');
  return _pageHtml(script, { script: cspHash(script), style: cspHash(_PAGE_CSS) });
}

/** The page's script, bundled from source in memory (for tests; the package build uses tsup). */
export async function bundleWebPage(): Promise<string> {
  const result = await build({ ...WEB_BUILD, define: webDefines(), entryPoints: [join(root, WEB_ENTRY)], write: false, tsconfig: join(root, 'tsconfig.web.json'), logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

/** Writes `<dist>/web/pep-check.html` from the built `<dist>/web/page.js`. */
export function writeWebPage(dist = join(root, 'dist')): void {
  const script = readFileSync(join(dist, 'web', 'page.js'), 'utf8');
  mkdirSync(join(dist, 'web'), { recursive: true });
  writeFileSync(join(dist, 'web', 'pep-check.html'), assembleWebPage(script));
}
