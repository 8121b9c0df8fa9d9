import type { SdqInformant } from '../core/enums';
import type {
  SdqAgeBand,
  SdqBand,
  SdqBandedMeasure,
  SdqBandScheme,
  SdqFourBandLabel,
  SdqProsocialFourBandLabel,
  SdqThreeBandLabel,
} from './types';

/** An inclusive score range `[lo, hi]`. */
export type SdqRange = readonly [number, number];

/**
 * One band table: the cut-points of one scheme for one informant and version, per measure,
 * with ranges listed from the best band to the worst (labels in {@link SDQ_BAND_LABELS}).
 */
export interface SdqBandTable {
  readonly ageBand: SdqAgeBand;
  readonly informant: SdqInformant;
  readonly scheme: SdqBandScheme;
  /** `true` when the source calls the cut-points provisional. */
  readonly provisional: boolean;
  /** Where the cut-points come from. */
  readonly source: string;
  /** How well the rows are corroborated (SDQ scoring documents, sdqinfo.org). */
  readonly evidence: string;
  /** Ranges per measure, best band first. A measure without verified cut-points is absent. */
  readonly ranges: { readonly [M in SdqBandedMeasure]?: readonly SdqRange[] };
}

/**
 * Band labels, best to worst: four-band for difficulty scales, total and impact; four-band for
 * prosocial (lower is worse); three-band for everything.
 * @example
 * import { SDQ_BAND_LABELS } from 'pep-rules/sdq';
 * SDQ_BAND_LABELS.fourBandProsocial;
 * //=> ['close-to-average', 'slightly-lowered', 'low', 'very-low']
 */
export const SDQ_BAND_LABELS: {
  readonly fourBand: readonly SdqFourBandLabel[];
  readonly fourBandProsocial: readonly SdqProsocialFourBandLabel[];
  readonly threeBand: readonly SdqThreeBandLabel[];
} = Object.freeze({
  fourBand: Object.freeze(['close-to-average', 'slightly-raised', 'high', 'very-high'] as const),
  fourBandProsocial: Object.freeze(['close-to-average', 'slightly-lowered', 'low', 'very-low'] as const),
  threeBand: Object.freeze(['normal', 'borderline', 'abnormal'] as const),
});

const SCORING_4_17 = 'Youthinmind, "Scoring the Strengths & Difficulties Questionnaire for age 4-17" (sdqinfo.org, 2014)';
const SCORING_2_4 = 'Youthinmind, "Scoring the SDQ for 2-4 year olds" (sdqinfo.org, 2015), Table 3 (provisional banding)';

type Ranges = { readonly [M in SdqBandedMeasure]?: readonly SdqRange[] };

const table = (
  ageBand: SdqAgeBand,
  informant: SdqInformant,
  scheme: SdqBandScheme,
  source: string,
  evidence: string,
  ranges: Ranges,
  provisional = false,
): SdqBandTable => {
  const frozen: { [M in SdqBandedMeasure]?: readonly SdqRange[] } = {};
  for (const [measure, rows] of Object.entries(ranges) as [SdqBandedMeasure, readonly SdqRange[]][]) {
    frozen[measure] = Object.freeze(rows.map((r) => Object.freeze([r[0], r[1]] as const)));
  }
  return Object.freeze({ ageBand, informant, scheme, provisional, source, evidence, ranges: Object.freeze(frozen) });
};

/**
 * Every SDQ band table the library ships, as frozen data (SDQ scoring documents, sdqinfo.org):
 * four-band and three-band for parent P4-17, teacher T4-17 and self-report S11-17, and the
 * provisional three-band table for parent P2-4. Four-band 2–4 splits and all teacher 2–4 bands
 * are not shipped: they could not be verified against the Youthinmind 2–4 scoring document.
 * Externalising and internalising have no UK cut-points and are not banded.
 * @example
 * import { SDQ_BAND_TABLES } from 'pep-rules/sdq';
 * SDQ_BAND_TABLES.find((t) => t.informant === 'parent' && t.scheme === 'three-band' && t.ageBand === '4-17')?.ranges.total;
 * //=> [[0, 13], [14, 16], [17, 40]]
 */
