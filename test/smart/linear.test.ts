import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { _checkTarget, _readContext } from '../../src/smart/checkSmartTarget';

/*
 * Linear time without wall-clock assertions: the analyser counts its elementary steps (characters
 * scanned, tokens visited, look-behind and look-ahead steps), so doubling an adversarial input must
 * about double the count. A quadratic scan (or a tag search repeated from every "<") would make the
 * ratio grow towards 4. Timings are in bench/smart.bench.ts only.
 */

const context = _readContext({ meetingDate: '2025-01-15' });

function steps(text: string): number {
  const ops = { n: 0 };
  _checkTarget(text, context, ops);
  return ops.n;
}

/** `k` copies of a phrase, `#` replaced by the copy number, so the text is not one repeated phrase. */
const numbered = (phrase: string, k: number): string => Array.from({ length: k }, (_, i) => phrase.replace(/#/g, String(i % 997))).join(' ');
/** `k` copies of a character pattern (may be periodic: the repetition check itself must be linear). */
const plain = (phrase: string, k: number): string => phrase.repeat(k);

describe('SMART analysis grows linearly with the input', () => {
  it.each<[string, (k: number) => string]>([
    ['deadline prefixes', (k) => numbered('by the end of the # ', k)],
    ['relative windows', (k) => numbered('within # weeks of # ', k)],
    ['fractions and dates', (k) => numbered('#/# ', k)],
    ['week commencing', (k) => numbered('w/c #th March ', k)],
    ['brackets', (k) => numbered('(# ', k)],
    ['baseline switches', (k) => numbered('from # to # since # last # ', k)],
    ['measures', (k) => numbered('all # every # no lates # ', k)],
    ['adult clauses', (k) => numbered('Key person will # . ', k)],
    ['passive provision', (k) => numbered('be given # , ', k)],
    ['half terms', (k) => numbered('the rest of the # half term ', k)],
    ['conditions', (k) => numbered('when # when # ', k)],
    ['comparatives', (k) => numbered('more # less # all lessons ', k)],
    ['terms and months', (k) => numbered('Spring # May # Easter # Autumn 2 ', k)],
    ['open tags', (k) => plain('<a', k)],
    ['tags closed at the very end', (k) => `${plain('<a ', k)}>`],
    ['ampersands', (k) => plain('&', k)],
    ['entities without a semicolon', (k) => plain('&nbsp', k)],
    ['one long number group', (k) => plain('1/', k)],
    ['one long word', (k) => plain('a', k)],
    ['hyphen chains', (k) => plain('a-', k)],
    ['a repeated phrase', (k) => plain('by 31st October ', k)],
  ])('%s', (_name, make) => {
    const small = steps(make(4000));
    const large = steps(make(8000));
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(2.3);
  });

  it('analyses a 1 MB target and still finds the target at its end', () => {
    // Varied words (not one repeated phrase) with no numbers or dates, then a SMART target.
    const words = ['Tom', 'enjoys', 'stories', 'about', 'animals', 'and', 'talks', 'with', 'his', 'carer', 'at', 'home', 'in', 'the', 'evening'];
    let seed = 42;
    const parts: string[] = [];
    let length = 0;
    while (length < 1_048_576) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const w = words[seed % words.length] as string;
      parts.push(w);
      length += w.length + 1;
    }
    const r = checkSmartTarget(`${parts.join(' ')}. Tom will read 20 high frequency words by Easter.`, { meetingDate: '2025-01-15' });
    expect([r.specific.met, r.measurable.met, r.timeBound.met, r.deadline]).toEqual([true, true, true, { kind: 'date', date: '2025-04-20' }]);
  });

  it('reports a 1 MB repeated phrase as a paste error, not as a target', () => {
    const r = checkSmartTarget('by 31st October '.repeat(65_536), { meetingDate: '2025-01-15' });
    expect([r.findings.map((f) => f.code), r.deadline]).toEqual([['SMART-TEXT-REPETITIVE'], null]);
  });
});
