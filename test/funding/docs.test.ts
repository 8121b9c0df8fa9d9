import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const read = (dir: string, keep: (file: string) => boolean): string[] =>
  readdirSync(join(root, 'src', dir))
    .filter((f) => f.endsWith('.ts') && keep(f))
    .map((f) => readFileSync(join(root, 'src', dir, f), 'utf8'));
// pep-rules/funding also exports ppPlusEligibility, which lives in the pep layer (src/pep/ppPlusEligibility.ts, _pp*.ts).
const src = [...read('funding', () => true), ...read('pep', (f) => f === 'ppPlusEligibility.ts' || f.startsWith('_pp'))].join('\n');
const docs = readFileSync(join(root, 'docs', 'funding.md'), 'utf8');

describe('docs/funding.md', () => {
  it('lists every PPPLUS-* finding code the module can produce, in the codes table', () => {
    const used = [...new Set(src.match(/'PPPLUS-[A-Z0-9-]+'/g)?.map((c) => c.slice(1, -1)) ?? [])].sort();
    const documented = new Set(docs.match(/^\| `(PPPLUS-[A-Z0-9-]+)` \|/gm)?.map((row) => row.slice(3, -3)) ?? []);
    expect(used.length).toBeGreaterThan(60);
    expect(used.filter((c) => !documented.has(c))).toEqual([]);
  });
});
