import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { _buildDoc, _flag2At } from '../../src/smart/_doc';
import { _ADULT_DOER_WORDS, _F2_ADULT_DOER, _adultWordIn } from '../../src/smart/_doer';
import '../../src/smart/index';

/*
 * Labelling guide, Specific rule 4 (Bradford, SMART Outcomes - Annual Reviews, "Goals and outcomes are not: Services …
 * Resources"): the clause reading of an adult's, a service's or a fund's doer runs only in a text with one of its words.
 * That test is now one bit of the second word of flags: the bit must be on exactly the tokens whose word is in the list
 * (a word left without it would skip the reading), marks, numbers and prices included. Sentences are our own.
 */

const texts: string[] = [];
for (const n of ['', '2', '3', '4', '5', '6', '7', '8', '9', '10']) {
  for (const record of JSON.parse(readFileSync(`test/fixtures/smart/corpus-extra${n}.json`, 'utf8')) as { text: string }[]) texts.push(record.text);
}

describe('Labelling guide, Specific rule 4: the word flag of an adult\'s doer is the list\'s look-up', () => {
  it(`every token of ${texts.length} development texts: the flag is set exactly on the list's words, and the text test agrees`, () => {
    let seen = 0;
    for (const text of texts) {
      const doc = _buildDoc(text, { n: 0 });
      let any = false;
      for (let i = 0; i < doc.w.length; i++) {
        const has = _ADULT_DOER_WORDS.has(doc.w[i] as string);
        if (has) seen += 1;
        any ||= has;
        expect(_flag2At(doc, i, _F2_ADULT_DOER), `${text} @${i}`).toBe(has);
      }
      expect(_adultWordIn(doc), text).toBe(any);
    }
    expect(seen).toBeGreaterThan(1000);
  });

  it.each([
    ['a price sign alone', '£300 towards a laptop.', true],
    ['a role', 'SW to visit in March.', true],
    ['a title', 'Mrs Khan will check his reading.', true],
    ['a passive "be"', 'Ruby to be dropped at breakfast club.', true],
    ['a causative "have"', 'Evie to have her homework checked.', true],
    ['"find" opening an act', 'Find Zara a football club.', true],
    ['"social" as the subject', 'Social to visit Sam.', true],
    ['the child\'s own act, a number and marks only', 'Mia will read 20 words by Easter.', false],
    ['"be" and "have" with no participle of a passive or causative', 'Sam will be able to read and is happy to have a go.', false],
    ['a feeling with no adult', 'Sam will feel calmer in lessons (3/5).', false],
    ['an empty text', '', false],
  ])('%s', (_kind, text, expected) => {
    expect(_adultWordIn(_buildDoc(text, { n: 0 })), text).toBe(expected);
  });
});
