/**
 * Specific, measurable and time-bound from the text analysis: each with `met`, `confidence`, evidence
 * and advice, and the findings they raise. Low confidence marks judgements a quality officer might read
 * differently; its advice names what to add to make them certain (docs/smart.md, "Confidence").
 */
import { finding, type Finding, type PathSegment } from '../core/finding';
import type { _TextAnalysis } from './_analyse';
import type { SmartConfidence, SmartCriterion } from './types';

const HALTON_QA = 'Halton Virtual School PEP Policy 2023-24, Appendix C QA of SMART Targets';
const MK_SMART = 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 1 (SMART targets)';

/** Plain advice per criterion (docs/smart.md lists them). */
export const _ADVICE = Object.freeze({
  specific:
    "Name the skill, behaviour or task the child will achieve, and where (e.g. 'use capital letters and full stops in his writing', not 'improve his writing').",
  specificLowMet: "Only one particular skill or task was found among broad words: check it is what the child will achieve (e.g. 'read 20 high frequency words', not 'improve reading').",
  specificLowUnknown: 'No skill, task or broad area was recognised: say which skill, behaviour or task the child will achieve.',
  specificProvision: 'Say what the child will do or achieve, not only the support adults will give.',
  specificMetric: "Name the behaviour behind the count (e.g. 'stay in lessons', not 'fewer behaviour points').",
  measurable:
    "Say how success will be measured: a number, percentage, grade, frequency (e.g. '4 out of 5 days') or a one-off event (e.g. 'submit the application'), with a target figure, not only a baseline.",
  measurableComparative: "Words like 'more', 'fewer' or 'improve' need a figure: say how many, how often or to what level.",
  measurableLowStop: "Add how often: no more than how many times a week (e.g. 'no more than 1 incident a week'), or 'no incidents over 6 weeks'?",
  measurableLowCapability: "Add how it will be checked: how many times, or how many out of how many (e.g. 'on 4 out of 5 occasions')?",
  timeBound: "Give a date or point by which it will be achieved (e.g. 'by 31 March', 'by Feb half term', 'by the next PEP').",
  timeBoundVague: "Replace vague timing ('ongoing', 'soon', 'over time', 'going forward') with a date or a review point.",
  timeBoundImpossible: 'Correct the date: the one given does not exist (such as 30 February or 31 April), so it was not read as a deadline.',
  timeBoundLowApproximate: "Add the date or the term: the deadline was inferred from a year group, key stage or leaving point (which academic year?).",
  timeBoundLowUnresolved: 'Give the meeting date (context.meetingDate) so the deadline can be turned into a date.',
  achievableNoPep: 'Judged only with the PEP: pass context.pep to check the gap and the time allowed.',
  achievablePast: 'The deadline is before the meeting: agree a new date the child can still meet.',
  achievableGap: 'The step from the baseline to the target is large for the time allowed: set a nearer step for this review.',
  achievableLow: 'Add the baseline and the target grade (e.g. "from grade 3 to grade 4") so the step can be checked against the time allowed.',
  relevantNoPep: 'Judged only with the PEP: pass context.pep to check the link to identified needs.',
  relevantUnknown: 'Say which identified need or aspiration this target addresses (set its area).',
  relevantLow: "Set the target's area (or link it to a PP+ request) so its link to an identified need is certain.",
  relevant: 'Link the target to a need identified in the PEP (SDQ, attendance, SEN, attainment) or to the child’s aspirations.',
  empty: 'Write the target: what the child will achieve, how it will be measured and by when.',
});

/**
 * A criterion: `confidence` only when judged; advice when not met, or when met with low confidence.
 * @param met - Met, not met, or null (not judged).
 * @param evidence - The spans that decided it.
 * @param advice - Advice (kept unless met with high confidence).
 * @param confidence - How sure the judgement is (ignored when `met` is null).
 * @returns The criterion.
 */
export function _criterion(met: boolean | null, evidence: readonly string[], advice: string | undefined, confidence: SmartConfidence = 'high'): SmartCriterion {
  if (met === null) return advice === undefined ? { met, evidence } : { met, evidence, advice };
  const keep = advice !== undefined && (met === false || confidence === 'low');
  return keep ? { met, confidence, evidence, advice } : { met, confidence, evidence };
}

