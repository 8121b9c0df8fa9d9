import { _guarded } from '../core/_guarded';
import type { TargetArea } from '../core/enums';
import type { Finding } from '../core/finding';
import { _isRecord } from '../core/guards';
import { _normalise } from './_text';
import type { _OpCounter } from './_doc';
import { _NEED_SDQ, _NEED_SEN, type _Need } from './_context';
import { _checkTarget, _contextNeeds, _readContext, type _ReadContext, type _SetShared } from './checkSmartTarget';
import { _note } from './_judge';
import type { SmartContext, SmartReport, TargetInput, TargetSetReport } from './types';

const BOLTON_SDQ = 'Bolton Virtual School PEP guidance 2021/22 (an SDQ of 17 or above should be addressed within the Target Setting section)';

/** The text a target's duplicate key is built from (at most 100,000 characters), or null for no text. */
function keySource(target: unknown, normalised: string | null): string | null {
  const text = typeof target === 'string' ? target : _isRecord(target) ? target.text : undefined;
  if (typeof text !== 'string') return null;
  return normalised !== null && text.length <= 100_000 ? normalised : _normalise(text.length > 100_000 ? text.slice(0, 100_000) : text);
}

function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0xc0;
}

/** For each ASCII character: its lower case when it is a letter or a digit (a character of a duplicate key), else 0. */
const KEY_CHARS: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    t[c] = isKeyChar(lower) ? lower : 0;
  }
  return t;
})();

/**
 * Case, spacing, markup and punctuation removed: the key two targets are duplicates by (the runs of
 * letters and digits of the lower-cased text, joined by one space), or null when it has none.
 */
function duplicateKey(source: string, ops: _OpCounter): string | null {
  const norm = source.toLowerCase();
  ops.n += norm.length + 1;
  // One slice per word, not one string per character.
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i <= norm.length; i++) {
    const alnum = i < norm.length && isKeyChar(norm.charCodeAt(i));
    if (alnum) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(norm.slice(start, i));
      start = -1;
    }
  }
  return runs.length === 0 ? null : runs.join(' ');
}

/** A hash of the characters of a duplicate key, 0 for none. */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h === 0 ? 1 : h;
}

/**
 * {@link keyHash} of the duplicate key of a text, without building the key (0 for no key); null when the
 * text has a character beyond ASCII, whose lower case only `toLowerCase` knows.
 */
function streamedKeyHash(source: string, ops: _OpCounter): number | null {
  ops.n += source.length + 1;
  let h = 0x811c9dc5;
  let any = false;
  let inRun = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code >= 128) return null;
    // One table read: the character in lower case when it is a letter or digit, else 0.
    const c = KEY_CHARS[code] as number;
    if (c !== 0) {
      if (!inRun && any) h = Math.imul(h ^ 32, 0x01000193);
      h = Math.imul(h ^ c, 0x01000193);
      inRun = true;
      any = true;
    } else {
      inRun = false;
    }
  }
  return !any ? 0 : h === 0 ? 1 : h;
}

/**
 * The groups of duplicate targets, in one pass: targets are put in buckets by a hash of their key,
 * worked out from the text without building it; keys are built only for targets whose hash another
 * target already had, and compared through a map (so many identical targets stay linear). Each group
 * lists the first target's index then the later ones; groups are ordered by their second member.
 */
function duplicateGroups(list: readonly unknown[], normalised: readonly (string | null)[], ops: _OpCounter): number[][] {
  // By hash: the first target's index (a number, no object per target): for a plan of a few targets two short
  // lists searched in order, for a longer one a map (so many targets stay linear). Once a second target has
  // the hash, its targets grouped by key.
  const firsts = list.length > SMALL_SET ? new Map<number, number>() : null;
  const hashes: number[] = [];
  const owners: number[] = [];
  // Made when a second target has a hash already seen (most plans have no duplicate).
  let byHash: Map<number, Map<string, number[]>> | null = null;
  const groups: number[][] = [];
  for (let i = 0; i < list.length; i++) {
    const source = keySource(list[i], normalised[i] ?? null);
    if (source === null) continue;
    const streamed = streamedKeyHash(source, ops);
    const key = streamed === null ? duplicateKey(source, ops) : null;
    const h = streamed ?? (key === null ? 0 : keyHash(key));
    if (h === 0) continue;
    ops.n += 1;
    const at = firsts === null ? hashes.indexOf(h) : -1;
    const first = firsts === null ? (at < 0 ? undefined : owners[at]) : firsts.get(h);
    if (first === undefined) {
      if (firsts === null) {
        hashes.push(h);
        owners.push(i);
      } else {
        firsts.set(h, i);
      }
      continue;
    }
    byHash ??= new Map();
    let byKey = byHash.get(h);
    if (byKey === undefined) {
      byKey = new Map();
      // The first target's source again (a pure function of its text; read again only when a second target has its hash).
      byKey.set(duplicateKey(keySource(list[first], normalised[first] ?? null) as string, ops) as string, [first]);
      byHash.set(h, byKey);
    }
    addToGroup(groups, byKey, key ?? (duplicateKey(source, ops) as string), i);
  }
  return groups;
}

