/**
 * Specific, measurable and time-bound from the text analysis: each with `met`, `confidence`, evidence
 * and advice, and the findings they raise. Low confidence marks judgements a quality officer might read
 * differently; its advice names what to add to make them certain (docs/smart.md, "Confidence").
 */
import { finding, type Finding, type PathSegment, type Severity } from '../core/finding';
import type { _TextAnalysis } from './_analyse';
import { _FREQ_ADVERBS, _onlyGoodIn } from './_measure';
import { _NUMBER_WORDS } from './_phrases';
import type { SmartConfidence, SmartCriterion } from './types';

const HALTON_QA = 'Halton Virtual School PEP Policy 2023-24, Appendix C QA of SMART Targets';
const MK_SMART = 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 1 (SMART targets)';

const MEASURABLE = "Say how success will be measured: a number, percentage, grade, frequency (e.g. '4 out of 5 days') or a one-off event (e.g. 'submit the application'), with a target figure, not only a baseline.";
const MEASURABLE_COMPARATIVE = "Words like 'more', 'fewer' or 'improve' need a figure: say how many, how often or to what level.";

/** Plain advice per criterion (docs/smart.md lists them). */
export const _ADVICE = Object.freeze({
  specific:
    "Name the skill, behaviour or task the child will achieve, and where (e.g. 'use capital letters and full stops in his writing', not 'improve his writing').",
  specificLowMet: "Only one particular skill or task was found among broad words: check it is what the child will achieve (e.g. 'read 20 high frequency words', not 'improve reading').",
  specificLowUnknown: 'No skill, task or broad area was recognised: say which skill, behaviour or task the child will achieve.',
  specificLowOpen: "The skill or task was read from the sentence alone (its words are not known): check it is what the child will achieve (e.g. 'iron her school shirt').",
  specificProvision: 'Say what the child will do or achieve, not only the support adults will give.',
  specificActivity:
    "Say what the child will achieve by going (e.g. 'and earn her first badge', 'and name 2 children she plays with'): an activity, event or session gone to is not an outcome (Bradford Council, SMART Outcomes - Annual Reviews, section 'What do we mean by goals and outcomes?': 'Goals and outcomes are not: Services ... Activities').",
  specificArea:
    "Name the particular skill, knowledge or task within the area (e.g. 'read 3 books from the Year 4 reading list', not 'read for pleasure'; 'complete a college application by March', not 'apply for college'): Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes, Developing your SMART Outcome, Step Two.",
  specificState:
    "Say what the child will do that can be seen, and how often (e.g. 'put his hand up to answer one question in each maths lesson', not 'build his confidence'; 'tell an adult when she is at 4 on the 5-point scale', not 'improve her regulation'): a feeling or inner state is Step One, the broad area of need (Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes, Developing your SMART Outcome, Step One and Step Two).",
  specificReview:
    "Say what the child will achieve next: a review's status ('met', 'partially met', 'continue', 'carry over', 'ongoing') is not a target (Halton Virtual School PEP Policy 2023-24, Appendix C, QA of SMART Targets: Specific, 'It is clear what will be achieved').",
  specificVague:
    "Name the behaviour, skill or task the child will show (e.g. 'will not hit or kick at break', not 'stay out of trouble'; 'sit with 2 friends at lunch', not 'get on with others'): Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes, Examples of SMART Outcomes (not 'vague, generic').",
  specificFragmentProvision:
    "Say what the child will be able to do after the provision, and by when (e.g. 'read 20 Phase 3 words by Easter', not 'a phonics group 3x a week with a TA'): the programme, sessions, support or funding delivered are not an outcome (Halton Virtual School PEP Policy 2023-24, Appendix C, QA of SMART Targets: Specific, 'It is clear what will be achieved').",
  specificFragmentTopic:
    "Say what the child will be able to do in the topic, or the value to reach (e.g. 'recall number bonds to 20 in 2 minutes', 'a reading age of 10y by July'): a topic, heading or current score names no outcome (Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 1 (SMART targets), Specific: 'What specific skills or knowledge need to be acquired').",
  specificHedged:
    "Decide the target: say what the child will do or achieve, and by when (e.g. 'complete the Bronze DofE expedition by July', not 'DofE - to think about'): an act only considered, asked about, called good or left until 'when ready' is not yet decided (Halton Virtual School PEP Policy 2023-24, Appendix C, QA of SMART Targets: Specific, 'It is clear what will be achieved').",
  specificDescribed: 'Say what the child will achieve: the text only describes the present, a need, a report or support adults give.',
  /** Measurable and time-bound of a text that only describes, with a measure or a point set aside. */
  otherDescribed: 'See Specific: no outcome is stated.',
  measurable: MEASURABLE,
  measurableComparative: MEASURABLE_COMPARATIVE,
  /** `measurable` then `measurableComparative`: built once, not per target. */
  measurableWithComparative: `${MEASURABLE} ${MEASURABLE_COMPARATIVE}`,
  measurableLowStop: "Add how often: no more than how many times a week (e.g. 'no more than 1 incident a week'), or 'no incidents over 6 weeks'?",
  measurableLowSkill: "A skill is named but nothing measures it: if an adult could see it done, say how it will be checked (e.g. 'on 4 out of 5 occasions').",
  measurableGoodOnly:
    "Say the grade, mark or score to reach (e.g. 'grade 5 or above in GCSE maths', '90% in the spelling test'): a result only called good names no figure (Halton Virtual School PEP Policy 2023-24, Appendix C Post-16, Measurable: ''working at a Grade 4 in algebra' … can be demonstrated through assessment or data').",
  measurableAdultAct:
    "The adults' one-off act can be checked done, but it is not the child's outcome: say what the child will achieve with it (e.g. 'use the laptop to hand in his homework each week'): Bradford Council, SMART Outcomes - Annual Reviews, section 'What do we mean by goals and outcomes?': 'Goals and outcomes are not: Services ... Activities'.",
  /** A fragment whose figures or frequencies were set aside (Measurable rule 6): says why they are listed yet do not measure. */
  measurableNoOutcome:
    "The figures found count the provision delivered, name the content or give the score now, not the child's success: state what the child will achieve and the figure to reach (e.g. 'read 20 Phase 3 words by Easter', not 'phonics group 3x a week'): Bradford Council, SMART Outcomes - Annual Reviews, section 'What do we mean by goals and outcomes?': 'Goals and outcomes are not: ... Resources (e.g. 5 hours of TA support)'; Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 1 (SMART targets), Measurable: 'How are you going to be able to demonstrate success?'.",
  /** A measure set aside with a wish alone, an act not decided or a topic alone: nothing the child will do is there to check. */
  measurableUndecided:
    "Say what the child will do or achieve and how it will be checked at the deadline (e.g. 'pass the theory test by July', not 'I want to learn to drive'): a wish, an act not yet decided or a topic alone has nothing to check (Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 1 (SMART targets), Measurable: 'How are you going to be able to demonstrate success?').",
  /** A standard or grade to reach found with nothing it is in ("Aim for expected by the end of Year 6", "Aim for grade 4s"). */
  measurableLowStandard:
    "A standard or grade to reach was found, but not what it is in: name the subject or area (e.g. 'the expected standard in reading by the end of Year 6', 'a grade 4 in GCSE maths'): Halton Virtual School PEP Policy 2023-24, Appendix C Post-16, Measurable: ''working at a Grade 4 in algebra' ... can be demonstrated through assessment or data'.",
  measurableLowUnnamed: "A figure or frequency was found but no skill of the child's: check it counts the child's success, not support or attendance at a session (e.g. 'read aloud to an adult 3 times a week', not 'see the ELSA weekly').",
  measurableLowUnnamedEvent:
    "An act or event that can be checked done was found, but no skill of the child's: say what the child will achieve by it (e.g. 'email her tutor to agree 2 courses to apply for by March'): Halton Virtual School PEP Policy 2023-24, Appendix C, QA of SMART Targets: Specific, 'It is clear what will be achieved'.",
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

/** Builds a criterion: {@link _criterion} at full detail, {@link _bareCriterion} at detail 'codes'. */
export type _CriterionOf = (met: boolean | null, evidence: readonly string[], advice: string | undefined, confidence?: SmartConfidence) => SmartCriterion;

const NO_EVIDENCE: readonly string[] = Object.freeze([]);
/** The criteria of detail 'codes': one frozen object per (met, confidence), keys in the order assessPep has always given them. */
const BARE_NULL: SmartCriterion = Object.freeze({ met: null, evidence: NO_EVIDENCE });
const BARE_MET_HIGH: SmartCriterion = Object.freeze({ met: true, evidence: NO_EVIDENCE, confidence: 'high' });
const BARE_MET_LOW: SmartCriterion = Object.freeze({ met: true, evidence: NO_EVIDENCE, confidence: 'low' });
const BARE_UNMET_HIGH: SmartCriterion = Object.freeze({ met: false, evidence: NO_EVIDENCE, confidence: 'high' });
const BARE_UNMET_LOW: SmartCriterion = Object.freeze({ met: false, evidence: NO_EVIDENCE, confidence: 'low' });

/**
 * A criterion at detail 'codes': `met` and `confidence` only (evidence empty, no advice), one shared
 * frozen object per pair. Same parameters as {@link _criterion}; evidence and advice are not read.
 * @param met - Met, not met, or null (not judged).
 * @param _evidence - Not read.
 * @param _advice - Not read.
 * @param confidence - How sure the judgement is (ignored when `met` is null).
 * @returns The shared criterion.
 */
export function _bareCriterion(met: boolean | null, _evidence?: readonly string[], _advice?: string, confidence: SmartConfidence = 'high'): SmartCriterion {
  if (met === null) return BARE_NULL;
  if (met) return confidence === 'low' ? BARE_MET_LOW : BARE_MET_HIGH;
  return confidence === 'low' ? BARE_UNMET_LOW : BARE_UNMET_HIGH;
}

/**
 * A finding at either level of detail: at detail 'codes' (`codes` true) without message (`''`) or source.
 * @param codes - Detail 'codes'.
 * @param code - Stable code.
 * @param severity - Severity.
 * @param message - The message (pass `''` at detail 'codes' rather than building one).
 * @param path - Where in the input.
 * @param source - The rule's source.
 * @returns The finding.
 */
export function _note(codes: boolean, code: string, severity: Severity, message: string, path: readonly PathSegment[], source?: string): Finding {
  return codes ? finding(code, severity, '', path) : finding(code, severity, message, path, source);
}

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

/** Specific: low when met on one anchor among broad words, when anchors were overruled (not for a text that only describes), or when nothing was recognised. */
function specificOf(a: _TextAnalysis, criterion: _CriterionOf): SmartCriterion {
  const s = a.specific;
  if (s.met) {
    if (s.unsure === true) return criterion(true, s.evidence, _ADVICE.specificLowOpen, 'low');
    const low = s.anchors === 1 && s.vague.length > 0;
    return criterion(true, s.evidence, low ? _ADVICE.specificLowMet : undefined, low ? 'low' : 'high');
  }
  // No part states an outcome, some part only describes. Low where the text has its own figure or point (a baseline and a
  // target are told apart by wording alone); high where it has neither: nothing an outcome could be read from.
  // Low too where part of the text was not read (`partly`): that part may be an outcome in words no reading knows.
  if (s.described === true) return criterion(false, s.vague, _ADVICE.specificDescribed, a.measurable.described || a.deadline.described || s.partly === true ? 'low' : 'high');
  if (s.overruled) return criterion(false, s.vague, s.state === true ? _ADVICE.specificState : s.area === true ? _ADVICE.specificArea : s.noOutcome === 'review' ? _ADVICE.specificReview : s.noOutcome === 'vague' ? _ADVICE.specificVague : s.noOutcome === 'provision' ? _ADVICE.specificFragmentProvision : s.noOutcome === 'topic' ? _ADVICE.specificFragmentTopic : s.noOutcome === 'hedge' ? _ADVICE.specificHedged : s.adults === true ? _ADVICE.specificProvision : _ADVICE.specific, 'low');
  // A review's status alone, nothing else read ("Carry forward."): the review's advice.
  if (s.noOutcome === 'review') return criterion(false, s.vague, _ADVICE.specificReview, 'low');
  // Provision alone, nothing of the child's read ("Reduced timetable to continue until Easter"): provision's advice.
  if (s.noOutcome === 'provision') return criterion(false, s.vague, _ADVICE.specificFragmentProvision, s.vague.length === 0 ? 'low' : 'high');
  const unknown = s.vague.length === 0;
  // An inner state or feeling built up or learnt with nothing else read ("Build his confidence."): the state's advice (review34d).
  if (s.state === true) return criterion(false, s.vague, _ADVICE.specificState, unknown ? 'low' : 'high');
  // Only the activity reading stood in the way (_activity.ts): low, as labels read such texts both ways before the settled row.
  if (unknown && s.activity === true) return criterion(false, s.vague, _ADVICE.specificActivity, 'low');
  return criterion(false, s.vague, unknown ? _ADVICE.specificLowUnknown : _ADVICE.specific, unknown ? 'low' : 'high');
}

/**
 * Measurable: low where the labelling guide's rules pull apart (Measurable rules 3 and 6): a skill is named but
 * nothing measures it (an observable capability to some readers, a process to others), or a measure is found
 * but no skill of the child's (provision with a frequency, a baseline); and a stop-behaviour with no figure.
 * An observable capability met with no figure (rule 3) is high: labellers agree with it as often as with a figure.
 */
function measurableOf(a: _TextAnalysis, criterion: _CriterionOf): SmartCriterion {
  const m = a.measurable;
  if (m.met) {
    if (m.soft === 'stop') return criterion(true, m.evidence, _ADVICE.measurableLowStop, 'low');
    // A one-off thing adults do, measured with no figure: the act is checkable; the child's outcome is what is missing. Not
    // where Specific was set aside only as part of the text was unread (`partly`): the measure is left as it is read.
    if (!a.specific.met && a.specific.partly !== true) return criterion(true, m.evidence, m.adultAct ? _ADVICE.measurableAdultAct : standardIn(m.evidence) ? _ADVICE.measurableLowStandard : figureIn(m.evidence) ? _ADVICE.measurableLowUnnamed : _ADVICE.measurableLowUnnamedEvent, 'low');
    return criterion(true, m.evidence, undefined);
  }
  // A measure set aside with the outcome (a text that only describes; a fragment, review note, vague outcome or wish alone):
  // low, as what to add is Specific's advice.
  if (m.described) return criterion(false, m.evidence, _ADVICE.otherDescribed, 'low');
  if (m.noOutcome) {
    // A provision fragment's figures are listed with why they do not measure, even when asked ("Lexia 3x a week?").
    if (a.specific.noOutcome === 'provision') return criterion(false, m.evidence, _ADVICE.measurableNoOutcome, 'low');
    // A topic list's numbers count nothing ("1. Attendance 2. Punctuality"): a topic alone has nothing to check.
    if (m.undecided || (a.specific.noOutcome === 'topic' && m.evidence.length > 0 && m.evidence.every((e) => LIST_NUMBER.test(e)))) return criterion(false, NO_EVIDENCE, _ADVICE.measurableUndecided, 'low');
    // A review note or vague outcome: what it counts is no measure, so none is listed beside "states no success measure".
    if (a.specific.noOutcome === 'review' || a.specific.noOutcome === 'vague') return criterion(false, NO_EVIDENCE, _ADVICE.otherDescribed, 'low');
    // A fragment's figures are listed with why they do not measure (Measurable rule 6).
    return criterion(false, m.evidence, _ADVICE.measurableNoOutcome, 'low');
  }
  // A review note with nothing read as a measure ("Carry over - reading": "carry over" carries nothing): Specific's advice, as above.
  if (a.specific.noOutcome === 'review') return criterion(false, NO_EVIDENCE, _ADVICE.otherDescribed, 'low');
  // A result only called good ("get good GCSEs"): the grade to reach is what is missing, not how often it is seen.
  if (m.comparatives.length === 0 && _onlyGoodIn(a.doc)) return criterion(false, NO_EVIDENCE, _ADVICE.measurableGoodOnly, a.specific.met ? 'low' : 'high');
  // A comparative with no figure is plainly not measurable (rule 6): high.
  if (a.specific.met && m.comparatives.length === 0) return criterion(false, m.comparatives, _ADVICE.measurableLowSkill, 'low');
  return criterion(false, m.comparatives, m.comparatives.length > 0 ? _ADVICE.measurableWithComparative : _ADVICE.measurable);
}

/** A list's number alone as evidence ("1", "2."): it numbers the list, it counts nothing. */
const LIST_NUMBER = /^\d{1,2}[.)]?$/;

/** Words of how often beside the frequency adverbs and the numbers ("every week", "3 times a term", "per day"). */
const HOW_OFTEN_WORDS: ReadonlySet<string> = new Set(['every', 'each', 'per', 'times', 'x']);

/** Words of a standard or grade reached (Measurable rule 5: "achieve the expected standard in reading"). */
const STANDARD_WORDS: ReadonlySet<string> = new Set(['expected', 'standard', 'depth', 'gld', 'elg', 'elgs', 'goal', 'goals', 'exs', 'gds', 'grade', 'grades', 'secure', 'exceeding', 'age-related']);

/** Whether a measure's evidence names a standard or grade reached ("for expected", "grade 4s"). */
function standardIn(evidence: readonly string[]): boolean {
  for (const e of evidence) for (const w of e.toLowerCase().split(/[^a-z-]+/)) if (STANDARD_WORDS.has(w)) return true;
  return false;
}

/** Whether the evidence holds a figure or a frequency (a digit, a number word, "weekly", "every"): else it is an act or event checked done. */
function figureIn(evidence: readonly string[]): boolean {
  for (const e of evidence) {
    if (/\d/.test(e)) return true;
    for (const w of e.toLowerCase().split(/[^a-z-]+/)) if (_FREQ_ADVERBS.has(w) || _NUMBER_WORDS.has(w) || HOW_OFTEN_WORDS.has(w)) return true;
  }
  return false;
}

/** Time-bound: low when the deadline is inferred from school time or needs the meeting date to resolve. */
function timeBoundOf(a: _TextAnalysis, criterion: _CriterionOf): SmartCriterion {
  const d = a.deadline;
  if (d.chosen !== null) {
    const approximate = d.value !== null && d.value.kind === 'academic-year-end' && d.value.approximate === true;
    const advice = approximate ? _ADVICE.timeBoundLowApproximate : d.unresolved ? _ADVICE.timeBoundLowUnresolved : undefined;
    return criterion(true, d.evidence, advice, advice === undefined ? 'high' : 'low');
  }
  if (d.impossible.length > 0) return criterion(false, d.impossible, _ADVICE.timeBoundImpossible);
  if (d.described) return criterion(false, d.vague, _ADVICE.otherDescribed, 'low');
  return criterion(false, d.vague, d.vague.length > 0 ? _ADVICE.timeBoundVague : _ADVICE.timeBound);
}

/** The three criteria judged from the text. */
export interface _TextCriteria {
  specific: SmartCriterion;
  measurable: SmartCriterion;
  timeBound: SmartCriterion;
}

/**
 * Judges specific, measurable and time-bound from the analysis and adds their findings.
 * @param a - The text analysis (at detail 'codes', analysed with `evidence: false`).
 * @param codes - Detail 'codes': shared bare criteria, findings without message or source.
 * @param textPath - Path of the target's text.
 * @param cellPath - Path of its "Timescale (When)" cell, or null when it has none.
 * @param findings - Findings are appended here.
 * @returns The three criteria.
 */
export function _judgeText(a: _TextAnalysis, codes: boolean, textPath: readonly PathSegment[], cellPath: readonly PathSegment[] | null, findings: Finding[]): _TextCriteria {
  const criterion = codes ? _bareCriterion : _criterion;
  const specific = specificOf(a, criterion);
  const measurable = measurableOf(a, criterion);
  const timeBound = timeBoundOf(a, criterion);
  const d = a.deadline;
  if (!specific.met) findings.push(_note(codes, 'SMART-NOT-SPECIFIC', 'warning', 'The target does not name a particular skill, behaviour or task the child will achieve.', textPath, HALTON_QA));
  if (!measurable.met) findings.push(_note(codes, 'SMART-NOT-MEASURABLE', 'warning', 'The target states no success measure (a figure, frequency, standard or one-off event).', textPath, HALTON_QA));
  if (d.impossible.length > 0) {
    findings.push(_note(codes, 'SMART-DATE-IMPOSSIBLE', 'warning', 'The target gives a date that does not exist (such as 30 February or 31 April); it was not read as a deadline or moved to another day.', d.impossibleInCell && cellPath !== null ? cellPath : textPath));
  }
  if (!timeBound.met) {
    if (d.vague.length > 0) findings.push(_note(codes, 'SMART-DEADLINE-VAGUE', 'warning', 'The target gives only vague timing (such as ongoing, soon or over time), not a deadline.', cellPath ?? textPath, MK_SMART));
    // A point set aside with a text that only describes is no missing point: SMART-NOT-SPECIFIC says what is wrong.
    else if (d.impossible.length === 0 && !d.described) findings.push(_note(codes, 'SMART-NO-DEADLINE', 'warning', 'The target gives no date or point by which it will be achieved.', textPath, HALTON_QA));
  }
  return { specific, measurable, timeBound };
}
