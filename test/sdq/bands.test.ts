import { describe, expect, it } from 'vitest';
import { SDQ_BAND_LABELS, SDQ_BAND_TABLES, scoreSdq, sdqBand } from '../../src/sdq/index';
import type { SdqAgeBand, SdqBandedMeasure, SdqImpactAnswers, SdqInformant, SdqInput } from '../../src/sdq/index';
import { splitTotal, spread, ticksFromScores } from './_sdqHelpers';

/*
 * The band tables transcribed independently from domain/sdq.md §6–7 (the fact sheet's own
 * notation: ranges best band first, separated by '/'). Every boundary of every band is scored
 * end to end through scoreSdq and must land in the expected band with the expected range.
 */
type Row = Partial<Record<SdqBandedMeasure, string>>;
const FACT_SHEET: { ageBand: SdqAgeBand; informant: SdqInformant; scheme: 'four-band' | 'three-band'; rows: Row }[] = [
  {
    ageBand: '4-17', informant: 'parent', scheme: 'three-band',
    rows: { total: '0-13/14-16/17-40', emotional: '0-3/4/5-10', conduct: '0-2/3/4-10', hyperactivity: '0-5/6/7-10', peer: '0-2/3/4-10', prosocial: '6-10/5/0-4', impact: '0/1/2-10' },
  },
  {
    ageBand: '4-17', informant: 'teacher', scheme: 'three-band',
    rows: { total: '0-11/12-15/16-40', emotional: '0-4/5/6-10', conduct: '0-2/3/4-10', hyperactivity: '0-5/6/7-10', peer: '0-3/4/5-10', prosocial: '6-10/5/0-4', impact: '0/1/2-6' },
  },
  {
    ageBand: '4-17', informant: 'self', scheme: 'three-band',
    rows: { total: '0-15/16-19/20-40', emotional: '0-5/6/7-10', conduct: '0-3/4/5-10', hyperactivity: '0-5/6/7-10', peer: '0-3/4-5/6-10', prosocial: '6-10/5/0-4', impact: '0/1/2-10' },
  },
  {
    ageBand: '4-17', informant: 'parent', scheme: 'four-band',
    rows: { total: '0-13/14-16/17-19/20-40', emotional: '0-3/4/5-6/7-10', conduct: '0-2/3/4-5/6-10', hyperactivity: '0-5/6-7/8/9-10', peer: '0-2/3/4/5-10', prosocial: '8-10/7/6/0-5', impact: '0/1/2/3-10' },
  },
  {
    ageBand: '4-17', informant: 'teacher', scheme: 'four-band',
    rows: { total: '0-11/12-15/16-18/19-40', emotional: '0-3/4/5/6-10', conduct: '0-2/3/4/5-10', hyperactivity: '0-5/6-7/8/9-10', peer: '0-2/3-4/5/6-10', prosocial: '6-10/5/4/0-3', impact: '0/1/2/3-6' },
  },
  {
    ageBand: '4-17', informant: 'self', scheme: 'four-band',
    rows: { total: '0-14/15-17/18-19/20-40', emotional: '0-4/5/6/7-10', conduct: '0-3/4/5/6-10', hyperactivity: '0-5/6/7/8-10', peer: '0-2/3/4/5-10', prosocial: '7-10/6/5/0-4', impact: '0/1/2/3-10' },
  },
  {
    ageBand: '2-4', informant: 'parent', scheme: 'three-band',
    rows: { total: '0-12/13-15/16-40', emotional: '0-2/3/4-10', conduct: '0-3/4/5-10', hyperactivity: '0-5/6/7-10', peer: '0-2/3/4-10', prosocial: '7-10/6/0-5' },
  },
];

const parse = (spec: string): [number, number][] =>
  spec.split('/').map((part) => {
    const [lo, hi]: (number | undefined)[] = part.split('-').map(Number);
    return [lo as number, (hi ?? lo) as number];
  });

const labelsOf = (scheme: 'four-band' | 'three-band', measure: SdqBandedMeasure): readonly string[] =>
  scheme === 'three-band' ? SDQ_BAND_LABELS.threeBand : measure === 'prosocial' ? SDQ_BAND_LABELS.fourBandProsocial : SDQ_BAND_LABELS.fourBand;

/** Impact answers (0–3 codes) that score `points` for the informant: a great deal = 2, quite a lot = 1. */
function impactFor(informant: SdqInformant, points: number): SdqImpactAnswers {
  const fields = informant === 'teacher' ? ['distress', 'peerRelations', 'classroomLearning'] : ['distress', 'homeLife', 'friendships', 'classroomLearning', 'leisure'];
  const answers: Record<string, number> = { difficulties: points === 0 ? 1 : 2 };
  let left = points;
  for (const f of fields) {
    const p = Math.min(2, left);
    answers[f] = p === 2 ? 3 : p === 1 ? 2 : 0;
    left -= p;
  }
  return answers as SdqImpactAnswers;
}

/** An SDQ input whose `measure` scores exactly `score`. */
function inputScoring(informant: SdqInformant, ageBand: SdqAgeBand, measure: SdqBandedMeasure, score: number): SdqInput {
  if (measure === 'total') {
    const s = splitTotal(score);
    return { informant, ageBand, items: ticksFromScores({ emotional: spread(s.emotional), conduct: spread(s.conduct), hyperactivity: spread(s.hyperactivity), peer: spread(s.peer) }) };
  }
  if (measure === 'impact') return { informant, ageBand, items: ticksFromScores({}), impact: impactFor(informant, score) };
  return { informant, ageBand, items: ticksFromScores({ [measure]: spread(score) }) };
}

