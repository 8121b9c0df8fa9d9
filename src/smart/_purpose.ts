/**
 * The one test of a purpose clause opening ("so that", "so she can", "in order to", "to help"), shared by the deadline
 * reading (a deadline inside the purpose is the aim's) and the measurable reading (a negative inside the purpose is the aim's,
 * not the act left undone). Leaf module: imports only the document and the phrase lists.
 */
import type { _Doc } from './_doc';
import { _capitalised } from './_ends';
import { _FUTURE, _OWNING_DETERMINERS, _PART_ENDS } from './_phrases';

/** Past auxiliaries ("was", "were", "had"). */
export const _PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had']);

function wd(doc: _Doc, i: number): string {
  return i < 0 ? '' : (doc.w[i] ?? '');
}

/** Modals after "so" and a subject that make it "so that" ("so Sam can progress"). */
export const _PURPOSE_MODALS: ReadonlySet<string> = new Set(['can', 'could', 'will', 'would']);
/** Subjects after "so" read with a present verb as "so that" ("so she gets ..."). */
const PURPOSE_SUBJECTS = new Set(['he', 'she', 'they']);
/** Subjects after "so" read with a negative "do" as "so that" ("so it does not clash", "so he doesn't miss lessons"). */
const NEGATED_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
/** The "do" or "be" of a negative present after "so" and a subject. */
const NEGATED_DO = new Set(['does', 'do', 'is', 'are']);
/** The same "do" written short with its negative ("doesn't", "don't"). */
const NEGATED_DO_SHORT = new Set(["doesn't", "don't", "isn't", "aren't", 'doesnt', 'dont', 'isnt', 'arent']);
/** Present forms in -s that state, not purpose ("so he is", "so she has"): left to the modal and "able" rules. */
const STATE_VERBS = new Set(['is', 'was', 'has', 'does', 'says', 'thinks', 'feels']);
/** Adverbs between the subject and its verb ("so she always hands in", "so he then arrives"), read past to the verb. */
const VERB_ADVERBS = new Set(['always', 'never', 'then', 'still', 'also', 'now', 'usually', 'often', 'sometimes', 'only', 'just', 'regularly', 'consistently']);
/** Words in -s after a subject that are not a verb ("so she always ...", "so he thus ...", "so she perhaps ..."). */
const NOT_VERBS_IN_S = new Set(['always', 'sometimes', 'thus', 'perhaps', 'unless', 'whereas', 'afterwards', 'towards', 'besides', 'plus', 'yes', 'nevertheless']);
/** Past forms of a main clause's verb: "so" after them tells what followed ("was excluded so he attends the PRU"). */
const PAST_MAINS = new Set([..._PAST_AUXILIARIES, 'did']);

/**
 * Whether a purpose clause starts at k: "to help him decide", "so that", "so Sam can", "so he is able to", "so she gets",
 * "so it does not clash", "in order to", "in order that". Not "so far", "so much", "and so on" (no subject and verb after).
 */
export function _purposeAt(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  const y = wd(doc, k + 1);
  const modal = wd(doc, k + 2);
  if (x === 'to') return y === 'help';
  if (x === 'in') return y === 'order' && (modal === 'to' || modal === 'that');
  // "so as to avoid exclusion": "so as to" is "in order to".
  if (x === 'so' && y === 'as' && modal === 'to') return true;
  if (x !== 'so') return false;
  // "so Sam can progress", "so she could", "so he is able to", "so she is ready to": "so" before a subject and a modal is "so that".
  const able = (modal === 'is' || modal === 'are') && (wd(doc, k + 3) === 'able' || wd(doc, k + 3) === 'ready') && wd(doc, k + 4) === 'to';
  // "so it does not clash", "so he doesn't miss school", "so Mia is not taken out of class", "so they are not during school
  // hours": a subject (a pronoun or a name) with a negative "do" or "be" is "so that" too.
  const subject = NEGATED_SUBJECTS.has(y) || (doc.toks[k + 1]?.kind === 'w' && _capitalised(doc.toks[k + 1]?.raw ?? ''));
  const negated = subject && (NEGATED_DO_SHORT.has(modal) || (NEGATED_DO.has(modal) && wd(doc, k + 3) === 'not'));
  return y === 'that' || _PURPOSE_MODALS.has(modal) || able || negated || presentAfter(doc, k + 1) || haveFor(doc, k + 1, subject);
}

