import { _guarded } from '../core/_guarded';
import { _childPath } from '../core/_path';
import { finding, type Finding, type PathSegment } from '../core/finding';
import { isIsoDate, type IsoDate } from '../core/isoDate';
import { _isRecord } from '../core/guards';
import { _resolvePolicyLight as _resolvePolicy } from '../policy/resolve';
import { england } from '../policy/presets/england';
import type { Policy } from '../policy/schema';
import { _analyseText, _scanOptionsOf, type _AnalyseOptions, type _CellMemo, type _TextAnalysis } from './_analyse';
import type { PepFacts } from '../pep/facts';
import { _areaOf, _aspirationLink, _aspirations, _gradeGap, _isPepFacts, _pepNeeds, _ppPlusLinked, _ppRequests, type _Need } from './_context';
import type { _OpCounter } from './_doc';
import { _closeLists, _openLists } from './_lists';
import { _termCtx, type _TermCtx } from './_terms';
import type { Deadline, SmartContext, SmartCriterion, SmartCriterionName, SmartRating, SmartReport, TargetInput } from './types';
import { _ADVICE, _bareCriterion, _criterion, _judgeText, _note, type _CriterionOf } from './_judge';
import type { TargetArea } from '../core/enums';

const HALTON_QA = 'Halton Virtual School PEP Policy 2023-24, Appendix C QA of SMART Targets';

const MAX_TEXT = 2_000_000;

interface ReadTarget {
  readonly text: string;
  /** The target's own text as read (`text` is it, or it followed by a line break and the expected outcome). */
  readonly own: string;
  readonly cell: string | null;
  readonly id: string | undefined;
  readonly area: TargetArea | null;
  readonly isObject: boolean;
  readonly actions: string | null;
}

/**
 * What one set of targets shares while its targets are checked (checkTargetSet, one PEP and context): each target's
 * text as normalised is put in `normalised`; `cells` keeps each "Timescale (When)" cell read, for the next target with
 * the same cell. Made per call, never kept after it.
 */
export interface _SetShared {
  normalised: string | null;
  readonly cells?: _CellMemo;
}

/** The context, read and checked once. */
export interface _ReadContext {
  readonly meeting: IsoDate | null;
  readonly nextReview: IsoDate | null;
  readonly terms: _TermCtx;
  readonly pep: Record<string, unknown> | null;
  /** The PEP's facts from `derivePepFacts` (only with a PEP): needs are read from them, not worked out again. */
  readonly facts: PepFacts | null;
  readonly policy: Policy;
  readonly findings: Finding[];
  /**
   * `detail: 'codes'`: no evidence, advice or messages are built; criteria are shared frozen objects
   * (`met` and `confidence`), findings have `message: ''` and no source.
   */
  readonly codes: boolean;
  /** What each target's text is analysed with, built once per context. */
  readonly analyse: _AnalyseOptions;
  /** The same for a target whose area is given (not inferred from its words). */
  readonly analyseAreaGiven: _AnalyseOptions;
  /** The meeting and the next review as day numbers (or null), worked out once for every target of the context. */
  readonly meetingDay: number | null;
  readonly reviewDay: number | null;
  /** The PEP's PP+ requests and its aspirations (null for none), read once for every target of the context. */
  readonly ppRequests: readonly unknown[] | null;
  readonly aspirations: string | null;
  /** The needs the PEP identifies ({@link _contextNeeds}), worked out when first asked for: null until then. */
  needs: _Need[] | null;
}

/**
 * The needs the context's PEP identifies (`_pepNeeds` of its PEP, policy and facts), worked out once per context
 * and kept in it: checkTargetSet and each of its targets' checks ask for them.
 * @param ctx - The read context.
 * @returns The needs.
 * @example
 * _contextNeeds(_readContext({ pep: { phase: 'post-16' } })); // [{ area: 'post-16', reason: 'post-16 PEP', kind: 0 }]
 */
