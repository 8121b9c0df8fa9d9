import { _guarded } from '../core/_guarded';
import type { SdqInformant } from '../core/enums';
import { finding, type Finding } from '../core/finding';
import { _isRecord } from '../core/guards';
import { _scoreImpact } from './_impact';
import { _badValue, _SCORING_SOURCE } from './_scoring';
import { _BAND_SETS, SDQ_BAND_TABLES, type _BandRow } from './bands';
import { SDQ_ITEMS } from './items';
import type {
  ScoreSdqOptions,
  SdqAgeBand,
  SdqBand,
  SdqFourBands,
  SdqResult,
  SdqScales,
  SdqScored,
  SdqThreeBands,
} from './types';

/** The council's concern threshold on total difficulties, with its source. */
interface SdqConcernRule {
  readonly threshold: number;
  readonly source: string;
}

/**
 * Scoring follows the official syntax (sdqinfo.org [S1]) as summarised in (SDQ scoring documents, sdqinfo.org):
 * ticks 0/1/2, reverse-scored items 2 − tick, a scale is scored from at least 3 of its 5
 * items as floor((10·sum + n) / (2n)) (mean × 5 rounded half up, in exact integers), total =
 * the four difficulty scales, impact = 0/0/1/2 points per impact answer gated by "difficulties".
 */

const ITEM_COUNT = 25;
const SCALE_NAMES = ['emotional', 'conduct', 'hyperactivity', 'peer', 'prosocial'] as const;
const INFORMANTS: readonly SdqInformant[] = ['parent', 'teacher', 'self'];
const AGE_BANDS: readonly SdqAgeBand[] = ['4-17', '2-4'];
/** Scale index (0 emotional … 4 prosocial) per item position − 1. */
const SCALE_OF: readonly number[] = SDQ_ITEMS.map((i) => SCALE_NAMES.indexOf(i.scale as (typeof SCALE_NAMES)[number]));
/** 1 when the item is reverse-scored, per item position − 1. */
const REVERSED: readonly number[] = SDQ_ITEMS.map((i) => (i.reversed ? 1 : 0));
const DEFAULT_CONCERN: SdqConcernRule = Object.freeze({
  threshold: 17,
  source: 'DfE SSDA903 SDQ convention (LG Inform metric 2135): total difficulties 17 or more is a cause for concern',
});
const EMPTY: readonly Finding[] = Object.freeze([]);

const NO_FOUR: SdqFourBands = Object.freeze({
  emotional: null,
  conduct: null,
  hyperactivity: null,
  peer: null,
  prosocial: null,
  total: null,
  impact: null,
});
const NO_THREE: SdqThreeBands = NO_FOUR as unknown as SdqThreeBands;

/** Freezes a shared finding and its path (shared by many results, so nobody may change it). */
const freezeFinding = (f: Finding): Finding => {
  if (f.path !== undefined) Object.freeze(f.path);
  return Object.freeze(f);
};

/** Findings every result of one version and informant carries (provisional or missing tables), by band-set index. */
const FIXED_WARNINGS: readonly (readonly Finding[])[] = (() => {
  const out: (readonly Finding[])[] = [];
  for (let a = 0; a < AGE_BANDS.length; a++) {
    for (let i = 0; i < INFORMANTS.length; i++) {
      const ageBand = AGE_BANDS[a] as SdqAgeBand;
      const informant = INFORMANTS[i] as SdqInformant;
      const set = _BAND_SETS[a * 3 + i];
      const list: Finding[] = [];
      const provisional = SDQ_BAND_TABLES.find((t) => t.ageBand === ageBand && t.informant === informant && t.provisional);
      if (provisional !== undefined) {
        list.push(
          freezeFinding(
            finding(
              'SDQ-BANDS-PROVISIONAL',
              'info',
              `The ${ageBand} ${informant} ${provisional.scheme} cut-points are provisional; treat the bands with care.`,
              undefined,
              provisional.source,
            ),
          ),
        );
      }
      const missing: string[] = [];
      if (set?.four === null) missing.push('four-band');
      else if (set?.four?.includes(null) === true) missing.push('some four-band');
      if (set?.three === null) missing.push('three-band');
      else if (set?.three?.includes(null) === true) missing.push('impact three-band');
      if (missing.length > 0) {
        list.push(
          freezeFinding(
            finding(
              'SDQ-BANDS-UNAVAILABLE',
              'info',
              `There are no verified ${missing.join(' or ')} cut-points for the ${ageBand} ${informant} SDQ; those bands are null.`,
              undefined,
              'Youthinmind, Scoring the SDQ for 2-4 year olds (sdqinfo.org, 2015)',
            ),
          ),
        );
      }
      out[a * 3 + i] = Object.freeze(list);
    }
  }
  return Object.freeze(out);
})();

