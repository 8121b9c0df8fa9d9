import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/* Every finding code the SMART module can produce is well-formed and documented in docs/smart.md. */
const srcDir = fileURLToPath(new URL('../../src/smart/', import.meta.url));
const source = readdirSync(srcDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(`${srcDir}${f}`, 'utf8'))
  .join('\n');
const codes = [...new Set([...source.matchAll(/'(SMART-[A-Z0-9-]+)'/g)].map((m) => m[1] as string))].sort();
const docs = readFileSync(fileURLToPath(new URL('../../docs/smart.md', import.meta.url)), 'utf8');
const documented = [...docs.matchAll(/^\| `(SMART-[A-Z0-9-]+)` \| (error|warning|info) \|/gm)].map((m) => m[1] as string).sort();

describe('SMART finding codes', () => {
  it('are UPPER-KEBAB with the SMART prefix', () => {
    expect(codes.length).toBeGreaterThan(20);
    for (const code of codes) expect(code).toMatch(/^SMART-[A-Z0-9]+(-[A-Z0-9]+)+$/);
  });
  it('each appear once in the docs/smart.md codes table, and the table lists no other', () => {
    expect(documented).toEqual(codes);
  });
});
