/**
 * Achievable and relevant, judged from the PEP (Halton Appendix C: "Based on PEP content and data the
 * target is achievable / relevant to addressing identified needs"). The PEP is read defensively: a
 * host may pass a partial or malformed object, so every field is type-checked before use.
 */
import { SDQ_INFORMANTS, TARGET_AREAS, type SdqInformant, type TargetArea } from '../core/enums';
import { _isRecord } from '../core/guards';
import { isIsoDate } from '../core/isoDate';
import type { PepFacts } from '../pep/facts';
import { isSemhNeed } from '../pep/semh';
import type { Policy } from '../policy/schema';
import { SDQ_BAND_LABELS, SDQ_BAND_TABLES } from '../sdq/bands';
import type { _Doc } from './_doc';
import { _SUBJECTS } from './_phrases';

/** An identified need: its area and why (structural values only, no free text). */
export interface _Need {
  readonly area: TargetArea;
  readonly reason: string;
  /**
   * Which signal made it, for the set's needs left without a target (Bolton guidance, Target Setting; Halton Appendix B):
   * `_NEED_SDQ` (the latest SDQ at a level of concern), `_NEED_SEN` (the SEN primary need), else `_NEED_OTHER`.
   */
  readonly kind: number;
}

/** {@link _Need.kind}: a need from another signal (attendance, SEMH recorded, suspensions, subjects behind, post-16). */
export const _NEED_OTHER = 0;
/** {@link _Need.kind}: the latest SDQ total is at or above the concern threshold. */
export const _NEED_SDQ = 1;
/** {@link _Need.kind}: the SEN primary need. */
export const _NEED_SEN = 2;

/**
 * Lowest total difficulties in the four-band "high" band, per informant, read from the SDQ four-band
 * tables (SDQ scoring documents, sdqinfo.org); parent 17, teacher 16, self 18 today). An informant the tables do not
 * know is read with the parent table, the questionnaire a carer completes for a looked-after child.
 */
const SDQ_HIGH_FROM: Readonly<Record<SdqInformant, number>> = (() => {
  const high = SDQ_BAND_LABELS.fourBand.indexOf('high');
  const out = {} as Record<SdqInformant, number>;
  for (const informant of SDQ_INFORMANTS) {
    const table = SDQ_BAND_TABLES.find((t) => t.informant === informant && t.scheme === 'four-band' && t.ageBand === '4-17');
    const from = table?.ranges.total?.[high]?.[0];
    if (from === undefined) throw new Error(`SDQ four-band table for ${informant} has no "high" total band`);
    out[informant] = from;
  }
  return Object.freeze(out);
})();

function highFrom(informant: string): number {
  return (SDQ_INFORMANTS as readonly string[]).includes(informant) ? SDQ_HIGH_FROM[informant as SdqInformant] : SDQ_HIGH_FROM.parent;
}