export const SDQ_BAND_TABLES: readonly SdqBandTable[] = Object.freeze([
  table('4-17', 'parent', 'four-band', `${SCORING_4_17}, four-band categorisation, parent-completed`,
    'Total in two or more sources (awell-score sdq_standards.ts; IPUMS NHIS SDQTOT); other rows in one (awell-score).', {
      emotional: [[0, 3], [4, 4], [5, 6], [7, 10]],
      conduct: [[0, 2], [3, 3], [4, 5], [6, 10]],
      hyperactivity: [[0, 5], [6, 7], [8, 8], [9, 10]],
      peer: [[0, 2], [3, 3], [4, 4], [5, 10]],
      prosocial: [[8, 10], [7, 7], [6, 6], [0, 5]],
      total: [[0, 13], [14, 16], [17, 19], [20, 40]],
      impact: [[0, 0], [1, 1], [2, 2], [3, 10]],
    }),
  table('4-17', 'teacher', 'four-band', `${SCORING_4_17}, four-band categorisation, teacher-completed`,
    'All rows but impact in two or more sources (awell-score; PMC4830858 Table 1); impact in one (awell-score).', {
      emotional: [[0, 3], [4, 4], [5, 5], [6, 10]],
      conduct: [[0, 2], [3, 3], [4, 4], [5, 10]],
      hyperactivity: [[0, 5], [6, 7], [8, 8], [9, 10]],
      peer: [[0, 2], [3, 4], [5, 5], [6, 10]],
      prosocial: [[6, 10], [5, 5], [4, 4], [0, 3]],
      total: [[0, 11], [12, 15], [16, 18], [19, 40]],
      impact: [[0, 0], [1, 1], [2, 2], [3, 6]],
    }),
  table('4-17', 'self', 'four-band', `${SCORING_4_17}, four-band categorisation, self-report (11-17)`,
    '"Close to average" upper bounds in two sources (awell-score; ScotGovAnalysis hwb-census); higher splits and impact in one (awell-score).', {
      emotional: [[0, 4], [5, 5], [6, 6], [7, 10]],
      conduct: [[0, 3], [4, 4], [5, 5], [6, 10]],
      hyperactivity: [[0, 5], [6, 6], [7, 7], [8, 10]],
      peer: [[0, 2], [3, 3], [4, 4], [5, 10]],
      prosocial: [[7, 10], [6, 6], [5, 5], [0, 4]],
      total: [[0, 14], [15, 17], [18, 19], [20, 40]],
      impact: [[0, 0], [1, 1], [2, 2], [3, 10]],
    }),
  table('4-17', 'parent', 'three-band', `${SCORING_4_17}, original three-band categorisation, parent-completed`,
    'Every row in two or more sources (awell-score; BMC Psychiatry 2021 Table 2; IPUMS NHIS; Wikipedia). DfE SSDA903 bands the carer total the same way.', {
      emotional: [[0, 3], [4, 4], [5, 10]],
      conduct: [[0, 2], [3, 3], [4, 10]],
      hyperactivity: [[0, 5], [6, 6], [7, 10]],
      peer: [[0, 2], [3, 3], [4, 10]],
      prosocial: [[6, 10], [5, 5], [0, 4]],
      total: [[0, 13], [14, 16], [17, 40]],
      impact: [[0, 0], [1, 1], [2, 10]],
    }),
  table('4-17', 'teacher', 'three-band', `${SCORING_4_17}, original three-band categorisation, teacher-completed`,
    'Total and difficulty scales in two or more sources (awell-score; Wikipedia; BMJ Open abnormal cut-offs); prosocial and impact in one (awell-score).', {
      emotional: [[0, 4], [5, 5], [6, 10]],
      conduct: [[0, 2], [3, 3], [4, 10]],
      hyperactivity: [[0, 5], [6, 6], [7, 10]],
      peer: [[0, 3], [4, 4], [5, 10]],
      prosocial: [[6, 10], [5, 5], [0, 4]],
      total: [[0, 11], [12, 15], [16, 40]],
      impact: [[0, 0], [1, 1], [2, 6]],
    }),
  table('4-17', 'self', 'three-band', `${SCORING_4_17}, original three-band categorisation, self-report (11-17)`,
    'Total "normal" upper bound in two sources (awell-score; ScotGovAnalysis hwb-census); other rows in one (awell-score), hyperactivity consistent with the SDQ predictive algorithm.', {
      emotional: [[0, 5], [6, 6], [7, 10]],
      conduct: [[0, 3], [4, 4], [5, 10]],
      hyperactivity: [[0, 5], [6, 6], [7, 10]],
      peer: [[0, 3], [4, 5], [6, 10]],
      prosocial: [[6, 10], [5, 5], [0, 4]],
      total: [[0, 15], [16, 19], [20, 40]],
      impact: [[0, 0], [1, 1], [2, 10]],
    }),
  table('2-4', 'parent', 'three-band', `${SCORING_2_4}, parent-completed, as reported in BMC Pediatrics 2023 (doi 10.1186/s12887-023-03837-1) Table 2`,
    'One secondary source only; no impact cut-points. Check against the Youthinmind 2-4 scoring document before relying on it.', {
      emotional: [[0, 2], [3, 3], [4, 10]],
      conduct: [[0, 3], [4, 4], [5, 10]],
      hyperactivity: [[0, 5], [6, 6], [7, 10]],
      peer: [[0, 2], [3, 3], [4, 10]],
      prosocial: [[7, 10], [6, 6], [0, 5]],
      total: [[0, 12], [13, 15], [16, 40]],
    }, true),
]);

// ---------------------------------------------------------------------------------------------
// Precomputed lookup: one frozen SdqBand per (version, informant, scheme, measure, score), so
// banding in scoreSdq is an array read with no allocation.

