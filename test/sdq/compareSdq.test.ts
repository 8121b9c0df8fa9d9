import { describe, expect, it } from 'vitest';
import { compareSdq, scoreSdq } from '../../src/sdq/index';
import type { SdqComparison, SdqInformant, SdqResult } from '../../src/sdq/index';
import { ticksFromScores } from './_sdqHelpers';

type Ok = Extract<SdqComparison, { ok: true }>;
const ok = (c: SdqComparison): Ok => {
  if (!c.ok) throw new Error(`expected a comparison, got ${JSON.stringify(c.issues)}`);
  return c;
};

/** Teacher SDQs of the JSDoc example: autumn total 7, summer total 18. */
const AUTUMN = [2, 1, 0, 2, 0, 0, 2, 1, 2, 1, 2, 0, 0, 2, 1, 0, 2, 0, 0, 2, 1, 0, 0, 1, 1];
const SUMMER = [2, 1, 1, 2, 1, 1, 1, 2, 2, 1, 2, 1, 2, 1, 1, 1, 2, 1, 0, 2, 1, 0, 0, 1, 1];

const sdq = (informant: SdqInformant, scores: Parameters<typeof ticksFromScores>[0], extra: object = {}): SdqResult =>
  scoreSdq({ informant, items: ticksFromScores(scores), ...extra });

