import { finding, type Finding, type PathSegment } from '../core/finding';
import { _childPath } from '../core/_path';
import { _isRecord } from '../core/guards';
import { isIsoDate } from '../core/isoDate';
import { _penceOrNull, poundsToPence } from '../core/money';
import type { FinancialYear } from '../deadlines/financialYearOf';
import { _get } from '../pep/_ppGet';
import { _checkCosting } from './_costing';
import type { _PepInput, _Run } from './_input';
import { _SRC_FINANCIAL_YEAR, _SRC_FORMAT, _SRC_PEP_USE } from './_sources';
import { _categoryIds, _findDisallowed } from './_vocabulary';

/** One request as it goes through the steps. */
export interface _Line {
  readonly index: number;
  readonly at: readonly PathSegment[];
  /** The amount in pence; `null` when it could not be read. */
  readonly pence: number | null;
  rejected: boolean;
  readonly codes: string[];
  allowedPence: number;
}

/** The requests of a PEP, read and checked one by one. */
export interface _Requests {
  readonly lines: _Line[];
  /** Where the requests are in the input. */
  readonly path: readonly PathSegment[];
  /** Pence asked for: every request whose amount could be read. */
  readonly requestedPence: number;
  /** Pence asked for by the requests that were not rejected. */
  readonly acceptedPence: number;
}

/** Records a finding about a request (in the run and on its line); `rejects` rejects the request. */
function add(run: _Run, line: _Line, f: Finding, rejects: boolean): void {
  run.findings.push(f);
  line.codes.push(f.code);
  if (rejects) line.rejected = true;
}

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const normalise = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Reads the requests (from the input, else `pep.ppPlus.requests`) and checks each: amount,
 * category, link to targets, costing, cost-line dates; then marks duplicates. A request with a
 * problem is rejected; the others go on.
 * @param input - The checked input object.
 * @param pep - The PEP's fields.
 * @param run - The run (policy and findings).
 * @returns The lines and their totals.
 * @internal
 */
export function _readRequests(input: Record<string, unknown>, pep: _PepInput, run: _Run): _Requests {
  const { list, path } = requestList(input, pep.raw, run.findings);
  const targetIds = targetIdsOf(pep.raw);
  // Loops rather than map and reduce with closures: this runs for every PEP with a PP+ request.
  const lines: _Line[] = [];
  for (let index = 0; index < list.length; index++) lines.push(readRequest(list[index], index, _childPath(path, index), run, targetIds, pep.fy));
  markDuplicates(list, lines, run.findings);
  let requestedPence = 0;
  let acceptedPence = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    requestedPence += l.pence ?? 0;
    acceptedPence += l.rejected || l.pence === null ? 0 : l.pence;
  }
  return { lines, path, requestedPence, acceptedPence };
}

function requestList(input: Record<string, unknown>, pep: unknown, findings: Finding[]): { list: unknown[]; path: PathSegment[] } {
  const own = _get(input, 'requests');
  const raw = own !== undefined ? own : _get(_get(pep, 'ppPlus'), 'requests');
  const path: PathSegment[] = own !== undefined ? ['requests'] : ['pep', 'ppPlus', 'requests'];
  if (raw === undefined || raw === null) {
    findings.push(noRequests(path));
    return { list: [], path };
  }
  if (!Array.isArray(raw)) {
    findings.push(finding('PPPLUS-REQUESTS-INVALID', 'error', 'The requests must be a list.', path, _SRC_FORMAT));
    return { list: [], path };
  }
  if (raw.length === 0) findings.push(noRequests(path));
  return { list: raw as unknown[], path };
}

const noRequests = (path: PathSegment[]): Finding => finding('PPPLUS-NO-REQUESTS', 'info', 'There are no PP+ requests to check.', path, _SRC_FORMAT);