/** Measure order used by the lookup. */
export const _MEASURES: readonly SdqBandedMeasure[] = Object.freeze([
  'emotional',
  'conduct',
  'hyperactivity',
  'peer',
  'prosocial',
  'total',
  'impact',
]);
const INFORMANT_INDEX: Readonly<Record<SdqInformant, number>> = Object.freeze({ parent: 0, teacher: 1, self: 2 });
const AGE_BAND_INDEX: Readonly<Record<SdqAgeBand, number>> = Object.freeze({ '4-17': 0, '2-4': 1 });

/** Per measure (in `_MEASURES` order), per score: the band, or `undefined` when none. */
export type _BandRow = readonly (SdqBand | undefined)[];
/** Lookup for one version and informant; `null` scheme = no table at all. */
export interface _BandSet {
  readonly four: readonly (_BandRow | null)[] | null;
  readonly three: readonly (_BandRow | null)[] | null;
}

const labelsFor = (scheme: SdqBandScheme, measure: SdqBandedMeasure): readonly string[] =>
  scheme === 'three-band'
    ? SDQ_BAND_LABELS.threeBand
    : measure === 'prosocial'
      ? SDQ_BAND_LABELS.fourBandProsocial
      : SDQ_BAND_LABELS.fourBand;

const buildScheme = (t: SdqBandTable): (_BandRow | null)[] =>
  _MEASURES.map((measure) => {
    const rows = t.ranges[measure];
    if (rows === undefined) return null;
    const labels = labelsFor(t.scheme, measure);
    const byScore: (SdqBand | undefined)[] = [];
    rows.forEach((range, i) => {
      const band: SdqBand = Object.freeze({ band: labels[i] ?? 'unknown', range, source: t.source, provisional: t.provisional });
      for (let s = range[0]; s <= range[1]; s++) byScore[s] = band;
    });
    return Object.freeze(byScore);
  });

const buildSets = (): readonly _BandSet[] => {
  const sets: _BandSet[] = [];
  for (const ageBand of ['4-17', '2-4'] as const) {
    for (const informant of ['parent', 'teacher', 'self'] as const) {
      const four = SDQ_BAND_TABLES.find((t) => t.ageBand === ageBand && t.informant === informant && t.scheme === 'four-band');
      const three = SDQ_BAND_TABLES.find((t) => t.ageBand === ageBand && t.informant === informant && t.scheme === 'three-band');
      sets[AGE_BAND_INDEX[ageBand] * 3 + INFORMANT_INDEX[informant]] = Object.freeze({
        four: four === undefined ? null : Object.freeze(buildScheme(four)),
        three: three === undefined ? null : Object.freeze(buildScheme(three)),
      });
    }
  }
  return Object.freeze(sets);
};

/** Band lookups indexed by `ageBandIndex * 3 + informantIndex` (parent 0, teacher 1, self 2; 4-17 0, 2-4 1). */
export const _BAND_SETS: readonly _BandSet[] = buildSets();

/** Index of a version and informant in `_BAND_SETS`. */
export function _bandSetIndex(ageBand: SdqAgeBand, informant: SdqInformant): number {
  return AGE_BAND_INDEX[ageBand] * 3 + INFORMANT_INDEX[informant];
}

/** Options for {@link sdqBand}. */
export interface SdqBandOptions {
  readonly informant: SdqInformant;
  readonly scheme: SdqBandScheme;
  /** Default `'4-17'`. */
  readonly ageBand?: SdqAgeBand;
}

/**
 * Bands one score with the informant's table: useful when only a total was recorded (a PEP's
 * `sdq[].totalDifficulties`). Returns `null` for a missing or impossible score, an unknown
 * informant, measure or scheme, or a combination with no verified table.
 * @param measure - `'emotional' | 'conduct' | 'hyperactivity' | 'peer' | 'prosocial' | 'total' | 'impact'`.
 * @param score - The integer score.
 * @param options - Informant, scheme and version.
 * @returns `{ band, range, source, provisional }` or `null`.
 * @example
 * import { sdqBand } from 'pep-rules/sdq';
 * sdqBand('total', 16, { informant: 'teacher', scheme: 'four-band' })?.band;
 * //=> 'high'
 */
export function sdqBand(measure: SdqBandedMeasure, score: number | null, options: SdqBandOptions): SdqBand | null {
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > 40) return null;
  if (typeof options !== 'object' || options === null) return null;
  const ageBand = options.ageBand ?? '4-17';
  if (!Object.hasOwn(AGE_BAND_INDEX, ageBand) || !Object.hasOwn(INFORMANT_INDEX, options.informant)) return null;
  const m = _MEASURES.indexOf(measure);
  if (m < 0) return null;
  const set = _BAND_SETS[_bandSetIndex(ageBand, options.informant)];
  const scheme = options.scheme === 'four-band' ? set?.four : options.scheme === 'three-band' ? set?.three : undefined;
  return scheme?.[m]?.[score] ?? null;
}
