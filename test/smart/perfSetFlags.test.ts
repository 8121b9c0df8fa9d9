import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { _buildDoc, _flagTesting, type _Doc } from '../../src/smart/_doc';
import { _relative, _relativeUnitFollows } from '../../src/smart/_deadlineResolve';
import { _prefixBefore, type _Prefix } from '../../src/smart/_deadlinePrefix';
import { _scanOptionsOf } from '../../src/smart/_analyse';
import { _termCtx } from '../../src/smart/_terms';
import { _awardLevelAt, _isPredicate } from '../../src/smart/_measure';
import { _screenScoreOnly } from '../../src/smart/_screening';

/*
 * Word lists read as word flags (one array read where a set was asked) and a cheap test moved before a costly one: each
 * must give exactly what the set or the order gave. The whole analysis is compared with the guards on and off in
 * perfTriggers.test.ts; here each reading is checked on its own, with words of its list and near misses.
 */

const texts: string[] = [];
for (const n of ['', '2', '3', '4', '5', '6', '7', '8']) {
  for (const record of JSON.parse(readFileSync(`test/fixtures/smart/corpus-extra${n}.json`, 'utf8')) as { text: string }[]) texts.push(record.text);
}
const opts = _scanOptionsOf(_termCtx('2025-01-15', undefined), '2025-01-15', '2025-04-01');
const doc = (text: string): _Doc => _buildDoc(text, { n: 0 });

afterEach(() => {
  _flagTesting.noGuards = false;
});

describe('Deadline labels, relative deadlines ("within 6 weeks"): the unit is tested before the words before the number', () => {
  const prefixes: _Prefix[] = [
    { start: 0, prep: 'within', position: null, det: null, freq: false, strongWord: true },
    { start: 0, prep: 'for', position: null, det: 'next', freq: false, strongWord: false },
    { start: 0, prep: 'by', position: 'end', det: 'the', freq: true, strongWord: true },
  ];
  it('no unit after the count: no relative deadline whatever comes before it, on development texts', () => {
    let numbers = 0;
    let skipped = 0;
    for (const text of texts) {
      const d = doc(text);
      for (let i = 0; i < d.toks.length; i++) {
        if (d.toks[i]?.kind !== 'n') continue;
        numbers += 1;
        if (_relativeUnitFollows(d, i + 1)) continue;
        skipped += 1;
        for (const value of [1, 3, 6, 20]) {
          expect(_relative(d, value, i + 1, _prefixBefore(d, i), opts), text).toBeNull();
          for (const p of prefixes) expect(_relative(d, value, i + 1, { ...p, start: i }, opts), text).toBeNull();
        }
      }
    }
    // Most numbers have no unit after them (a score, a count of words): the test must be passed over for many.
    expect(skipped).toBeGreaterThan(numbers / 2);
  });
  it.each([
    ['within 6 weeks', 2],
    ['in 10 school days', 2],
    ['over 3 consecutive months', 2],
    ['within two terms', 2],
    ['attend 6 weekly sessions', 2],
  ])('a unit follows: "%s"', (text, at) => {
    expect(_relativeUnitFollows(doc(text), at)).toBe(true);
  });
  it.each([
    ['spell 20 words', 2],
    ['score 14 on the SDQ', 2],
    ['read 10 school books', 2],
    ['in Year 6', 2],
    ['3 times a day', 1],
    ['at the end', 3],
  ])('no unit follows: "%s"', (text, at) => {
    expect(_relativeUnitFollows(doc(text), at)).toBe(false);
  });
});

describe('Labelling guide, Specific: "the particular ... qualification the child will achieve" (an award level as a flag)', () => {
  it.each([
    ['DofE Bronze', 1],
    ['Duke of Edinburgh Silver', 3],
    ['DofE - Gold award', 2],
    ['Bronze Arts Award', 0],
  ])('a level beside its award: "%s"', (text, k) => {
    expect(_awardLevelAt(doc(text), k)).toBe(true);
  });
  it.each([
    ['Gold star on the chart', 0],
    ['Bronze medal at sports day', 0],
    ['DofE expedition', 1],
    ['DofE Platinum', 1],
  ])('no level of a named award: "%s"', (text, k) => {
    expect(_awardLevelAt(doc(text), k)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 1 (a process is no outcome): "will", "to", "can" before a verb, not "learn to"', () => {
  it.each([
    ['Ben will swim 25 metres', 2],
    ['Ben to swim 25 metres', 2],
    ['Mia can tie her laces', 2],
  ])('a predicate after a modal: "%s"', (text, i) => {
    expect(_isPredicate(doc(text), i)).toBe(true);
  });
  it.each([
    ['Ben will learn swim', 3],
    ['Ben to continue attend', 3],
    ['Ben will try read', 3],
  ])('no predicate after a process word: "%s"', (text, i) => {
    expect(_isPredicate(doc(text), i)).toBe(false);
  });
});

describe('Broad screens (SDQ, Boxall Profile, ASQ): the text-wide flag of a screen changes no reading', () => {
  it('with the guards off, every development text reads as with them (whole text and each number as anchors)', () => {
    for (const text of texts) {
      const d = doc(text);
      const anchors: [number, number][] = [[0, d.toks.length]];
      for (let i = 0; i < d.toks.length; i++) if (d.toks[i]?.kind === 'n') anchors.push([i, i + 1]);
      const guarded = anchors.map((a) => _screenScoreOnly(d, [a]));
      _flagTesting.noGuards = true;
      const open = doc(text);
      const unguarded = anchors.map((a) => _screenScoreOnly(open, [a]));
      _flagTesting.noGuards = false;
      expect(unguarded, text).toEqual(guarded);
    }
  });
  it.each(['SDQ score to fall below 14', 'her Strengths and Difficulties Questionnaire score 17 to drop to 14', 'Boxall 50'])(
    'a score on a named screen: "%s"',
    (text) => {
      const d = doc(text);
      const k = d.toks.findIndex((t) => t.kind === 'n');
      expect(_screenScoreOnly(d, [[k, k + 1]])).toBe(true);
    },
  );
  it.each(['reading score to rise to 14', 'questionnaire returned by 14 March', 'spell 14 words'])('no screen named: "%s"', (text) => {
    const d = doc(text);
    const k = d.toks.findIndex((t) => t.kind === 'n');
    expect(_screenScoreOnly(d, [[k, k + 1]])).toBe(false);
  });
});
