/**
 * Compliance in general: following a whole body of rules or instructions ("Jaxon will follow all instructions", "must follow
 * the school rules") names no particular behaviour. Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes, Examples of
 * SMART Outcomes: outcomes must not be "vague, generic or unrealistic, for example, 'Emma will listen to all instructions'"
 * (the labelling guide, Specific; its Measurable rule 6 reads such a disposition as no measure either).
 */
import type { _Doc } from './_doc';
import { _PART_ENDS, _RULE_BODIES } from './_phrases';

/** Words that say whose rules, or which in general ("the", "all", "school", "adult", "simple"), not which rule. */
const RULE_OWNERS: ReadonlySet<string> = new Set(['the', 'all', 'his', 'her', 'their', 'my', 'any', 'school', 'class', 'classroom', 'nursery', 'home', 'house', 'adult', 'adults', 'staff', 'teacher', 'teachers', 'simple', 'basic']);
/**
 * Verbs of complying ("comply with his order") and the orders complied with as a whole: keeping an order names no particular
 * behaviour, as following the rules does not (Barnet, Examples of SMART Outcomes; development labels 2 not specific to 0).
 */
const COMPLYING: ReadonlySet<string> = new Set(['comply', 'complies', 'complying', 'complied']);
const ORDERS: ReadonlySet<string> = new Set(['order', 'orders', 'conditions']);
/**
 * Words between "comply with" and the order that say which order or which part of it, kept as a whole ("his court order",
 * "his youth rehabilitation order", "the terms of his order", "his bail conditions"): still the order, no behaviour named.
 */
const ORDER_PARTS: ReadonlySet<string> = new Set(['court', 'youth', 'rehabilitation', 'referral', 'supervision', 'terms', 'of', 'bail']);
/** Bodies that a task joined before them may own ("… and follow the instructions"), unlike rules or boundaries. */
const TASK_DIRECTIONS: ReadonlySet<string> = new Set(['instructions', 'directions']);

/**
 * Whether the object of "follow" at v is a body of rules or instructions in general that ends its sentence ("follow all
 * instructions.", "follow the school rules"). An instruction named ("a two-part instruction", "instructions with two key
 * words"), or anything after it (a measure, "first time", "at lunchtime without reminders"), is read as usual.
 * @param doc - The target's document.
 * @param v - The token of "follow".
 * @param timed - What may follow the rules before the sentence ends: nothing, a deadline ("by July": no measure, for
 * Measurable), or any time or frequency ("every day", "at all times": no behaviour named, for Specific).
 * @returns Whether only rules in general are followed.
 * @example
 * // "Rhys must follow the school rules." → true; "Kai will follow instructions with two key words" → false
 */
export function _rulesInGeneral(doc: _Doc, v: number, timed: 'none' | 'deadline' | 'any' = 'none'): boolean {
  const x = doc.w[v];
  // "comply with his order": a court's or the youth offending team's order kept as a whole, as rules are followed.
  // "with" after the verb first: a compare, where the set is looked up at every verb asked about.
  const complying = doc.w[v + 1] === 'with' && COMPLYING.has(x ?? '');
  if (x !== 'follow' && x !== 'follows' && x !== 'following' && !complying) return false;
  let k = complying ? v + 2 : v + 1;
  while (k < v + 5 && RULE_OWNERS.has(doc.w[k] ?? '')) k += 1;
  if (complying) k = orderEnd(doc, k);
  if (k < 0 || (!complying && !_RULE_BODIES.has(doc.w[k] ?? ''))) return false;
  // "build the Lego model and follow the instructions": "the instructions" after a task joined by "and" are that task's own,
  // one named set followed (the labelling guide, Measurable rule 1: a task an adult can see done), not rules in general.
  if (doc.w[v - 1] === 'and' && k === v + 2 && doc.w[v + 1] === 'the' && TASK_DIRECTIONS.has(doc.w[k] ?? '') && objectBefore(doc, v - 1)) return false;
  const e = whoseEnd(doc, k + 1);
  const after = doc.w[e];
  return after === undefined || _PART_ENDS.has(after) || (timed === 'deadline' ? deadlineBy(doc, e) : timed === 'any' && timeTail(doc, e));
}

/**
 * The index of the order's head from k, after "comply with" and its owners, past the words that say which order or which part
 * of it ({@link ORDER_PARTS}; "the conditions of his order"), or -1 when no order ends them.
 */
function orderEnd(doc: _Doc, k: number): number {
  let j = k;
  while (j < k + 8 && (ORDER_PARTS.has(doc.w[j] ?? '') || RULE_OWNERS.has(doc.w[j] ?? '') || (ORDERS.has(doc.w[j] ?? '') && doc.w[j + 1] === 'of'))) j += 1;
  return ORDERS.has(doc.w[j] ?? '') ? j : -1;
}

/**
 * Whether "by" at k opens a deadline ("by July", "by the end of term", "by Easter"), the tokens after it taken by the deadline
 * scan; "by being home by 9pm", "by stopping and looking": a means after "by" names the behaviour itself (the labelling guide,
 * Specific rule 1; Measurable rule 1 reads what it names).
 */
function deadlineBy(doc: _Doc, k: number): boolean {
  return doc.w[k] === 'by' && ((doc.used[k] ?? 0) === 1 || (doc.used[k + 1] ?? 0) === 1);
}

/**
 * Past whose rules or instructions they are, written after them ("instructions from adults", "the rules of the house"): the
 * owners as before the body ({@link RULE_OWNERS}), at least one; else k.
 */
function whoseEnd(doc: _Doc, k: number): number {
  if (doc.w[k] !== 'from' && doc.w[k] !== 'of') return k;
  let j = k + 1;
  while (j < k + 4 && RULE_OWNERS.has(doc.w[j] ?? '')) j += 1;
  return j > k + 1 && doc.w[j - 1] !== 'the' ? j : k;
}

/** Words of a time or frequency that says when, not which rule ("every day", "at all times", "this term"). */
const TIME_WORDS: ReadonlySet<string> = new Set(['at', 'all', 'times', 'every', 'each', 'day', 'lesson', 'week', 'morning', 'daily', 'this', 'term', 'half', 'in', 'school', 'the', 'of', 'end', 'year',
  // "follow instructions first time": how soon, not which instruction (Barnet, Examples of SMART Outcomes: "Emma will listen
  // to all instructions" is vague; development labels with no figure 2 not specific to 0, with "4 out of 5 lessons" specific).
  'first', 'time']);

/**
 * Whether only a time follows from k to the sentence's end: a deadline ("by July") or a frequency or span of
 * {@link TIME_WORDS} ("every day", "at all times"). Read for Specific only: the time dates or measures (Measurable rule 1)
 * but names no behaviour.
 */
function timeTail(doc: _Doc, k: number): boolean {
  if (deadlineBy(doc, k)) return true;
  let j = k;
  while (TIME_WORDS.has(doc.w[j] ?? '')) j += 1;
  const after = doc.w[j];
  // "first time by Easter": a deadline may close the time, as it may open it.
  return j > k && (after === undefined || _PART_ENDS.has(after) || deadlineBy(doc, j));
}

/** Words that open a task's object ("build the model", "make a card", "bake her cake"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my']);

/** Whether a thing made or done is named in the four words before "and" at a ("build the Lego model and"), not a state ("be kind and"). */
function objectBefore(doc: _Doc, a: number): boolean {
  for (let j = a - 1; j >= 0 && j >= a - 4; j--) if (OBJECT_OPENERS.has(doc.w[j] ?? '')) return true;
  return false;
}
