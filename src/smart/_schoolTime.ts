/**
 * School-time deadline phrases (the labelling guide's "School-time rules", docs/smart.md): key stages,
 * Reception, leaving points, numbered terms of six-term years, "this/next month", and term names
 * offered as unchosen template alternatives ("the Autumn/Spring/Summer term").
 */
import type { Term } from '../core/enums';
import { daysInMonth, isoDateOf, isoParts, toDayNumberOrNull } from '../core/isoDate';
import type { _Doc } from './_doc';
import { _STRONG_PREPS, _wd, type _Prefix } from './_deadlinePrefix';
import type { _Found, _ScanOptions } from './_deadlineResolve';
import { _termFound } from './_deadlineResolve';
import { _TERM_WORDS } from './_phrases';
import { _academicYearEndApprox } from './_terms';

/** A key stage, year group, phase or leaving point dates a target only after "by", "before", "until", "in" or "end of". */
export function _schoolPointCue(p: _Prefix, cell: boolean): boolean {
  return cell || p.position === 'end' || p.strongWord || (p.prep !== null && (_STRONG_PREPS.has(p.prep) || p.prep === 'in'));
}

/** The end of an academic year inferred from school time (which year needs the child's year group). */
export function _approxYearEnd(end: number, opts: _ScanOptions): _Found {
  return { deadline: { kind: 'academic-year-end', approximate: true }, approx: _academicYearEndApprox(opts.terms), end };
}

/** Length of "key stage 3" / "ks 3" / "KS3" at i (0 when none). */
export function _keyStageLength(doc: _Doc, i: number): number {
  const t = doc.toks[i];
  if (t === undefined) return 0;
  if (t.kind === 'n') return t.prefix === 'ks' && t.sep === '' && t.num >= 1 && t.num <= 5 ? 1 : 0;
  const x = _wd(doc, i);
  if (x === 'ks' && stageNumberAt(doc, i + 1)) return 2;
  if (x === 'key' && _wd(doc, i + 1) === 'stage' && stageNumberAt(doc, i + 2)) return 3;
  // "by the end of the next key stage": a key stage without its number, one after the child's own.
  if ((x === 'key' && _wd(doc, i + 1) === 'stage') || x === 'ks') return _wd(doc, i - 1) === 'next' ? (x === 'ks' ? 1 : 2) : 0;
  return 0;
}

/** A plain key stage number 1–5 at j. */
function stageNumberAt(doc: _Doc, j: number): boolean {
  const n = doc.toks[j];
  return n !== undefined && n.kind === 'n' && n.prefix === '' && n.sep === '' && n.num >= 1 && n.num <= 5;
}

/**
 * Verbs of leaving a phase: "by the time he leaves primary (school)", "before leaving college",
 * "by the time she moves on to college", "before he transfers to secondary".
 */
export const _LEAVING: ReadonlySet<string> = new Set([
  'leaves', 'leave', 'leaving', 'finishes', 'finish', 'finishing', 'moves', 'move', 'moving', 'transfers', 'transfer', 'transferring',
]);
/** Words between a moving verb and the place: "moves on to", "moves up into". */
const PARTICLES = new Set(['on', 'up', 'to', 'into', 'onto']);
const PLACES = new Set(['primary', 'secondary', 'school', 'college', 'nursery', 'reception', 'sixth', 'year', 'care', 'ks', 'key', 'education']);
const OWNERS = new Set(['the', 'his', 'her', 'their', 'my', "'"]);

/** Whether i starts a leaving point ("leaves primary") cued by "by the time", "before" or "until". */
export function _isLeavingPoint(doc: _Doc, i: number): boolean {
  if (!_LEAVING.has(_wd(doc, i))) return false;
  let j = i + 1;
  while (j < i + 3 && PARTICLES.has(_wd(doc, j))) j += 1;
  while (j < i + 5 && OWNERS.has(_wd(doc, j))) j += 1;
  if (!PLACES.has(_wd(doc, j)) && doc.toks[j]?.prefix !== 'ks') return false;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const x = _wd(doc, k);
    if (x === 'before' || x === 'until' || (x === 'by' && _wd(doc, k + 1) === 'the' && _wd(doc, k + 2) === 'time')) return true;
  }
  return false;
}

/** The six-term year: terms 1–2 autumn, 3–4 spring, 5–6 summer. */
const SIX_TERMS: readonly Term[] = ['autumn', 'autumn', 'spring', 'spring', 'summer', 'summer'];

/** "term 2", "end of term 3", "until the end of term 6", "in term 4" (a numbered term of a six-term year). */
export function _numberedTerm(doc: _Doc, i: number, opts: _ScanOptions, p: _Prefix): _Found | null {
  const n = doc.toks[i + 1];
  if (n === undefined || n.kind !== 'n' || n.prefix !== '' || n.sep !== '' || n.suffix !== '' || n.num < 1 || n.num > 6) return null;
  if (p.freq || p.det === 'last') return null;
  const term = SIX_TERMS[n.num - 1] as Term;
  const odd = n.num % 2 === 1;
  const byLike = p.position === 'end' || opts.cell || p.strongWord || (p.prep !== null && _STRONG_PREPS.has(p.prep));
  if (byLike) return _termFound(term, odd ? 'half-term' : 'end', i + 2, opts);
  if (p.prep === 'in' || p.prep === 'during' || p.det === 'this') return _termFound(term, odd ? 'first-half' : 'second-half', i + 2, opts);
  return null;
}

/** "this month", "by the end of the month" (the meeting's month), "next month": that month's last day. */
export function _calendarMonth(end: number, opts: _ScanOptions, ahead: 0 | 1): _Found {
  if (opts.meeting === null) return { deadline: null, approx: null, end };
  const { year, month } = isoParts(opts.meeting);
  const m = month + ahead > 12 ? 1 : month + ahead;
  const y = month + ahead > 12 ? year + 1 : year;
  const iso = isoDateOf(y, m, daysInMonth(y, m));
  if (iso === null) return { deadline: null, approx: null, end };
  return { deadline: { kind: 'date', date: iso }, approx: toDayNumberOrNull(iso), end };
}

/** Whether the "month" at i is the meeting's own month ("this month", "end of the month"). */
export function _isThisMonth(doc: _Doc, i: number, p: _Prefix): boolean {
  if (_wd(doc, i) !== 'month' || p.freq) return false;
  return p.det === 'this' || (p.position === 'end' && _wd(doc, i - 1) === 'the');
}

/** A term name offered with others as alternatives ("Autumn/Spring/Summer term"): no term chosen yet. */
export function _isTermAlternative(doc: _Doc, i: number): boolean {
  return (_wd(doc, i + 1) === '/' && _TERM_WORDS.has(_wd(doc, i + 2))) || (_wd(doc, i - 1) === '/' && _TERM_WORDS.has(_wd(doc, i - 2)));
}
