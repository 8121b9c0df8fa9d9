/**
 * The aim of a school, service or authority for many children (a cohort), not a child's target (the labelling guide,
 * Specific: the target names "the particular skill, knowledge, behaviour, task or qualification the child will achieve";
 * Halton Appendix C, "It is clear what will be achieved"): "Governors' report: all 7 looked-after pupils to have a PEP …",
 * "Book-gifting programme aim: every child on roll receives six parcels", "Success criteria: Overall attendance of PP pupils
 * is 94% or above", "'The percentage of children in care with an up-to-date PEP will rise to 95%'".
 *
 * Read for Specific only (Measurable and Time-bound are left as they are), when every anchor the specificity scan found lies
 * from a cohort to the end of its sentence or to a heading's mark. A cohort opens the text or follows a mark (a colon, dash,
 * bar, quote or comma): "every" or "each" then child, pupil or student, or children, pupils or students after words that may
 * stand before them ({@link COHORT}) of which one says a cohort ({@link MARK}: "all", a figure "of" or "among" them,
 * "looked-after", "disadvantaged", "PP"). Not read: bare "Children will …" (a class target bank: 17 development labels
 * specific), a cohort in the child's object ("say good morning to every child in her class") or after the child's act, and
 * the child's own act in another sentence ("Every child has a reading record; Jack will bring his signed every Monday").
 * Development labels of a cohort as the doer: 12 not specific to 0.
 *
 * One pass over the tokens; at each opening a window of at most 7 words is matched (no pattern runs over the free text).
 */
import type { _Doc } from './_doc';
import { _wd as wd } from './_deadlinePrefix';
import { _HEADING_MARKS, _PART_ENDS } from './_phrases';

/**
 * A cohort in a window of words: "every child", or a plural head after words that may stand before it ("the percentage of",
 * "overall attendance of", "improved reading attainment among", "all 7 looked-after").
 */
const COHORT = /^((every|each) (child|pupil|student)|((the|overall|improved|reading|percentage|proportion|number|attendance|attainment|#|after|all|of|among|looked|disadvantaged|pp) )*(children|pupils|students)) /;
/** A word that makes the head a cohort: "every", "all", a figure "of" or "among" it, a group of pupils. */
const MARK = /\b(every|each|all|of|among|looked|disadvantaged|pp) /;

/** The words from i on, at most 7 (each ends with a space): a bounded window for the patterns above. */
function window(doc: _Doc, i: number): string {
  return doc.w.slice(i, i + 7).join(' ') + ' ';
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
  const cover: boolean[] = Array(n).fill(false);
  let cohort = false;
  for (let i = 0; i < n; i++) {
    const x = wd(doc, i);
    if (_PART_ENDS.has(x) || _HEADING_MARKS.has(x)) cohort = false;
    if (!cohort && !/\w/.test(wd(doc, i - 1))) cohort = MARK.test(COHORT.exec(window(doc, i))?.[0] ?? '');
    cover[i] = cohort;
  }
  return anchors.every(([a, b]) => !cover.slice(a, b).includes(false));
}
