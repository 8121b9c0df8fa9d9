import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import type { Deadline } from '../../src/smart/index';
import { MEETING } from './_judge';

const codes = (text: string, context: object = MEETING): string[] => checkSmartTarget(text, context).findings.map((f) => f.code);

describe('impossible dates in the target text (SMART-DATE-IMPOSSIBLE)', () => {
  it.each([
    'Ava will read 20 words by 30 February 2026.',
    'Ava will read 20 words by 31/04/2026.',
    'Ava will read 20 words by 31st June.',
    'Ava will read 20 words by June 31st.',
    'Ava will read 20 words by 2026-02-30.',
    'Ava will read 20 words by 29 February 2025.',
    'Ava will read 20 words by 29 February.', // the next February after a meeting on 15 January 2025 has 28 days
    'Ava will read 20 words by 31/4.',
  ])('%s: flagged, not time-bound, never moved to another day', (text) => {
    const r = checkSmartTarget(text, MEETING);
    expect([r.timeBound.met, r.deadline, codes(text)]).toEqual([false, null, ['SMART-DATE-IMPOSSIBLE']]);
    expect(r.timeBound.advice).toMatch(/^Correct the date/);
    expect(r.findings[0]?.severity).toBe('warning');
  });

  it('30 February is not read as "by February" (28 February)', () => {
    expect(checkSmartTarget('Ava will read 20 words by 30 February 2026.', MEETING).deadline).not.toEqual({ kind: 'date', date: '2026-02-28' });
  });

  it('29 February is a deadline in a leap year (meeting 15 January 2028)', () => {
    const r = checkSmartTarget('Ava will read 20 words by 29 February.', { meetingDate: '2028-01-15' });
    expect([r.deadline, r.findings]).toEqual([{ kind: 'date', date: '2028-02-29' }, []]);
  });

  it('a real deadline beside the impossible date is still the deadline, and the date is still flagged', () => {
    const r = checkSmartTarget('Ava will read 20 words by 30 February 2026, and by the end of term.', MEETING);
    expect([r.timeBound.met, r.deadline, codes('Ava will read 20 words by 30 February 2026, and by the end of term.')]).toEqual([
      true,
      { kind: 'term', term: 'spring', part: 'end' } satisfies Deadline,
      ['SMART-DATE-IMPOSSIBLE'],
    ]);
  });

  it('points at the "Timescale (When)" cell when the impossible date is there, and does not quote it', () => {
    const r = checkSmartTarget({ text: 'Ava will read 20 words.', deadline: '31/06/2026' }, MEETING);
    expect(r.findings.map((f) => [f.code, f.path])).toEqual([['SMART-DATE-IMPOSSIBLE', ['deadline']]]);
    expect(r.findings[0]?.message).toBe('The target gives a date that does not exist (such as 30 February or 31 April); it was not read as a deadline or moved to another day.');
  });

  it('scores and days out of range are not dates at all: "spell 3/5 words", "31/4 correct", "by 32nd March"', () => {
    expect(codes('Freddie will spell 3/5 spelling words correctly by Easter.')).toEqual([]);
    expect(codes('Freddie will get 31/4 correct by Easter.')).not.toContain('SMART-DATE-IMPOSSIBLE');
    expect(codes('Ava will read 20 words by 32nd March.')).toEqual(['SMART-NO-DEADLINE']);
  });
});

describe('confidence beside met (issue: say when it is unsure)', () => {
  it('a target with a figure, a skill and a date is judged with high confidence and no advice', () => {
    const r = checkSmartTarget('Ben will read 20 high frequency words by Easter.', MEETING);
    for (const c of [r.specific, r.measurable, r.timeBound]) expect([c.met, c.confidence, c.advice]).toEqual([true, 'high', undefined]);
  });

  it('Labelling guide, Measurable rule 4: a stop-behaviour is measurable with low confidence, and the advice asks how often', () => {
    const r = checkSmartTarget('Dominic will not bite other children at nursery by Easter.', MEETING);
    expect([r.measurable.met, r.measurable.confidence]).toEqual([true, 'low']);
    expect(r.measurable.advice).toMatch(/^Add how often/);
  });

  it('Labelling guide, Measurable rule 3: an observable capability is measurable with high confidence (labellers agree with it as with a figure), no advice', () => {
    const r = checkSmartTarget('Dylan will be able to blend CVC words by Easter.', MEETING);
    expect([r.measurable.met, r.measurable.confidence, r.measurable.advice]).toEqual([true, 'high', undefined]);
    // With a figure beside it, the measure is certain.
    expect(checkSmartTarget('Dylan will be able to blend CVC words on 4 out of 5 occasions by Easter.', MEETING).measurable.confidence).toBe('high');
  });

  it('a deadline inferred from a key stage is time-bound with low confidence (which academic year?)', () => {
    const r = checkSmartTarget('Sam will be able to use Assistive Technology to independently produce written work by the end of Key Stage 3', MEETING);
    expect([r.timeBound.met, r.timeBound.confidence, r.deadline]).toEqual([true, 'low', { kind: 'academic-year-end', approximate: true }]);
    expect(r.timeBound.advice).toMatch(/which academic year\?/);
  });

  it('a deadline that needs the meeting date is time-bound with low confidence until the date is given', () => {
    expect(checkSmartTarget('Tom will read 20 words by Easter.').timeBound).toMatchObject({ met: true, confidence: 'low' });
    expect(checkSmartTarget('Tom will read 20 words by Easter.', MEETING).timeBound).toMatchObject({ met: true, confidence: 'high' });
  });

  it('text the analyser recognises nothing in is not specific, with low confidence', () => {
    expect(checkSmartTarget('Xylo zyx quorp by Easter.', MEETING).specific).toMatchObject({ met: false, confidence: 'low' });
    expect(checkSmartTarget('Leo will be happier.', MEETING).specific).toMatchObject({ met: false, confidence: 'high' });
  });

  it('Halton Appendix C rating counts only judged criteria, and notJudged names the others', () => {
    const r = checkSmartTarget('Tom will read 20 words by Easter.', MEETING);
    expect([r.score, r.outOf, r.rating, r.notJudged]).toEqual([3, 3, 'outstanding', ['achievable', 'relevant']]);
    expect([r.achievable.confidence, r.relevant.confidence]).toEqual([undefined, undefined]);
    const poor = checkSmartTarget('Tom will be happier.', MEETING);
    expect([poor.score, poor.outOf, poor.rating]).toEqual([0, 3, 'requires-improvement']);
  });

  it('with the PEP, every criterion is judged; achievable with nothing to check is low', () => {
    const pep = { phase: 'school-age', meeting: { date: '2025-01-15' }, targets: [] };
    const r = checkSmartTarget({ text: 'Tom will read 20 words by Easter.', area: 'academic' }, { pep: pep as never });
    expect(r.notJudged).toEqual([]);
    expect([r.achievable.met, r.achievable.confidence, r.relevant.met, r.relevant.confidence]).toEqual([true, 'low', true, 'high']);
  });
});
