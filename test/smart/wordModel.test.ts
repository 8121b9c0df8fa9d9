import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate, loadExamples, probability, train } from '../../scripts/smart-train';
import { checkSmartTarget } from '../../src/smart/index';
import { _analyseText } from '../../src/smart/_analyse';
import { _readContext } from '../../src/smart/checkSmartTarget';
import { _buildDoc } from '../../src/smart/_doc';
import { _ADVICE, _judgeText } from '../../src/smart/_judge';
import { _WORD_MODEL } from '../../src/smart/_wordModel';
import { _MODEL_TOKENS, _rawWords, _wordOpinion, _wordProbability, _wordVerdict } from '../../src/smart/_wordScore';

const MEETING = { meetingDate: '2025-01-15' };

/** The rules' own judgement (second opinion off) and the shipped one, for one text. */
function both(text: string, codes = false): { off: ReturnType<typeof _judgeText>; on: ReturnType<typeof _judgeText> } {
  const ctx = _readContext({ ...MEETING, ...(codes ? { detail: 'codes' } : {}) });
  const a = _analyseText(text, null, ctx.analyse, { n: 0 });
  return { off: _judgeText(a, codes, [], null, [], false), on: _judgeText(a, codes, [], null, [], true) };
}

describe('second opinion from wording: the model file', () => {
  it('regenerating the model from the development data gives the committed src/smart/_wordModel.ts byte for byte', () => {
    const committed = readFileSync(new URL('../../src/smart/_wordModel.ts', import.meta.url), 'utf8');
    // The training weighs the targets the rules judge with low confidence, and the margins follow the rules' verdicts:
    // a change to the rules (or the data, or the normaliser) needs the model written again.
    expect(generate(), 'src/smart/_wordModel.ts is stale: run npx tsx scripts/smart-train.ts --write').toBe(committed);
  }, 180_000);

  it('has one weight per feature for each criterion, and margins chosen per criterion and per the rules\' verdict', () => {
    const n = _WORD_MODEL.features.split('|').length;
    expect(_WORD_MODEL.specific.split(',')).toHaveLength(n);
    expect(_WORD_MODEL.measurable.split(',')).toHaveLength(n);
    for (const row of _WORD_MODEL.margin) for (const m of row) expect(m >= 0 && m <= 0.5).toBe(true);
  });
});

describe('second opinion from wording: the scorer', () => {
  it('is pure and deterministic: the same text gives the same probability, whatever was scored before', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('will', 'read', 'more', '10', 'words', 'Sam', 'by', 'Easter', 'improve', 'his', 'spelling', '.', 'not', 'hit'), { maxLength: 20 }), fc.string(), (words, other) => {
        const text = words.join(' ');
        const first = [_wordOpinion(_buildDoc(text, { n: 0 }), 0).p, _wordOpinion(_buildDoc(text, { n: 0 }), 1).p];
        _wordOpinion(_buildDoc(other, { n: 0 }), 0);
        _wordOpinion(_buildDoc(other, { n: 0 }), 1);
        const again = [_wordOpinion(_buildDoc(text, { n: 0 }), 0).p, _wordOpinion(_buildDoc(text, { n: 0 }), 1).p];
        expect(again).toEqual(first);
        for (const p of first) expect(p > 0 && p < 1).toBe(true);
      }),
    );
  });

  it('scores every development target exactly as the training script does (the shipped file is the trained model)', () => {
    const examples = loadExamples();
    const model = train(examples);
    for (const e of examples) {
      const doc = _analyseText(e.text, null, _readContext(MEETING).analyse, { n: 0 }).doc;
      for (const which of [0, 1] as const) {
        const p = _wordProbability(doc, which);
        expect(p).toBeCloseTo(probability(model, e, which), 9);
        expect(_wordOpinion(doc, which).p).toBe(p);
      }
    }
  }, 120_000);

  it('reads at most the first _MODEL_TOKENS tokens, so a 1 MB text costs no more than a long target', () => {
    const doc = _buildDoc('by '.repeat(200_000), { n: 0 });
    expect(_rawWords(doc).w).toHaveLength(_MODEL_TOKENS);
    expect(_wordOpinion(doc, 0).p).toBe(_wordOpinion(_buildDoc('by '.repeat(_MODEL_TOKENS), { n: 0 }), 0).p);
  });

  it('decides only past its margin, and never where the margin is 0.5', () => {
    expect(_wordVerdict(0.5, 1, true)).toBeNull();
    expect(_wordVerdict(0.999, 1, false)).toBe(true);
    expect(_wordVerdict(0.001, 1, false)).toBe(false);
    if (_WORD_MODEL.margin[0][0] >= 0.5) expect([_wordVerdict(0.999, 0, true), _wordVerdict(0.001, 0, true)]).toEqual([null, null]);
  });
});

