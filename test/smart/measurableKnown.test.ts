import { describe, expect, it } from 'vitest';
import { measurable as met } from './_judge';

/*
 * Labelling guide, Measurable: "M is met when someone could check, at the deadline, whether it happened". Things known
 * or learnt are checkable when the set is bounded: a determiner or possessive ("his spellings for the Friday test",
 * "the names of the planets"), a number ("all 12 times tables") or a limit ("number bonds to 10"); a bare plural
 * ("learn spellings", "know key facts") names no set to ask for. A time word is no thing done ("what she would like to
 * do after college"). Examples written here, in words the corpus does not use, in both directions.
 */

describe('Measurable: a bounded set known or learnt can be asked for', () => {
  it.each([
    'Sam will learn his spellings for the Friday test.',
    'I know number bonds to 10.',
    'I know the names of the planets.',
    'Sam will learn all 12 times tables.',
    'Sam will do a forward roll.',
  ])('%s: measurable', (text) => {
    expect(met(text)).toBe(true);
  });
});

describe('Measurable rule 6: a bare plural learnt, or "do" + a time word, is not checkable', () => {
  it.each([
    'Sam will learn spellings.',
    'Sam will learn facts about the Romans.',
    'Sam will know key facts.',
    'Think about what she would like to do after college.',
  ])('%s: not measurable', (text) => {
    expect(met(text)).toBe(false);
  });
});