const itemLabel = (index: number, ageBand: number): string => {
  const it = SDQ_ITEMS[index];
  const name = ageBand === 1 ? (it?.name2to4 ?? it?.name) : it?.name;
  return `Item ${index + 1} (${name ?? '?'})`;
};

const prorate = (sum: number, n: number): number | null => (n < 3 ? null : Math.floor((10 * sum + n) / (2 * n)));

const bandOf = (row: _BandRow | null | undefined, score: number | null): SdqBand | null =>
  score === null || row === null || row === undefined ? null : (row[score] ?? null);

/** Bit of each item within its scale (0–4, in questionnaire order), per item position − 1. */
const BIT_IN_SCALE: readonly number[] = SDQ_ITEMS.map((_it, i) => 1 << SCALE_OF.slice(0, i).filter((s) => s === SCALE_OF[i]).length);

/**
 * Prorating and missing-scale findings, precomputed (frozen) per version, scale and mask of
 * unanswered items, so a result with gaps allocates no messages: `[ageBand][scale][mask]`.
 */
const SCALE_FINDINGS: readonly (readonly (readonly (Finding | null)[])[])[] = AGE_BANDS.map((_, ageBand) =>
  SCALE_NAMES.map((name, scale) => {
    const positions: number[] = [];
    for (let i = 0; i < ITEM_COUNT; i++) if (SCALE_OF[i] === scale) positions.push(i);
    const byMask: (Finding | null)[] = [null];
    for (let mask = 1; mask < 32; mask++) {
      const missing = positions.filter((_p, k) => (mask & (1 << k)) !== 0);
      const n = 5 - missing.length;
      const list = missing.map((i) => itemLabel(i, ageBand).replace('Item ', '')).join(', ');
      byMask.push(
        freezeFinding(
          n >= 3
            ? finding(
                'SDQ-SCALE-PRORATED',
                'info',
                `The ${name} scale is prorated from ${n} of 5 answered items (missing: ${list}): mean × 5, rounded half up.`,
                ['items'],
                _SCORING_SOURCE,
              )
            : finding(
                'SDQ-SCALE-MISSING',
                'warning',
                `The ${name} scale has ${n} of 5 items answered (at least 3 are needed), so it is not scored (missing: ${list}).`,
                ['items'],
                _SCORING_SOURCE,
              ),
        ),
      );
    }
    return Object.freeze(byMask);
  }),
);

/** The missing-total finding per mask of missing difficulty scales (bit 0 emotional … bit 3 peer). */
const TOTAL_MISSING: readonly (Finding | null)[] = Array.from({ length: 16 }, (_, mask) => {
  if (mask === 0) return null;
  const missing = SCALE_NAMES.slice(0, 4).filter((_n, k) => (mask & (1 << k)) !== 0);
  return freezeFinding(
    finding(
      'SDQ-TOTAL-MISSING',
      'warning',
      `Total difficulties is not scored because the ${missing.join(', ')} ${missing.length === 1 ? 'scale is' : 'scales are'} missing (the total is never prorated).`,
      ['items'],
      _SCORING_SOURCE,
    ),
  );
});

