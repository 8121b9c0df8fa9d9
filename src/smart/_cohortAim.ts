/**
 * Two kinds of whole aim that name no particular skill of the child's though their words look like one (the labelling guide,
 * Specific: the target names "the particular skill, knowledge, behaviour, task or qualification the child will achieve").
 *
 * 1. A broad area named with a generic verb of developing or reaching (Specific rule 1, "reach his potential"; Barnet,
 *    "Developing your SMART Outcome", Step One against Step Two): "develop an understanding of numbers to 20", "improve his
 *    knowledge of money", "make expected progress across his GCSE subjects", "reach her full potential in the EYFS",
 *    "develop her language skills in line with age-related expectations", "be on track for his GCSEs". The stretch runs from
 *    the verb to the end of its part ({@link stretchEnd}); an act after it ("by counting 10 objects", "and solve 8 of 10
 *    fraction questions", "- swim 10 metres") is the child's own and is read as usual, and "on track" for a standard with a
 *    figure or a named standard ("for a grade 5", "for ARE") names what is reached.
 *    Development labels of these stretches: "develop an understanding (awareness, knowledge) of" 23 not specific to 2;
 *    "make … progress" 57 to 1 (the one with its own act after a dash); "in line with" after such a verb 6 to 0; "potential"
 *    after a verb of reaching 10 to 0; "on track" with no standard 7 to 0.
 * 2. The aim of a school, service or authority for many children (a cohort), not a child's target: "Governors' report: all 7
 *    looked-after pupils to have a PEP …", "every child on roll receives six parcels", "Overall attendance of PP pupils is 94%",
 *    "The percentage of children in care with an up-to-date PEP will rise to 95%". Read when the cohort opens the text, a part
 *    (after a colon, dash, bar or quote) or "… is that" / "is for", alone or after a figure of it ("the percentage of",
 *    "attendance of", "attainment among"), to the end of its sentence. A cohort only in the child's object or place ("say hello
 *    to every child in her class"), or owning something ("the care leavers' bursary", "the children's centre"), is not read.
 *    Development labels of a cohort as the doer: 10 not specific to 0.
 *
 * Read for Specific only (Measurable and Time-bound are left as they are), when every anchor the specificity scan found lies
 * in such a stretch. One pass over the tokens; each stretch reads ahead a bounded number of words and to the end of its part.
 */
import type { _Doc } from './_doc';
import { _wd as wd } from './_deadlinePrefix';
import { _HEADING_MARKS, _PART_ENDS } from './_phrases';
import { _childVerb } from './_specific';

/** Verbs of developing an understanding or a skill (not "developing": "show developing awareness" describes). */
const DEVELOP = /^(develop|improve|build)s?$/;
/** The verb, then a broad object, then "of", in a window of words ({@link window}): the area named with a generic verb. */
const BROAD = /^\w+ (?:\w+ ){0,2}understanding of /;
/**
 * A cohort in a window of words: "every child", or a plural head after words that may stand before it ("the percentage of",
 * "overall attendance of", "improved reading attainment among", "all 7 looked-after").
 */
const COHORT = /^((every|each) (child|pupil)|((the|overall|percentage|attendance|#|after|all|of|among|looked|disadvantaged|pp) )*(children|pupils)) /;
/** A word that makes the head a cohort: "every", "all", a figure "of" or "among" it, a group of pupils. */
const MARK = /\b(every|each|all|of|among|looked|disadvantaged|pp) /;

/** The words from i on, at most 7 (each ends with a space): a bounded window for the patterns above. */
function window(doc: _Doc, i: number): string {
  return doc.w.slice(i, i + 7).join(' ') + ' ';
}

/**
 * Whether every anchor lies in a broad stretch or a cohort's aim (see the file's comment). One pass: a broad stretch is open
 * from its verb to the end of its part, a cohort's (opening the text, a part after a mark other than a comma, or "that …") to
 * the end of its sentence; an act of the child's after a broad stretch ("by paying for his own lunch", "and solve 8 of 10")
 * is the target's own, and the text is left as read.
 * @param doc - The target's document.
 * @param anchors - The specificity anchors.
 * @returns Whether Specific is not met for this reason.
 * @example
 * // "Poppy will develop an understanding of numbers to 5." → true; "Develop an understanding of money by paying for lunch." → false.
 */
export function _broadAimOnly(doc: _Doc, anchors: readonly (readonly [number, number])[]): boolean {
  const n = doc.toks.length;
  const cover: boolean[] = [];
  let broad = false;
  let cohort = false;
  for (let i = 0; i < n; i++) {
    const x = wd(doc, i);
    if (broad && (x === 'by' || x === 'and' || x === ',') && _childVerb(wd(doc, i + 1))) return false;
    // A sentence's end, a heading's mark or a dash ends both ("- order 5 fractions" is read as usual).
    if (_PART_ENDS.has(x) || _HEADING_MARKS.has(x)) broad = cohort = false;
    broad ||= DEVELOP.test(x) && BROAD.test(window(doc, i));
    if (!cohort && !/\w/.test(wd(doc, i - 1))) cohort = MARK.test(COHORT.exec(window(doc, i))?.[0] ?? '');
    cover[i] = broad || cohort;
  }
  return anchors.every(([a, b]) => !cover.slice(a, b).includes(false));
}
