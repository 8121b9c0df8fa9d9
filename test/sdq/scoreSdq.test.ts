import { describe, expect, it } from 'vitest';
import { scoreSdq, SDQ_ITEMS } from '../../src/sdq/index';
import type { SdqResult, SdqScored } from '../../src/sdq/index';
import { deepFreeze, ticksFromScores, tickFor, POSITIONS } from './_sdqHelpers';

const SYNTAX = 'Youthinmind SDQ scoring syntax (sdqinfo.org)';
const DFE = 'DfE SSDA903 SDQ convention (LG Inform metric 2135): total difficulties 17 or more is a cause for concern';

function scored(result: SdqResult): SdqScored {
  if (!result.ok) throw new Error(`expected a scored SDQ, got ${JSON.stringify(result.issues)}`);
  return result;
}

/** Scores the emotional scale (no reverse-scored items) from five item scores. */
const emotional = (scores: (number | null)[]): number | null =>
  scored(scoreSdq({ informant: 'parent', items: ticksFromScores({ emotional: scores }) })).scales.emotional;

/** A complete parent SDQ (the JSDoc example): emotional 2, conduct 2, hyperactivity 8, peer 1, prosocial 10. */
const EXAMPLE = [2, 2, 1, 2, 1, 0, 1, 0, 2, 2, 2, 0, 1, 1, 2, 0, 2, 0, 0, 2, 1, 0, 0, 0, 1] as const;

