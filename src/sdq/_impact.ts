import { finding, type Finding } from '../core/finding';
import { _isRecord } from '../core/guards';
import { _badValue, _SCORING_SOURCE } from './_scoring';

/*
 * The impact supplement: 0/0/1/2 points per answer (0–3), gated by "difficulties". Teacher impact
 * counts distress, peer relations and classroom learning (0–6); parent and self add home life and
 * leisure (0–10). Answers are read as −1 unanswered, 0–3 valid, −2 invalid (an issue is added).
 */

/** What reading the impact supplement gives: the score, or issues, and warnings. */
export interface _ImpactParse {
  score: number | null;
  issues: Finding[] | null;
  warnings: Finding[] | null;
}

/** The answers that are scored, each −1 (unanswered) or 0–3. */
interface Answers {
  readonly difficulties: number;
  readonly distress: number;
  readonly homeLife: number;
  /** Friendships or peer relations (the same question, impfrie). */
  readonly friends: number;
  readonly classroom: number;
  readonly leisure: number;
}

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
const NO_IMPACT: Readonly<_ImpactParse> = Object.freeze({ score: null, issues: null, warnings: null });

const warn = (out: _ImpactParse, f: Finding): void => {
  (out.warnings ??= []).push(f);
};

/** Reads one impact answer: −1 unanswered, 0–3 valid, −2 invalid (an issue is added). */
function _impactValue(raw: Record<string, unknown>, field: string, out: _ImpactParse): number {
  const v = raw[field];
  if (v === undefined || v === null) return -1;
  if (v === 0 || v === 1 || v === 2 || v === 3) return v;
  (out.issues ??= []).push(_badValue('IMPACT', v, `Impact answer "${field}"`, 3, ['impact', field]));
  return -2;
}

/**
 * Warns, once, about fields that are not part of the supplement. The unknown names are never
 * repeated, in the message or in the path (a name could be personal data, such as a child's name
 * typed as a key): the path ends in `*`, and the message gives how many there are.
 */
function _unknownFields(rec: Record<string, unknown>, out: _ImpactParse): void {
  let unknown = 0;
  for (const key in rec) if (Object.hasOwn(rec, key) && !IMPACT_FIELDS.has(key)) unknown++;
  if (unknown === 0) return;
  const what = unknown === 1 ? 'An impact field is' : `${unknown} impact fields are`;
  warn(out, finding('SDQ-IMPACT-FIELD-UNKNOWN', 'warning', `${what} not part of the supplement and ${unknown === 1 ? 'was' : 'were'} ignored (the names are not repeated).`, ['impact', '*']));
}

/** Reads every answer (issues for bad ones and for friendships ≠ peerRelations), or `null` when any is unusable. */
function _readAnswers(rec: Record<string, unknown>, teacher: boolean, out: _ImpactParse): Answers | null {
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
  if (out.issues !== null) return null;
  const friends = friendships >= 0 ? friendships : peerRelations;
  return { difficulties, distress, homeLife, friends, classroom, leisure };
}

/** Teacher forms have no home-life or leisure question: answers given there are not scored. */
function _warnNotOnTeacherForm(a: Answers, out: _ImpactParse): void {
  for (const [field, value] of [['homeLife', a.homeLife], ['leisure', a.leisure]] as const) {
    if (value < 0) continue;
    warn(
      out,
      finding(
        'SDQ-IMPACT-NOT-ON-FORM',
        'warning',
        `Impact answer "${field}" is not on the teacher form and was not scored (teacher impact: distress, peer relations, classroom learning).`,
        ['impact', field],
        _SCORING_SOURCE,
      ),
    );
  }
}

const answered = (v: number): number => (v >= 0 ? 1 : 0);
const points = (v: number): number => IMPACT_POINTS[v] ?? 0;

/** Scores the answers: gated by "difficulties", with notes on missing and partial answers. */
function _scoreAnswers(a: Answers, teacher: boolean, out: _ImpactParse): void {
  const possible = teacher ? 3 : 5;
  const given =
    answered(a.distress) + answered(a.friends) + answered(a.classroom) + (teacher ? 0 : answered(a.homeLife) + answered(a.leisure));
  const total = points(a.distress) + points(a.friends) + points(a.classroom) + (teacher ? 0 : points(a.homeLife) + points(a.leisure));
  if (a.difficulties === 0) {
    out.score = 0;
    if (total > 0) {
      warn(out, finding('SDQ-IMPACT-GATED', 'info', 'Difficulties was answered "No", so impact is 0 and the other impact answers were not counted.', ['impact', 'difficulties'], _SCORING_SOURCE));
    }
    return;
  }
  if (given === 0) {
    if (a.difficulties > 0) {
      warn(out, finding('SDQ-IMPACT-MISSING', 'warning', 'Difficulties was answered "Yes" but no impact question was answered, so impact is not scored.', ['impact'], _SCORING_SOURCE));
    }
    return;
  }
  out.score = total;
  if (a.difficulties < 0) {
    warn(out, finding('SDQ-IMPACT-DIFFICULTIES-MISSING', 'info', 'Difficulties is unanswered; impact is scored from the impact answers given (as the SPSS and Stata syntax does).', ['impact', 'difficulties'], _SCORING_SOURCE));
  }
  if (given < possible) {
    warn(out, finding('SDQ-IMPACT-PARTIAL', 'info', `Impact is scored from ${given} of ${possible} answers; unanswered ones count as 0 (official syntax).`, ['impact'], _SCORING_SOURCE));
  }
}

/**
 * Reads and scores the impact supplement for an informant (0 parent, 1 teacher, 2 self).
 * @internal
 */
export function _scoreImpact(raw: unknown, informant: number): Readonly<_ImpactParse> {
  if (raw === undefined || raw === null) return NO_IMPACT;
  const out: _ImpactParse = { score: null, issues: null, warnings: null };
  if (!_isRecord(raw)) {
    out.issues = [finding('SDQ-IMPACT-TYPE', 'error', 'The impact supplement must be an object of answers (0–3).', ['impact'])];
    return out;
  }
  _unknownFields(raw, out);
  const teacher = informant === 1;
  const answers = _readAnswers(raw, teacher, out);
  if (answers === null) return out;
  if (teacher) _warnNotOnTeacherForm(answers, out);
  _scoreAnswers(answers, teacher, out);
  return out;
}