/** A field of a record, or undefined when the value is not one. */
function field(value: unknown, key: string): unknown {
  return _isRecord(value) ? value[key] : undefined;
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * The area of each SEN primary need text seen (a pure function of the text): exports repeat a few census codes
 * and wordings, read once each instead of once per PEP. Emptied when it reaches {@link SEN_AREA_LIMIT} texts.
 */
const SEN_AREAS = new Map<string, TargetArea | null>();
const SEN_AREA_LIMIT = 256;

/** Maps a SEN primary need (free text or a census code, at most 200 characters) to a target area, or null. */
function senArea(text: string): TargetArea | null {
  const known = SEN_AREAS.get(text);
  if (known !== undefined) return known;
  const area = readSenArea(text);
  if (SEN_AREAS.size >= SEN_AREA_LIMIT) SEN_AREAS.clear();
  SEN_AREAS.set(text, area);
  return area;
}
function readSenArea(text: string): TargetArea | null {
  if (isSemhNeed(text)) return 'semh';
  const t = ` ${text.toLowerCase()} `;
  if (/\b(slcn|speech|language|communication|asd|autis\w*)\b/.test(t)) return 'communication';
  if (/\b(hi|vi|msi|pd|hearing|visual|vision|physical|sensory|deaf|blind)\b/.test(t)) return 'sensory-physical';
  if (/\b(mld|sld|pmld|spld|learning|cognition|dyslexi\w*|dyscalculi\w*)\b/.test(t)) return 'academic';
  return null;
}

/**
 * The needs a PEP identifies: a high or very high SDQ (or one at the council's concern threshold) →
 * SEMH; attendance below the policy threshold → attendance; the SEN primary need; SEMH needs or
 * suspensions recorded → SEMH; attainment below expectations → academic; a post-16 PEP → post-16.
 * A context's callers ask once per context (checkSmartTarget's `_contextNeeds`): nothing is kept here.
 * @param pepValue - The PEP (any shape).
 * @param policy - Council policy.
 * @param facts - The PEP's facts, when the caller has them (assessPep): they decide instead.
 * @returns Needs, without duplicates of the same area and reason.
 * @example
 * _pepNeeds({ phase: 'post-16' }, policies.england); // [{ area: 'post-16', reason: 'post-16 PEP', kind: 0 }]
 */
export function _pepNeeds(pepValue: unknown, policy: Policy, facts: PepFacts | null = null): _Need[] {
  if (!_isRecord(pepValue)) return [];
  return needsOf(facts !== null ? signalsFromFacts(pepValue, facts) : signalsFromPep(pepValue, policy), policy);
}

/** What the needs are decided from, read either from the PEP itself or from its facts. */
interface _NeedSignals {
  /** The latest SDQ total and its informant. */
  readonly sdq: { readonly total: number; readonly informant: string } | null;
  readonly attendance: number | null;
  readonly attendanceBelow: boolean;
  readonly senArea: TargetArea | null;
  readonly semhRecorded: boolean;
  readonly suspensions: number;
  /** Subjects below expected progress. */
  readonly behind: number;
  readonly post16: boolean;
}

/** The one place needs are decided, whichever way the signals were read. */
function needsOf(s: _NeedSignals, policy: Policy): _Need[] {
  const needs: _Need[] = [];
  const add = (area: TargetArea, reason: string, kind: number = _NEED_OTHER): void => {
    if (!needs.some((n) => n.area === area && n.reason === reason)) needs.push({ area, reason, kind });
  };
  if (s.sdq !== null) {
    const { total, informant } = s.sdq;
    const concern = policy.sdq.concernThreshold.totalDifficulties;
    const high = highFrom(informant);
    if (total >= high) add('semh', `latest SDQ total difficulties ${total} is high or very high (${informant} four-band, ${high}+)`, _NEED_SDQ);
    else if (total >= concern) add('semh', `latest SDQ total difficulties ${total} is at or above the policy concern threshold ${concern}`, _NEED_SDQ);
  }
  if (s.attendance !== null && s.attendanceBelow) {
    add('attendance', `attendance ${s.attendance}% is below the policy threshold of ${policy.attendance.concernBelowPercent.value}%`);
  }
  if (s.senArea !== null) add(s.senArea, `SEN primary need (${s.senArea})`, _NEED_SEN);
  if (s.semhRecorded) add('semh', 'SEMH needs or interventions are recorded');
  if (s.suspensions > 0) add('semh', `${s.suspensions} suspension(s) recorded`);
  if (s.behind > 0) add('academic', `${s.behind} subject(s) below expected progress`);
  if (s.post16) add('post-16', 'post-16 PEP');
  return needs;
}

function subjectsBehind(pep: Record<string, unknown>): number {
  const list: unknown = pep.attainment;
  if (!Array.isArray(list)) return 0;
  // The first 100 records, counted in place (no copy and no filtered list per PEP).
  let behind = 0;
  for (let i = 0; i < list.length && i < 100; i++) {
    const a: unknown = list[i];
    if (_isRecord(a) && (a.progress === 'below' || a.progress === 'far-below')) behind += 1;
  }
  return behind;
}

/** The signals read from a PEP of any shape, defensively (no facts were given). */
function signalsFromPep(pep: Record<string, unknown>, policy: Policy): _NeedSignals {
  const sdq = Array.isArray(pep.sdq) ? pep.sdq : [];
  let latest: { date: string; total: number; informant: string } | null = null;
  for (const r of sdq.slice(0, 100)) {
    if (!_isRecord(r)) continue;
    const total = num(r.totalDifficulties);
    const date = typeof r.completedOn === 'string' && isIsoDate(r.completedOn) ? r.completedOn : '';
    const informant = typeof r.informant === 'string' ? r.informant : 'parent';
    if (total === null) continue;
    if (latest === null || date >= latest.date) latest = { date, total, informant };
  }
  const pct = _isRecord(pep.attendance) ? num(pep.attendance.percentage) : null;
  const sen = pep.sen;
  const semh = pep.semh;
  const exclusions = pep.exclusions;
  return {
    sdq: latest,
    attendance: pct,
    attendanceBelow: pct !== null && pct < policy.attendance.concernBelowPercent.value,
    senArea: _isRecord(sen) && typeof sen.primaryNeed === 'string' && sen.status !== 'none' ? senArea(sen.primaryNeed.slice(0, 200)) : null,
    semhRecorded:
      _isRecord(semh) && ((typeof semh.needs === 'string' && semh.needs.trim() !== '') || (Array.isArray(semh.interventions) && semh.interventions.length > 0)),
    suspensions: _isRecord(exclusions) && Array.isArray(exclusions.suspensions) ? exclusions.suspensions.length : 0,
    behind: subjectsBehind(pep),
    post16: pep.phase === 'post-16',
  };
}

/** `true` for a value shaped like the facts `derivePepFacts` returns (the parts SMART reads). */
export function _isPepFacts(value: unknown): value is PepFacts {
  if (!_isRecord(value) || !_isRecord(value.sdq) || !_isRecord(value.attendance) || !_isRecord(value.sen) || !_isRecord(value.exclusions)) return false;
  return Array.isArray(value.semhSignals) && typeof value.phase === 'string';
}

/** The non-SEMH area of a SEN primary need (the SEMH decision is the facts'). */
function senAreaFromFacts(pep: Record<string, unknown>, facts: PepFacts): TargetArea | null {
  if (facts.sen.status === null || facts.sen.status === 'none') return null;
  if (facts.sen.primaryNeedIsSemh) return 'semh';
  const need = field(pep.sen, 'primaryNeed');
  return typeof need === 'string' ? senArea(need.slice(0, 200)) : null;
}

/**
 * The signals read from a PEP's facts (derived once by `derivePepFacts`): the latest SDQ as scored or
 * recorded, attendance against the policy, the SEN primary need, SEMH needs or interventions,
 * suspensions; attainment from the PEP.
 */
function signalsFromFacts(pep: Record<string, unknown>, facts: PepFacts): _NeedSignals {
  const latest = facts.sdq.latest;
  return {
    sdq: latest !== null && latest.total !== null ? { total: latest.total, informant: latest.informant } : null,
    attendance: facts.attendance.percentage,
    attendanceBelow: facts.attendance.belowThreshold,
    senArea: senAreaFromFacts(pep, facts),
    semhRecorded: facts.semhSignals.includes('semh-needs') || facts.semhSignals.includes('semh-interventions'),
    suspensions: facts.exclusions.suspensions,
    behind: subjectsBehind(pep),
    post16: facts.phase === 'post-16',
  };
}

/**
 * A PEP's PP+ requests (the list as it is), or null: read once per context, for {@link _ppPlusLinked}.
 * @param pepValue - The PEP (any shape).
 * @returns The requests, or null when there is no list.
 */
export function _ppRequests(pepValue: unknown): readonly unknown[] | null {
  const pp = field(pepValue, 'ppPlus');
  return _isRecord(pp) && Array.isArray(pp.requests) ? (pp.requests as unknown[]) : null;
}

/**
 * Whether a PEP's PP+ requests (from {@link _ppRequests}) name a target id.
 * @param requests - The requests, or null.
 * @param id - The target's id.
 * @returns Whether one of the first 200 requests lists the id in its `targetIds`.
 */
export function _ppPlusLinked(requests: readonly unknown[] | null, id: string | undefined): boolean {
  if (id === undefined || requests === null) return false;
  // The first 200 requests, read in place (no copy of the list, no function made per target).
  for (let k = 0; k < requests.length && k < 200; k++) {
    const ids = field(requests[k], 'targetIds');
    if (Array.isArray(ids) && ids.includes(id)) return true;
  }
  return false;
}

/**
 * A PEP's aspirations when written (not blank), or null: read once per context, for {@link _aspirationLink}.
 * @param pepValue - The PEP (any shape).
 * @returns The aspirations text, or null.
 */
export function _aspirations(pepValue: unknown): string | null {
  const asp = field(pepValue, 'aspirations');
  return typeof asp !== 'string' || asp.trim() === '' ? null : asp;
}

/**
 * Words of five letters or more shared by the target and the child's aspirations.
 * @param aspirations - From {@link _aspirations}.
 * @param doc - The target's analysed text.
 * @returns Whether a word is shared.
 */
export function _aspirationLink(aspirations: string | null, doc: _Doc): boolean {
  if (aspirations === null) return false;
  const words = aspirationWords(aspirations);
  for (const x of doc.w) if (x.length >= 5 && words.has(x)) return true;
  return false;
}

/** The aspirations {@link aspirationWords} last read, and their words. */
let lastAspirations = '';
let lastAspirationWords: ReadonlySet<string> = new Set();

/**
 * The words of five letters or more of a PEP's aspirations (their first 5,000 characters, lower case), read once
 * for all the targets of the PEP (the last aspirations read are kept: a pure function of the text).
 */
function aspirationWords(asp: string): ReadonlySet<string> {
  if (asp !== lastAspirations) {
    lastAspirationWords = new Set(asp.slice(0, 5000).toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 5));
    lastAspirations = asp;
  }
  return lastAspirationWords;
}

