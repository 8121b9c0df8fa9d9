import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURE_FILES, figures, figuresIn, writeFigures } from '../../scripts/doc-figures';
import { docFiles } from './_markdown';

// Figures in the docs that come from the code are written by scripts/doc-figures.ts, never by hand.
const root = new URL('../../', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, root), 'utf8');
const values = figures();

describe('figures in the docs (run `npx tsx scripts/doc-figures.ts`)', () => {
  it.each(FIGURE_FILES)('%s carries the current figures', (file) => {
    const text = read(file);
    expect(figuresIn(text).length).toBeGreaterThan(0);
    expect(text).toEqual(writeFigures(text, values));
  });
  it('only the files the script writes carry figure markers, and only figures it knows', () => {
    for (const file of docFiles(root)) {
      const named = figuresIn(read(file)).map((f) => f.name);
      if (!FIGURE_FILES.includes(file)) expect(named, file).toEqual([]);
      for (const name of named) expect(Object.keys(values), `${file}: ${name}`).toContain(name);
    }
  });
  it('the figures are worked out from the code (the rule registry and the bundled cohort)', () => {
    expect(values['rule-count']).toMatch(/^\d+$/);
    expect(values['report-up-to-date-halton']).toMatch(/^\d+ of \d+ \(\d+(\.\d)?%\)$/);
    expect(values['report-up-to-date-england']).toMatch(/^\d+ of \d+ \(\d+(\.\d)?%\)$/);
  });
  it('writing a stale figure is caught', () => {
    const stale = '<!-- figure:rule-count -->1<!-- /figure -->';
    expect(writeFigures(stale, values)).not.toEqual(stale);
    expect(() => writeFigures('<!-- figure:no-such-figure -->1<!-- /figure -->', values)).toThrow(/unknown figure/);
  });
});