describe('scoreSdq: items and reverse scoring (domain/sdq.md §1–2)', () => {
  it('keeps the questionnaire order and the five reverse-scored items', () => {
    expect(SDQ_ITEMS.map((i) => i.name)).toEqual([
      'consid', 'restles', 'somatic', 'shares', 'tantrum', 'loner', 'obeys', 'worries', 'caring', 'fidgety', 'friend', 'fights', 'unhappy',
      'popular', 'distrac', 'clingy', 'kind', 'lies', 'bullied', 'helpout', 'reflect', 'steals', 'oldbest', 'afraid', 'attends',
    ]);
    expect(SDQ_ITEMS.filter((i) => i.reversed).map((i) => i.position)).toEqual([7, 11, 14, 21, 25]);
    expect(SDQ_ITEMS.filter((i) => i.name2to4 !== undefined).map((i) => [i.position, i.name2to4])).toEqual([[18, 'argues'], [22, 'spite']]);
    for (const [scale, positions] of Object.entries(POSITIONS)) {
      expect(SDQ_ITEMS.filter((i) => i.scale === scale).map((i) => i.position)).toEqual(positions);
    }
  });

  it('scores the worked example: every scale, total, externalising and internalising', () => {
    const r = scored(scoreSdq({ informant: 'parent', items: [...EXAMPLE] }));
    expect([r.scales, r.totalDifficulties, r.externalising, r.internalising, r.impact]).toEqual([
      { emotional: 2, conduct: 2, hyperactivity: 8, peer: 1, prosocial: 10 },
      13,
      10,
      3,
      null,
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('recodes reverse-scored items 0→2, 1→1, 2→0: all "certainly true" on the five gives conduct 0, hyperactivity 0, peer 0', () => {
    const items = new Array<0 | 1 | 2>(25).fill(0);
    for (const p of [7, 11, 14, 21, 25]) items[p - 1] = 2;
    const r = scored(scoreSdq({ informant: 'parent', items }));
    expect(r.scales).toEqual({ emotional: 0, conduct: 0, hyperactivity: 0, peer: 0, prosocial: 0 });
    const none = scored(scoreSdq({ informant: 'parent', items: new Array(25).fill(0) }));
    expect(none.scales).toEqual({ emotional: 0, conduct: 2, hyperactivity: 4, peer: 4, prosocial: 0 });
  });

  it('pitfall §8.2: conduct tantrum 1, obeys 2, lies 1, steals 0, fights missing is 3, not 5', () => {
    const items = ticksFromScores({});
    items[4] = 1; // tantrum
    items[6] = 2; // obeys (reverse-scored: scores 0)
    items[11] = null; // fights
    items[17] = 1; // lies
    items[21] = 0; // steals
    expect(scored(scoreSdq({ informant: 'parent', items })).scales.conduct).toBe(3);
  });
});

describe('scoreSdq: prorating with rounding half up (domain/sdq.md §3)', () => {
  it.each([
    ['5 answered 1,2,0,1,1 → 5', [1, 2, 0, 1, 1], 5],
    ['4 answered 1,1,0,0 → 2.5 → 3 (half rounds up)', [1, 1, 0, 0, null], 3],
    ['4 answered 2,2,1,1 → 7.5 → 8', [2, 2, 1, 1, null], 8],
    ['4 answered 1,0,0,0 → 1.25 → 1', [null, 1, 0, 0, 0], 1],
    ['4 answered 2,1,0,0 → 3.75 → 4', [2, null, 1, 0, 0], 4],
    ['3 answered 2,1,1 → 6.67 → 7 (the official example: 4 from 3 items scores 7)', [2, null, 1, null, 1], 7],
    ['3 answered 0,0,1 → 1.67 → 2', [0, 0, 1, null, null], 2],
    ['2 answered 2,2 → missing', [2, null, null, 2, null], null],
    ['none answered → missing', [null, null, null, null, null], null],
  ] as const)('%s', (_name, scores, expected) => {
    expect(emotional([...scores])).toBe(expected);
  });

  it('rounds 2.5 up to 3 where round-half-to-even (R, Python) would give 2', () => {
    // Sum 2 over 4 answered items: mean × 5 = 2.5.
    expect(emotional([2, 0, 0, 0, null])).toBe(3);
    // Sum 6 over 4: 7.5 → 8 (half-to-even would also give 8, so both .5 cases are pinned).
    expect(emotional([2, 2, 2, 0, null])).toBe(8);
  });

  it('explains each prorated and each missing scale, and the missing total', () => {
    const items = ticksFromScores({ emotional: [1, 1, 0, 0, null], peer: [null, null, 2, 2, null] });
    const r = scored(scoreSdq({ informant: 'parent', items }));
    expect([r.scales.emotional, r.scales.peer, r.totalDifficulties, r.externalising, r.internalising]).toEqual([3, null, null, 0, null]);
    expect(r.concern).toEqual({ threshold: 17, flagged: null, source: DFE });
    expect(r.warnings).toEqual([
      {
        code: 'SDQ-SCALE-PRORATED',
        severity: 'info',
        message: 'The emotional scale is prorated from 4 of 5 answered items (missing: 24 (afraid)): mean × 5, rounded half up.',
        path: ['items'],
        source: SYNTAX,
      },
      {
        code: 'SDQ-SCALE-MISSING',
        severity: 'warning',
        message: 'The peer scale has 2 of 5 items answered (at least 3 are needed), so it is not scored (missing: 6 (loner), 11 (friend), 23 (oldbest)).',
        path: ['items'],
        source: SYNTAX,
      },
      {
        code: 'SDQ-TOTAL-MISSING',
        severity: 'warning',
        message: 'Total difficulties is not scored because the peer scale is missing (the total is never prorated).',
        path: ['items'],
        source: SYNTAX,
      },
    ]);
  });

  it('never prorates the total: one missing difficulty scale leaves total, and only its composite, missing', () => {
    const items = ticksFromScores({ conduct: [null, null, null, 2, 2], emotional: [2, 2, 2, 2, 2] });
    const r = scored(scoreSdq({ informant: 'teacher', items }));
    expect([r.scales.conduct, r.totalDifficulties, r.externalising, r.internalising]).toEqual([null, null, null, 10]);
    expect(r.bands.fourBand.total).toBeNull();
    expect(r.bands.fourBand.emotional?.band).toBe('very-high');
  });

  it('a missing prosocial scale does not affect the total', () => {
    const r = scored(scoreSdq({ informant: 'parent', items: ticksFromScores({ prosocial: [null, null, null, 2, 2] }) }));
    expect([r.scales.prosocial, r.totalDifficulties, r.bands.threeBand.prosocial]).toEqual([null, 0, null]);
  });
});

describe('scoreSdq: impact supplement (domain/sdq.md §5)', () => {
  it('parent: 0/0/1/2 points over five answers (quite a lot 1, a great deal 2), 0–10', () => {
    const r = scored(
      scoreSdq({
        informant: 'parent',
        items: [...EXAMPLE],
        impact: { difficulties: 2, distress: 2, homeLife: 3, friendships: 0, classroomLearning: 1, leisure: 3 },
      }),
    );
    expect(r.impact).toBe(5);
    expect(r.bands.fourBand.impact?.band).toBe('very-high');
    expect(r.bands.threeBand.impact?.range).toEqual([2, 10]);
    expect(r.warnings).toEqual([]);
  });

  it('teacher: distress, peer relations and classroom learning only (0–6); home life and leisure are not on the form', () => {
    const r = scored(
      scoreSdq({
        informant: 'teacher',
        items: [...EXAMPLE],
        impact: { difficulties: 3, distress: 3, peerRelations: 2, classroomLearning: 3, homeLife: 3 },
      }),
    );
    expect(r.impact).toBe(5);
    expect(r.bands.fourBand.impact).toMatchObject({ band: 'very-high', range: [3, 6] });
    expect(r.warnings).toEqual([
      {
        code: 'SDQ-IMPACT-NOT-ON-FORM',
        severity: 'warning',
        message:
          'Impact answer "homeLife" is not on the teacher form and was not scored (teacher impact: distress, peer relations, classroom learning).',
        path: ['impact', 'homeLife'],
        source: SYNTAX,
      },
    ]);
  });

  it('accepts "friendships" and "peerRelations" as the same question (impfrie) for any informant', () => {
    const teacher = scored(scoreSdq({ informant: 'teacher', items: [...EXAMPLE], impact: { difficulties: 1, friendships: 3 } }));
    const self = scored(scoreSdq({ informant: 'self', items: [...EXAMPLE], impact: { difficulties: 1, peerRelations: 3, friendships: 3 } }));
    expect([teacher.impact, self.impact]).toEqual([2, 2]);
  });

  it('"difficulties" = No forces impact 0 whatever else is ticked, and says so', () => {
    const r = scored(scoreSdq({ informant: 'parent', items: [...EXAMPLE], impact: { difficulties: 0, distress: 3, homeLife: 3 } }));
    expect(r.impact).toBe(0);
    expect(r.bands.threeBand.impact?.band).toBe('normal');
    expect(r.warnings).toEqual([
      {
        code: 'SDQ-IMPACT-GATED',
        severity: 'info',
        message: 'Difficulties was answered "No", so impact is 0 and the other impact answers were not counted.',
        path: ['impact', 'difficulties'],
        source: SYNTAX,
      },
    ]);
    const alone = scored(scoreSdq({ informant: 'parent', items: [...EXAMPLE], impact: { difficulties: 0 } }));
    expect([alone.impact, alone.warnings]).toEqual([0, []]);
  });

  it('counts unanswered impact items as 0 when at least one is answered', () => {
    const r = scored(scoreSdq({ informant: 'self', items: [...EXAMPLE], impact: { difficulties: 1, classroomLearning: 3 } }));
    expect(r.impact).toBe(2);
    expect(r.warnings).toEqual([
      {
        code: 'SDQ-IMPACT-PARTIAL',
        severity: 'info',
        message: 'Impact is scored from 1 of 5 answers; unanswered ones count as 0 (official syntax).',
        path: ['impact'],
        source: SYNTAX,
      },
    ]);
  });

  it('"Yes" with no impact answer leaves impact missing, with a warning', () => {
    const r = scored(scoreSdq({ informant: 'parent', items: [...EXAMPLE], impact: { difficulties: 2 } }));
    expect([r.impact, r.bands.fourBand.impact, r.warnings.map((w) => w.code)]).toEqual([null, null, ['SDQ-IMPACT-MISSING']]);
  });

  it('an unanswered "difficulties" keeps the item-based score (SPSS/Stata rule, not R)', () => {
    const r = scored(
      scoreSdq({ informant: 'teacher', items: [...EXAMPLE], impact: { distress: 2, peerRelations: 2, classroomLearning: 2 } }),
    );
    expect(r.impact).toBe(3);
    expect(r.warnings.map((w) => w.code)).toEqual(['SDQ-IMPACT-DIFFICULTIES-MISSING']);
  });

  it('no supplement (one-sided form) or an empty one: impact null, nothing to report', () => {
    for (const impact of [undefined, null, {}]) {
      const r = scored(scoreSdq({ informant: 'parent', items: [...EXAMPLE], impact }));
      expect([r.impact, r.warnings]).toEqual([null, []]);
    }
  });

  it('warns about an impact field that is not part of the supplement, without repeating its name', () => {
    const r = scored(scoreSdq({ informant: 'parent', items: [...EXAMPLE], impact: { difficulties: 0, burden: 3 } as never }));
    expect(r.warnings).toEqual([
      {
        code: 'SDQ-IMPACT-FIELD-UNKNOWN',
        severity: 'warning',
        message: 'An impact field is not part of the supplement and was ignored (the names are not repeated).',
        path: ['impact', '*'],
      },
    ]);
  });

  it('never echoes unknown impact keys (a child name typed as a key): one warning, the count, a neutral path', () => {
    const impact = { difficulties: 0, 'Jane Smith': 2, '<script>': 1 };
    const r = scored(scoreSdq({ informant: 'parent', items: [...EXAMPLE], impact } as never));
    expect(r.warnings).toEqual([
      {
        code: 'SDQ-IMPACT-FIELD-UNKNOWN',
        severity: 'warning',
        message: '2 impact fields are not part of the supplement and were ignored (the names are not repeated).',
        path: ['impact', '*'],
      },
    ]);
    expect(JSON.stringify(r)).not.toMatch(/Jane|script/);
  });
});

describe('scoreSdq: concern threshold (policy.sdq.concernThreshold)', () => {
  const withTotal = (total: number) => {
    const scales = { emotional: [2, 2, 2, 2, 2], conduct: [2, 2, 2, 0, 0], hyperactivity: [0, 0, 0, 0, 0], peer: [0, 0, 0, 0, 0] };
    let left = total - 16;
    for (const k of [0, 1, 2, 3, 4]) {
      const add = Math.min(2, Math.max(0, left));
      scales.hyperactivity[k] = add;
      left -= add;
    }
    return ticksFromScores(scales);
  };

  it('flags a total of 17 at the default DfE threshold, with a warning citing it', () => {
    const r = scored(scoreSdq({ informant: 'parent', items: withTotal(17) }));
    expect(r.totalDifficulties).toBe(17);
    expect(r.concern).toEqual({ threshold: 17, flagged: true, source: DFE });
    expect(r.warnings).toEqual([
      { code: 'SDQ-CONCERN-THRESHOLD', severity: 'warning', message: 'Total difficulties is at or above the concern threshold of 17.', source: DFE },
    ]);
  });

  it('does not flag 16', () => {
    const r = scored(scoreSdq({ informant: 'parent', items: withTotal(16) }));
    expect([r.totalDifficulties, r.concern.flagged, r.warnings]).toEqual([16, false, []]);
  });

  it('uses the council threshold and source passed in options', () => {
    const r = scored(scoreSdq({ informant: 'teacher', items: withTotal(18) }, { concernThreshold: 19, concernThresholdSource: 'Council X SDQ guidance' }));
    expect(r.concern).toEqual({ threshold: 19, flagged: false, source: 'Council X SDQ guidance' });
    const low = scored(scoreSdq({ informant: 'teacher', items: withTotal(18) }, { concernThreshold: 14 }));
    expect(low.concern).toEqual({ threshold: 14, flagged: true, source: DFE });
  });

  it('refuses a threshold that is not a whole number from 0 to 40', () => {
    for (const concernThreshold of [41, -1, 16.5, Number.NaN, '17' as unknown as number]) {
      expect(scoreSdq({ informant: 'parent', items: withTotal(10) }, { concernThreshold })).toEqual({
        ok: false,
        issues: [
          {
            code: 'SDQ-OPTION-CONCERN-THRESHOLD',
            severity: 'error',
            message: 'The concern threshold must be a whole number from 0 to 40.',
            path: ['concernThreshold'],
          },
        ],
      });
    }
  });
});

describe('scoreSdq: versions', () => {
  it('scores the 2–4 parent version identically and bands it with the provisional table', () => {
    const r = scored(scoreSdq({ informant: 'parent', ageBand: '2-4', items: [...EXAMPLE] }));
    const older = scored(scoreSdq({ informant: 'parent', items: [...EXAMPLE] }));
    expect([r.ageBand, r.scales, r.totalDifficulties]).toEqual(['2-4', older.scales, older.totalDifficulties]);
    expect(r.bands.threeBand.total).toMatchObject({ band: 'borderline', range: [13, 15], provisional: true });
    expect(r.bands.threeBand.hyperactivity?.band).toBe('abnormal');
    expect(r.bands.fourBand).toEqual({ emotional: null, conduct: null, hyperactivity: null, peer: null, prosocial: null, total: null, impact: null });
    expect(r.warnings.map((w) => [w.code, w.severity])).toEqual([
      ['SDQ-BANDS-PROVISIONAL', 'info'],
      ['SDQ-BANDS-UNAVAILABLE', 'info'],
    ]);
    expect(r.warnings[1]?.message).toBe(
      'There are no verified four-band or impact three-band cut-points for the 2-4 parent SDQ; those bands are null.',
    );
  });

  it('gives no bands for the 2–4 teacher version (not verified), and says so', () => {
    const r = scored(scoreSdq({ informant: 'teacher', ageBand: '2-4', items: [...EXAMPLE] }));
    expect([r.bands.fourBand.total, r.bands.threeBand.total, r.totalDifficulties]).toEqual([null, null, 13]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'There are no verified four-band or three-band cut-points for the 2-4 teacher SDQ; those bands are null.',
    ]);
  });

  it('uses the 2–4 item names in messages (item 18 argues)', () => {
    const items: unknown[] = [...EXAMPLE];
    items[17] = 3;
    expect(scoreSdq({ informant: 'parent', ageBand: '2-4', items })).toEqual({
      ok: false,
      issues: [
        { code: 'SDQ-ITEM-OUT-OF-RANGE', severity: 'error', message: 'Item 18 (argues) is outside 0–2; answers are 0, 1 or 2.', path: ['items', 17] },
      ],
    });
  });

  it('bands the self-report with its own table (conduct 0–3 is close to average, pitfall §8.8)', () => {
    const items = ticksFromScores({ conduct: [1, 1, 1, 0, 0] });
    const self = scored(scoreSdq({ informant: 'self', items }));
    const parent = scored(scoreSdq({ informant: 'parent', items }));
    expect([self.bands.fourBand.conduct?.band, parent.bands.fourBand.conduct?.band]).toEqual(['close-to-average', 'slightly-raised']);
  });
});

describe('scoreSdq: bad input gives issues with codes and paths, never a throw', () => {
  const items = [...EXAMPLE] as unknown[];
  const withItem = (index: number, value: unknown): unknown[] => {
    const copy = [...items];
    copy[index] = value;
    return copy;
  };

  it.each([
    ['null', null],
    ['a number', 5],
    ['a string', 'sdq'],
    ['an array', [0, 1, 2]],
  ])('refuses %s as input', (_name, input) => {
    expect(scoreSdq(input)).toEqual({
      ok: false,
      issues: [{ code: 'SDQ-INPUT-TYPE', severity: 'error', message: 'The SDQ must be an object { informant, items, ageBand?, impact? }.', path: [] }],
    });
  });

  it.each([
    ['24 items', items.slice(0, 24), 'The SDQ has 25 items; 24 were given.'],
    ['26 items', [...items, 0], 'The SDQ has 25 items; 26 were given.'],
    ['no items', [], 'The SDQ has 25 items; 0 were given.'],
  ])('refuses %s (SDQ-ITEMS-COUNT)', (_name, list, message) => {
    expect(scoreSdq({ informant: 'parent', items: list })).toEqual({
      ok: false,
      issues: [{ code: 'SDQ-ITEMS-COUNT', severity: 'error', message, path: ['items'], source: SYNTAX }],
    });
  });

  it.each([
    [3, 'SDQ-ITEM-OUT-OF-RANGE', 'Item 8 (worries) is outside 0–2; answers are 0, 1 or 2.'],
    [-1, 'SDQ-ITEM-OUT-OF-RANGE', 'Item 8 (worries) is outside 0–2; answers are 0, 1 or 2.'],
    [1.5, 'SDQ-ITEM-NOT-INTEGER', 'Item 8 (worries) is not a whole number; answers are 0, 1 or 2.'],
    [Number.NaN, 'SDQ-ITEM-NOT-INTEGER', 'Item 8 (worries) is not a whole number; answers are 0, 1 or 2.'],
    [Number.POSITIVE_INFINITY, 'SDQ-ITEM-NOT-INTEGER', 'Item 8 (worries) is not a whole number; answers are 0, 1 or 2.'],
    ['2', 'SDQ-ITEM-NUMERIC-STRING', 'Item 8 (worries) is a string; send the number 0, 1 or 2 (numeric strings are not converted).'],
    [' 1 ', 'SDQ-ITEM-NUMERIC-STRING', 'Item 8 (worries) is a string; send the number 0, 1 or 2 (numeric strings are not converted).'],
    ['Certainly true', 'SDQ-ITEM-TYPE', 'Item 8 (worries) must be 0, 1 or 2, or null when unanswered.'],
    ['', 'SDQ-ITEM-TYPE', 'Item 8 (worries) must be 0, 1 or 2, or null when unanswered.'],
    [true, 'SDQ-ITEM-TYPE', 'Item 8 (worries) must be 0, 1 or 2, or null when unanswered.'],
    [undefined, 'SDQ-ITEM-TYPE', 'Item 8 (worries) must be 0, 1 or 2, or null when unanswered.'],
    [{}, 'SDQ-ITEM-TYPE', 'Item 8 (worries) must be 0, 1 or 2, or null when unanswered.'],
  ])('refuses item value %j (%s) at its path', (value, code, message) => {
    expect(scoreSdq({ informant: 'parent', items: withItem(7, value) })).toEqual({
      ok: false,
      issues: [{ code, severity: 'error', message, path: ['items', 7] }],
    });
  });

  it('classifies a very long digit string as a wrong type without regex backtracking', () => {
    const r = scoreSdq({ informant: 'parent', items: withItem(0, `${'1'.repeat(100_000)}x`) });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['SDQ-ITEM-TYPE']);
  });

  it('reports every bad item, informant and age band together', () => {
    const list = withItem(0, 'x');
    list[24] = 7;
    expect(scoreSdq({ informant: 'carer', ageBand: '5-10', items: list })).toEqual({
      ok: false,
      issues: [
        { code: 'SDQ-INFORMANT-UNKNOWN', severity: 'error', message: "The informant must be 'parent', 'teacher' or 'self'.", path: ['informant'] },
        { code: 'SDQ-AGE-BAND-INVALID', severity: 'error', message: "The age band must be '4-17' or '2-4'.", path: ['ageBand'] },
        { code: 'SDQ-ITEM-TYPE', severity: 'error', message: 'Item 1 (consid) must be 0, 1 or 2, or null when unanswered.', path: ['items', 0] },
        { code: 'SDQ-ITEM-OUT-OF-RANGE', severity: 'error', message: 'Item 25 (attends) is outside 0–2; answers are 0, 1 or 2.', path: ['items', 24] },
      ],
    });
  });

  it('refuses a missing informant, missing items and items that are not an array', () => {
    expect(scoreSdq({})).toEqual({
      ok: false,
      issues: [
        { code: 'SDQ-INFORMANT-MISSING', severity: 'error', message: "The informant is missing: 'parent', 'teacher' or 'self'.", path: ['informant'] },
        { code: 'SDQ-ITEMS-MISSING', severity: 'error', message: 'The 25 item answers are missing.', path: ['items'] },
      ],
    });
    expect(scoreSdq({ informant: 'self', items: '0120' })).toEqual({
      ok: false,
      issues: [{ code: 'SDQ-ITEMS-TYPE', severity: 'error', message: 'The items must be an array of 25 answers (0, 1, 2 or null).', path: ['items'] }],
    });
  });

  it('refuses a self-report for 2–4 year olds (none exists)', () => {
    expect(scoreSdq({ informant: 'self', ageBand: '2-4', items })).toEqual({
      ok: false,
      issues: [
        { code: 'SDQ-AGE-BAND-NO-SELF-REPORT', severity: 'error', message: 'There is no self-report SDQ for 2–4 year olds.', path: ['ageBand'], source: SYNTAX },
      ],
    });
  });

  it.each([
    [{ distress: 4 }, 'SDQ-IMPACT-OUT-OF-RANGE', 'Impact answer "distress" is outside 0–3; answers are 0, 1, 2 or 3.', ['impact', 'distress']],
    [{ difficulties: -1 }, 'SDQ-IMPACT-OUT-OF-RANGE', 'Impact answer "difficulties" is outside 0–3; answers are 0, 1, 2 or 3.', ['impact', 'difficulties']],
    [{ leisure: 2.5 }, 'SDQ-IMPACT-NOT-INTEGER', 'Impact answer "leisure" is not a whole number; answers are 0, 1, 2 or 3.', ['impact', 'leisure']],
    [{ homeLife: '3' }, 'SDQ-IMPACT-NUMERIC-STRING', 'Impact answer "homeLife" is a string; send the number 0, 1, 2 or 3 (numeric strings are not converted).', ['impact', 'homeLife']],
    [{ classroomLearning: 'a lot' }, 'SDQ-IMPACT-TYPE', 'Impact answer "classroomLearning" must be 0, 1, 2 or 3, or null when unanswered.', ['impact', 'classroomLearning']],
    ['yes', 'SDQ-IMPACT-TYPE', 'The impact supplement must be an object of answers (0–3).', ['impact']],
    [[1, 2], 'SDQ-IMPACT-TYPE', 'The impact supplement must be an object of answers (0–3).', ['impact']],
    [{ friendships: 1, peerRelations: 2 }, 'SDQ-IMPACT-CONFLICT', 'Impact answers "friendships" and "peerRelations" are the same question (impfrie) but differ.', ['impact', 'peerRelations']],
  ])('refuses impact %j (%s)', (impact, code, message, path) => {
    expect(scoreSdq({ informant: 'parent', items, impact })).toEqual({ ok: false, issues: [{ code, severity: 'error', message, path }] });
  });

  it('does not mutate a frozen input and needs no copy of it', () => {
    const input = deepFreeze({ informant: 'parent' as const, items: [...EXAMPLE], impact: { difficulties: 1 as const, distress: 3 as const } });
    const copy = structuredClone(input);
    expect(scored(scoreSdq(input)).impact).toBe(2);
    expect(input).toEqual(copy);
  });

  it('ignores unknown top-level fields (exports carry more)', () => {
    const r = scored(scoreSdq({ informant: 'parent', items: [...EXAMPLE], completedOn: '2025-01-10', childId: 'x' } as never));
    expect(r.totalDifficulties).toBe(13);
  });

  it('treats a null age band as the default 4–17 version', () => {
    expect(scored(scoreSdq({ informant: 'parent', ageBand: null, items: [...EXAMPLE] } as never)).ageBand).toBe('4-17');
  });
});

describe('scoreSdq: result shape', () => {
  it('carries the band with its range and source for every banded measure', () => {
    const r = scored(scoreSdq({ informant: 'teacher', items: [...EXAMPLE], impact: { difficulties: 1, distress: 2 } }));
    expect(r.bands.threeBand.total).toEqual({
      band: 'borderline',
      range: [12, 15],
      source: 'Youthinmind, "Scoring the Strengths & Difficulties Questionnaire for age 4-17" (sdqinfo.org, 2014), original three-band categorisation, teacher-completed',
      provisional: false,
    });
    expect(Object.keys(r.bands.fourBand)).toEqual(['emotional', 'conduct', 'hyperactivity', 'peer', 'prosocial', 'total', 'impact']);
    expect(r.bands.fourBand.impact).toMatchObject({ band: 'slightly-raised', range: [1, 1] });
  });

  it('shares precomputed findings frozen, so one caller cannot change another result', () => {
    const items = ticksFromScores({ emotional: [1, 1, 0, 0, null] });
    const first = scored(scoreSdq({ informant: 'parent', items }));
    const w = first.warnings[0];
    expect(Object.isFrozen(w) && Object.isFrozen(w?.path)).toBe(true);
    expect(scored(scoreSdq({ informant: 'parent', items })).warnings[0]).toBe(w);
  });

  it('reads a tick as given at every position (tickFor helper agrees with the reverse-scored list)', () => {
    expect([tickFor(7, 0), tickFor(8, 0), tickFor(25, 2)]).toEqual([2, 0, 0]);
  });
});
