import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { _buildDoc, _F2_FUTURE, _flag2At } from '../../src/smart/_doc';
import { _sentenceEndAt } from '../../src/smart/_deadlinePrefix';
import { _statusNote } from '../../src/smart/_statusNote';
import { _FUTURE } from '../../src/smart/_phrases';

/*
 * The same readings with fewer set look-ups: a word asked of one set holding several lists, a flag kept with the word, a
 * cheap test of the next word before the look-up. Every judgement is the one the look-ups gave. Sentences are our own.
 */

const context = { meetingDate: '2025-01-15' };
const doc = (text: string) => _buildDoc(text, { n: 0 });

describe('Sentence ends (the deadline reading\'s sentence limits): the five marks told by their one character', () => {
  it('each of ". ! ? ;" and a line break ends a sentence', () => {
    const d = doc('Read daily. Write!\nSpell? Count; stop');
    const ends = d.w.map((_, k) => _sentenceEndAt(d, k));
    expect(d.w.filter((_, k) => ends[k])).toEqual(['.', '!', '\n', '?', ';']);
  });

  it('near misses: a comma, a colon, a dash, a bracket, a one-letter word and past either end end nothing', () => {
    const d = doc('Maths: I, a (b) - c');
    for (let k = -1; k <= d.w.length; k++) expect(_sentenceEndAt(d, k), String(d.w[k])).toBe(false);
  });
});

describe('Labelling guide, Specific rule 2 (comparatives): "better at" is read only where "at" follows', () => {
  const met = (text: string): boolean | null => checkSmartTarget(text, context).specific.met;

  it('a comparative of becoming before "at", with no figure, is a vague comparative', () => {
    expect(met('Get quicker at her times tables.')).toBe(false);
    expect(met('Be faster at long division by the summer.')).toBe(false);
  });

  it('near misses: a focusing phrase names the skill; a comparative with no "at" after it is not this reading', () => {
    expect(met('Get quicker at her times tables, in particular the 7 times table.')).toBe(true);
    expect(met('Ben will practise his spellings every night.')).toBe(true);
  });
});

describe('Future words as a flag (the deadline reading\'s adults\' state, _FUTURE): the flag is the list', () => {
  it('every word has the flag exactly when _FUTURE holds it', () => {
    for (const text of ['Mia will aim to read; her carer wants to help.', 'Target: going to college, expected in June.', 'The carer could go, would hope so.', 'Sam reads well.']) {
      const d = doc(text);
      for (let k = 0; k < d.w.length; k++) expect(_flag2At(d, k, _F2_FUTURE), `${text} @${d.w[k]}`).toBe(_FUTURE.has(d.w[k] ?? ''));
    }
  });
});

describe('Labelling guide, Specific rule 6 (a status note is no target): words of a target anywhere make the note a target', () => {
  const note = (text: string): boolean => _statusNote(doc(text), false);

  it('a rating alone, or a problem held in an unnamed amount, is a note; "going" and "expected" are no words of a target here', () => {
    expect(note('RAG: Green.')).toBe(true);
    expect(note('RAG: Green - Tom has a number of late marks.')).toBe(true);
    expect(note('RAG: Green - going well.')).toBe(true);
    expect(note('RAG: Green - expected.')).toBe(true);
  });

  it('near misses: the same note with a word of a target in it ("will", "next", "goals", "new") is not', () => {
    expect(note('RAG: Green - he will go on.')).toBe(false);
    expect(note('RAG: Green. Next steps agreed.')).toBe(false);
    expect(note('RAG: Green; goals set.')).toBe(false);
    expect(note('RAG: Green - new class.')).toBe(false);
  });
});

describe('Labelling guide, Measurable rules 3 and 6, and the infinitive after a child or a verb taking "to": one set for several lists', () => {
  const smt = (text: string): [boolean | null, boolean | null] => {
    const r = checkSmartTarget(text, context);
    return [r.specific.met, r.measurable.met];
  };

  it('a verb seen done is measurable, a verb of understanding or learning is not (its lists asked together)', () => {
    expect(smt('Ben will write his name by July.')).toEqual([true, true]);
    expect(smt('Ben will understand fractions by July.')).toEqual([true, false]);
  });

  it('the child or a verb that takes "to" before "to" makes it an infinitive', () => {
    expect(smt('Kai to tie his laces on his own by Easter.')).toEqual([true, true]);
    expect(smt('Able to tie his laces by Easter.')).toEqual([true, true]);
  });

  it('near misses: an adult\'s act and a comparative with no figure stay as read', () => {
    expect(smt('The social worker will arrange a meeting by March.')).toEqual([false, false]);
    expect(smt('Jo will spend more time reading at home.')).toEqual([false, false]);
  });
});