export function _contextNeeds(ctx: _ReadContext): _Need[] {
  return (ctx.needs ??= _pepNeeds(ctx.pep, ctx.policy, ctx.facts));
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/**
 * The policy of a context, through the policy gate once (`_resolvePolicy`). A value the gate rejects
 * is reported as `SMART-CONTEXT-INVALID` and the England preset is used, as for any other unusable
 * context field (docs/smart.md).
 */
function readPolicy(value: unknown, findings: Finding[], path: readonly PathSegment[], codes: boolean): Policy {
  const gate = _resolvePolicy(value);
  if (gate.ok) return gate.policy;
  const message = _isRecord(value) && _isRecord(value.targets)
    ? 'The context policy is not a checked council policy; the England defaults were used.'
    : 'The context policy is not a policy object; the England defaults were used.';
  findings.push(_note(codes, 'SMART-CONTEXT-INVALID', 'warning', message, [...path, 'policy']));
  return england;
}

/** Reads the context defensively; bad fields become findings and are ignored. */
export function _readContext(context: unknown, path: readonly PathSegment[] = []): _ReadContext {
  const findings: Finding[] = [];
  const c = _isRecord(context) ? context : null;
  const detail = c?.detail;
  const codes = detail === 'codes';
  if (context !== undefined && context !== null && c === null) {
    findings.push(_note(codes, 'SMART-CONTEXT-INVALID', 'warning', 'The context is not an object; it was ignored.', [...path]));
  }
  const pep = _isRecord(c?.pep) ? c.pep : null;
  if (c !== null && c.pep !== undefined && pep === null) {
    findings.push(_note(codes, 'SMART-CONTEXT-INVALID', 'warning', 'The context PEP is not an object; it was ignored.', [...path, 'pep']));
  }
  const date = (key: 'meetingDate' | 'nextReviewDate', fallback: unknown): IsoDate | null => {
    const v = c?.[key];
    if (v !== undefined) {
      if (isIsoDate(v)) return v;
      findings.push(_note(codes, 'SMART-CONTEXT-INVALID', 'warning', codes ? '' : `The context ${key} is not a date written YYYY-MM-DD; it was ignored.`, [...path, key]));
    }
    return isIsoDate(fallback) ? fallback : null;
  };
  const meeting = date('meetingDate', _isRecord(pep?.meeting) ? pep.meeting.date : undefined);
  const nextReview = date('nextReviewDate', _isRecord(pep?.nextMeeting) ? pep.nextMeeting.date : undefined);
  const policy = readPolicy(c?.policy, findings, path, codes);
  const terms = _termCtx(meeting, c?.calendar);
  if (c?.calendar !== undefined && terms.terms === null) {
    findings.push(_note(codes, 'SMART-CONTEXT-INVALID', 'warning', 'The context calendar has no usable terms; it was ignored.', [...path, 'calendar']));
  }
  if (detail !== undefined && detail !== 'full' && !codes) {
    findings.push(finding('SMART-CONTEXT-INVALID', 'warning', "The context detail is neither 'full' nor 'codes'; full detail was used.", [...path, 'detail']));
  }
  const facts = pep !== null && _isPepFacts(c?.facts) ? c.facts : null;
  const scan = _scanOptionsOf(terms, meeting, nextReview);
  const analyse: _AnalyseOptions = { terms, meeting, nextReview, evidence: !codes, scan };
  const analyseAreaGiven: _AnalyseOptions = { terms, meeting, nextReview, evidence: !codes, inferArea: false, scan };
  const ppRequests = pep === null ? null : _ppRequests(pep);
  const aspirations = pep === null ? null : _aspirations(pep);
  return { meeting, nextReview, terms, pep, facts, policy, findings, codes, analyse, analyseAreaGiven, meetingDay: terms.meeting, reviewDay: scan.nextReview, ppRequests, aspirations, needs: null };
}

/** Whether a context value is absent or a string (compared by value). */
function simple(v: unknown): boolean {
  return v === undefined || typeof v === 'string';
}

/** The last context {@link readContextOnce} read, with the values it was read from. */
let last: { readonly meeting: unknown; readonly next: unknown; readonly detail: unknown; readonly policy: unknown; readonly ctx: _ReadContext } | null = null;

/**
 * {@link _readContext} for one target: a context with no PEP, calendar or facts whose dates and detail are
 * strings (or absent) and whose policy is the same object as the last one read gives the same reading, so that
 * reading is kept (its findings list frozen and empty: only a context with nothing to report is kept). Bulk
 * calls with one meeting date then read the context once, not once per target.
 */
function readContextOnce(context: unknown): _ReadContext {
  if (!_isRecord(context) || context.pep !== undefined || context.calendar !== undefined || context.facts !== undefined) return _readContext(context);
  const { meetingDate: meeting, nextReviewDate: next, detail, policy } = context;
  if (!simple(meeting) || !simple(next) || !simple(detail)) return _readContext(context);
  if (last !== null && last.meeting === meeting && last.next === next && last.detail === detail && last.policy === policy) return last.ctx;
  const ctx = _readContext(context);
  if (ctx.findings.length > 0) return ctx;
  last = { meeting, next, detail, policy, ctx: { ...ctx, findings: Object.freeze([]) as unknown as Finding[] } };
  return last.ctx;
}

function readTarget(target: unknown, codes: boolean): ReadTarget | Finding {
  if (typeof target === 'string') return { text: target, own: target, cell: null, id: undefined, area: null, isObject: false, actions: null };
  const t = _isRecord(target) ? target : null;
  if (t === null) return _note(codes, 'SMART-INPUT-INVALID', 'error', 'The target is neither a string nor an object with a text field.', []);
  const own = t.text;
  if (typeof own !== 'string') return _note(codes, 'SMART-INPUT-INVALID', 'error', 'The target has no text, or its text is not a string.', ['text']);
  const outcome = str(t.expectedOutcome);
  // Joined into one new string (a list's join copies both), not added: an added string is a pair of its parts, and
  // every character the analysis reads from such a pair (several times each) costs more than from a plain string.
  const text = outcome !== null && outcome.trim() !== '' ? [own, outcome].join('\n') : own;
  const id = typeof t.id === 'string' ? t.id : undefined;
  return { text, own, cell: str(t.deadline), id, area: _areaOf(t.area), isObject: true, actions: str(t.actions) };
}

const NAMES: readonly SmartCriterionName[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];
/** `notJudged` for each set of criteria not judged (bit k: `NAMES[k]`), frozen and shared by every report. */
const NOT_JUDGED: readonly (readonly SmartCriterionName[])[] = Array.from({ length: 32 }, (_, mask) => Object.freeze(NAMES.filter((_, k) => (mask & (1 << k)) !== 0)));

const NO_EVIDENCE: readonly string[] = Object.freeze([]);
/** Criteria every report without a PEP, or of an unusable target, shares at full detail. */
const SHARED = Object.freeze({
  achievableNoPep: Object.freeze(_criterion(null, NO_EVIDENCE, _ADVICE.achievableNoPep)),
  relevantNoPep: Object.freeze(_criterion(null, NO_EVIDENCE, _ADVICE.relevantNoPep)),
  empty: Object.freeze(_criterion(false, NO_EVIDENCE, _ADVICE.empty)),
  notJudged: Object.freeze(_criterion(null, NO_EVIDENCE, undefined)),
});

/**
 * A report from its five criteria: score, criteria judged, the ones not judged, and the Halton rating
 * over the judged ones only (no intermediate list).
 */
function reportOf(
  specific: SmartCriterion,
  measurable: SmartCriterion,
  achievable: SmartCriterion,
  relevant: SmartCriterion,
  timeBound: SmartCriterion,
  deadline: Deadline | null,
  area: TargetArea | null,
  findings: Finding[],
): SmartReport {
  const mask = (specific.met === null ? 1 : 0) | (measurable.met === null ? 2 : 0) | (achievable.met === null ? 4 : 0) | (relevant.met === null ? 8 : 0) | (timeBound.met === null ? 16 : 0);
  const score = (specific.met === true ? 1 : 0) + (measurable.met === true ? 1 : 0) + (achievable.met === true ? 1 : 0) + (relevant.met === true ? 1 : 0) + (timeBound.met === true ? 1 : 0);
  const notJudged = NOT_JUDGED[mask] as readonly SmartCriterionName[];
  const outOf = 5 - notJudged.length;
  const missed = outOf - score;
  const rating: SmartRating = missed === 0 ? 'outstanding' : missed === 1 ? 'good' : 'requires-improvement';
  return { specific, measurable, achievable, relevant, timeBound, score, outOf, notJudged, rating, deadline, area, findings };
}

/** The report of a target that could not be analysed: every criterion judged is not met. */
function unusable(ctx: _ReadContext, problem: Finding, area: TargetArea | null, findings: Finding[]): SmartReport {
  findings.push(problem);
  const no = ctx.codes ? _bareCriterion(false) : SHARED.empty;
  const ar = ctx.pep !== null ? no : ctx.codes ? _bareCriterion(null) : SHARED.notJudged;
  return reportOf(no, no, ar, ar, no, null, area, findings);
}

/**
 * The analysis behind {@link checkSmartTarget} for an already-read context, with a step counter (used
 * by tests to check linearity and by checkTargetSet to read the context once). At the context's
 * detail: with `detail: 'codes'` no evidence, advice or message is built.
 * @param target - As for checkSmartTarget.
 * @param ctx - The read context (context findings are not repeated in the report).
 * @param ops - Step counter.
 * @param path - Path prefix for findings.
 * @param shared - When given, receives the target's text as normalised for the analysis (null when the
 *   analysed text is not the target's own: an expected outcome was added, or it was cut), so that
 *   checkTargetSet builds duplicate keys without normalising the text again; its `cells`, when given, are the
 *   set's cells already read ({@link _SetShared}).
 * @returns The report.
 */
export function _checkTarget(target: unknown, ctx: _ReadContext, ops: _OpCounter, path: readonly PathSegment[] = [], shared?: _SetShared): SmartReport {
  // The analysis's lists are read only until the report is made (it keeps none): then they are reused.
  const mark = _openLists();
  try {
    return checkTarget(target, ctx, ops, path, shared);
  } finally {
    _closeLists(mark);
  }
}

/**
 * The target's own text as normalised, when the analysis gives it: the analysed text when that is the target's own;
 * the target's own text when the analysed text starts with it (read from it by {@link readTarget}: it, a line break and
 * the expected outcome, cut at {@link MAX_TEXT}; so whenever it is no longer than the analysed text) and needed no
 * normalising (nothing in it, so nothing in its start, is changed by normalising). Else null.
 */
function ownNormalised(analysed: string, normalised: string, own: string): string | null {
  if (analysed === own) return normalised;
  return own.length <= analysed.length && normalised === analysed ? own : null;
}

/** {@link _checkTarget} inside its round of lists. */
function checkTarget(target: unknown, ctx: _ReadContext, ops: _OpCounter, path: readonly PathSegment[], shared: _SetShared | undefined): SmartReport {
  const findings: Finding[] = [];
  const codes = ctx.codes;
  const read = readTarget(target, codes);
  if ('code' in read) return unusable(ctx, { ...read, path: [...path, ...(read.path ?? [])] }, null, findings);
  const textPath = read.isObject ? _childPath(path, 'text') : [...path];
  const text = read.text.length > MAX_TEXT ? read.text.slice(0, MAX_TEXT) : read.text;
  const analysis = _analyseText(text, read.cell, read.area === null ? ctx.analyse : ctx.analyseAreaGiven, ops, shared?.cells);
  if (shared !== undefined) shared.normalised = ownNormalised(text, analysis.doc.text, read.own);
  if (analysis.problem === 'empty') {
    return unusable(ctx, _note(codes, 'SMART-TEXT-EMPTY', 'error', 'The target is empty (no words or numbers once markup and symbols are removed).', textPath, HALTON_QA), read.area, findings);
  }
  if (analysis.problem === 'placeholder') {
    return unusable(ctx, _note(codes, 'SMART-TEXT-PLACEHOLDER', 'error', 'The target is a placeholder (such as N/A, TBC or a reference to another document), not a target.', textPath, HALTON_QA), read.area, findings);
  }
  if (analysis.problem === 'repetitive') {
    return unusable(ctx, _note(codes, 'SMART-TEXT-REPETITIVE', 'error', 'The target is one short phrase repeated many times; it looks like a paste error.', textPath), read.area, findings);
  }
  if (text.length < read.text.length) {
    findings.push(_note(codes, 'SMART-TEXT-TRUNCATED', 'warning', codes ? '' : `The target is longer than ${MAX_TEXT} characters; only the start was analysed.`, textPath));
  }
  const area = read.area ?? analysis.area;

  const d = analysis.deadline;
  // The cell's path, once (the deadline read from it, a vague or impossible cell); none without a cell.
  const cellPath = read.cell !== null ? _childPath(path, 'deadline') : null;
  const deadlinePath = d.fromCell && cellPath !== null ? cellPath : textPath;
  const { specific, measurable, timeBound } = _judgeText(analysis, codes, textPath, cellPath, findings);
  if (d.unresolved) {
    findings.push(_note(codes, 'SMART-DEADLINE-UNRESOLVED', 'info', 'The deadline is written relative to the meeting (a day and month, a term or Easter); give the meeting date to resolve it.', deadlinePath));
  }
  const deadline: Deadline | null = d.value;
  let past = false;
  if (deadline !== null && deadline.kind === 'date' && ctx.meeting !== null && deadline.date < ctx.meeting) {
    past = true;
    findings.push(_note(codes, 'SMART-DEADLINE-PAST', 'warning', 'The deadline is before the meeting date (perhaps copied from an earlier PEP).', deadlinePath, HALTON_QA));
  }
  const approx = d.chosen?.approx ?? null;
  const review = ctx.reviewDay;
  if (deadline !== null && deadline.kind !== 'next-review' && approx !== null && review !== null && approx > review) {
    findings.push(_note(codes, 'SMART-DEADLINE-AFTER-REVIEW', 'info', 'The deadline is after the next PEP review; Halton asks that targets can be reviewed at the next PEP meeting.', deadlinePath, 'Halton Virtual School PEP Policy 2023-24, Appendix C (Time Bound)'));
  }

  // Achievable and relevant (only with the PEP).
  let achievable: SmartCriterion;
  let relevant: SmartCriterion;
  if (ctx.pep === null) {
    achievable = codes ? _bareCriterion(null) : SHARED.achievableNoPep;
    relevant = codes ? _bareCriterion(null) : SHARED.relevantNoPep;
  } else {
    achievable = achievableOf(analysis, read, ctx, past, approx, findings, textPath);
    relevant = relevantOf(analysis, read, ctx, area, findings, textPath);
  }
  return reportOf(specific, measurable, achievable, relevant, timeBound, deadline, area, findings);
}

/** Achievable, with the PEP: a deadline before the meeting, or a grade step too large for the time allowed. */
function achievableOf(
  analysis: _TextAnalysis,
  read: ReadTarget,
  ctx: _ReadContext,
  past: boolean,
  approx: number | null,
  findings: Finding[],
  textPath: readonly PathSegment[],
): SmartCriterion {
  const codes = ctx.codes;
  let achievableMet = true;
  let advice: string | undefined;
  // The evidence, at most two items (none at detail 'codes'), made into a list of its size at the end.
  let first: string | null = null;
  let second: string | null = null;
  if (past) {
    achievableMet = false;
    advice = _ADVICE.achievablePast;
    if (!codes) first = 'deadline before the meeting';
  }
  const gap = _gradeGap(analysis.doc, ctx.pep);
  const days = approx === null || ctx.meetingDay === null ? null : approx - ctx.meetingDay;
  if (gap !== null && gap.to > gap.from) {
    const terms = days === null ? 1 : Math.max(1, Math.ceil(days / 91));
    const step = gap.to - gap.from;
    if (!codes) {
      const grade = `grade ${gap.from} to ${gap.to}${days === null ? '' : ` in ${days} days`}`;
      if (first === null) first = grade;
      else second = grade;
    }
    if (step > terms) {
      achievableMet = false;
      advice ??= _ADVICE.achievableGap;
    }
  }
  // Support actions count only when met, so never after the deadline before the meeting: at most two items in all.
  if (!codes && achievableMet && read.actions !== null && read.actions.trim() !== '') {
    if (first === null) first = 'support actions recorded';
    else second = 'support actions recorded';
  }
  const evidence: string[] | null = codes ? null : first === null ? [] : second === null ? [first] : [first, second];
  if (!achievableMet) findings.push(_note(codes, 'SMART-NOT-ACHIEVABLE', 'warning', 'The target does not look achievable in the time allowed, on the PEP data.', textPath, HALTON_QA));
  // Met only because nothing on the PEP speaks against it (no grade step to check): low confidence.
  const unchecked = achievableMet && (gap === null || gap.to <= gap.from);
  const criterion: _CriterionOf = codes ? _bareCriterion : _criterion;
  return criterion(achievableMet, evidence ?? NO_EVIDENCE, unchecked ? _ADVICE.achievableLow : advice, unchecked ? 'low' : 'high');
}

const REASON_ACADEMIC = 'academic target (educational progress)';
const REASON_PP_PLUS = 'a PP+ request is linked to this target';
const REASON_ASPIRATIONS = 'shares words with the child’s aspirations';

/** The reasons relevant is met for, gathered for one target at a time (at most 8 kept, as before a list is made at their number). */
const REASONS: string[] = ['', '', '', '', '', '', '', ''];

/** Adds a reason to {@link REASONS} (kept when fewer than 8 are there) and returns how many were given. */
function reason(given: number, text: string): number {
  if (given < REASONS.length) REASONS[given] = text;
  return given + 1;
}

/** Relevant, with the PEP: a need identified in the PEP in the target's area, an academic target, a PP+ request, the aspirations. */
function relevantOf(analysis: _TextAnalysis, read: ReadTarget, ctx: _ReadContext, area: TargetArea | null, findings: Finding[], textPath: readonly PathSegment[]): SmartCriterion {
  const codes = ctx.codes;
  const needs = _contextNeeds(ctx);
  // The evidence (none at detail 'codes'): the first 8 reasons are kept in REASONS, then copied out at their number.
  let reasons = 0;
  let relMet: boolean | null = null;
  for (const need of needs) {
    if (need.area !== area) continue;
    relMet = true;
    if (!codes) reasons = reason(reasons, need.reason);
  }
  if (area === 'academic') {
    relMet = true;
    if (!codes) reasons = reason(reasons, REASON_ACADEMIC);
  }
  // At detail 'codes' a link that would only add evidence is not looked for (met already, and firm).
  const linked = (!codes || relMet !== true || read.area === null) && _ppPlusLinked(ctx.ppRequests, read.id);
  if (linked) {
    relMet = true;
    if (!codes) reasons = reason(reasons, REASON_PP_PLUS);
  }
  const firm = relMet === true && (read.area !== null || linked);
  if ((!codes || relMet !== true) && _aspirationLink(ctx.aspirations, analysis.doc)) {
    relMet = true;
    if (!codes) reasons = reason(reasons, REASON_ASPIRATIONS);
  }
  if (relMet === null && area !== null) relMet = false;
  let relAdvice: string | undefined;
  if (relMet === false) {
    relAdvice = _ADVICE.relevant;
    findings.push(_note(codes, 'SMART-NOT-RELEVANT', 'warning', codes ? '' : `The target's area (${area ?? 'unknown'}) matches no need identified in the PEP.`, textPath, HALTON_QA));
  } else if (relMet === null) {
    relAdvice = _ADVICE.relevantUnknown;
  } else if (!firm) {
    // Met on an area inferred from the words, or on words shared with the aspirations only.
    relAdvice = _ADVICE.relevantLow;
  }
  const kept = codes ? NO_EVIDENCE : REASONS.slice(0, Math.min(reasons, REASONS.length));
  const criterion: _CriterionOf = codes ? _bareCriterion : _criterion;
  return criterion(relMet, kept, relAdvice, relMet === true && !firm ? 'low' : 'high');
}

/**
 * Checks one PEP target against SMART (Halton Appendix C, Halton PEP Policy 2023-24; Barnet section 5, Barnet PEP Guidance;
 * Milton Keynes Appendix 1, Milton Keynes DT Handbook 2024/25). Specific, measurable and time-bound are judged from the text;
 * achievable and relevant only when `context.pep` is given (else `met: null`). The deadline is
 * extracted from UK phrasing and resolved against the meeting date. Never throws: bad input gives a
 * report with `SMART-INPUT-INVALID`, `SMART-TEXT-EMPTY` or `SMART-TEXT-PLACEHOLDER`.
 * @param target - The target text, or a `TargetInput` (a PEP target fits).
 * @param context - Meeting date, school calendar, next review date, the PEP and the policy.
 * @returns The report: each criterion with evidence and advice, score, rating, deadline and findings.
 * @example
 * import { checkSmartTarget } from 'pep-rules/smart';
 * const r = checkSmartTarget('Ellis will have 0 lates to registration over the next 6 weeks.', { meetingDate: '2025-01-15' });
 * [r.specific.met, r.measurable.met, r.timeBound.met, r.deadline, r.rating];
 * //=> [true, true, true, { kind: 'relative', days: 42 }, 'outstanding']
 */
export function checkSmartTarget(target: string | TargetInput, context?: SmartContext): SmartReport {
  return _guarded(unguardedCheckSmartTarget, [target, context]);
}

function unguardedCheckSmartTarget(target: string | TargetInput, context?: SmartContext): SmartReport {
  const ctx = readContextOnce(context);
  const report = _checkTarget(target, ctx, { n: 0 });
  return ctx.findings.length === 0 ? report : { ...report, findings: [...ctx.findings, ...report.findings] };
}
