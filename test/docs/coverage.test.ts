import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index';

// Every runtime export has JSDoc, and every exported function an @example (run by examples.test.ts).
const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));
const files: string[] = [];
const walk = (dir: string): void => {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'cli') walk(full);
    } else if (full.endsWith('.ts')) files.push(full);
  }
};
walk(srcDir);
const source = files.map((f) => readFileSync(f, 'utf8')).join('\n');

function docOf(name: string): string | null {
  const re = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*?)\\*/\\s*export (?:const|function|class) ${name}\\b`);
  return re.exec(source)?.[1] ?? null;
}

describe('API documentation coverage', () => {
  it.each(Object.entries(root).map(([name, value]) => [name, typeof value] as const))('%s (%s) is documented', (name, kind) => {
    const doc = docOf(name);
    expect(doc, `${name} has no JSDoc`).not.toBeNull();
    if (kind === 'function') expect(doc, `${name} has no @example`).toMatch(/@example/);
  });
});
