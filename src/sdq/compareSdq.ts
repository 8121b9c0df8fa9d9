import { _guarded } from '../core/_guarded';
import type { SdqInformant } from '../core/enums';
import { finding, type Finding, type PathSegment } from '../core/finding';
import { _isRecord } from '../core/guards';
import { _BAND_SETS, _bandSetIndex, SDQ_BAND_LABELS } from './bands';
import type {
  SdqAgeBand,
  SdqBandMove,
  SdqChanges,
  SdqCompareMeasure,
  SdqComparison,
  SdqFourBandMove,
  SdqMeasureChange,
  SdqMovement,
} from './types';

interface MeasureSpec {
  readonly key: SdqCompareMeasure;
  /** Where the score sits in a scored result. */
  readonly path: readonly PathSegment[];
  /** Index in the band lookup (`_MEASURES` order), or −1 when not banded. */
  readonly band: number;
  readonly max: number;
  /** `true` when a higher score is better (prosocial). */
  readonly higherIsBetter: boolean;
}

const MEASURES: readonly MeasureSpec[] = [
  { key: 'emotional', path: ['scales', 'emotional'], band: 0, max: 10, higherIsBetter: false },
  { key: 'conduct', path: ['scales', 'conduct'], band: 1, max: 10, higherIsBetter: false },
  { key: 'hyperactivity', path: ['scales', 'hyperactivity'], band: 2, max: 10, higherIsBetter: false },
  { key: 'peer', path: ['scales', 'peer'], band: 3, max: 10, higherIsBetter: false },
  { key: 'prosocial', path: ['scales', 'prosocial'], band: 4, max: 10, higherIsBetter: true },
  { key: 'totalDifficulties', path: ['totalDifficulties'], band: 5, max: 40, higherIsBetter: false },
  { key: 'externalising', path: ['externalising'], band: -1, max: 20, higherIsBetter: false },
  { key: 'internalising', path: ['internalising'], band: -1, max: 20, higherIsBetter: false },
  { key: 'impact', path: ['impact'], band: 6, max: 10, higherIsBetter: false },
];

const FOUR_LABELS: readonly string[] = SDQ_BAND_LABELS.fourBand;
const FOUR_PROSOCIAL: readonly string[] = SDQ_BAND_LABELS.fourBandProsocial;
const THREE_LABELS: readonly string[] = SDQ_BAND_LABELS.threeBand;

interface Side {
  readonly informant: SdqInformant;
  readonly ageBand: SdqAgeBand;
  readonly scores: readonly (number | null)[];
}

/** The measure scores of a scored result, or `null` with an issue per invalid score. */
function _readScores(value: Record<string, unknown>, scales: Record<string, unknown>, side: 'before' | 'after', issues: Finding[]): (number | null)[] | null {
  const start = issues.length;
  const scores: (number | null)[] = [];
  for (const m of MEASURES) {
    const v = m.path.length === 2 ? scales[m.path[1] as string] : value[m.key];
    const max = m.key === 'impact' && value['informant'] === 'teacher' ? 6 : m.max;
    if (v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max)) scores.push(v);
    else {
      issues.push(
        finding('SDQ-COMPARE-INPUT-INVALID', 'error', `"${side}" has an invalid ${m.key} score (whole number 0–${max} or null).`, [
          side,
          ...m.path,
        ]),
      );
      scores.push(null);
    }
  }
  return issues.length > start ? null : scores;
}

/** `true` when total, externalising and internalising are the sums of their scales. */
function _isConsistent(scores: readonly (number | null)[]): boolean {
  const [e = null, c = null, h = null, p = null, , total = null, ext = null, int = null] = scores;
  return (
    total === (e === null || c === null || h === null || p === null ? null : e + c + h + p) &&
    ext === (c === null || h === null ? null : c + h) &&
    int === (e === null || p === null ? null : e + p)
  );
}