describe('compareSdq', () => {
  it('reports the change on every measure and the band movements (teacher, autumn to summer)', () => {
    const c = ok(compareSdq(scoreSdq({ informant: 'teacher', items: AUTUMN }), scoreSdq({ informant: 'teacher', items: SUMMER })));
    expect(c.likeForLike).toBe(true);
    expect(c.informants).toEqual({ before: 'teacher', after: 'teacher' });
    expect(c.changes.totalDifficulties).toEqual({
      before: 7,
      after: 18,
      change: 11,
      direction: 'worsened',
      fourBand: { before: 'close-to-average', after: 'high', movement: 'worsened', intoHigh: true },
      threeBand: { before: 'normal', after: 'abnormal', movement: 'worsened' },
    });
    expect(c.changes.hyperactivity).toMatchObject({ before: 5, after: 5, change: 0, direction: 'unchanged' });
    expect(c.changes.internalising).toEqual({ before: 2, after: 9, change: 7, direction: 'worsened', fourBand: null, threeBand: null });
    expect(c.movedIntoHigh).toEqual(['emotional', 'conduct', 'totalDifficulties']);
    expect(c.flagged).toBe(true);
    expect(c.findings).toEqual([
      {
        code: 'SDQ-COMPARE-INTO-HIGH',
        severity: 'warning',
        message: 'emotional moved from close-to-average into very-high (four-band).',
        path: ['after', 'scales', 'emotional'],
      },
      {
        code: 'SDQ-COMPARE-INTO-HIGH',
        severity: 'warning',
        message: 'conduct moved from close-to-average into high (four-band).',
        path: ['after', 'scales', 'conduct'],
      },
      {
        code: 'SDQ-COMPARE-INTO-HIGH',
        severity: 'warning',
        message: 'totalDifficulties moved from close-to-average into high (four-band).',
        path: ['after', 'totalDifficulties'],
      },
    ]);
  });

  it('reads prosocial the other way round: a higher score is an improvement', () => {
    const c = ok(compareSdq(sdq('parent', { prosocial: [1, 1, 1, 1, 1] }), sdq('parent', { prosocial: [2, 2, 2, 1, 1] })));
    expect(c.changes.prosocial).toEqual({
      before: 5,
      after: 8,
      change: 3,
      direction: 'improved',
      fourBand: { before: 'very-low', after: 'close-to-average', movement: 'improved', intoHigh: false },
      threeBand: { before: 'borderline', after: 'normal', movement: 'improved' },
    });
  });

  it('flags a prosocial drop into low as a move into the high-concern bands', () => {
    const c = ok(compareSdq(sdq('parent', { prosocial: [2, 2, 2, 1, 1] }), sdq('parent', { prosocial: [2, 2, 2, 0, 0] })));
    expect([c.changes.prosocial.fourBand, c.movedIntoHigh]).toEqual([
      { before: 'close-to-average', after: 'low', movement: 'worsened', intoHigh: true },
      ['prosocial'],
    ]);
  });

  it('flags a parent total of 16 → 17 (slightly raised → high), not 17 → 20 (high → very high, already high)', () => {
    const t16 = sdq('parent', { emotional: [2, 2, 2, 2, 2], conduct: [2, 2, 2, 0, 0] });
    const t17 = sdq('parent', { emotional: [2, 2, 2, 2, 2], conduct: [2, 2, 2, 1, 0] });
    const t20 = sdq('parent', { emotional: [2, 2, 2, 2, 2], conduct: [2, 2, 2, 2, 2] });
    expect(ok(compareSdq(t16, t17)).movedIntoHigh).toEqual(['totalDifficulties']);
    const up = ok(compareSdq(t17, t20));
    expect([up.changes.totalDifficulties.fourBand, up.flagged]).toEqual([
      { before: 'high', after: 'very-high', movement: 'worsened', intoHigh: false },
      false,
    ]);
  });

  it('compares impact and leaves change null where a score is missing', () => {
    const before = sdq('parent', { peer: [null, null, null, 1, 1] }, { impact: { difficulties: 0 } });
    const after = sdq('parent', { peer: [1, 1, 1, 1, 1] }, { impact: { difficulties: 2, distress: 3, homeLife: 3 } });
    const c = ok(compareSdq(before, after));
    expect(c.changes.peer).toEqual({
      before: null,
      after: 5,
      change: null,
      direction: null,
      fourBand: { before: null, after: 'very-high', movement: null, intoHigh: false },
      threeBand: { before: null, after: 'abnormal', movement: null },
    });
    expect(c.changes.totalDifficulties.change).toBeNull();
    expect(c.changes.impact).toMatchObject({ before: 0, after: 4, change: 4, fourBand: { before: 'close-to-average', after: 'very-high', intoHigh: true } });
    expect(c.movedIntoHigh).toEqual(['impact']);
  });

  it('warns when the informants differ: not like for like, bands read against each informant', () => {
    const c = ok(compareSdq(sdq('parent', { emotional: [1, 1, 1, 1, 0] }), sdq('teacher', { emotional: [1, 1, 1, 1, 0] })));
    expect(c.likeForLike).toBe(false);
    expect(c.changes.emotional).toMatchObject({
      change: 0,
      fourBand: { before: 'slightly-raised', after: 'slightly-raised', movement: 'unchanged' },
      threeBand: { before: 'borderline', after: 'normal', movement: 'improved' },
    });
    expect(c.findings).toEqual([
      {
        code: 'SDQ-COMPARE-INFORMANT-DIFFERS',
        severity: 'warning',
        message:
          "The SDQs are from different informants (parent, then teacher); score changes are not like for like, band movements are each read against the informant's own norms.",
        path: ['after', 'informant'],
      },
    ]);
  });

  it('notes a change of version (2–4 to 4–17) and bands each with its own table', () => {
    const young = scoreSdq({ informant: 'parent', ageBand: '2-4', items: ticksFromScores({ emotional: [2, 1, 0, 0, 0] }) });
    const older = scoreSdq({ informant: 'parent', items: ticksFromScores({ emotional: [2, 1, 0, 0, 0] }) });
    const c = ok(compareSdq(young, older));
    expect(c.changes.emotional.threeBand).toEqual({ before: 'borderline', after: 'normal', movement: 'improved' });
    expect(c.changes.emotional.fourBand).toEqual({ before: null, after: 'close-to-average', movement: null, intoHigh: false });
    expect(c.findings).toEqual([
      {
        code: 'SDQ-COMPARE-VERSION-DIFFERS',
        severity: 'info',
        message: 'The SDQs are different versions (2-4, then 4-17); scoring is the same, bands differ by version.',
        path: ['after', 'ageBand'],
      },
    ]);
  });

  it('compares results that went through JSON (bands are recomputed from the scores)', () => {
    const before = JSON.parse(JSON.stringify(scoreSdq({ informant: 'teacher', items: AUTUMN }))) as unknown;
    const after = JSON.parse(JSON.stringify(scoreSdq({ informant: 'teacher', items: SUMMER }))) as unknown;
    expect(ok(compareSdq(before, after)).movedIntoHigh).toEqual(['emotional', 'conduct', 'totalDifficulties']);
  });

  it('comparing a result with itself changes nothing', () => {
    const r = scoreSdq({ informant: 'self', items: SUMMER, impact: { difficulties: 1, distress: 2 } });
    const c = ok(compareSdq(r, r));
    for (const change of Object.values(c.changes)) expect([change.change, change.direction]).toEqual([0, 'unchanged']);
    expect([c.flagged, c.findings]).toEqual([false, []]);
  });

  it('refuses results that were not scored, and non-results, with paths', () => {
    const bad = scoreSdq({ informant: 'parent', items: [] });
    expect(compareSdq(bad, 'x')).toEqual({
      ok: false,
      issues: [
        { code: 'SDQ-COMPARE-NOT-SCORED', severity: 'error', message: '"before" is not a scored SDQ (scoreSdq returned ok: false).', path: ['before', 'ok'] },
        { code: 'SDQ-COMPARE-INPUT-TYPE', severity: 'error', message: '"after" must be a result of scoreSdq.', path: ['after'] },
      ],
    });
  });

  it('refuses a tampered result: out-of-range score, or a total that is not the sum of its scales', () => {
    const good = scoreSdq({ informant: 'teacher', items: AUTUMN });
    const outOfRange = { ...good, scales: { ...(good as { scales: object }).scales, peer: 11 } };
    expect(compareSdq(good, outOfRange)).toEqual({
      ok: false,
      issues: [
        {
          code: 'SDQ-COMPARE-INPUT-INVALID',
          severity: 'error',
          message: '"after" has an invalid peer score (whole number 0–10 or null).',
          path: ['after', 'scales', 'peer'],
        },
      ],
    });
    const wrongTotal = { ...good, totalDifficulties: 30 };
    expect(compareSdq(wrongTotal, good)).toEqual({
      ok: false,
      issues: [
        {
          code: 'SDQ-COMPARE-INPUT-INVALID',
          severity: 'error',
          message: '"before" is inconsistent: total, externalising and internalising must be the sums of their scales.',
          path: ['before'],
        },
      ],
    });
    const teacherImpact = { ...good, impact: 7 };
    expect(compareSdq(good, teacherImpact)).toMatchObject({
      ok: false,
      issues: [{ message: '"after" has an invalid impact score (whole number 0–6 or null).', path: ['after', 'impact'] }],
    });
  });
});
