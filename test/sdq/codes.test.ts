import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/* Every finding code the SDQ module can produce is well-formed and documented in docs/sdq.md. */
const srcDir = fileURLToPath(new URL('../../src/sdq/', import.meta.url));
const source = readdirSync(srcDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(`${srcDir}${f}`, 'utf8'))
  .join('\n');
const literal = [...source.matchAll(/'(SDQ-[A-Z0-9-]+)'/g)].map((m) => m[1] as string);
const templated = [...source.matchAll(/`SDQ-\$\{kind\}-([A-Z-]+)`/g)].flatMap((m) => [`SDQ-ITEM-${m[1]}`, `SDQ-IMPACT-${m[1]}`]);
const codes = [...new Set([...literal, ...templated])].sort();
const docs = readFileSync(fileURLToPath(new URL('../../docs/sdq.md', import.meta.url)), 'utf8');
const documented = [...docs.matchAll(/^\| `(SDQ-[A-Z0-9-]+)` \| (error|warning|info) \|/gm)].map((m) => m[1] as string).sort();

describe('SDQ finding codes', () => {
  it('are UPPER-KEBAB with the SDQ prefix', () => {
    expect(codes.length).toBeGreaterThan(40);
    for (const code of codes) expect(code).toMatch(/^SDQ-[A-Z0-9]+(-[A-Z0-9]+)+$/);
  });
  it('each appear once in the docs/sdq.md codes table, and the table lists no other', () => {
    expect(documented).toEqual(codes);
  });
});
