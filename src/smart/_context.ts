/**
 * Achievable and relevant, judged from the PEP (Halton Appendix C: "Based on PEP content and data the
 * target is achievable / relevant to addressing identified needs"). The PEP is read defensively: a
 * host may pass a partial or malformed object, so every field is type-checked before use.
 */
import { TARGET_AREAS, type TargetArea } from '../core/enums';
import { isIsoDate, toDayNumberOrNull } from '../core/isoDate';
import type { Policy } from '../policy/schema';
import type { _Doc } from './_doc';
import { _SUBJECTS } from './_phrases';

/** An identified need: its area and why (structural values only, no free text). */
export interface _Need {
  readonly area: TargetArea;
  readonly reason: string;
}

/**
 * Lowest four-band "high" total difficulties by informant (domain/sdq.md §6, four-band table):
 * parent 17, teacher 16, self 18.
 */
const SDQ_HIGH_FROM: Readonly<Record<string, number>> = Object.freeze({ parent: 17, teacher: 16, self: 18 });

function obj(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function readPolicyNumber(policy: Policy, read: (p: Policy) => unknown, fallback: number): number {
  try {
    const v = read(policy);
    return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
  } catch {
    return fallback;
  }
}

/** Maps a SEN primary need (free text or a census code) to a target area, or null. */
function senArea(text: string): TargetArea | null {
  const t = ` ${text.toLowerCase()} `;
  if (/\b(semh|social|emotional|mental)\b/.test(t)) return 'semh';
  if (/\b(slcn|speech|language|communication|asd|autis\w*)\b/.test(t)) return 'communication';
  if (/\b(hi|vi|msi|pd|hearing|visual|vision|physical|sensory|deaf|blind)\b/.test(t)) return 'sensory-physical';
  if (/\b(mld|sld|pmld|spld|learning|cognition|dyslexi\w*|dyscalculi\w*)\b/.test(t)) return 'academic';
  return null;
}

/**
 * The needs a PEP identifies: a high or very high SDQ (or one at the council's concern threshold) →
 * SEMH; attendance below the policy threshold → attendance; the SEN primary need; SEMH needs or
 * suspensions recorded → SEMH; attainment below expectations → academic; a post-16 PEP → post-16.
 * @param pepValue - The PEP (any shape).
 * @param policy - Council policy.
 * @returns Needs, without duplicates of the same area and reason.
 */
export function _pepNeeds(pepValue: unknown, policy: Policy): _Need[] {
  const pep = obj(pepValue);
  if (pep === null) return [];
  const needs: _Need[] = [];
  const add = (area: TargetArea, reason: string): void => {
    if (!needs.some((n) => n.area === area && n.reason === reason)) needs.push({ area, reason });
  };
  const sdq = Array.isArray(pep.sdq) ? pep.sdq : [];
  let latest: { date: string; total: number; informant: string } | null = null;
  for (const rec of sdq.slice(0, 100)) {
    const r = obj(rec);
    if (r === null) continue;
    const total = num(r.totalDifficulties);
    const date = typeof r.completedOn === 'string' && isIsoDate(r.completedOn) ? r.completedOn : '';
    const informant = typeof r.informant === 'string' ? r.informant : 'parent';
    if (total === null) continue;
    if (latest === null || date >= latest.date) latest = { date, total, informant };
  }
  if (latest !== null) {
    const concern = readPolicyNumber(policy, (p) => p.sdq.concernThreshold.totalDifficulties, 17);
    const high = SDQ_HIGH_FROM[latest.informant] ?? 17;
    if (latest.total >= high) add('semh', `latest SDQ total difficulties ${latest.total} is high or very high (${latest.informant} four-band, ${high}+)`);
    else if (latest.total >= concern) add('semh', `latest SDQ total difficulties ${latest.total} is at or above the policy concern threshold ${concern}`);
  }
  const attendance = obj(pep.attendance);
  const pct = attendance === null ? null : num(attendance.percentage);
  if (pct !== null) {
    const below = readPolicyNumber(policy, (p) => p.attendance.concernBelowPercent.value, 90);
    if (pct < below) add('attendance', `attendance ${pct}% is below the policy threshold of ${below}%`);
  }
  const sen = obj(pep.sen);
  if (sen !== null && typeof sen.primaryNeed === 'string' && sen.status !== 'none') {
    const area = senArea(sen.primaryNeed.slice(0, 200));
    if (area !== null) add(area, `SEN primary need (${area})`);
  }
  const semh = obj(pep.semh);
  if (semh !== null && ((typeof semh.needs === 'string' && semh.needs.trim() !== '') || (Array.isArray(semh.interventions) && semh.interventions.length > 0))) {
    add('semh', 'SEMH needs or interventions are recorded');
  }
  const exclusions = obj(pep.exclusions);
  if (exclusions !== null && Array.isArray(exclusions.suspensions) && exclusions.suspensions.length > 0) {
    add('semh', `${exclusions.suspensions.length} suspension(s) recorded`);
  }
  if (Array.isArray(pep.attainment)) {
    const behind = pep.attainment.slice(0, 100).filter((a) => {
      const r = obj(a);
      return r !== null && (r.progress === 'below' || r.progress === 'far-below');
    }).length;
    if (behind > 0) add('academic', `${behind} subject(s) below expected progress`);
  }
  if (pep.phase === 'post-16') add('post-16', 'post-16 PEP');
  return needs;
}

/** Whether a PEP's PP+ requests name a target id. */
export function _ppPlusLinked(pepValue: unknown, id: string | undefined): boolean {
  if (id === undefined) return false;
  const pp = obj(obj(pepValue)?.ppPlus);
  if (pp === null || !Array.isArray(pp.requests)) return false;
  return pp.requests.slice(0, 200).some((r) => {
    const ids = obj(r)?.targetIds;
    return Array.isArray(ids) && ids.includes(id);
  });
}

/** Words of five letters or more shared by the target and the child's aspirations. */
export function _aspirationLink(pepValue: unknown, doc: _Doc): boolean {
  const asp = obj(pepValue)?.aspirations;
  if (typeof asp !== 'string' || asp.trim() === '') return false;
  const words = new Set(asp.slice(0, 5000).toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 5));
  for (const x of doc.w) if (x.length >= 5 && words.has(x)) return true;
  return false;
}

