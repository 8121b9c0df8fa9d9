/**
 * The aim of a school, service or authority for many children (a cohort), not a child's target (the labelling guide,
 * Specific: the target names "the particular skill, knowledge, behaviour, task or qualification the child will achieve";
 * Halton Appendix C, "It is clear what will be achieved"): "Governors' report: all 7 looked-after pupils to have a PEP …",
 * "Book-gifting programme aim: every child on roll receives six parcels", "90% of our PP pupils to reach the expected
 * standard", "Among our PP pupils, 70% will …".
 *
 * Read for Specific only (Measurable and Time-bound are left as they are), when every anchor the specificity scan found lies
 * in a cohort's clause. A cohort opens the text or a heading (after a colon or dash; quotes may stand before it), never a
 * figure mid-sentence ("Sophie will work with 3 of the pupils in her group"): a child, pupil or student ({@link _CHILD_NOUNS},
 * {@link _CHILDREN_NAMED}) after determiners, quantifiers and groups ({@link MARKS}: "every", "our", "all", "half",
 * "looked-after", "PP" …), "of" or "among" marking only after a figure or a quantifier ("of" or "the" alone does not), or
 * "in care" after the head; or a measure of such a cohort as the subject ("The number of PP pupils …"). Its clause runs to
 * the end of its sentence or a heading's mark, or to a clause whose doer is a named child or an adult after a comma, "and",
 * "so", "but" or "then" ("Every child in care deserves support, so Ellie will write …"). Not read: bare "Children will …"
 * (a class target bank: 17 development labels specific), a cohort in the child's object, another sentence.
 * Development labels of a cohort as the doer: 12 not specific to 0 (of the shape as read after review: 8 to 0).
 *
 * One pass over the tokens; at an opening at most 8 words are read.
 */
import type { _Doc } from './_doc';
import { _wd as wd } from './_deadlinePrefix';
import { _ADULT_SUBJECTS, _HEADING_MARKS, _PART_ENDS } from './_phrases';
import { _CHILDREN_NAMED, _childSubject } from './_roles';
import { _CHILD_NOUNS } from './_specific';

/** Determiners, quantifiers and groups that say a cohort before its head ("the", "after" and a figure may stand among them). */
const MARKS: ReadonlySet<string> = new Set(['every', 'our', 'all', 'half', 'most', 'each', 'looked', 'disadvantaged', 'pp']);
/** Words that join a clause whose doer may be another ("…, so Ellie will write", "and Alfie will ask"). */
const JOINERS: ReadonlySet<string> = new Set([',', 'and', 'so', 'but', 'then']);

/**
 * Whether a cohort opens at word i: marked words then a child, pupil or student ("every child", "all our looked-after
 * children", "pupils in care"), "of" or "among" marking only after a figure or a quantifier ("90% of our PP pupils",
 * "half of all"); or a measure of one as the subject, at most two other words then "of" or "among" ("The number of PP
 * pupils …", "Attendance of looked-after pupils …"). At most 8 words are read.
 */
function cohortAt(doc: _Doc, i: number): boolean {
  let marked = false, lead = false;
  for (let j = i; j < i + 8; j++) {
    const x = wd(doc, j);
    if (x === 'of' || x === 'among') {
      marked ||= !lead && (MARKS.has(wd(doc, j - 1)) || wd(doc, j - 1) === '#');
      lead = false;
    } else if (x === 'the' || x === 'after' || x === '#') continue;
    else if (!lead && MARKS.has(x)) marked = true;
    else if (!lead && (_CHILD_NOUNS.has(x) || _CHILDREN_NAMED.has(x))) return marked || wd(doc, j + 1) + wd(doc, j + 2) === 'incare';
    else if (j < i + 2 && !marked) lead = true;
    else return false;
  }
  return false;
}

/** Whether a cohort opens ({@link cohortAt}) at the text's first word or at the first word after a heading's mark. */
function cohortOpens(doc: _Doc, n: number): boolean {
  let open = true;
  for (let i = 0; i < n; i++) {
    if (doc.toks[i]?.kind !== 'p') {
      if (open && cohortAt(doc, i)) return true;
      open = false;
    } else if (_HEADING_MARKS.has(wd(doc, i))) open = true;
  }
  return false;
}

/**
 * Whether every anchor lies in a cohort's aim (see the file's comment).
 * @param doc - The target's document.
 * @param anchors - The specificity anchors.
 * @returns Whether Specific is not met for this reason.
 * @example
 * // "Governors' report: all 7 looked-after pupils to have a PEP." → true; "Ella will say hello to every child." → false.
 */
export function _cohortAimOnly(doc: _Doc, anchors: readonly (readonly [number, number])[]): boolean {
  const n = doc.toks.length;
  // A cohort opens only at the text's first word or the first after a heading's mark: with none there, no word is in one, and
  // only an empty anchor (none is) lies in none. Most texts end here, before the clause walk below.
  if (!cohortOpens(doc, n)) return anchors.every(([a, b]) => Math.min(b, n) <= Math.min(a, n));
  const cover: boolean[] = Array(n).fill(false);
  let cohort = false, open = true;
  for (let i = 0; i < n; i++) {
    const x = wd(doc, i);
    if (_PART_ENDS.has(x) || _HEADING_MARKS.has(x)) cohort = false;
    else if (cohort && JOINERS.has(wd(doc, i - 1)) && (_childSubject(doc, i) || _ADULT_SUBJECTS.has(x))) cohort = false;
    if (doc.toks[i]?.kind !== 'p') {
      if (open && !cohort) cohort = cohortAt(doc, i);
      open = false;
    } else if (_HEADING_MARKS.has(x)) open = true;
    cover[i] = cohort;
  }
  return anchors.every(([a, b]) => !cover.slice(a, b).includes(false));
}
