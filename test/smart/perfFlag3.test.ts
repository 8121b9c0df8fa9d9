import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { _F3_NUMBER_WORD, _buildDoc, _flag3At, _flagTesting, _wordFlag3, _wordsOfText } from '../../src/smart/_doc';
import { _NUMBER_WORDS } from '../../src/smart/_phrases';
import { _recordOnly } from '../../src/smart/_record';

/*
 * The third word of flags (`_wordFlag3`, `_flag3At`) is kept with each shared token, worked out from its canonical word the
 * first time it is asked: it must give exactly what a look-up of the word in its list gives, on every token of every
 * development text, whichever text first asked a shared token, and after a flag is added (a new generation).
 */

const texts: string[] = [];
for (const n of ['', '2', '3', '4', '5', '6', '7', '8', '9', '10']) {
  for (const record of JSON.parse(readFileSync(`test/fixtures/smart/corpus-extra${n}.json`, 'utf8')) as { text: string }[]) texts.push(record.text);
}

describe('the third word of flags, kept with the token', () => {
  it(`every token of ${texts.length} development texts: the number-word flag is the map's look-up`, () => {
    let seen = 0;
    for (const text of texts) {
      const doc = _buildDoc(text, { n: 0 });
      for (let i = 0; i < doc.toks.length; i++) {
        const has = _NUMBER_WORDS.has(doc.w[i] as string);
        if (has) seen += 1;
        expect(_flag3At(doc, i, _F3_NUMBER_WORD), text).toBe(has);
      }
      expect(_flag3At(doc, -1, _F3_NUMBER_WORD)).toBe(false);
      expect(_flag3At(doc, doc.toks.length, _F3_NUMBER_WORD)).toBe(false);
    }
    expect(seen).toBeGreaterThan(100);
  });

  it('a flag added after tokens were asked is worked out again for them (a new generation), and a shared token agrees across texts', () => {
    const a = _buildDoc('Ben will read two books.', { n: 0 });
    expect(_flag3At(a, 3, _F3_NUMBER_WORD)).toBe(true);
    const later = _wordFlag3(['books']);
    expect(_flag3At(a, 4, later)).toBe(true);
    expect(_flag3At(a, 3, later)).toBe(false);
    expect(_flag3At(a, 3, _F3_NUMBER_WORD)).toBe(true);
    const b = _buildDoc('Two books by Easter.', { n: 0 });
    expect(_flag3At(b, 1, later)).toBe(true);
    expect(_flag3At(b, 0, _F3_NUMBER_WORD)).toBe(true);
  });

  it('words read without their tokens (a long text being refused) are looked up by the word', () => {
    const words = _wordsOfText('read two books', { n: 0 }, false);
    expect(words.toks.length).toBe(0);
    expect(_flag3At(words, 1, _F3_NUMBER_WORD)).toBe(true);
    expect(_flag3At(words, 2, _F3_NUMBER_WORD)).toBe(false);
  });
});

describe('the record guard (_recordOnly): a text with no word of a record done or awaited has none, guarded or not', () => {
  const run = (text: string, noGuards: boolean): boolean => {
    _flagTesting.noGuards = noGuards;
    try {
      const doc = _buildDoc(text, { n: 0 });
      return _recordOnly(doc, [[0, 1]], false);
    } finally {
      _flagTesting.noGuards = false;
    }
  };
  it.each(['SALT referral made.', 'EP assessment requested. Awaiting appointment.', 'Referral made to SALT (waiting list approx 18 weeks).', 'Ben will read 20 words by Easter.', 'Tom to attend 95% of sessions.'])('"%s": the same with the guard off', (text) => {
    expect(run(text, false)).toBe(run(text, true));
  });
  it('every development text: the same with the guard off, and the guard fires on most', () => {
    let fired = 0;
    for (const text of texts) {
      expect(run(text, false), text).toBe(run(text, true));
      if (!/\b(made|requested|submitted|sent|done|completed|held|awaited|await|awaiting|waiting)\b/i.test(text)) fired += 1;
    }
    expect(fired).toBeGreaterThan(texts.length / 2);
  });
  it('a record is still read with the guard on', () => {
    expect(run('SALT referral made.', false)).toBe(true);
  });
});