/** A valid target area or null. */
export function _areaOf(value: unknown): TargetArea | null {
  return typeof value === 'string' && (TARGET_AREAS as readonly string[]).includes(value) ? (value as TargetArea) : null;
}

/** Reads grade numbers from the text: the target grade and a baseline grade, when written. */
export function _gradeGap(doc: _Doc, pepValue: unknown): { from: number; to: number } | null {
  let target: number | null = null;
  let base: number | null = null;
  let subject: string | null = null;
  const n = doc.toks.length;
  for (let i = 0; i < n; i++) {
    const x = doc.w[i] as string;
    if (_SUBJECTS.has(x) && subject === null) subject = x;
    const t = doc.toks[i + 1];
    if ((x === 'grade' || x === 'gcse' || x === 'a') && t !== undefined && t.kind === 'n' && t.sep === '' && t.num >= 1 && t.num <= 9 && (t.suffix === '' || t.suffix === '+')) {
      if (doc.bg[i + 1] === 1) base ??= t.num;
      else target = Math.max(target ?? 0, t.num);
    }
  }
  if (target === null) return null;
  if (base === null && subject !== null) {
    const att = obj(pepValue)?.attainment;
    if (Array.isArray(att)) {
      for (const a of att.slice(0, 100)) {
        const r = obj(a);
        if (r === null || typeof r.subject !== 'string' || typeof r.current !== 'string') continue;
        if (!r.subject.toLowerCase().includes(subject)) continue;
        const m = /(?:^|\D)([1-9])(?:\D|$)/.exec(r.current.slice(0, 50));
        if (m !== null) base = Number(m[1]);
      }
    }
  }
  return base === null ? null : { from: base, to: target };
}

/** Days from the meeting to a deadline's approximate day, or null. */
export function _daysAllowed(meeting: string | null, approx: number | null): number | null {
  if (meeting === null || approx === null) return null;
  const m = toDayNumberOrNull(meeting);
  return m === null ? null : approx - m;
}
