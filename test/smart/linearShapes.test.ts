import { describe, expect, it } from 'vitest';
import { _checkTarget, _readContext } from '../../src/smart/checkSmartTarget';

/*
 * The adversarial shapes of scripts/smart-bench.ts (1 MB texts there, timed in CPU time), counted in steps
 * here: doubling each must about double the analysis's steps (a quadratic scan would make the ratio grow
 * towards 4). Both sizes are past the length at which a text is first read for its words only, so both take
 * the same path. Wall-clock time is never asserted.
 */

const context = _readContext({ meetingDate: '2025-01-15' });

function steps(text: string): number {
  const ops = { n: 0 };
  _checkTarget(text, context, ops);
  return ops.n;
}

/** A reproducible stream of `k` pieces drawn from `pieces`, joined by `sep`. */
function drawn(pieces: readonly string[], k: number, sep: string, seed: number): string {
  let s = seed;
  const out: string[] = [];
  for (let i = 0; i < k; i++) {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    out.push(pieces[(s >>> 16) % pieces.length] as string);
  }
  return out.join(sep);
}

const letters = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);

describe('every adversarial shape of the benchmark grows linearly (steps, 50,000 and 100,000 repeats)', () => {
  it.each<[string, (k: number) => string]>([
    ["'a '", (k) => 'a '.repeat(k)],
    ["'by ' then 'x '", (k) => 'by '.repeat(k) + 'x '.repeat(k)],
    ['random digits', (k) => drawn('0123456789'.split(''), k, '', 7)],
    ["'/'", (k) => '/'.repeat(k)],
    ["'1/'", (k) => '1/'.repeat(k)],
    ["'by 31/'", (k) => 'by 31/'.repeat(k)],
    ["'12 / '", (k) => '12 / '.repeat(k)],
    ["'by the end of '", (k) => 'by the end of '.repeat(k)],
    ["'<a '", (k) => '<a '.repeat(k)],
    ["'( '", (k) => '( '.repeat(k)],
    ["'will not '", (k) => 'will not '.repeat(k)],
    ["'x.'", (k) => 'x.'.repeat(k)],
    ["'x. '", (k) => 'x. '.repeat(k)],
    ['varied words, then a target', (k) => `${drawn(['Tom', 'will', 'read', 'with', 'his', 'carer', 'each', 'evening', 'and', 'talk', 'about', 'the', 'story', 'by', '3', 'May', '4/5', 'more'], k, ' ', 42)} Tom will read 20 words by Easter.`],
    // A quarter as many (words of 20 to 45 letters): 100,000 would pass the 2,000,000 characters analysed.
    ['long words', (k) => drawn(Array.from({ length: 26 }, (_, i) => letters.slice(i, i + 20 + i)), k >> 2, ' ', 3)],
    ['digits and spaces', (k) => drawn('0123456789'.split(''), k, ' ', 5)],
    ["'half-term, ' (hyphens and commas)", (k) => 'half-term, '.repeat(k)],
    // Every number a new one (no shared token), and dates: "0 1 2 … 49999", "1/1/2000 2/2/2001 …".
    // All capitals: every word could name a service before "REFERRAL" (its look-back for a verb is capped).
    ['all-caps words with REFERRAL', (k) => drawn(['TOM', 'READ', 'HIS', 'CARER', 'REFERRAL', 'CAMHS', 'STORY'], k, ' ', 42)],
    // A plan of weeks read on to a later start verb and its point (both reads capped).
    ["'9 week programme - join in and start 3 March '", (k) => '9 week programme - join in and start 3 March '.repeat(k >> 2)],
    // Counts in a bracket before terms: each looks back for its "(" (capped).
    ["'(3 in autumn 1, '", (k) => '(3 in autumn 1, '.repeat(k >> 1)],
    // The done-or-not readings (a health check, an application, an award, a side, a CV) and the states (catching up, for
    // pleasure, fluently, a range understood) each look a capped few words either side, in one sentence that never ends here.
    ['done-or-not words with no sentence end', (k) => drawn(['get', 'into', 'the', 'team', 'dentist', 'eye', 'test', 'cv', 'apply', 'for', 'bronze', 'Mum', 'to', 'be', 'in', 'update', 'read', 'pleasure', 'catch', 'up', 'fluently', 'understand', '100'], k, ' ', 11)],
    ['counting numbers', (k) => Array.from({ length: k }, (_, i) => String(i)).join(' ')],
    ['distinct dates', (k) => Array.from({ length: k }, (_, i) => `${1 + (i % 28)}/${1 + (i % 12)}/${2000 + (i % 50)}`).join(' ')],
    // The role reading (src/smart/_roles.ts): segments that only describe, a heading, a state, a report, a need, each read once.
    ['described parts', (k) => drawn(['Phonics', '-', 'is', 'on', 'Phase', '4', 'sounds,', 'carer', 'says', 'she', 'needs', 'to', 'practise.', 'Sam'], k, ' ', 11)],
  ])('%s', (_name, make) => {
    const small = steps(make(50_000));
    const large = steps(make(100_000));
    expect(small).toBeGreaterThan(12_500);
    expect(large / small).toBeGreaterThan(1.7);
    expect(large / small).toBeLessThan(2.3);
  });
});
