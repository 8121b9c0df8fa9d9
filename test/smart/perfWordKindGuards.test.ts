import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { _buildDoc } from '../../src/smart/_doc';
import { _eventObjectWords } from '../../src/smart/_measure';
import { _TARGET_WORDS, _statusNote } from '../../src/smart/_statusNote';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * Two readings look a word up only at a token read as a word, never at a mark or a number: the objects that make a one-off
 * event measurable (the labelling guide, Measurable rule 5: "sit the exam", "attend the taster day") and the words of a
 * target, an aim or the future that keep a text from being a note of the present state (Halton PEP Policy 2023-24,
 * Appendix C, Specific: "It is clear what will be achieved"). Each word of both lists must be read as a word, or a skip
 * would miss it. Sentences are our own.
 */

const texts: string[] = [];
for (const n of ['', '2', '3', '4', '5', '6', '7', '8', '9', '10']) {
  for (const record of JSON.parse(readFileSync(`test/fixtures/smart/corpus-extra${n}.json`, 'utf8')) as { text: string }[]) texts.push(record.text);
}
const lists: [string, ReadonlySet<string>][] = [
  ['the objects of a one-off event', new Set(_eventObjectWords())],
  ['the words of a target or the future', _TARGET_WORDS],
];
const context = { meetingDate: '2025-01-15' };

describe('Labelling guide, Measurable rule 5 and Specific: the words looked up are read as words, never as marks or numbers', () => {
  it.each(lists)('%s: each word, read alone or inside a sentence, is a word token', (_name, words) => {
    expect(words.size).toBeGreaterThan(10);
    for (const word of words) {
      for (const text of [word, `Ben will ${word}.`, `(${word})`]) {
        const doc = _buildDoc(text, { n: 0 });
        doc.w.forEach((w, i) => {
          if (w === word) expect(doc.toks[i]?.kind, `${text}: ${word}`).toBe('w');
        });
      }
    }
  });

  it(`every mark and number of ${texts.length} development texts is a word of neither list`, () => {
    let skipped = 0;
    for (const text of texts) {
      const doc = _buildDoc(text, { n: 0 });
      doc.toks.forEach((t, i) => {
        if (t.kind === 'w') return;
        skipped += 1;
        for (const [name, words] of lists) expect(words.has(doc.w[i] as string), `${name}: ${doc.w[i]}`).toBe(false);
      });
    }
    expect(skipped).toBeGreaterThan(4000);
  });

  it('a target word after marks and numbers still keeps a note a target; a figure still counts; no such word leaves it a note', () => {
    const note = (text: string): boolean => _statusNote(_buildDoc(text, { n: 0 }), false);
    expect(note('Chloe - Red - not attending')).toBe(true);
    expect(note('Chloe - Red - 3, (2) - to attend')).toBe(false);
    expect(note('Chloe - Red - 3, (2) - will attend')).toBe(false);
    expect(note('Chloe - Red - 3, (2) - aims high')).toBe(false);
    expect(note('Jamal has a number of late assignments')).toBe(true);
    expect(note('Jamal has a number of late assignments: 4')).toBe(false);
  });

  it.each([
    'Kai will attend 1 taster day at college by June.',
    'Kai will sit 2 GCSE exams in June.',
    'Kai will sit 11+ exam in September.',
    'Kai will reach age-related expectations by July.',
    'Kai will achieve 5 GCSE grades by July.',
  ])('an object after a number, a hyphened one and the 11+ are still read: %s', (text) => {
    expect(checkSmartTarget(text, context).measurable.met).toBe(true);
  });
});
