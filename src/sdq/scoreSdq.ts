import type { SdqInformant } from '../core/enums';
import { finding, type Finding, type PathSegment } from '../core/finding';
import { _BAND_SETS, SDQ_BAND_TABLES, type _BandRow } from './bands';
import { SDQ_ITEMS } from './items';
import type {
  ScoreSdqOptions,
  SdqAgeBand,
  SdqBand,
  SdqFourBands,
  SdqResult,
  SdqScored,
  SdqThreeBands,
} from './types';

/**
 * Scoring follows the official syntax (sdqinfo.org [S1]) as summarised in domain/sdq.md:
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
/** Impact points per answer 0–3: not at all 0, only a little 0, quite a lot 1, a great deal 2. */
const IMPACT_POINTS: readonly number[] = [0, 0, 1, 2];
const IMPACT_FIELDS: ReadonlySet<string> = new Set([
  'difficulties',
  'distress',
  'homeLife',
  'friendships',
  'classroomLearning',
  'leisure',
  'peerRelations',
]);
/** A number written as text (linear: no ambiguous repetition, so no backtracking blow-up). */
const NUMERIC_STRING = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?\s*$/i;
const DEFAULT_CONCERN_THRESHOLD = 17;
const DEFAULT_CONCERN_SOURCE =
  'DfE SSDA903 SDQ convention (LG Inform metric 2135): total difficulties 17 or more is a cause for concern';
const SCORING_SOURCE = 'Youthinmind SDQ scoring syntax (sdqinfo.org)';
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
              'domain/sdq.md §7 (2-4 versions)',
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

/** Classifies a bad tick or impact answer. */
function _badValue(kind: 'ITEM' | 'IMPACT', value: unknown, label: string, max: number, path: PathSegment[]): Finding {
  const allowed = max === 2 ? '0, 1 or 2' : '0, 1, 2 or 3';
  if (typeof value === 'string') {
    return value.length <= 40 && NUMERIC_STRING.test(value)
      ? finding(
          `SDQ-${kind}-NUMERIC-STRING`,
          'error',
          `${label} is a string; send the number ${allowed} (numeric strings are not converted).`,
          path,
        )
      : finding(`SDQ-${kind}-TYPE`, 'error', `${label} must be ${allowed}, or null when unanswered.`, path);
  }
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? finding(`SDQ-${kind}-OUT-OF-RANGE`, 'error', `${label} is outside 0–${max}; answers are ${allowed}.`, path)
      : finding(`SDQ-${kind}-NOT-INTEGER`, 'error', `${label} is not a whole number; answers are ${allowed}.`, path);
  }
  return finding(`SDQ-${kind}-TYPE`, 'error', `${label} must be ${allowed}, or null when unanswered.`, path);
}

const prorate = (sum: number, n: number): number | null => (n < 3 ? null : Math.floor((10 * sum + n) / (2 * n)));

const bandOf = (row: _BandRow | null | undefined, score: number | null): SdqBand | null =>
  score === null || row === null || row === undefined ? null : (row[score] ?? null);

interface ImpactParse {
  score: number | null;
  issues: Finding[] | null;
  warnings: Finding[] | null;
}

/** Reads one impact answer: −1 unanswered, 0–3 valid, −2 invalid (an issue is added). */
function _impactValue(raw: Record<string, unknown>, field: string, out: ImpactParse): number {
  const v = raw[field];
  if (v === undefined || v === null) return -1;
  if (v === 0 || v === 1 || v === 2 || v === 3) return v;
  (out.issues ??= []).push(_badValue('IMPACT', v, `Impact answer "${field}"`, 3, ['impact', field]));
  return -2;
}

const NO_IMPACT: Readonly<ImpactParse> = Object.freeze({ score: null, issues: null, warnings: null });