/** A valid target area or null. */
export function _areaOf(value: unknown): TargetArea | null {
  return typeof value === 'string' && (TARGET_AREAS as readonly string[]).includes(value) ? (value as TargetArea) : null;
}

/** The first subject word of a text ("maths", "english"), or null. */
function firstSubject(doc: _Doc): string | null {
  for (const x of doc.w) if (_SUBJECTS.has(x)) return x;
  return null;
}

/** Reads grade numbers from the text: the target grade and a baseline grade, when written. */
export function _gradeGap(doc: _Doc, pepValue: unknown): { from: number; to: number } | null {
  let target: number | null = null;
  let base: number | null = null;
  const n = doc.toks.length;
  for (let i = 0; i < n; i++) {
    const x = doc.w[i] as string;
    if (x !== 'grade' && x !== 'gcse' && x !== 'a') continue;
    const t = doc.toks[i + 1];
    if (t !== undefined && t.kind === 'n' && t.sep === '' && t.num >= 1 && t.num <= 9 && (t.suffix === '' || t.suffix === '+')) {
      if (doc.bg[i + 1] === 1) base ??= t.num;
      else target = Math.max(target ?? 0, t.num);
    }
  }
  if (target === null) return null;
  if (base !== null) return { from: base, to: target };
  // The subject (the first subject word) is read only when the baseline is to be looked up in the PEP: most targets name no grade.
  const subject = firstSubject(doc);
  if (subject !== null) {
    const att = field(pepValue, 'attainment');
    if (Array.isArray(att)) {
      for (const a of att.slice(0, 100)) {
        if (!_isRecord(a)) continue;
        const r = a;
        if (typeof r.subject !== 'string' || typeof r.current !== 'string') continue;
        if (!r.subject.toLowerCase().includes(subject)) continue;
        const m = /(?:^|\D)([1-9])(?:\D|$)/.exec(r.current.slice(0, 50));
        if (m !== null) base = Number(m[1]);
      }
    }
  }
  return base === null ? null : { from: base, to: target };
}
