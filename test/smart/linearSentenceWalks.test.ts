import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { _checkTarget, _readContext } from '../../src/smart/checkSmartTarget';
import { checkSmartTarget } from '../../src/smart/index';
import { _walkTesting } from '../../src/smart/_walks';

/*
 * Shapes of one sentence (or one table row) that never ends, with many verbs, candidates, dates, pipes or anchors in it:
 * each asked, for every verb or candidate, a question of the whole sentence (where it starts, whether a future word or a
 * verb of starting comes before, whether a figure comes after), and so walked back to the sentence's start or on to its
 * end each time. Those walks now read an index past a few dozen tokens (src/smart/_walks.ts), and every token a walk
 * reads is counted, so doubling a text must about double its steps. Steps, never time.
 */

const context = _readContext({ meetingDate: '2025-01-15' });

function steps(text: string): number {
  const ops = { n: 0 };
  _checkTarget(text, context, ops);
  return ops.n;
}

/** A reproducible text of about `n` characters drawn from the words of `words`, joined by spaces. */
function drawn(words: string, n: number, seed: number): string {
  const pieces = words.split(' ');
  let s = seed;
  const out: string[] = [];
  let len = 0;
  while (len < n) {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    const p = pieces[(s >>> 16) % pieces.length] as string;
    out.push(p);
    len += p.length + 1;
  }
  return out.join(' ').slice(0, n);
}

const SHAPES: readonly [string, string][] = [
  // A heading of the adults' papers and their acts, the child's verbs between (where each verb's sentence starts).
  ['a paper heading, acts and verbs', 'EHCP - apply for funding - Tom will read'],
  ['many verbs in one sentence', 'Tom will read write and use his ruler keep ask for help stay in class attend school'],
  ['many deadline candidates', 'by Friday Easter the end of term May 3 July half summer and read until then review'],
  ['pipes and terms in one row', '| Tom will read by Easter review and start on 3 May Target Summer'],
  ['dates and past verbs', '3/5/2025 12 May 2025 on by 1st June Tom will read from until w/c 6/1/25 he read'],
  ["'by's, ';' and ', with'", 'by by the end of Tom will read year 6 week next ; , with'],
  ['adults, papers and a purpose with a figure', 'EHCP - apply for funding DT to SW will and by May so that he can read 5'],
  ['verbs of starting and first weeks', 'start begin join in once started by May from Tom will the club and week 3 for first weeks'],
  ['reviews named and dated', 'by the review on 12/02/25 before his review and share 2 things CLA meeting'],
  ['services attended at a rate', 'CAMHS sessions attend weekly SALT Tom will with the nurse 6 of per term and ongoing'],
  ["'until then' and events dated", 'until then by Easter Tom read in March before mocks on Friday'],
];

describe('Issue 15 item 4: every walk to a sentence\'s start or end is read in constant amortised time (steps, 40,000 and 80,000 characters)', () => {
  afterEach(() => {
    _walkTesting.cap = 64;
    _walkTesting.few = 1;
  });

  it.each(SHAPES)('%s', (_name, words) => {
    const small = steps(drawn(words, 40_000, 7));
    const large = steps(drawn(words, 80_000, 7));
    expect(small).toBeGreaterThan(40_000);
    expect(large / small).toBeGreaterThan(1.7);
    expect(large / small).toBeLessThan(2.5);
  });

  it('the counter sees the walks: walked to the end each time (no index), the steps of the same shapes grow quadratically', () => {
    _walkTesting.cap = Infinity;
    for (const [, words] of SHAPES.slice(0, 2)) {
      const small = steps(drawn(words, 20_000, 7));
      const large = steps(drawn(words, 40_000, 7));
      expect(large / small).toBeGreaterThan(3);
    }
  });

  it('the index gives exactly what the walk gives: every labelled text, judged with the index at every walk and with none', () => {
    const items = (JSON.parse(readFileSync('test/smart/labelled.json', 'utf8')) as { items: { text: string; meetingDate?: string }[] }).items;
    const long = SHAPES.map(([, words]) => drawn(words, 3_000, 11));
    const texts = [...items.map((x) => x.text), ...long];
    const judged = (): string[] => texts.map((t) => JSON.stringify(checkSmartTarget(t, { meetingDate: '2025-01-15' })));
    _walkTesting.cap = 0;
    _walkTesting.few = 0;
    const indexed = judged();
    _walkTesting.cap = Infinity;
    _walkTesting.few = Infinity;
    const walked = judged();
    expect(indexed).toEqual(walked);
  });
});