/**
 * Tallies of the items, one small array per call: sums per scale at 0–4, answered items per scale
 * at 5–9, masks of unanswered items per scale at 10–14, unanswered items at 15.
 */
type Tally = number[];
const SUM = 0;
const ANSWERED = 5;
const UNANSWERED_MASK = 10;
const UNANSWERED = 15;

const at = (tally: Tally, i: number): number => tally[i] ?? 0;

/** The informant as 0 parent, 1 teacher, 2 self, or −1 (an issue is added). */
function _readInformant(raw: unknown, issues: Finding[]): number {
  const informant = raw === 'parent' ? 0 : raw === 'teacher' ? 1 : raw === 'self' ? 2 : -1;
  if (informant < 0) {
    issues.push(
      raw === undefined || raw === null
        ? finding('SDQ-INFORMANT-MISSING', 'error', "The informant is missing: 'parent', 'teacher' or 'self'.", ['informant'])
        : finding('SDQ-INFORMANT-UNKNOWN', 'error', "The informant must be 'parent', 'teacher' or 'self'.", ['informant']),
    );
  }
  return informant;
}

/** The version as 0 (4-17, the default) or 1 (2-4), or −1 (an issue is added; also for a 2-4 self-report). */
function _readAgeBand(raw: unknown, informant: number, issues: Finding[]): number {
  const ageBand = raw === undefined || raw === null || raw === '4-17' ? 0 : raw === '2-4' ? 1 : -1;
  if (ageBand < 0) {
    issues.push(finding('SDQ-AGE-BAND-INVALID', 'error', "The age band must be '4-17' or '2-4'.", ['ageBand']));
  } else if (ageBand === 1 && informant === 2) {
    issues.push(finding('SDQ-AGE-BAND-NO-SELF-REPORT', 'error', 'There is no self-report SDQ for 2–4 year olds.', ['ageBand'], _SCORING_SOURCE));
  }
  return ageBand;
}

/** Validates the 25 ticks and tallies them per scale, in one pass with no per-item allocation. */
function _tallyItems(items: unknown, ageBand: number, issues: Finding[]): Tally {
  const tally: Tally = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  if (!Array.isArray(items)) {
    issues.push(
      items === undefined || items === null
        ? finding('SDQ-ITEMS-MISSING', 'error', 'The 25 item answers are missing.', ['items'])
        : finding('SDQ-ITEMS-TYPE', 'error', 'The items must be an array of 25 answers (0, 1, 2 or null).', ['items']),
    );
    return tally;
  }
  if (items.length !== ITEM_COUNT) {
    issues.push(finding('SDQ-ITEMS-COUNT', 'error', `The SDQ has 25 items; ${items.length} were given.`, ['items'], _SCORING_SOURCE));
  }
  const end = items.length < ITEM_COUNT ? items.length : ITEM_COUNT;
  for (let i = 0; i < end; i++) {
    const v: unknown = items[i];
    const scale = SCALE_OF[i] ?? 4;
    if (v === 0 || v === 1 || v === 2) {
      tally[SUM + scale] = at(tally, SUM + scale) + (REVERSED[i] === 1 ? 2 - v : v);
      tally[ANSWERED + scale] = at(tally, ANSWERED + scale) + 1;
    } else if (v === null) {
      tally[UNANSWERED] = at(tally, UNANSWERED) + 1;
      tally[UNANSWERED_MASK + scale] = at(tally, UNANSWERED_MASK + scale) | (BIT_IN_SCALE[i] ?? 0);
    } else {
      issues.push(_badValue('ITEM', v, itemLabel(i, ageBand < 0 ? 0 : ageBand), 2, ['items', i]));
    }
  }
  return tally;
}