function targetIdsOf(pep: unknown): Set<string> {
  const targets = _get(pep, 'targets');
  const ids = new Set<string>();
  if (!Array.isArray(targets)) return ids;
  for (const t of targets as unknown[]) {
    const id = _get(t, 'id');
    if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

function readRequest(req: unknown, index: number, at: readonly PathSegment[], run: _Run, targetIds: ReadonlySet<string>, fy: FinancialYear | null): _Line {
  const raw = _get(req, 'amount');
  const pence = _penceOrNull(raw);
  const line: _Line = { index, at, pence: _isRecord(req) ? pence : null, rejected: false, codes: [], allowedPence: 0 };
  // The steps record on the line through add(run, line, …): no closure per request.
  if (!_isRecord(req)) {
    add(run, line, finding('PPPLUS-REQUEST-INVALID', 'error', 'A request must be an object { targetIds, description, amount }.', at, _SRC_FORMAT), true);
    return line;
  }
  if (pence === null) {
    // Refused: poundsToPence says why, with the amount's path.
    const amount = poundsToPence(raw, { path: [...at, 'amount'] });
    if (!amount.ok) for (const f of amount.findings) add(run, line, f, true);
  }
  checkCategory(req, at, run, line);
  checkTargetLink(req, at, run, targetIds, line);
  checkCosting(req, line.pence, at, run, line);
  checkCostDates(req, at, run, fy, line);
  return line;
}

/**
 * The category against the policy's vocabulary and `disallowedCategories`: a category naming a
 * disallowed category (`'clothing'` names clothing-uniform) rejects the request; one the vocabulary
 * does not know is a warning. Then the description: words naming a disallowed category (a taxi is
 * transport) are a warning, whatever the category says. Messages name categories and vocabulary
 * words only, never the request's own text.
 */
function checkCategory(req: Record<string, unknown>, at: readonly PathSegment[], run: _Run, line: _Line): void {
  const category = _get(req, 'category');
  const { vocabulary } = run.rules;
  const { disallowedCategories, categories } = run.policy.ppPlus;
  const source = disallowedCategories.source;
  const hasDisallowed = vocabulary.disallowed.size > 0;
  if (category !== undefined && category !== null && typeof category !== 'string') {
    add(run, line, finding('PPPLUS-CATEGORY-INVALID', 'error', 'The category must be a string.', [...at, 'category'], _SRC_FORMAT), hasDisallowed);
  } else if (typeof category === 'string') {
    const ids = _categoryIds(vocabulary, category);
    // A loop over the (frozen) list: no closure, and no generic path of find over a frozen array.
    let banned: string | undefined;
    for (let i = 0; i < ids.length && banned === undefined; i++) if (vocabulary.disallowed.has(ids[i]!)) banned = ids[i];
    if (banned !== undefined) {
      add(run, line, finding('PPPLUS-CATEGORY-DISALLOWED', 'error', `PP+ may not be spent on the category '${banned}' under this policy.`, [...at, 'category'], source), true);
      return;
    }
    if (ids.length === 0 && vocabulary.known) {
      const message = "The request's category is not in this policy's spending vocabulary, so it cannot be checked against the categories PP+ may not fund.";
      add(run, line, finding('PPPLUS-CATEGORY-UNKNOWN', 'warning', message, [...at, 'category'], `${categories.source}; ${source}`), false);
    }
  } else if (hasDisallowed) {
    const message = `The request has no category, so it cannot be checked against the disallowed categories (${[...vocabulary.disallowed].join(', ')}).`;
    add(run, line, finding('PPPLUS-CATEGORY-MISSING', 'info', message, [...at, 'category'], source), false);
  }
  checkDescription(req, at, run, line);
}

/** A description whose words name a disallowed category (warned, not rejected: a person decides). */
function checkDescription(req: Record<string, unknown>, at: readonly PathSegment[], run: _Run, line: _Line): void {
  const description = _get(req, 'description');
  const { vocabulary } = run.rules;
  if (typeof description !== 'string' || vocabulary.disallowed.size === 0) return;
  // The first of the description's matches that names a disallowed category, found without listing the others.
  const hit = _findDisallowed(vocabulary, description);
  if (hit === undefined) return;
  const message = `The request's description names '${hit.id}' spending (the word '${hit.word}'), which PP+ may not fund under this policy; check what the request pays for.`;
  add(run, line, finding('PPPLUS-DESCRIPTION-DISALLOWED', 'warning', message, [...at, 'description'], `${run.policy.ppPlus.disallowedCategories.source}; ${run.policy.ppPlus.categories.source}`), false);
}

/** The request names existing PEP targets (`policy.ppPlus.requireTargetLink`). */
function checkTargetLink(req: Record<string, unknown>, at: readonly PathSegment[], run: _Run, targetIds: ReadonlySet<string>, line: _Line): void {
  const link = run.policy.ppPlus.requireTargetLink;
  const ids = _get(req, 'targetIds');
  if (Array.isArray(ids) && ids.length > 0) {
    // A loop that skips holes as forEach did (no closure per request).
    for (let k = 0; k < ids.length; k++) {
      if (!(k in ids)) continue;
      const id: unknown = ids[k];
      if (typeof id === 'string' && targetIds.has(id)) continue;
      const message = 'The request names a target id that is not among the PEP targets.';
      add(run, line, finding('PPPLUS-REQUEST-TARGET-MISSING', link.value ? 'error' : 'warning', message, [...at, 'targetIds', k], link.value ? link.source : _SRC_PEP_USE), link.value);
    }
  } else if (link.value) {
    const message = 'The request is not linked to any PEP target; this policy needs each request linked to a SMART target.';
    add(run, line, finding('PPPLUS-REQUEST-NO-TARGET', 'error', message, [...at, 'targetIds'], link.source), true);
  } else if (ids !== undefined && !Array.isArray(ids)) {
    add(run, line, finding('PPPLUS-REQUEST-TARGETS-INVALID', 'warning', 'targetIds must be a list of target ids.', [...at, 'targetIds'], _SRC_FORMAT), false);
  }
}

/** The costing adds up (`policy.ppPlus.requireCosting`: errors that reject, else warnings). */
function checkCosting(req: Record<string, unknown>, pence: number | null, at: readonly PathSegment[], run: _Run, line: _Line): void {
  const required = run.policy.ppPlus.requireCosting;
  const costing = _checkCosting(req, pence, at, required.value ? 'error' : 'warning', required.source);
  for (const f of costing.findings) add(run, line, f, required.value);
  if (required.value && !costing.present) {
    const message = 'The request is not costed: give a breakdown, or a quantity and unit cost, that adds up to the amount.';
    add(run, line, finding('PPPLUS-REQUEST-NOT-COSTED', 'error', message, [...at, 'breakdown'], required.source), true);
  }
}

/** Cost lines dated outside the meeting's financial year (flagged, never rejected). */
function checkCostDates(req: Record<string, unknown>, at: readonly PathSegment[], run: _Run, fy: FinancialYear | null, line: _Line): void {
  const breakdown = _get(req, 'breakdown');
  if (!Array.isArray(breakdown)) return;
  const noCarryForward = run.policy.ppPlus.noCarryForward;
  // A loop that skips holes as forEach did (no closure per request).
  for (let j = 0; j < breakdown.length; j++) {
    if (!(j in breakdown)) continue;
    const d = _get(breakdown[j], 'date');
    if (d === undefined || d === null) continue;
    if (!isIsoDate(d)) {
      add(run, line, finding('PPPLUS-COSTING-DATE-INVALID', 'warning', "A breakdown line's date is not a real date written 'YYYY-MM-DD'; it was ignored.", [...at, 'breakdown', j, 'date'], _SRC_FORMAT), false);
    } else if (fy !== null && (d < fy.start || d > fy.end)) {
      const message = `A cost line falls outside financial year ${fy.label} of the meeting. The request is charged to ${fy.label}; centrally held PP+ cannot be carried forward, so pay it to the setting by 31 March ${fy.end.slice(0, 4)} or request it from the next year's funding.`;
      add(run, line, finding('PPPLUS-REQUEST-STRADDLES-YEAR-END', noCarryForward.value ? 'warning' : 'info', message, [...at, 'breakdown', j, 'date'], `${_SRC_FINANCIAL_YEAR}; ${noCarryForward.source}`), false);
    }
  }
}

/** Keys that make two requests the same: description and amount, or targets and amount. */
function duplicateKeys(req: unknown, pence: number): [string, string][] {
  const keys: [string, string][] = [];
  const description = _get(req, 'description');
  if (nonEmpty(description)) keys.push([`d|${normalise(description)}|${pence}`, 'description and amount']);
  const ids = _get(req, 'targetIds');
  if (Array.isArray(ids) && ids.length > 0 && ids.every((id) => typeof id === 'string')) {
    // A single id is its own key (no set, copy or sort); a hole goes the long way, as before.
    const key = ids.length === 1 && 0 in ids ? (ids[0] as string) : [...new Set(ids as string[])].sort().join('\u0000');
    keys.push([`t|${key}|${pence}`, 'targets and amount']);
  }
  return keys;
}

/** A request the same as an earlier one is rejected (it is not counted twice). */
function markDuplicates(requests: readonly unknown[], lines: _Line[], findings: Finding[]): void {
  // One request (most PEPs with any) has nothing to be the same as: no keys to make.
  if (lines.length < 2) return;
  const seen = new Map<string, number>();
  // A loop (no closure per PEP); `lines` has no holes.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.pence !== null) markDuplicate(line, duplicateKeys(requests[i], line.pence), seen, findings);
  }
}

/** One request against the keys of the requests before it: a duplicate is rejected, else its keys are kept. */
function markDuplicate(line: _Line, keys: readonly [string, string][], seen: Map<string, number>, findings: Finding[]): void {
  for (const [key, what] of keys) {
    const earlier = seen.get(key);
    if (earlier === undefined) continue;
    const f = finding('PPPLUS-REQUEST-DUPLICATE', 'error', `The request has the same ${what} as request ${earlier}; it was not counted twice.`, [...line.at], _SRC_PEP_USE);
    findings.push(f);
    line.codes.push(f.code);
    line.rejected = true;
    return;
  }
  for (const [key] of keys) seen.set(key, line.index);
}