/** Specific: low when met on one anchor among broad words, when anchors were overruled, or when nothing was recognised. */
function specificOf(a: _TextAnalysis): SmartCriterion {
  const s = a.specific;
  if (s.met) {
    const low = s.anchors === 1 && s.vague.length > 0;
    return _criterion(true, s.evidence, low ? _ADVICE.specificLowMet : undefined, low ? 'low' : 'high');
  }
  if (s.overruled) return _criterion(false, s.vague, _ADVICE.specific, 'low');
  const unknown = s.vague.length === 0;
  return _criterion(false, s.vague, unknown ? _ADVICE.specificLowUnknown : _ADVICE.specific, unknown ? 'low' : 'high');
}

/** Measurable: low when every measure is an observable capability or a stop-behaviour with no figure. */
function measurableOf(a: _TextAnalysis): SmartCriterion {
  const m = a.measurable;
  if (m.met) {
    if (m.soft === null) return _criterion(true, m.evidence, undefined);
    return _criterion(true, m.evidence, m.soft === 'stop' ? _ADVICE.measurableLowStop : _ADVICE.measurableLowCapability, 'low');
  }
  return _criterion(false, m.comparatives, m.comparatives.length > 0 ? `${_ADVICE.measurable} ${_ADVICE.measurableComparative}` : _ADVICE.measurable);
}

/** Time-bound: low when the deadline is inferred from school time or needs the meeting date to resolve. */
function timeBoundOf(a: _TextAnalysis): SmartCriterion {
  const d = a.deadline;
  if (d.chosen !== null) {
    const approximate = d.value !== null && d.value.kind === 'academic-year-end' && d.value.approximate === true;
    const advice = approximate ? _ADVICE.timeBoundLowApproximate : d.unresolved ? _ADVICE.timeBoundLowUnresolved : undefined;
    return _criterion(true, d.evidence, advice, advice === undefined ? 'high' : 'low');
  }
  if (d.impossible.length > 0) return _criterion(false, d.impossible, _ADVICE.timeBoundImpossible);
  return _criterion(false, d.vague, d.vague.length > 0 ? _ADVICE.timeBoundVague : _ADVICE.timeBound);
}

/**
 * Judges specific, measurable and time-bound from the analysis and adds their findings.
 * @param a - The text analysis.
 * @param cellGiven - The target has a "Timescale (When)" cell.
 * @param paths - Paths of the text and of the cell.
 * @param findings - Findings are appended here.
 * @returns The three criteria.
 */
export function _judgeText(
  a: _TextAnalysis,
  cellGiven: boolean,
  paths: { readonly text: readonly PathSegment[]; readonly cell: readonly PathSegment[] },
  findings: Finding[],
): { specific: SmartCriterion; measurable: SmartCriterion; timeBound: SmartCriterion } {
  const specific = specificOf(a);
  const measurable = measurableOf(a);
  const timeBound = timeBoundOf(a);
  const d = a.deadline;
  if (!specific.met) findings.push(finding('SMART-NOT-SPECIFIC', 'warning', 'The target does not name a particular skill, behaviour or task the child will achieve.', paths.text, HALTON_QA));
  if (!measurable.met) findings.push(finding('SMART-NOT-MEASURABLE', 'warning', 'The target states no success measure (a figure, frequency, standard or one-off event).', paths.text, HALTON_QA));
  if (d.impossible.length > 0) {
    findings.push(finding('SMART-DATE-IMPOSSIBLE', 'warning', 'The target gives a date that does not exist (such as 30 February or 31 April); it was not read as a deadline or moved to another day.', d.impossibleInCell ? paths.cell : paths.text));
  }
  if (!timeBound.met) {
    if (d.vague.length > 0) findings.push(finding('SMART-DEADLINE-VAGUE', 'warning', 'The target gives only vague timing (such as ongoing, soon or over time), not a deadline.', cellGiven ? paths.cell : paths.text, MK_SMART));
    else if (d.impossible.length === 0) findings.push(finding('SMART-NO-DEADLINE', 'warning', 'The target gives no date or point by which it will be achieved.', paths.text, HALTON_QA));
  }
  return { specific, measurable, timeBound };
}