/** The concern threshold from the options (default 17, DfE SSDA903), or the default with an issue. */
function _readConcernRule(options: ScoreSdqOptions | undefined, issues: Finding[]): SdqConcernRule {
  if (options === undefined || options === null) return DEFAULT_CONCERN;
  if (typeof options !== 'object') {
    issues.push(finding('SDQ-OPTIONS-TYPE', 'error', 'The options must be an object.', []));
    return DEFAULT_CONCERN;
  }
  let threshold = DEFAULT_CONCERN.threshold;
  const t = options.concernThreshold;
  if (t !== undefined) {
    if (typeof t === 'number' && Number.isInteger(t) && t >= 0 && t <= 40) threshold = t;
    else {
      issues.push(
        finding('SDQ-OPTION-CONCERN-THRESHOLD', 'error', 'The concern threshold must be a whole number from 0 to 40.', ['concernThreshold']),
      );
    }
  }
  const src = options.concernThresholdSource;
  const source = typeof src === 'string' && src.length > 0 ? src : DEFAULT_CONCERN.source;
  return threshold === DEFAULT_CONCERN.threshold && source === DEFAULT_CONCERN.source ? DEFAULT_CONCERN : { threshold, source };
}

/** The five scale scores (prorated from at least 3 answered items). */
const _scalesOf = (t: Tally): SdqScales => ({
  emotional: prorate(at(t, SUM), at(t, ANSWERED)),
  conduct: prorate(at(t, SUM + 1), at(t, ANSWERED + 1)),
  hyperactivity: prorate(at(t, SUM + 2), at(t, ANSWERED + 2)),
  peer: prorate(at(t, SUM + 3), at(t, ANSWERED + 3)),
  prosocial: prorate(at(t, SUM + 4), at(t, ANSWERED + 4)),
});

/** The bands of every measure in one scheme's rows (`_MEASURES` order), or `null` when the scheme has no table. */
function _bandsOf(rows: readonly (_BandRow | null)[] | null, s: SdqScales, total: number | null, impact: number | null) {
  if (rows === null) return null;
  return {
    emotional: bandOf(rows[0], s.emotional),
    conduct: bandOf(rows[1], s.conduct),
    hyperactivity: bandOf(rows[2], s.hyperactivity),
    peer: bandOf(rows[3], s.peer),
    prosocial: bandOf(rows[4], s.prosocial),
    total: bandOf(rows[5], total),
    impact: bandOf(rows[6], impact),
  };
}

/** Prorating and missing-scale notes from the masks of unanswered items, and the missing-total note. */
function _gapWarnings(tally: Tally, ageBand: number, s: SdqScales, out: Finding[]): void {
  const byScale = SCALE_FINDINGS[ageBand];
  for (let k = 0; k < 5; k++) {
    const f = byScale?.[k]?.[at(tally, UNANSWERED_MASK + k)];
    if (f) out.push(f);
  }
  const totalMask = (s.emotional === null ? 1 : 0) | (s.conduct === null ? 2 : 0) | (s.hyperactivity === null ? 4 : 0) | (s.peer === null ? 8 : 0);
  const totalMissing = TOTAL_MISSING[totalMask];
  if (totalMissing) out.push(totalMissing);
}

/** Every warning of a scored SDQ; the common case (all answered, below threshold, 4-17) allocates nothing. */
function _warningsOf(
  tally: Tally,
  setIndex: number,
  ageBand: number,
  s: SdqScales,
  impactWarnings: readonly Finding[] | null,
  concern: SdqConcernRule,
  flagged: boolean | null,
): readonly Finding[] {
  let warnings: Finding[] | null = null;
  if (at(tally, UNANSWERED) > 0) _gapWarnings(tally, ageBand, s, (warnings = []));
  if (impactWarnings !== null) (warnings ??= []).push(...impactWarnings);
  if (flagged === true) {
    (warnings ??= []).push(
      finding('SDQ-CONCERN-THRESHOLD', 'warning', `Total difficulties is at or above the concern threshold of ${concern.threshold}.`, undefined, concern.source),
    );
  }
  const fixed = FIXED_WARNINGS[setIndex] ?? EMPTY;
  return warnings === null ? fixed : fixed.length === 0 ? warnings : [...fixed, ...warnings];
}