const CASES = FACT_SHEET.flatMap((t) =>
  (Object.entries(t.rows) as [SdqBandedMeasure, string][]).map(([measure, spec]) => ({ ...t, measure, spec })),
);

describe('band boundaries, every informant and version (domain/sdq.md §6–7)', () => {
  it.each(CASES.map((c) => [`${c.ageBand} ${c.informant} ${c.scheme} ${c.measure}: ${c.spec}`, c] as const))(
    '%s',
    (_name, c) => {
      const ranges = parse(c.spec);
      const labels = labelsOf(c.scheme, c.measure);
      ranges.forEach((range, k) => {
        for (const score of new Set(range)) {
          const result = scoreSdq(inputScoring(c.informant, c.ageBand, c.measure, score));
          if (!result.ok) throw new Error(`not scored: ${JSON.stringify(result.issues)}`);
          const measured = c.measure === 'total' ? result.totalDifficulties : c.measure === 'impact' ? result.impact : result.scales[c.measure];
          expect(measured).toBe(score);
          const bands = c.scheme === 'four-band' ? result.bands.fourBand : result.bands.threeBand;
          expect({ score, band: bands[c.measure]?.band, range: bands[c.measure]?.range }).toEqual({ score, band: labels[k], range });
        }
      });
    },
  );

  it('ships exactly the tables of the fact sheet, no more', () => {
    expect(SDQ_BAND_TABLES.map((t) => `${t.ageBand} ${t.informant} ${t.scheme}`).sort()).toEqual(
      FACT_SHEET.map((t) => `${t.ageBand} ${t.informant} ${t.scheme}`).sort(),
    );
    for (const t of SDQ_BAND_TABLES) {
      const expected = FACT_SHEET.find((f) => f.ageBand === t.ageBand && f.informant === t.informant && f.scheme === t.scheme);
      const asSpec = Object.fromEntries(
        Object.entries(t.ranges).map(([m, rows]) => [m, rows.map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}-${hi}`)).join('/')]),
      );
      expect(asSpec).toEqual(expected?.rows);
    }
  });

  it('covers every possible score of every measure exactly once (no gaps, no overlaps)', () => {
    for (const t of SDQ_BAND_TABLES) {
      for (const [measure, rows] of Object.entries(t.ranges)) {
        const max = measure === 'total' ? 40 : measure === 'impact' && t.informant === 'teacher' ? 6 : 10;
        const seen = new Array<number>(max + 1).fill(0);
        for (const [lo, hi] of rows) for (let s = lo; s <= hi; s++) seen[s] = (seen[s] ?? 0) + 1;
        expect({ table: `${t.informant} ${t.scheme} ${measure}`, seen }).toEqual({
          table: `${t.informant} ${t.scheme} ${measure}`,
          seen: new Array<number>(max + 1).fill(1),
        });
      }
    }
  });

  it('is frozen data with a source on every table', () => {
    expect(Object.isFrozen(SDQ_BAND_TABLES)).toBe(true);
    for (const t of SDQ_BAND_TABLES) {
      expect(Object.isFrozen(t) && Object.isFrozen(t.ranges)).toBe(true);
      expect(t.source).toMatch(/Youthinmind/);
      expect(t.provisional).toBe(t.ageBand === '2-4');
    }
  });
});

describe('sdqBand', () => {
  it('bands a recorded total on its own: 17 is high for a parent, abnormal on the DfE three-band scale', () => {
    expect(sdqBand('total', 17, { informant: 'parent', scheme: 'four-band' })?.band).toBe('high');
    expect(sdqBand('total', 17, { informant: 'parent', scheme: 'three-band' })).toEqual({
      band: 'abnormal',
      range: [17, 40],
      source: 'Youthinmind, "Scoring the Strengths & Difficulties Questionnaire for age 4-17" (sdqinfo.org, 2014), original three-band categorisation, parent-completed',
      provisional: false,
    });
  });

  it('reads the teacher table: a teacher total of 16 is already high (not the council 17)', () => {
    expect(sdqBand('total', 16, { informant: 'teacher', scheme: 'four-band' })?.band).toBe('high');
    expect(sdqBand('total', 16, { informant: 'teacher', scheme: 'three-band' })?.band).toBe('abnormal');
  });

  it('returns null for missing or impossible scores, unknown names and tables not shipped', () => {
    expect(sdqBand('total', null, { informant: 'parent', scheme: 'four-band' })).toBeNull();
    expect(sdqBand('emotional', 11, { informant: 'parent', scheme: 'four-band' })).toBeNull();
    expect(sdqBand('impact', 7, { informant: 'teacher', scheme: 'four-band' })).toBeNull();
    expect(sdqBand('total', 2.5, { informant: 'parent', scheme: 'four-band' })).toBeNull();
    expect(sdqBand('total', 10, { informant: 'carer' as SdqInformant, scheme: 'four-band' })).toBeNull();
    expect(sdqBand('externalising' as SdqBandedMeasure, 10, { informant: 'parent', scheme: 'four-band' })).toBeNull();
    expect(sdqBand('total', 10, { informant: 'parent', scheme: 'four-band', ageBand: '2-4' })).toBeNull();
    expect(sdqBand('total', 10, { informant: 'teacher', scheme: 'three-band', ageBand: '2-4' })).toBeNull();
  });

  it('marks the 2–4 parent bands provisional', () => {
    expect(sdqBand('total', 16, { informant: 'parent', scheme: 'three-band', ageBand: '2-4' })).toMatchObject({
      band: 'abnormal',
      range: [16, 40],
      provisional: true,
    });
  });
});