describe('second opinion from wording: high-confidence judgements never change (every development target)', () => {
  const examples = loadExamples();

  it(`covers the ${examples.length} development targets`, () => {
    expect(examples.length).toBeGreaterThan(1000);
  });

  it('high confidence: the criterion is the rules\' own; low confidence: still low, advice unchanged; time-bound untouched', () => {
    let changed = 0;
    for (const e of examples) {
      const { off, on } = both(e.text);
      expect(on.timeBound).toEqual(off.timeBound);
      for (const key of ['specific', 'measurable'] as const) {
        if (off[key].confidence !== 'low') {
          expect(on[key], e.id).toEqual(off[key]);
          continue;
        }
        expect(on[key].confidence).toBe('low');
        expect(on[key].advice).toBe(off[key].advice);
        if (on[key].met !== off[key].met) {
          changed += 1;
          expect(on[key].evidence).toHaveLength(1);
          expect(on[key].evidence[0]?.length).toBeLessThanOrEqual(120);
          expect(on[key].evidence[0]).toMatch(/^Judged from the wording of targets quality officers judged: /);
        } else expect(on[key]).toEqual(off[key]);
      }
    }
    // The model changes some low-confidence verdicts (it would be pointless otherwise), and only those.
    expect(changed).toBeGreaterThan(0);
  }, 120_000);

  it("detail 'codes' gives the same verdicts as full detail", () => {
    for (const e of examples.slice(0, 400)) {
      const full = both(e.text);
      const codes = both(e.text, true);
      expect([codes.on.specific.met, codes.on.specific.confidence, codes.on.measurable.met, codes.on.measurable.confidence]).toEqual([full.on.specific.met, full.on.specific.confidence, full.on.measurable.met, full.on.measurable.confidence]);
    }
  }, 120_000);
});

describe('second opinion from wording: worked examples (docs/smart.md, "Second opinion from wording")', () => {
  it('"Mia will continue to see the school counsellor weekly.": a frequency of provision, judged not measurable from its wording', () => {
    const text = 'Mia will continue to see the school counsellor weekly.';
    expect(both(text).off.measurable).toMatchObject({ met: true, confidence: 'low' });
    const r = checkSmartTarget(text, MEETING);
    expect(r.measurable).toEqual({
      met: false,
      confidence: 'low',
      evidence: ["Judged from the wording of targets quality officers judged: 'continue' weighs against measurable."],
      advice: _ADVICE.measurableLowUnnamed,
    });
    expect(r.findings.map((f) => f.code)).toContain('SMART-NOT-MEASURABLE');
    expect(r.rating).toBe('requires-improvement');
    expect(checkSmartTarget(text, { ...MEETING, detail: 'codes' }).measurable).toEqual({ met: false, evidence: [], confidence: 'low' });
  });

  it('"Should I add -ed to verbs.": a question the rules find no skill in, judged specific from its wording', () => {
    const text = 'Should I add -ed to verbs.';
    const { off } = both(text);
    expect(off.specific).toMatchObject({ met: false, confidence: 'low' });
    const r = checkSmartTarget(text, MEETING);
    expect(r.specific).toEqual({
      met: true,
      confidence: 'low',
      evidence: ["Judged from the wording of targets quality officers judged: 'Should', 'add' weigh towards specific."],
      advice: off.specific.advice,
    });
    expect(r.findings.map((f) => f.code)).not.toContain('SMART-NOT-SPECIFIC');
  });

  it('"Get a job.": the rules\' low-confidence "not specific" stands where the model is not sure enough', () => {
    const r = checkSmartTarget('Get a job.', MEETING);
    expect(r.specific).toEqual(both('Get a job.').off.specific);
    expect(r.specific.confidence).toBe('low');
  });

  it('"Be on time to school.": a behaviour with no figure, judged measurable from its wording', () => {
    const text = 'Be on time to school.';
    expect(both(text).off.measurable).toMatchObject({ met: false, confidence: 'low' });
    const r = checkSmartTarget(text, MEETING);
    expect(r.measurable.met).toBe(true);
    expect(r.measurable.confidence).toBe('low');
    expect(r.measurable.evidence[0]).toMatch(/^Judged from the wording of targets quality officers judged: '.+' weighs? towards measurable\.$/);
  });

  it('a high-confidence judgement is never asked: "Sam will spell 10 spelling words correctly by Easter."', () => {
    const r = checkSmartTarget('Sam will spell 10 spelling words correctly by Easter.', MEETING);
    expect([r.specific.confidence, r.measurable.confidence, r.measurable.evidence]).toEqual(['high', 'high', ['10 spelling words correctly']]);
  });

  it('no target text in any finding message of a target the model judged', () => {
    for (const text of ['Mia will continue to see the school counsellor weekly.', 'Should I add -ed to verbs.', 'Be on time to school.']) {
      for (const f of checkSmartTarget(text, MEETING).findings) expect(f.message.toLowerCase()).not.toContain(text.slice(0, 12).toLowerCase());
    }
  });
});