/** The scored result, its informant and age band checked, or `null` (an issue is added). */
function _readScored(value: unknown, side: 'before' | 'after', issues: Finding[]): Record<string, unknown> | null {
  if (!_isRecord(value)) {
    issues.push(finding('SDQ-COMPARE-INPUT-TYPE', 'error', `"${side}" must be a result of scoreSdq.`, [side]));
    return null;
  }
  if (value['ok'] !== true) {
    issues.push(
      finding('SDQ-COMPARE-NOT-SCORED', 'error', `"${side}" is not a scored SDQ (scoreSdq returned ok: false).`, [side, 'ok']),
    );
    return null;
  }
  const informant = value['informant'];
  if (informant !== 'parent' && informant !== 'teacher' && informant !== 'self') {
    issues.push(finding('SDQ-COMPARE-INPUT-INVALID', 'error', `"${side}" has no valid informant.`, [side, 'informant']));
  }
  const ageRaw = value['ageBand'];
  if (ageRaw !== '4-17' && ageRaw !== '2-4' && ageRaw !== undefined) {
    issues.push(finding('SDQ-COMPARE-INPUT-INVALID', 'error', `"${side}" has no valid age band.`, [side, 'ageBand']));
  }
  return value;
}

/** Reads one scored result defensively (it may have come back from JSON); issues go into `issues`. */
function _readSide(value: unknown, side: 'before' | 'after', issues: Finding[]): Side | null {
  const start = issues.length;
  const scored = _readScored(value, side, issues);
  if (scored === null) return null;
  const scales = scored['scales'];
  if (!_isRecord(scales)) {
    issues.push(finding('SDQ-COMPARE-INPUT-INVALID', 'error', `"${side}" has no scales.`, [side, 'scales']));
    return null;
  }
  const scores = _readScores(scored, scales, side, issues);
  if (scores === null || issues.length > start) return null;
  if (!_isConsistent(scores)) {
    issues.push(
      finding(
        'SDQ-COMPARE-INPUT-INVALID',
        'error',
        `"${side}" is inconsistent: total, externalising and internalising must be the sums of their scales.`,
        [side],
      ),
    );
    return null;
  }
  return { informant: scored['informant'] as SdqInformant, ageBand: (scored['ageBand'] ?? '4-17') as SdqAgeBand, scores };
}

const movementOf = (before: number, after: number): SdqMovement =>
  after > before ? 'worsened' : after < before ? 'improved' : 'unchanged';

const bandIndex = (side: Side, scheme: 'four' | 'three', measure: number, score: number | null): number => {
  if (score === null || measure < 0) return -1;
  const set = _BAND_SETS[_bandSetIndex(side.ageBand, side.informant)];
  const band = set?.[scheme]?.[measure]?.[score];
  if (band === undefined) return -1;
  const labels = scheme === 'three' ? THREE_LABELS : measure === 4 ? FOUR_PROSOCIAL : FOUR_LABELS;
  return labels.indexOf(band.band);
};

/** Notes on comparing SDQs from different informants or versions. */
function _sideFindings(b: Side, a: Side): Finding[] {
  const findings: Finding[] = [];
  if (b.informant !== a.informant) {
    findings.push(
      finding(
        'SDQ-COMPARE-INFORMANT-DIFFERS',
        'warning',
        `The SDQs are from different informants (${b.informant}, then ${a.informant}); score changes are not like for like, band movements are each read against the informant's own norms.`,
        ['after', 'informant'],
      ),
    );
  }
  if (b.ageBand !== a.ageBand) {
    findings.push(
      finding(
        'SDQ-COMPARE-VERSION-DIFFERS',
        'info',
        `The SDQs are different versions (${b.ageBand}, then ${a.ageBand}); scoring is the same, bands differ by version.`,
        ['after', 'ageBand'],
      ),
    );
  }
  return findings;
}

/** The band move between two band indexes (−1: no band) in one scheme's labels. */
const _bandMove = (labels: readonly string[], from: number, to: number): SdqBandMove => ({
  before: from < 0 ? null : (labels[from] ?? null),
  after: to < 0 ? null : (labels[to] ?? null),
  movement: from < 0 || to < 0 ? null : movementOf(from, to),
});

/** The four-band move of one measure, with whether it moved into high or very high (prosocial: low or very low). */
function _fourBandMove(m: MeasureSpec, b: Side, a: Side, before: number | null, after: number | null): SdqFourBandMove {
  const from = bandIndex(b, 'four', m.band, before);
  const to = bandIndex(a, 'four', m.band, after);
  const move = _bandMove(m.band === 4 ? FOUR_PROSOCIAL : FOUR_LABELS, from, to);
  return { ...move, intoHigh: from >= 0 && to >= 0 && from <= 1 && to >= 2 };
}