/** Up to this many targets, duplicateGroups looks hashes up in a list, not a map. */
const SMALL_SET = 16;

/** Target `i` into the group of its key; a group enters `groups` when it gets its second member. */
function addToGroup(groups: number[][], byKey: Map<string, number[]>, key: string, i: number): void {
  const group = byKey.get(key);
  if (group === undefined) {
    byKey.set(key, [i]);
  } else {
    if (group.length === 1) groups.push(group);
    group.push(i);
  }
}

/**
 * Checks a PEP's whole action plan: each target with {@link checkSmartTarget}, then the set against
 * the policy — the minimum number of targets (`policy.targets.minimumCount`; Barnet: at least three,
 * Barnet PEP Guidance), at least one academic target when `policy.targets.academicTargetRequired` (Halton, seed
 * 003), a balance of academic and personal targets when `policy.targets.balanceRequired`, duplicate
 * targets, and, with the PEP, needs left without a target (an SDQ at concern level with no SEMH target,
 * attendance below the policy threshold with no attendance target, a SEN primary need with no target
 * in its area). A target counts as passing when it misses no more criteria than
 * `policy.targets.smartPassScore` allows out of five (4 of 5: one miss). Never throws.
 * @param targets - The targets (strings or `TargetInput`s; a PEP's `targets` fits).
 * @param context - As for checkSmartTarget; `policy` defaults to `policies.england`.
 * @returns `{ reports, count, passing, areas, duplicates, findings }`.
 * @example
 * import { checkTargetSet } from 'pep-rules/smart';
 * import { policies } from 'pep-rules/policy';
 * const set = checkTargetSet(
 *   [{ text: 'Ben will read 20 high frequency words by Easter.', area: 'academic' }, { text: 'Ben will be happier.', area: 'semh' }],
 *   { meetingDate: '2025-01-15', policy: policies.barnet },
 * );
 * [set.count, set.passing, set.findings.map((f) => f.code)];
 * //=> [2, 1, ['SMART-SET-TOO-FEW', 'SMART-NOT-SPECIFIC', 'SMART-NOT-MEASURABLE', 'SMART-NO-DEADLINE']]
 */
export function checkTargetSet(targets: readonly (string | TargetInput)[], context?: SmartContext): TargetSetReport {
  return _guarded(unguardedCheckTargetSet, [targets, context]);
}

function unguardedCheckTargetSet(targets: readonly (string | TargetInput)[], context?: SmartContext): TargetSetReport {
  return _checkTargetSet(targets, context, { n: 0 });
}

/**
 * {@link checkTargetSet} with a step counter (characters read for duplicate keys, targets grouped and
 * duplicates reported, plus each target's analysis steps), so tests can check it grows linearly.
 * @param targets - As for checkTargetSet.
 * @param context - As for checkTargetSet.
 * @param ops - Step counter.
 * @returns As checkTargetSet.
 */
