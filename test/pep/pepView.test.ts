import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { _pepView } from '../../src/pep/_pepView';
import { parsePep } from '../../src/pep/parsePep';
import { PepSchema } from '../../src/pep/schema';

const shape = (PepSchema as unknown as { _zod: { def: { shape: Record<string, { _zod: { def: { shape?: Record<string, unknown> } } }> } } })._zod.def.shape;

function parsed(file: string): Record<string, unknown> {
  const result = parsePep(JSON.parse(readFileSync(new URL(`../../examples/peps/${file}`, import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(file);
  return result.data as Record<string, unknown>;
}

describe('the one-shape view of a parsed PEP (read by the facts, the rules and the QA grid)', () => {
  it('has every section of the schema, in schema order, and every section of views', () => {
    const view = _pepView(parsed('school-age-good.json') as never) as unknown as Record<string, Record<string, unknown>>;
    expect(Object.keys(view)).toEqual(Object.keys(shape));
    expect(Object.keys(view['views']!)).toEqual(Object.keys(shape['views']!._zod.def.shape ?? {}));
  });

  it('reads what the PEP reads, section by section, for every example PEP and cohort record', () => {
    const files = ['early-years-good.json', 'early-years-poor.json', 'post-16-good.json', 'post-16-poor.json', 'school-age-good.json', 'school-age-poor.json'];
    const cohort = readFileSync(new URL('../../examples/cohort.ndjson', import.meta.url), 'utf8').trim().split('\n');
    const peps = [...files.map(parsed), ...cohort.map((line) => parsePep(JSON.parse(line))).filter((r) => r.ok).map((r) => r.data as Record<string, unknown>)];
    expect(peps.length).toBeGreaterThan(50);
    for (const pep of peps) {
      const view = _pepView(pep as never) as unknown as Record<string, unknown>;
      for (const key of Object.keys(shape)) {
        if (key === 'views') continue;
        expect(view[key]).toBe(pep[key]);
      }
      const views = pep['views'] as Record<string, unknown>;
      for (const key of Object.keys(view['views'] as object)) expect((view['views'] as Record<string, unknown>)[key]).toBe(views[key]);
    }
  });
});
