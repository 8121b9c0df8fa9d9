import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { _normalise, _tokenise } from '../../src/smart/_text';
import { _endOf, _startOf, _withTokens, _wordsOf, _wordsOfText } from '../../src/smart/_doc';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * The tokeniser remembers words it has seen in a fixed table (by a hash of their characters) and reuses
 * their strings, lower-case and canonical forms. A stale or colliding entry must never change a token:
 * every token and canonical word must be what a fresh reading of the text gives.
 */

/** A word's lower-case form, less a trailing possessive, worked out here without the tokeniser. */
function lower(w: string): string {
  const lc = w.toLowerCase();
  return lc.endsWith("'s") && lc.length > 2 ? lc.slice(0, -2) : lc;
}

describe('the word table gives the same tokens as a fresh reading', () => {
  it('100,000 distinct words (far more than its 32,768 slots, so entries collide and are replaced), read twice', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const words: string[] = [];
    let seed = 11;
    for (let i = 0; i < 100_000; i++) {
      let w = '';
      const len = 1 + (i % 9);
      for (let k = 0; k < len; k++) {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        w += letters[seed % letters.length];
      }
      words.push(i % 7 === 0 ? `${w}'s` : w);
    }
    const text = words.join(' ');
    for (let round = 0; round < 2; round++) {
      const toks = _tokenise(text);
      expect(toks.length).toBe(words.length);
      expect(toks.every((t, i) => t.raw === words[i])).toBe(true);
      expect(toks.every((t, i) => t.kind === 'w' && t.lc === lower(words[i] as string))).toBe(true);
    }
  });

  it('words with the same hash and length are told apart (short ASCII words by their packed characters, others by their characters)', () => {
    // "Aa" and "BB" hash alike (65 × 31 + 97 = 66 × 31 + 66), so every pair here lands in one slot of the table.
    const pairs = [
      ['Aa', 'BB'],
      ['AaAa', 'BBBB'],
      ['xAaAay', 'xBBBBy'],
      ['AaAaAaAa', 'BBBBBBBB'],
      ['wxyzAaAa', 'wxyzBBBB'],
      ['AaAaAaAaX', 'BBBBBBBBX'],
      ['ZoëAa', 'ZoëBB'],
    ];
    for (const [a, b] of pairs) {
      const words = [a, b, a, b, b, a] as string[];
      for (let round = 0; round < 2; round++) expect(_tokenise(words.join(' ')).map((t) => t.raw)).toEqual(words);
    }
  });

  it('a character joins a word exactly when it is a letter or a digit (ASCII read by two range tests, the rest by the table)', () => {
    // Between two letters, a letter or digit keeps one chunk; any other character (a mark, a space, a symbol) ends it.
    // Joining marks are read by their own rules ("don't", "3/5"), so between letters only the apostrophe joins.
    const letterOrDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    for (let c = 1; c < 0x300; c++) {
      if (c === 39) continue;
      const ch = String.fromCharCode(c);
      const toks = _tokenise(_normalise(`x${ch}y`));
      expect(toks.length === 1 && toks[0]?.raw === `x${ch}y`, `U+${c.toString(16)}`).toBe(letterOrDigit(c));
    }
  });

  it('100,000 distinct short chunks with digits (far more than the 4,096 slots of their table), read twice: each token is its chunk', () => {
    const chunks: string[] = [];
    let seed = 23;
    for (let i = 0; i < 100_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const a = seed % 1000;
      const b = (seed >>> 10) % 100;
      const shapes = [`${a}`, `${a}/${b}`, `${b}.${a}`, `Y${b}`, `${a}%`, `${b},${a}`, `${b}:${a % 60}`, `${a}th`];
      chunks.push(shapes[i % shapes.length] as string);
    }
    const text = chunks.join(' ');
    for (let round = 0; round < 2; round++) {
      const toks = _tokenise(text);
      expect(toks.length).toBe(chunks.length);
      expect(toks.every((t, i) => t.raw === chunks[i])).toBe(true);
      // A plain number's value is its own (a colliding entry would give another chunk's token).
      expect(toks.every((t, i) => i % 8 !== 0 || (t.kind === 'n' && t.num === Number(chunks[i])))).toBe(true);
    }
  });

  it('words, numbers and marks in any order: tokens and canonical words match a fresh reading (fast-check)', () => {
    const piece = fc.constantFrom('Tom', 'tom', 'TOM', 'will', "don't", "Tom's", 'by', 'Easter', 'hols', 'recieve', 'Zoë', 'Y10', '3/5', '21st', 'mp3s', '-', ' ', '  ', '.', '...', '\n', '£', '&amp;', '🙂', 'half-term', 'a');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join(' ');
        const words = _wordsOf(text, { n: 0 });
        // Each token is the text at its place (a wrong table entry would show here), its lower case worked out afresh.
        expect(words.starts.length).toBe(words.toks.length);
        words.toks.forEach((t, i) => {
          expect(t.raw).toBe(words.text.slice(_startOf(words, i), _endOf(words, i)));
          if (t.kind === 'w') expect(t.lc).toBe(lower(t.raw));
        });
        expect(words.w.length).toBe(words.toks.length);
        words.toks.forEach((t, i) => {
          if (t.kind === 'n') expect(words.w[i]).toBe('#');
          else if (t.kind === 'p') expect(words.w[i]).toBe(t.raw);
        });
        // The same text again (now every word comes from the table) gives the same canonical words.
        expect(_wordsOf(text, { n: 0 }).w).toEqual(words.w);
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('a long text read for its words only first has the same words, flags and content as one read with its tokens (fast-check)', () => {
    const piece = fc.constantFrom('Tom', 'will', 'by', 'Easter', '-', ' ', '.', '...', '\n', '£', '🙂', 'half-term', '3/5', 'Y10', '-3', 'x-', '#', '(', '', 'mp3s', 'covid19', '21st', '90%+', '12.5%', '1,500', '8:45', '1/2.3', '1/2/3', 'KS2', 'ks2s', 'Y10+', 'y10%', '3hrs', '1-3', '2025-04-01', "4'5", '0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (pieces, spaced) => {
        const text = pieces.join(spaced ? ' ' : '');
        const light = _wordsOfText(text, { n: 0 }, false);
        const full = _wordsOfText(text, { n: 0 }, true);
        expect(light.toks).toEqual([]);
        expect(light.w).toEqual(full.w);
        expect(light.flags).toEqual(full.flags);
        expect(light.content).toBe(full.toks.some((t) => t.kind !== 'p'));
        // Its tokens made afterwards are those of one full reading.
        expect(_withTokens(light).toks).toEqual(full.toks);
        expect(_withTokens(light).starts).toEqual(full.starts);
      }),
      { numRuns: 500, seed: 19 },
    );
  });

  it('a long text (read into lists made at their full size, then cut) gives what its lines give read one by one (fast-check)', () => {
    const piece = fc.constantFrom('Tom', 'will', 'by', 'Easter', '-', ' ', '.', '...', '£', '🙂', 'half-term', '3/5', 'Y10', '-3', 'x-', '(', 'hols', 'recieve');
    const line = fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join(' '));
    fc.assert(
      fc.property(fc.array(line, { minLength: 400, maxLength: 600 }), (lines) => {
        const text = lines.join('\n');
        expect(text.length).toBeGreaterThan(4096);
        const long = _wordsOf(text, { n: 0 });
        const toks: unknown[] = [];
        const w: string[] = [];
        const flags: number[] = [];
        const starts: number[] = [];
        let offset = 0;
        lines.forEach((l, k) => {
          const one = _wordsOf(l, { n: 0 });
          if (k > 0) {
            toks.push(long.toks[toks.length]);
            w.push('\n');
            flags.push(long.flags[flags.length] as number);
            starts.push(offset - 1);
          }
          toks.push(...one.toks);
          w.push(...one.w);
          flags.push(...one.flags);
          starts.push(...Array.from(one.starts, (s) => s + offset));
          offset += l.length + 1;
        });
        expect(long.toks).toEqual(toks);
        expect(long.w).toEqual(w);
        expect(Array.from(long.flags)).toEqual(flags);
        expect(Array.from(long.starts)).toEqual(starts);
        // Read for its words only first, then its tokens: the same.
        const light = _wordsOfText(text, { n: 0 }, false);
        expect(light.w).toEqual(long.w);
        expect(Array.from(_withTokens(light).starts)).toEqual(starts);
      }),
      { numRuns: 20, seed: 23 },
    );
  });

  it('equal tokens are one shared object, each place with its own offset (spacing and hyphen kept per token)', () => {
    const words = _wordsOf('by by  by-by . . 3/5 3/5', { n: 0 });
    expect(words.toks.map((t) => [t.raw, t.gap, t.hyph])).toEqual([
      ['by', true, false], ['by', true, false], ['by', true, false], ['by', false, true], ['.', true, false], ['.', true, false], ['3/5', true, false], ['3/5', true, false],
    ]);
    expect(words.starts).toEqual([0, 3, 7, 10, 13, 15, 17, 21]);
    expect(words.toks[1]).toBe(words.toks[0]);
    expect(words.toks[2]).toBe(words.toks[0]);
    expect(words.toks[3]).not.toBe(words.toks[0]);
    expect(words.toks[5]).toBe(words.toks[4]);
    expect(words.toks[7]).toBe(words.toks[6]);
  });

  it('a short text is read into reused lists but given lists of its own, at its size: a later reading changes none of them', () => {
    const first = _wordsOfText('Sam will read 20 words by Easter.', { n: 0 }, true);
    const kept = { toks: [...first.toks], starts: [...first.starts], w: [...first.w], flags: [...first.flags] };
    expect(first.toks.length).toBe(8);
    expect([first.starts.length, first.w.length, first.flags.length]).toEqual([8, 8, 8]);
    const second = _wordsOfText('Mia: 3/5 spellings, (every week) - no help.', { n: 0 }, true);
    expect(second.toks).not.toBe(first.toks);
    expect({ toks: [...first.toks], starts: [...first.starts], w: [...first.w], flags: [...first.flags] }).toEqual(kept);
    expect(first.toks).toEqual(kept.toks);
    expect(first.w).toEqual(['sam', 'will', 'read', '#', 'words', 'by', 'easter', '.']);
  });

  it('a long repeated phrase is refused, and a long text that is not still finds its target at the end', () => {
    expect(checkSmartTarget('by 31st October '.repeat(5000), { meetingDate: '2025-01-15' }).findings.map((f) => f.code)).toContain('SMART-TEXT-REPETITIVE');
    const long = `${Array.from({ length: 5000 }, (_, i) => `note ${i}`).join(', ')}. Tom will read 20 words by Easter.`;
    const report = checkSmartTarget(long, { meetingDate: '2025-01-15' });
    expect(report.findings.map((f) => f.code)).not.toContain('SMART-TEXT-REPETITIVE');
    expect(report.deadline).not.toBeNull();
  });

  it("once no '>' is left, every '<' is kept as written (copied in one slice, not one by one)", () => {
    expect(_normalise('<a '.repeat(1000))).toBe('<a '.repeat(1000));
    expect(_normalise('x <b>bold</b> y <a <a 5 < 6')).toBe('x  bold  y <a <a 5 < 6');
    expect(_normalise('<p>one<p>two')).toBe('\none\ntwo');
  });
});