export function _checkTargetSet(targets: readonly (string | TargetInput)[], context: SmartContext | undefined, ops: _OpCounter): TargetSetReport {
  const ctx = _readContext(context);
  const codes = ctx.codes;
  // The context is this call's own: its findings list becomes the set's (context findings first).
  const findings: Finding[] = ctx.findings;
  if (!Array.isArray(targets)) {
    findings.push(_note(codes, 'SMART-SET-INVALID', 'error', 'The targets are not an array.', []));
    return { reports: [], count: 0, passing: 0, areas: {}, duplicates: [], findings };
  }
  const list = targets as readonly unknown[];
  const policy = ctx.policy;
  const { minimumCount: minimum, academicTargetRequired: academicRequired, balanceRequired: balance, smartPassScore: passScore } = policy.targets;

  const reports: SmartReport[] = [];
  // The areas seen, in the order first seen, and their counts: a short list (a plan has a handful of
  // targets) instead of a read and a write by a computed key on one object per target.
  const seen: (TargetArea | 'unknown')[] = [];
  const counts: number[] = [];
  let passing = 0;
  let academic = 0;
  let personal = 0;
  // One place per target, filled in order (no list grown push by push).
  const normalised = new Array<string | null>(list.length);
  // The cells read in this call only (each PEP's context, its meeting date and calendar, differs).
  const shared: _SetShared = { normalised: null, cells: new Map() };
  for (let i = 0; i < list.length; i++) {
    shared.normalised = null;
    const report = _checkTarget(list[i], ctx, ops, [i], shared);
    normalised[i] = shared.normalised;
    reports.push(report);
    const area = report.area ?? 'unknown';
    const at = seen.indexOf(area);
    if (at < 0) {
      seen.push(area);
      counts.push(1);
    } else {
      counts[at] = counts[at]! + 1;
    }
    if (report.area === 'academic') academic += 1;
    else if (report.area !== null) personal += 1;
    if (report.outOf - report.score <= 5 - passScore.value && report.score > 0) passing += 1;
  }

  const areas: Partial<Record<TargetArea | 'unknown', number>> = {};
  for (let k = 0; k < seen.length; k++) areas[seen[k]!] = counts[k]!;
  const count = list.length;
  if (count < minimum.value) {
    findings.push(_note(codes, 'SMART-SET-TOO-FEW', 'error', codes ? '' : `The plan has ${count} target(s); the policy asks for at least ${minimum.value}.`, [], minimum.source));
  }
  if (academicRequired.value && academic === 0 && count > 0) {
    findings.push(_note(codes, 'SMART-SET-NO-ACADEMIC', 'error', 'The plan has no academic target; the policy asks for at least one.', [], academicRequired.source));
  }
  if (balance.value && count > 0 && (personal === 0 || (academic === 0 && !academicRequired.value))) {
    findings.push(_note(codes, 'SMART-SET-UNBALANCED', 'warning', codes ? '' : `The plan has ${academic} academic and ${personal} personal target(s); the policy asks for a balance of both.`, [], balance.source));
  }
  const duplicates = duplicateGroups(list, normalised, ops);
  for (const group of duplicates) {
    for (let k = 1; k < group.length; k++) {
      const j = group[k] as number;
      ops.n += 1;
      findings.push(_note(codes, 'SMART-SET-DUPLICATE', 'warning', codes ? '' : `Target ${j} repeats target ${group[0] ?? 0} (same words once case, spacing and punctuation are ignored).`, [j]));
    }
  }
  if (ctx.pep !== null) needsFindings(ctx, seen, findings);
  // Then each target's findings, in order (no intermediate list).
  for (const report of reports) for (const f of report.findings) findings.push(f);
  return { reports, count, passing, areas, duplicates, findings };
}

/** With the PEP: needs it identifies that no target addresses (`seen`: the areas some target has). */
function needsFindings(ctx: _ReadContext, seen: readonly (TargetArea | 'unknown')[], findings: Finding[]): void {
  const { policy, codes } = ctx;
  const semhRule = policy.sdq.concernNeedsSemhTarget;
  const needs = _contextNeeds(ctx);
  // The needs read in one loop (no closure per PEP): an SDQ need, an attendance need, the first SEN need.
  let sdqNeed = false;
  let attendanceNeed = false;
  let sen: _Need | undefined;
  for (let i = 0; i < needs.length; i++) {
    const n = needs[i]!;
    // By the signal that made it (its kind), not by searching its reason's words.
    if (n.kind === _NEED_SDQ) sdqNeed = true;
    if (n.area === 'attendance') attendanceNeed = true;
    if (sen === undefined && n.kind === _NEED_SEN) sen = n;
  }
  if (sdqNeed && !seen.includes('semh')) {
    findings.push(_note(codes, 'SMART-SET-SEMH-TARGET-MISSING', semhRule.value ? 'error' : 'warning', 'The latest SDQ is at a level of concern but no target addresses social, emotional and mental health.', [], semhRule.value ? semhRule.source : BOLTON_SDQ));
  }
  if (attendanceNeed && !seen.includes('attendance')) {
    findings.push(_note(codes, 'SMART-SET-ATTENDANCE-TARGET-MISSING', 'warning', 'Attendance is below the policy threshold but no target addresses attendance.', [], policy.attendance.concernBelowPercent.source));
  }
  if (sen !== undefined && !seen.includes(sen.area)) {
    findings.push(_note(codes, 'SMART-SET-SEN-NEED-NOT-ADDRESSED', 'info', codes ? '' : `No target addresses the SEN primary need (area ${sen.area}).`, [], 'Halton Virtual School PEP Policy 2023-24, Appendix B (PEP targets informed by the EHCP or SEN Support Plan)'));
  }
}
