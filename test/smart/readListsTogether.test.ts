/**
 * src/smart/_lists.ts (lists reused from one target to the next) and _text.ts (a short text's reading copied out of
 * the scratch lists): the five lists of a reading with tokens and flags are cut out of the scratch lists (until
 * 6 December 2026 they were taken from a pool and given back to it together). Within rounds, a reading must read
 * exactly what a reading made afresh does, and a reading kept outside a round must not change when later ones are read.
 */
import { describe, expect, it } from 'vitest';
import { _keptWords } from '../../src/smart/_doc';
import { _closeLists, _openLists } from '../../src/smart/_lists';

const snap = (w: NonNullable<ReturnType<typeof _keptWords>>): string =>
  JSON.stringify({ raw: w.toks.map((t) => t.raw), starts: [...w.starts], w: [...w.w], flags: [...w.flags], flags2: [...w.flags2] });

/** Texts of one token count (five), so each round's lists go back to one length's slots and the next takes them. */
const SAME_LENGTH = ['Sam will read daily.', 'Mia to attend club.', 'Tom: 3/5 by July', 'Ava will swim 25m.'];

describe('_lists.ts and _text.ts: a reading\'s five lists within rounds', () => {
  it('a reading in a round reads what a fresh reading does', () => {
    const fresh = SAME_LENGTH.map((t) => snap(_keptWords(t, { n: 0 }) as NonNullable<ReturnType<typeof _keptWords>>));
    for (let round = 0; round < 3; round++) {
      SAME_LENGTH.forEach((t, i) => {
        const mark = _openLists();
        const words = _keptWords(t, { n: 0 });
        expect(words).not.toBeNull();
        expect(snap(words as NonNullable<typeof words>)).toBe(fresh[i]);
        _closeLists(mark);
      });
    }
  });

  it('a reading kept outside a round is never handed to a later reading', () => {
    const kept = _keptWords('Sam will read daily.', { n: 0 }) as NonNullable<ReturnType<typeof _keptWords>>;
    const at = snap(kept);
    for (const t of SAME_LENGTH) {
      const mark = _openLists();
      _keptWords(t, { n: 0 });
      _closeLists(mark);
    }
    expect(snap(kept)).toBe(at);
    for (const t of SAME_LENGTH) expect(_keptWords(t, { n: 0 })?.toks.length).toBe(5);
    expect(kept.toks.length).toBe(5);
  });
});
