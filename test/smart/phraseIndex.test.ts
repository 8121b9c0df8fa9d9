import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { _DEADLINE_PHRASES } from '../../src/smart/_deadline';
import { _buildDoc } from '../../src/smart/_doc';
import { _readContext } from '../../src/smart/checkSmartTarget';

/*
 * The deadline scan offers each token only to the table entries whose `cores` list its word, so an
 * entry that could match at a word missing from its `cores` would silently never be tried. Every entry
 * is tried at every token of every labelled text: whenever one matches, the word is in its cores.
 */
const texts: string[] = [
  ...(JSON.parse(readFileSync(new URL('../fixtures/smart/corpus.json', import.meta.url), 'utf8')) as { text: string }[]).map((t) => t.text),
  ...['labelled', 'tuning', 'smart-dev'].flatMap((f) => (JSON.parse(readFileSync(new URL(`./${f}.json`, import.meta.url), 'utf8')) as { items: { text: string }[] }).items.map((t) => t.text)),
  'by the end of KS2, by Key Stage 3, in Y9, by the time he leaves primary, this month, the spring bank holiday, by Whitsun, halfterm, term 3, two weeks, a fortnight, an hour, Xmas',
];

describe('deadline phrase table: each entry lists every word it can start at', () => {
  it('no entry matches at a word outside its cores', () => {
    const terms = _readContext({ meetingDate: '2025-01-15' }).terms;
    const opts = { terms, meeting: '2025-01-15', cell: false, nextReview: null };
    let tried = 0;
    const misses: string[] = [];
    for (const text of texts) {
      const doc = _buildDoc(text, { n: 0 });
      doc.toks.forEach((t, i) => {
        if (t.kind === 'p') return;
        const x = doc.w[i] as string;
        for (const entry of _DEADLINE_PHRASES) {
          const site = { doc, opts, i, t, x, cached: null };
          tried += 1;
          if (entry.matches(site) && !entry.cores.includes(x)) misses.push(`${entry.name} at ${x}`);
        }
      });
    }
    expect(tried).toBeGreaterThan(100_000);
    expect(misses).toEqual([]);
  });
});