/** The three-band move of one measure. */
const _threeBandMove = (m: MeasureSpec, b: Side, a: Side, before: number | null, after: number | null): SdqBandMove =>
  _bandMove(THREE_LABELS, bandIndex(b, 'three', m.band, before), bandIndex(a, 'three', m.band, after));

/** The change of one measure: score change, direction (prosocial: higher is better) and band moves. */
function _measureChange(m: MeasureSpec, b: Side, a: Side, before: number | null, after: number | null): SdqMeasureChange {
  const both = before !== null && after !== null;
  const raw = both ? movementOf(before, after) : null;
  const direction: SdqMovement | null =
    raw === null || !m.higherIsBetter ? raw : raw === 'improved' ? 'worsened' : raw === 'worsened' ? 'improved' : raw;
  return {
    before,
    after,
    change: both ? after - before : null,
    direction,
    fourBand: m.band >= 0 ? _fourBandMove(m, b, a, before, after) : null,
    threeBand: m.band >= 0 ? _threeBandMove(m, b, a, before, after) : null,
  };
}

/**
 * Compares two scored SDQs (both from {@link scoreSdq}, the earlier first): the change on every
 * scale, the total, externalising, internalising and impact, band movements in both schemes
 * (recomputed from the scores with each result's own informant table), and a flag for any
 * measure that moved into high or very high (prosocial: low or very low) on the four-band scheme.
 * SDQs from different informants are compared with a warning (`SDQ-COMPARE-INFORMANT-DIFFERS`,
 * `likeForLike: false`): raters differ systematically, so a score change is not like for like;
 * each band movement is still read against the rater's own norms.
 * @param before - The earlier result of `scoreSdq`.
 * @param after - The later result of `scoreSdq`.
 * @returns `{ ok: true, likeForLike, informants, changes, movedIntoHigh, flagged, findings }` or `{ ok: false, issues }`.
 * @example
 * import { compareSdq, scoreSdq } from 'pep-rules/sdq';
 * const autumn = scoreSdq({ informant: 'teacher', items: [2, 1, 0, 2, 0, 0, 2, 1, 2, 1, 2, 0, 0, 2, 1, 0, 2, 0, 0, 2, 1, 0, 0, 1, 1] });
 * const summer = scoreSdq({ informant: 'teacher', items: [2, 1, 1, 2, 1, 1, 1, 2, 2, 1, 2, 1, 2, 1, 1, 1, 2, 1, 0, 2, 1, 0, 0, 1, 1] });
 * const c = compareSdq(autumn, summer);
 * c.ok && [c.changes.totalDifficulties.change, c.changes.totalDifficulties.fourBand?.after, c.movedIntoHigh];
 * //=> [11, 'high', ['emotional', 'conduct', 'totalDifficulties']]
 */
export function compareSdq(before: unknown, after: unknown): SdqComparison {
  return _guarded(unguardedCompareSdq, [before, after]);
}

function unguardedCompareSdq(before: unknown, after: unknown): SdqComparison {
  const issues: Finding[] = [];
  const b = _readSide(before, 'before', issues);
  const a = _readSide(after, 'after', issues);
  if (b === null || a === null) return { ok: false, issues };
  const findings = _sideFindings(b, a);
  const changes: Partial<Record<SdqCompareMeasure, SdqMeasureChange>> = {};
  const movedIntoHigh: SdqCompareMeasure[] = [];
  MEASURES.forEach((m, i) => {
    const change = _measureChange(m, b, a, b.scores[i] ?? null, a.scores[i] ?? null);
    changes[m.key] = change;
    if (change.fourBand?.intoHigh === true) {
      movedIntoHigh.push(m.key);
      findings.push(
        finding(
          'SDQ-COMPARE-INTO-HIGH',
          'warning',
          `${m.key} moved from ${change.fourBand.before ?? '?'} into ${change.fourBand.after ?? '?'} (four-band).`,
          ['after', ...m.path],
        ),
      );
    }
  });
  return {
    ok: true,
    likeForLike: b.informant === a.informant,
    informants: { before: b.informant, after: a.informant },
    changes: changes as SdqChanges,
    movedIntoHigh,
    flagged: movedIntoHigh.length > 0,
    findings,
  };
}