/**
 * "so Tia has extra time for the March mocks", "so she has ID for the residential", "so his teacher has time to mount
 * them": "so" with a subject (a pronoun, a name, or "his"/"her"/"the" and a noun), "has" or "have", and within
 * eight words "for" or "time" is what the target gives someone for a later event: a purpose, "so that
 * she has" with "that" left out (the Time-bound row "a purpose says what the target is for"; the Settled-cases row "by
 * <date>, ahead of / in time for / ready for <event in a later month>"; labels y60-199). Not "so she has settled" (no
 * "for" or "time to": a state, which may be the result).
 */
function haveFor(doc: _Doc, k: number, named: boolean): boolean {
  const j = named ? k : k + 1;
  if ((!named && !_OWNING_DETERMINERS.has(wd(doc, k))) || (wd(doc, j + 1) !== 'has' && wd(doc, j + 1) !== 'have')) return false;
  for (let m = j + 2; m <= j + 9; m++) {
    const x = wd(doc, m);
    if (x === 'for' || x === 'time') return true;
    if (x === '' || x === ',' || _PART_ENDS.has(x)) return false;
  }
  return false;
}

/**
 * "so she gets the £1,200", "so he knows where to go", "so she always hands in ...": "so" with a subject and a present verb
 * in -s (an adverb such as "always" may stand between) is a purpose, "so that she gets" with "that" left out, as "so she
 * can" is (the Time-bound row "a purpose says what the target is for"; label y35-053). Not "so he is", "so she has", "so
 * he feels" (a state, which may be the result), and not after a main clause in the past ("was excluded so he attends the
 * PRU": a result, what followed, not what the target is for).
 */
function presentAfter(doc: _Doc, k: number): boolean {
  if (!PURPOSE_SUBJECTS.has(wd(doc, k))) return false;
  let j = k + 1;
  if (VERB_ADVERBS.has(wd(doc, j))) j += 1;
  const v = wd(doc, j);
  return v.length > 3 && v.endsWith('s') && !v.endsWith('ss') && !STATE_VERBS.has(v) && !NOT_VERBS_IN_S.has(v) && !pastMainBefore(doc, k - 1);
}

/**
 * Whether the sentence before "so" at k runs in the past: "was", "were", "had" or "did" in its last 12 words and no future
 * word ("will", "to") before "so" ("PA to check the form was sent so she gets ...": the main clause is the plan's, a purpose).
 */
function pastMainBefore(doc: _Doc, k: number): boolean {
  let past = false;
  for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
    const x = wd(doc, j);
    if (x === '.' || x === ';' || x === '?' || x === '!' || x === '\n') break;
    if (_FUTURE.has(x)) return false;
    if (PAST_MAINS.has(x)) past = true;
  }
  return past;
}

/** How far a fronted "To …," clause is read for its comma ({@link _purposeOpens}). */
const FRONTED_REACH = 16;

/**
 * Whether the verb at i is the verb of a purpose clause: after "in order to" or "so as to" ({@link _purposeAt}), or after a
 * "To" opening a sentence whose clause ends in a comma and a main clause with its future ("To avoid exclusion, Sam will
 * attend his sessions": what the act is for, not the act). Not "To avoid further exclusions by the end of the year." (the
 * target itself, no main clause after). Bounded: reads at most {@link FRONTED_REACH} words on.
 */
export function _purposeOpens(doc: _Doc, i: number): boolean {
  if (wd(doc, i - 1) !== 'to') return false;
  if (i >= 3 && _purposeAt(doc, i - 3)) return true;
  if (!(i === 1 || _PART_ENDS.has(wd(doc, i - 2)))) return false;
  for (let j = i + 1; j < doc.toks.length && j <= i + FRONTED_REACH; j++) {
    const x = wd(doc, j);
    if (_PART_ENDS.has(x)) return false;
    if (x === ',') return _FUTURE.has(wd(doc, j + 1)) || _FUTURE.has(wd(doc, j + 2)) || _FUTURE.has(wd(doc, j + 3));
  }
  return false;
}