/**
 * Scores one Strengths and Difficulties Questionnaire with the official rules: reverse-scored
 * items, a scale from at least 3 of its 5 items prorated and rounded half up, total difficulties
 * only when all four difficulty scales exist, externalising and internalising, the impact
 * supplement for the informant, both band schemes with their source, and the council concern
 * flag on total difficulties. Unusable input gives `{ ok: false, issues }`, never a throw.
 * Numeric strings such as `"2"` are refused (`SDQ-ITEM-NUMERIC-STRING`): silent conversion hides export bugs.
 * @param input - `{ informant, ageBand?, items, impact? }`: 25 ticks (0, 1, 2 or null) in questionnaire order.
 * @param options - `{ concernThreshold?, concernThresholdSource? }`; pass the policy's `sdq.concernThreshold`. Default 17.
 * @returns `{ ok: true, informant, ageBand, scales, totalDifficulties, externalising, internalising, impact, bands, concern, warnings }`
 *   or `{ ok: false, issues }`.
 * @example
 * import { scoreSdq } from 'pep-rules/sdq';
 * const r = scoreSdq({
 *   informant: 'parent',
 *   items: [2, 2, 1, 2, 1, 0, 1, 0, 2, 2, 2, 0, 1, 1, 2, 0, 2, 0, 0, 2, 1, 0, 0, 0, 1],
 * });
 * r.ok && [r.scales, r.totalDifficulties, r.bands.fourBand.hyperactivity?.band];
 * //=> [{ emotional: 2, conduct: 2, hyperactivity: 8, peer: 1, prosocial: 10 }, 13, 'high']
 */
export function scoreSdq(input: unknown, options?: ScoreSdqOptions): SdqResult {
  return _guarded(unguardedScoreSdq, [input, options]);
}

function unguardedScoreSdq(input: unknown, options?: ScoreSdqOptions): SdqResult {
  if (!_isRecord(input)) {
    return {
      ok: false,
      issues: [finding('SDQ-INPUT-TYPE', 'error', 'The SDQ must be an object { informant, items, ageBand?, impact? }.', [])],
    };
  }
  const issues: Finding[] = [];
  const informant = _readInformant(input['informant'], issues);
  const ageBand = _readAgeBand(input['ageBand'], informant, issues);
  const tally = _tallyItems(input['items'], ageBand, issues);
  const impactParse = _scoreImpact(input['impact'], informant);
  if (impactParse.issues !== null) issues.push(...impactParse.issues);
  const concern = _readConcernRule(options, issues);
  if (issues.length > 0) return { ok: false, issues };

  const scales = _scalesOf(tally);
  const { emotional, conduct, hyperactivity, peer } = scales;
  const totalDifficulties =
    emotional === null || conduct === null || hyperactivity === null || peer === null ? null : emotional + conduct + hyperactivity + peer;
  const impact = impactParse.score;
  const setIndex = ageBand * 3 + informant;
  const set = _BAND_SETS[setIndex];
  const fourBand = (_bandsOf(set?.four ?? null, scales, totalDifficulties, impact) ?? NO_FOUR) as SdqFourBands;
  const threeBand = (_bandsOf(set?.three ?? null, scales, totalDifficulties, impact) ?? NO_THREE) as SdqThreeBands;
  const flagged = totalDifficulties === null ? null : totalDifficulties >= concern.threshold;
  const result: SdqScored = {
    ok: true,
    informant: INFORMANTS[informant] as SdqInformant,
    ageBand: AGE_BANDS[ageBand] as SdqAgeBand,
    scales,
    totalDifficulties,
    externalising: conduct === null || hyperactivity === null ? null : conduct + hyperactivity,
    internalising: emotional === null || peer === null ? null : emotional + peer,
    impact,
    bands: { fourBand, threeBand },
    concern: { threshold: concern.threshold, flagged, source: concern.source },
    warnings: _warningsOf(tally, setIndex, ageBand, scales, impactParse.warnings, concern, flagged),
  };
  return result;
}