function _scoreImpact(raw: unknown, informant: number): Readonly<ImpactParse> {
  if (raw === undefined || raw === null) return NO_IMPACT;
  const out: ImpactParse = { score: null, issues: null, warnings: null };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    out.issues = [finding('SDQ-IMPACT-TYPE', 'error', 'The impact supplement must be an object of answers (0–3).', ['impact'])];
    return out;
  }
  const rec = raw as Record<string, unknown>;
  for (const key in rec) {
    if (Object.hasOwn(rec, key) && !IMPACT_FIELDS.has(key)) {
      (out.warnings ??= []).push(
        finding('SDQ-IMPACT-FIELD-UNKNOWN', 'warning', 'An impact field is not part of the supplement and was ignored.', ['impact', key]),
      );
    }
  }
  const teacher = informant === 1;
  const difficulties = _impactValue(rec, 'difficulties', out);
  const distress = _impactValue(rec, 'distress', out);
  const homeLife = _impactValue(rec, 'homeLife', out);
  const friendships = _impactValue(rec, 'friendships', out);
  const peerRelations = _impactValue(rec, 'peerRelations', out);
  const classroom = _impactValue(rec, 'classroomLearning', out);
  const leisure = _impactValue(rec, 'leisure', out);
  if (friendships >= 0 && peerRelations >= 0 && friendships !== peerRelations) {
    (out.issues ??= []).push(
      finding(
        'SDQ-IMPACT-CONFLICT',
        'error',
        'Impact answers "friendships" and "peerRelations" are the same question (impfrie) but differ.',
        ['impact', teacher ? 'friendships' : 'peerRelations'],
      ),
    );
  }
  if (out.issues !== null) return out;
  const friends = friendships >= 0 ? friendships : peerRelations;
  if (teacher) {
    for (const [field, value] of [['homeLife', homeLife], ['leisure', leisure]] as const) {
      if (value >= 0) {
        (out.warnings ??= []).push(
          finding(
            'SDQ-IMPACT-NOT-ON-FORM',
            'warning',
            `Impact answer "${field}" is not on the teacher form and was not scored (teacher impact: distress, peer relations, classroom learning).`,
            ['impact', field],
            SCORING_SOURCE,
          ),
        );
      }
    }
  }
  // Teacher: distress, peer relations, classroom (0–6); parent and self add home life and leisure (0–10).
  const possible = teacher ? 3 : 5;
  const answered =
    (distress >= 0 ? 1 : 0) + (friends >= 0 ? 1 : 0) + (classroom >= 0 ? 1 : 0) +
    (teacher ? 0 : (homeLife >= 0 ? 1 : 0) + (leisure >= 0 ? 1 : 0));
  const points =
    (IMPACT_POINTS[distress] ?? 0) + (IMPACT_POINTS[friends] ?? 0) + (IMPACT_POINTS[classroom] ?? 0) +
    (teacher ? 0 : (IMPACT_POINTS[homeLife] ?? 0) + (IMPACT_POINTS[leisure] ?? 0));
  if (difficulties === 0) {
    out.score = 0;
    if (points > 0) {
      (out.warnings ??= []).push(
        finding(
          'SDQ-IMPACT-GATED',
          'info',
          'Difficulties was answered "No", so impact is 0 and the other impact answers were not counted.',
          ['impact', 'difficulties'],
          SCORING_SOURCE,
        ),
      );
    }
    return out;
  }
  if (answered === 0) {
    if (difficulties > 0) {
      (out.warnings ??= []).push(
        finding(
          'SDQ-IMPACT-MISSING',
          'warning',
          'Difficulties was answered "Yes" but no impact question was answered, so impact is not scored.',
          ['impact'],
          SCORING_SOURCE,
        ),
      );
    }
    return out;
  }
  out.score = points;
  if (difficulties < 0) {
    (out.warnings ??= []).push(
      finding(
        'SDQ-IMPACT-DIFFICULTIES-MISSING',
        'info',
        'Difficulties is unanswered; impact is scored from the impact answers given (as the SPSS and Stata syntax does).',
        ['impact', 'difficulties'],
        SCORING_SOURCE,
      ),
    );
  }
  if (answered < possible) {
    (out.warnings ??= []).push(
      finding(
        'SDQ-IMPACT-PARTIAL',
        'info',
        `Impact is scored from ${answered} of ${possible} answers; unanswered ones count as 0 (official syntax).`,
        ['impact'],
        SCORING_SOURCE,
      ),
    );
  }
  return out;
}

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
                SCORING_SOURCE,
              )
            : finding(
                'SDQ-SCALE-MISSING',
                'warning',
                `The ${name} scale has ${n} of 5 items answered (at least 3 are needed), so it is not scored (missing: ${list}).`,
                ['items'],
                SCORING_SOURCE,
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
      SCORING_SOURCE,
    ),
  );
});

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
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      issues: [finding('SDQ-INPUT-TYPE', 'error', 'The SDQ must be an object { informant, items, ageBand?, impact? }.', [])],
    };
  }
  const rec = input as Record<string, unknown>;
  let issues: Finding[] | null = null;

  const informantRaw = rec['informant'];
  const informant = informantRaw === 'parent' ? 0 : informantRaw === 'teacher' ? 1 : informantRaw === 'self' ? 2 : -1;
  if (informant < 0) {
    (issues ??= []).push(
      informantRaw === undefined || informantRaw === null
        ? finding('SDQ-INFORMANT-MISSING', 'error', "The informant is missing: 'parent', 'teacher' or 'self'.", ['informant'])
        : finding('SDQ-INFORMANT-UNKNOWN', 'error', "The informant must be 'parent', 'teacher' or 'self'.", ['informant']),
    );
  }
  const ageRaw = rec['ageBand'];
  const ageBand = ageRaw === undefined || ageRaw === null || ageRaw === '4-17' ? 0 : ageRaw === '2-4' ? 1 : -1;
  if (ageBand < 0) {
    (issues ??= []).push(finding('SDQ-AGE-BAND-INVALID', 'error', "The age band must be '4-17' or '2-4'.", ['ageBand']));
  } else if (ageBand === 1 && informant === 2) {
    (issues ??= []).push(
      finding('SDQ-AGE-BAND-NO-SELF-REPORT', 'error', 'There is no self-report SDQ for 2–4 year olds.', ['ageBand'], SCORING_SOURCE),
    );
  }

  // Items: one pass, validating and summing per scale in locals (no per-item allocation).
  const items = rec['items'];
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
  let n0 = 0, n1 = 0, n2 = 0, n3 = 0, n4 = 0;
  let m0 = 0, m1 = 0, m2 = 0, m3 = 0, m4 = 0; // masks of unanswered items per scale
  let unanswered = 0;
  if (!Array.isArray(items)) {
    (issues ??= []).push(
      items === undefined || items === null
        ? finding('SDQ-ITEMS-MISSING', 'error', 'The 25 item answers are missing.', ['items'])
        : finding('SDQ-ITEMS-TYPE', 'error', 'The items must be an array of 25 answers (0, 1, 2 or null).', ['items']),
    );
  } else {
    const length = items.length;
    if (length !== ITEM_COUNT) {
      (issues ??= []).push(
        finding('SDQ-ITEMS-COUNT', 'error', `The SDQ has 25 items; ${length} were given.`, ['items'], SCORING_SOURCE),
      );
    }
    const end = length < ITEM_COUNT ? length : ITEM_COUNT;
    for (let i = 0; i < end; i++) {
      const v: unknown = items[i];
      let score: number;
      if (v === 0 || v === 1 || v === 2) {
        score = REVERSED[i] === 1 ? 2 - v : v;
      } else if (v === null) {
        unanswered++;
        switch (SCALE_OF[i]) {
          case 0: m0 |= BIT_IN_SCALE[i] ?? 0; break;
          case 1: m1 |= BIT_IN_SCALE[i] ?? 0; break;
          case 2: m2 |= BIT_IN_SCALE[i] ?? 0; break;
          case 3: m3 |= BIT_IN_SCALE[i] ?? 0; break;
          default: m4 |= BIT_IN_SCALE[i] ?? 0; break;
        }
        continue;
      } else {
        (issues ??= []).push(_badValue('ITEM', v, itemLabel(i, ageBand < 0 ? 0 : ageBand), 2, ['items', i]));
        continue;
      }
      switch (SCALE_OF[i]) {
        case 0: s0 += score; n0++; break;
        case 1: s1 += score; n1++; break;
        case 2: s2 += score; n2++; break;
        case 3: s3 += score; n3++; break;
        default: s4 += score; n4++; break;
      }
    }
  }

  const impactParse = _scoreImpact(rec['impact'], informant);
  if (impactParse.issues !== null) (issues ??= []).push(...impactParse.issues);

  let threshold = DEFAULT_CONCERN_THRESHOLD;
  let thresholdSource = DEFAULT_CONCERN_SOURCE;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      (issues ??= []).push(finding('SDQ-OPTIONS-TYPE', 'error', 'The options must be an object.', []));
    } else {
      const t = options.concernThreshold;
      if (t !== undefined) {
        if (typeof t === 'number' && Number.isInteger(t) && t >= 0 && t <= 40) threshold = t;
        else {
          (issues ??= []).push(
            finding('SDQ-OPTION-CONCERN-THRESHOLD', 'error', 'The concern threshold must be a whole number from 0 to 40.', [
              'concernThreshold',
            ]),
          );
        }
      }
      const src = options.concernThresholdSource;
      if (typeof src === 'string' && src.length > 0) thresholdSource = src;
    }
  }

  if (issues !== null) return { ok: false, issues };

  const emotional = prorate(s0, n0);
  const conduct = prorate(s1, n1);
  const hyperactivity = prorate(s2, n2);
  const peer = prorate(s3, n3);
  const prosocial = prorate(s4, n4);
  const totalDifficulties =
    emotional === null || conduct === null || hyperactivity === null || peer === null
      ? null
      : emotional + conduct + hyperactivity + peer;
  const externalising = conduct === null || hyperactivity === null ? null : conduct + hyperactivity;
  const internalising = emotional === null || peer === null ? null : emotional + peer;
  const impact = impactParse.score;

  const setIndex = ageBand * 3 + informant;
  const set = _BAND_SETS[setIndex];
  const four = set?.four ?? null;
  const three = set?.three ?? null;
  const fourBand: SdqFourBands =
    four === null
      ? NO_FOUR
      : ({
          emotional: bandOf(four[0], emotional),
          conduct: bandOf(four[1], conduct),
          hyperactivity: bandOf(four[2], hyperactivity),
          peer: bandOf(four[3], peer),
          prosocial: bandOf(four[4], prosocial),
          total: bandOf(four[5], totalDifficulties),
          impact: bandOf(four[6], impact),
        } as SdqFourBands);
  const threeBand: SdqThreeBands =
    three === null
      ? NO_THREE
      : ({
          emotional: bandOf(three[0], emotional),
          conduct: bandOf(three[1], conduct),
          hyperactivity: bandOf(three[2], hyperactivity),
          peer: bandOf(three[3], peer),
          prosocial: bandOf(three[4], prosocial),
          total: bandOf(three[5], totalDifficulties),
          impact: bandOf(three[6], impact),
        } as SdqThreeBands);

  const flagged = totalDifficulties === null ? null : totalDifficulties >= threshold;

  // Warnings: the common case (all answered, below threshold, 4-17) allocates nothing here.
  let warnings: Finding[] | null = null;
  if (unanswered > 0) {
    warnings = [];
    const byScale = SCALE_FINDINGS[ageBand];
    const masks = [m0, m1, m2, m3, m4];
    for (let k = 0; k < 5; k++) {
      const f = byScale?.[k]?.[masks[k] ?? 0];
      if (f) warnings.push(f);
    }
    const totalMask =
      (emotional === null ? 1 : 0) | (conduct === null ? 2 : 0) | (hyperactivity === null ? 4 : 0) | (peer === null ? 8 : 0);
    const totalMissing = TOTAL_MISSING[totalMask];
    if (totalMissing) warnings.push(totalMissing);
  }
  if (impactParse.warnings !== null) (warnings ??= []).push(...impactParse.warnings);
  if (flagged === true) {
    (warnings ??= []).push(
      finding(
        'SDQ-CONCERN-THRESHOLD',
        'warning',
        `Total difficulties is at or above the concern threshold of ${threshold}.`,
        undefined,
        thresholdSource,
      ),
    );
  }
  const fixed = FIXED_WARNINGS[setIndex] ?? EMPTY;
  const allWarnings: readonly Finding[] =
    warnings === null ? fixed : fixed.length === 0 ? warnings : [...fixed, ...warnings];

  const result: SdqScored = {
    ok: true,
    informant: INFORMANTS[informant] as SdqInformant,
    ageBand: AGE_BANDS[ageBand] as SdqAgeBand,
    scales: { emotional, conduct, hyperactivity, peer, prosocial },
    totalDifficulties,
    externalising,
    internalising,
    impact,
    bands: { fourBand, threeBand },
    concern: { threshold, flagged, source: thresholdSource },
    warnings: allWarnings,
  };
  return result;
}
