import { describe, expect, it } from 'vitest';
import { _buildDoc } from '../../src/smart/_doc';
import { _ADULT_DOER_WORDS, _adultWordIn } from '../../src/smart/_doer';

/*
 * The cheap test before the clause reading (Specific rule 4; Bradford, SMART Outcomes - Annual Reviews, "Goals and outcomes
 * are not: Services … Resources") asks the text's word flags, not the word list: it must say yes for every word of the list
 * and no for a text with none of them. Sentences are our own.
 */

describe('Labelling guide, Specific rule 4: the word flag of an adult\'s doer marks every word of its list', () => {
  it('each word of the list, alone or after a name, is found', () => {
    const missed: string[] = [];
    for (const word of _ADULT_DOER_WORDS) {
      for (const text of [word, `Mia ${word} now.`]) {
        const doc = _buildDoc(text, { n: 0 });
        // The canonical words the list is asked about: the flag must answer as the list does.
        if (_adultWordIn(doc) !== doc.w.some((w) => _ADULT_DOER_WORDS.has(w))) missed.push(text);
      }
    }
    expect(missed).toEqual([]);
  });

  it('texts with such a word in any place are found; texts without one are not', () => {
    for (const text of ['Carer to read with Sam.', 'Sam will read; £50 for books.', 'Reading is good', 'Mrs Patel to check spellings']) {
      expect(_adultWordIn(_buildDoc(text, { n: 0 })), text).toBe(true);
    }
    for (const text of ['Mia will read 20 words by Easter.', 'Sam to swim 25 metres.', 'Spell ten words correctly', '']) {
      expect(_adultWordIn(_buildDoc(text, { n: 0 })), text).toBe(false);
    }
  });
});
