/**
 * Two readings of a text that names things but no outcome of the child's:
 *
 * - A **review note** ("Partially met - continue. Reading still below ARE.", "Carry over - homework", "SATs - working
 *   towards"): a part that is only a review's status ("met", "partially met", "not met", "achieved", "continue", "carry
 *   over", "ongoing", "keep going", "working towards") says how the last target went, not what the child will achieve.
 *   When no other part states an outcome (_roles.ts, {@link _outcomeParts}), the note is a placeholder of a target: the
 *   labelling guide, Specific rule 6: placeholders ("As per last PEP", "Continue with current support") are not specific.
 * - A **vague outcome** ("Not to get in trouble", "To get on with the other students in his tutor group", "To be part of
 *   school life e.g. clubs", "To settle into his new school", "Josh to sort out his sleep", "To find something to do"): a
 *   clause whose predicate is a disposition or a broad state ("settle", "be happier": Specific rule 1), a consequence with
 *   no behaviour named ("get in trouble": rule 5 asks a stop-behaviour to name the behaviour), a broad social or belonging
 *   phrase ("get on with", "be part of", "fit in": Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes, Step One,
 *   the broad area, and Examples of SMART Outcomes, not "vague, generic"), or a thing left unnamed ("something", "anything":
 *   Halton PEP Policy 2023-24, Appendix C, QA of SMART Targets, "It is clear what will be achieved"), and the broad life and
 *   behaviour aims of the same kind ("have a nice time at nursery", "have a safe space", "not walk out so much", "speak in
 *   class", "keep his head down": docs/smart.md, "### Specific", "Further general rules", the item "Broad life and
 *   behaviour aims that name no particular skill"). What follows such a
 *   predicate (the group, the school, the clubs, the phone) only says where or with whom: with no figure of the child's, the
 *   clause names no skill, behaviour or task.
 */
import { _wordFlag, type _Doc, type _Marks } from './_doc';
import { _capitalised, _endsIng, _endsS } from './_ends';
import { _childFigure, _frequency, _segmentEnd, _segmentStart } from './_object';
import { _ATTAINING } from './_standard';
import { _outOfBroad, _trackedNamed } from './_measure';
import { _childSubject, _HEADINGS, _outcomeParts } from './_roles';
import { _PAST_WORDS, _CARRIED, _CARRIED_FROM, _CHILD_POSSESSIVES, _CHILD_WORK, _OWNING_DETERMINERS, _SUBJECTS, _CONCRETE_VERBS, _FEELINGS, _FINDING, _GENERIC_OBJECTS, _OBSERVABLE_VERBS, _INCIDENT_NOUNS, _PROCESS, _PROVISION_NOUNS, _QUOTE_MARKS, _RESULT_LEADS, _REVIEW_STATUS, _SESSION_NOUNS, _TERM_WORDS } from './_phrases';
import { _childsOwnSubject, _childVerb, _CONTINUING, _SETTING_HEADS } from './_specific';

/** Verbs of a thing the child is seen doing (concrete and observable verbs, not process verbs: "use", "read", "attend"). */
const _DOING: ReadonlySet<string> = new Set([..._CONCRETE_VERBS, ..._OBSERVABLE_VERBS].filter((v) => !_PROCESS.has(v)));

/**
 * Words of a review's status ("partially met", "not yet achieved", "carry over", "keep going", "working towards", "still
 * ongoing"). A part made only of them (and at least one {@link STATUS_HEADS}) states the status, nothing to achieve.
 */
const STATUS_WORDS: ReadonlySet<string> = new Set([
  ..._CONTINUING, ..._RESULT_LEADS, ..._REVIEW_STATUS, 'over', 'on', 'forward', 'forwards', 'going', 'trying', 'working', 'towards', 'toward', 'still', 'carried', 'rolled', 'same', 'as', 'before',
  // The target a status is of ("Previous target not met", "Last target partly met"): which target, nothing to achieve.
  ..._PAST_WORDS,
]);
/** The words that make a part a status (not "not yet", "still" alone). */
const STATUS_HEADS: ReadonlySet<string> = new Set([..._CONTINUING, ..._REVIEW_STATUS, 'carried', 'rolled', 'towards', 'toward']);

/** Words opening a clause before its predicate: an infinitive, a modal, a need, a negation or a stop ("not to", "needs to stop"). */
const FRAME: ReadonlySet<string> = new Set(['to', 'will', "'ll", 'must', 'should', 'can', 'shall', 'need', 'needs', 'not', 'stop', 'stops', 'avoid', 'try', 'trying', 'i', 'and']);

/** Whether the segment [s, e) has words and every one is a status word, one of them a head ("Partially met", "continue"). */
function statusPart(doc: _Doc, s: number, e: number): boolean {
  let head = false;
  let words = 0;
  for (let k = s; k < e; k++) {
    if (doc.toks[k]?.kind === 'p') continue;
    const x = doc.w[k] ?? '';
    if (!STATUS_WORDS.has(x)) return false;
    words += 1;
    head = head || STATUS_HEADS.has(x);
  }
  return words > 0 && head;
}

/**
 * Whether the segment [s, e) continues what was there ("continue SALT strategies", "ESOL - carry on with classes", "to carry on
 * seeing the counsellor", "Phonics - ongoing daily RWI group", "Keep up the good work", "Jessica continues to find…"): its
 * predicate, after the subject and frame, is a verb of continuing ("keep" only with "going", "up", "on" or "trying": "keep a
 * mood diary" is a task; "carry" only with "on" or "over": "carry her inhaler" is one too). The labelling guide, Settled cases:
 * "keep going to college" is neither specific nor measurable ("continue" is a process verb alone).
 */
function continuedPart(doc: _Doc, s: number, e: number, anchors: readonly (readonly [number, number])[]): boolean {
  let i = s;
  const after = doc.w[i + 1] ?? '';
  const subject = i < e && doc.toks[i]?.kind === 'w' && (FRAME.has(after) || _CONTINUING.has(after)) && _childSubject(doc, i);
  if (subject) i++;
  // A thing's own continuing, with nothing after it ("Lexia to continue.", "Reduced timetable to continue"): provision or a
  // programme kept on, no outcome (the labelling guide, Specific rule 6, "Continue with current support").
  else if (thingContinues(doc, s, e)) return true;
  while (i < e && FRAME.has(doc.w[i] ?? '')) i++;
  const x = doc.w[i] ?? '';
  const next = doc.w[i + 1] ?? '';
  // An outcome joined to it is its own ("carry on with his course and pass his Level 2"): the part is then read as usual.
  for (let k = i + 1; k < e; k++) if (doc.w[k] === 'and' && _childVerb(doc.w[k + 1] ?? '')) return false;
  let continued: boolean;
  if (x.startsWith('keep')) continued = next === 'going' || next === 'up' || next === 'on' || next === 'trying';
  // "carry over" is a review's status alone or before when it came from ("carried over from last PEP"); "carry over correctly
  // when using column addition" is the sum's own step.
  // "carry forward" is one too (the last target carried forward: a review's status, Specific rule 6).
  // At the part's end means before any mark too ("Carry forward.", "Carry over!").
  else if (x.startsWith('carr')) continued = next === 'on' || (_CARRIED.has(next) && (i + 2 >= e || doc.toks[i + 2]?.kind === 'p' || _CARRIED_FROM.has(doc.w[i + 2] ?? '')));
  else continued = _CONTINUING.has(x) || x === 'ongoing';
  // A named thing the child goes on doing ("will continue to use her visual timetable", "carry on reading his reading book at
  // home", "carry on attending school"): the labelling guide, Specific rule 4, a child using a named strategy is specific, and
  // Settled cases, the child's own attendance. Not "Theo continues to find…" (how things are now), nor a process or provision
  // continued ("continue improving", "continue to access counselling").
  return continued && !(x !== 'ongoing' && !(subject && _endsS(x)) && namedDoing(doc, i + 1, e, anchors));
}

/** Words a thing's name may run to before "to continue" ({@link thingContinues}). */
const THING_REACH = 4;

/**
 * Whether the segment [s, e) is only a programme's or provision's short name and "to continue" ("Lexia to continue", "'Nessy'
 * to continue", "SALT input to continue"): a provision or session noun in the name, or a name written capitalised word by word
 * as a programme's is ("Toe by Toe"). Never the child's own attendance, punctuality, behaviour or habit ("Good attendance to
 * continue", "Kian's punctuality to continue": the labelling guide, Settled cases, specific) nor the child's own work
 * ("Homework to continue": Settled cases, "complete his homework" is specific).
 */
function thingContinues(doc: _Doc, s: number, e: number): boolean {
  let k = e;
  while (k > s && doc.toks[k - 1]?.kind === 'p') k--;
  let from = s;
  while (from < k && _QUOTE_MARKS.has(doc.w[from] ?? '')) from++;
  let to = k - 2;
  while (to > from && _QUOTE_MARKS.has(doc.w[to - 1] ?? '')) to--;
  if (to <= from || to - from > THING_REACH || doc.w[k - 2] !== 'to' || !_CONTINUING.has(doc.w[k - 1] ?? '')) return false;
  for (let j = from; j < to; j++) if (doc.toks[j]?.kind !== 'w') return false;
  // A frequency in the name ("Daily reading to continue") is the child's own habit kept up, how often it is done (Measurable rule 1).
  if (_frequency(doc, from, to) || _childsOwnSubject(doc, from, to - 1)) return false;
  let provision = false;
  let named = true;
  for (let j = from; j < to; j++) {
    const x = doc.w[j] ?? '';
    if (_CHILD_WORK.has(x)) return false;
    provision = provision || _PROVISION_NOUNS.has(x) || _SESSION_NOUNS.has(x);
    named = named && (_capitalised(doc.toks[j]?.raw ?? '') || NAME_JOINS.has(x));
  }
  return provision || named;
}

/** Small words inside a programme's capitalised name ("Toe by Toe", "Catch Up with Reading"). */
const NAME_JOINS: ReadonlySet<string> = new Set(['by', 'and', 'with', 'of', 'the']);

/** Whether x is a verb of {@link _DOING}, bare or inflected ("use", "using", "reads"). */
function doingVerb(x: string): boolean {
  if (_DOING.has(x)) return true;
  for (const end of ['s', 'es', 'ing', 'd', 'ed']) if (x.length > end.length + 2 && x.endsWith(end) && _DOING.has(x.slice(0, -end.length))) return true;
  return x.endsWith('ing') && _DOING.has(`${x.slice(0, -3)}e`);
}

/**
 * Whether what is continued, from token j (after the verb of continuing, its "on" and "to"), is a verb the child is seen doing
 * ({@link _DOING}: "use", "read", "spell") with a named thing after it in the part [j, e) (not a routine or strategies
 * unnamed), or the child's attendance.
 */
function namedDoing(doc: _Doc, j: number, e: number, anchors: readonly (readonly [number, number])[]): boolean {
  while (j < e && (doc.w[j] === 'on' || doc.w[j] === 'to')) j++;
  const verb = doc.w[j] ?? '';
  if (!doingVerb(verb)) return false;
  // The child's own attendance is named by its verb (Settled cases); any other verb by its object ("use her timetable").
  // What is attended is school or lessons: an activity attended (a club, a group, sessions) is named as any object is
  // (Settled cases: attending a club is an activity, not attendance).
  if (verb.startsWith('attend')) {
    for (let k = j + 1; k < e; k++) if (ACTIVITY_HEADS.has(doc.w[k] ?? '')) return false;
    return true;
  }
  for (const [a] of anchors) if (a > j && a < e && !GENERAL_THINGS.has(doc.w[a] ?? '')) return true;
  return false;
}

/** Heads of an activity attended ("after school club", "his youth group", "the sessions"): not the child's attendance. */
const ACTIVITY_HEADS: ReadonlySet<string> = new Set(['club', 'clubs', 'group', 'groups', 'session', 'sessions', 'activity', 'activities', 'team']);

/**
 * Objects that name no particular one ("follow his routines", "use strategies"): Barnet, Examples of SMART Outcomes, not
 * "vague, generic" (_phrases.ts, _GENERIC_OBJECTS, and a routine unnamed).
 */
const GENERAL_THINGS: ReadonlySet<string> = new Set([..._GENERIC_OBJECTS, 'routine', 'routines']);

/**
 * Whether the segment [s, e) opens with a note that no target was set ("No target set this time.", "no targets set, YP did
 * not attend", "No targets this term as placement move"): whatever follows in the part is why, not an outcome. A note with no
 * target is a placeholder of one (the labelling guide, Specific rule 6: "As per last PEP" is not specific). Development labels:
 * a part opening "no target(s)" 5 not specific to 0.
 */
function noTargetPart(doc: _Doc, s: number, e: number): boolean {
  let k = s;
  while (k < e && doc.toks[k]?.kind === 'p') k++;
  return doc.w[k] === 'no' && (doc.w[k + 1] === 'target' || doc.w[k + 1] === 'targets') && k + 1 < e;
}

/**
 * Words of a label naming which target a status is of ("Previous target:", "Last PEP target -", "Target 1 (last PEP):",
 * "Target from last PEP:", "Review of previous target:", "Autumn term target:": a term's name read with the shared term list, _TERM_WORDS).
 */
const TARGET_LABEL_WORDS: ReadonlySet<string> = new Set(['target', 'targets', ..._PAST_WORDS, 'pep', 'from', 'the', 'of', 'review', 'term', "term's", 'progress', 'on', 'old']);

/**
 * Whether the segment [s, e) only labels which target a status is of ("Previous target", "Last PEP target", "Target 2"),
 * closed by a heading's mark: read with the status after it, it says how the last target went (Specific rule 6), not what
 * the child will achieve. It makes no review note alone ({@link _reviewNote} asks for a status part too).
 */
function targetLabelPart(doc: _Doc, s: number, e: number): boolean {
  if (e >= doc.toks.length || !_HEADINGS.has(doc.w[e] ?? '')) return false;
  let target = false;
  for (let k = s; k < e; k++) {
    const t = doc.toks[k];
    if (t === undefined || t.kind === 'p' || (t.kind === 'n' && k > s)) continue;
    const x = doc.w[k] ?? '';
    if (!TARGET_LABEL_WORDS.has(x) && !_TERM_WORDS.has(x)) return false;
    target = target || x === 'target' || x === 'targets';
  }
  return target;
}

/** Whether every token of a deadline lies inside a status part (`status` 1): no other part has a point of its own. */
function undatedElsewhere(doc: _Doc, status: readonly number[]): boolean {
  for (let k = 0; k < status.length; k++) if (doc.used[k] === 1 && status[k] === 0) return false;
  return true;
}

/**
 * Whether the text is a review note: some part is only a status, and no other part states an outcome.
 * @param doc - The target's document.
 * @param provision - Provision marks (_specific.ts, _provisionClauses).
 * @param anchors - The specificity anchors (a named thing the child goes on doing is no review note).
 * @returns Whether it is a review note with no outcome.
 * @example
 * // "Partially met - continue. Reading still below ARE." → true; "Achieved. New target: to read 20 words by July" → false.
 */
export function _reviewNote(doc: _Doc, provision: _Marks, anchors: readonly (readonly [number, number])[]): boolean {
  const n = doc.toks.length;
  // The status parts, as a mark per token (most texts have none, and are done here).
  let status: number[] | null = null;
  let noTarget = false;
  // Whether some part is a status itself (a label of the target alone is none).
  let real = false;
  for (let s = 0; s < n; ) {
    const e = _segmentEnd(doc, s);
    const none = noTargetPart(doc, s, e);
    // Not one area's ("No target set for maths"): the note then leaves the other parts' targets standing.
    noTarget = noTarget || (none && !doc.w.slice(s, e).includes('for'));
    const stated = statusPart(doc, s, e) || none || continuedPart(doc, s, e, anchors);
    real = real || stated;
    if (stated || targetLabelPart(doc, s, e)) {
      status = status ?? new Array<number>(n).fill(0);
      for (let k = s; k < e; k++) status[k] = 1;
    }
    s = e + 1;
  }
  if (status === null || !real || _childFigure(doc)) return false;
  // A note that no target was set says what the whole text is: another part with no point of its own is its context or an
  // aim kept from before ("To be kept safe. No targets this term as placement move."), not a target set.
  if (noTarget && undatedElsewhere(doc, status)) return true;
  const roles = _outcomeParts(doc, provision);
  for (let k = 0; k < n; k++) if (roles.marks[k] === 1 && status[k] === 0) return false;
  return true;
}

/** Forms of "get" (a consequence: "getting into trouble"; a relation: "get on with"). */
const GET: ReadonlySet<string> = new Set(['get', 'gets', 'getting', 'got']);
/** Forms of "be" and "stay" before a broad state ("be part of", "stay motivated"). */
const BE: ReadonlySet<string> = new Set(['be', 'being', 'stay', 'staying', 'feel', 'feeling', 'become']);
/** Broad states after "be" or "stay" (the labelling guide, Specific rule 1: "be more confident", "be happier", "settle"). */
const STATES: ReadonlySet<string> = new Set(['happy', 'happier', 'settled', 'motivated', 'ready', 'part', 'positive', 'focused', 'calmer', 'included']);
/** Forms of "have" before a time had in a broad state ("have a safe and happy lunchtime"). */
const HAVE: ReadonlySet<string> = new Set(['have', 'has', 'having']);
/**
 * Broad states a time is had in ("a safe and happy lunchtime", "a calm start"; not "good"
 * or "better", words of most targets, so that the readings are skipped on texts with none of their words): the labelling guide, Specific rule 1
 * ("be happier", "settle"); Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes, Examples of SMART Outcomes, not "vague,
 * generic".
 */
const HAD_STATES: ReadonlySet<string> = new Set([...STATES, 'safe', 'calm', 'smooth', 'smoother', 'successful', 'enjoyable', 'peaceful', 'nice', 'lovely']);
/** Times and passages had in a state ("lunchtime", "start", "day", "transition"): a time, not a thing done or made. */
const HAD_TIMES: ReadonlySet<string> = new Set(['day', 'days', 'lunchtime', 'lunchtimes', 'playtime', 'playtimes', 'break', 'breaktime', 'time', 'start', 'week', 'term', 'year', 'weekend', 'transition', 'morning', 'mornings', 'evening', 'night', 'bedtime']);
/** Verbs of speaking ("speak in class", "talk at nursery"). */
const SPEAKING: ReadonlySet<string> = new Set(['speak', 'speaks', 'talk', 'talks']);
/** How a thing is found: a feeling about it ("easier", "less stressful"), not an act. */
const FOUND_AS: ReadonlySet<string> = new Set(['easier', 'harder', 'manageable', 'stressful', 'enjoyable', 'scary']);

/**
 * Places had ("a safe space", "access to a quiet space"): a thing provided for the child to have, nothing the child does
 * there (the labelling guide, Specific rule 1, and rule 4: what adults provide is not the child's outcome). Development
 * labels of "have (access to) a safe or quiet space" with nothing done there: 2 not specific to 0; "use her calm-down card
 * and go to the agreed quiet space" names the act and is read as usual. The BIGRAMS of _specific.ts ("safe space/place",
 * "quiet space", "calm space") stay concrete terms where the child goes to or uses the place ("go to his safe space":
 * specific, read there); this reading wins only where the place is only had, after "have" ({@link hadPlace}).
 */
const HAD_PLACES: ReadonlySet<string> = new Set(['space', 'place', 'area']);
/** Words that describe a place had ("a safe space", "a quiet, calm place"). */
const PLACE_STATES: ReadonlySet<string> = new Set([...HAD_STATES, 'quiet', 'low-stimulus', 'own']);

/**
 * Whether a place is only had at k ("a safe space", "access to a quiet space", "her own quiet place") with no task tied to it
 * in [k, e) ({@link stateTask}: "a quiet space to go to when upset" names where the child goes).
 */
function hadPlace(doc: _Doc, k: number, e: number): boolean {
  if (doc.w[k] === 'access' && doc.w[k + 1] === 'to') k += 2;
  if (doc.w[k] === 'a' || doc.w[k] === 'an' || _OWNING_DETERMINERS.has(doc.w[k] ?? '')) k++;
  let states = 0;
  while (k < e && (PLACE_STATES.has(doc.w[k] ?? '') || (doc.w[k] === ',' && states > 0))) {
    if (doc.w[k] !== ',') states++;
    k++;
  }
  if (states === 0 || !HAD_PLACES.has(doc.w[k] ?? '') || stateTask(doc, k + 1, e)) return false;
  // The child's going to it or using it, after "to" or "and" ("a safe space to go to when upset", "a quiet space and use it
  // when angry"): the act is named.
  for (let j = k + 1; j < e; j++) if ((doc.w[j] === 'to' || doc.w[j] === 'and') && (PLACE_USES.has(doc.w[j + 1] ?? '') || doingVerb(doc.w[j + 1] ?? ''))) return false;
  return true;
}

/** Going to a place or using it ("go", "use"): verbs of moving and using, not in {@link _DOING}. */
const PLACE_USES: ReadonlySet<string> = new Set(['go', 'use', 'take', 'ask', 'choose']);

/** Whether [k, e) is only broad states and "and" before a time ("safe and happy lunchtime"), with no task tied to it. */
function hadState(doc: _Doc, k: number, e: number): boolean {
  let states = 0;
  while (k < e && (HAD_STATES.has(doc.w[k] ?? '') || ((doc.w[k] === 'and' || doc.w[k] === ',') && states > 0))) {
    if (HAD_STATES.has(doc.w[k] ?? '')) states++;
    k++;
  }
  if (states === 0 || !HAD_TIMES.has(doc.w[k] ?? '')) return false;
  // "a positive transition visit", "a calm lunchtime club": the time word names a thing had, not the time (review34d); "a calm
  // morning routine" is still a time.
  const y = doc.w[k + 1] ?? '';
  if (doc.toks[k + 1]?.kind === 'w' && !AFTER_TIME.has(y) && !HAD_TIMES.has(y) && y !== 'routine' && y !== 'routines') return false;
  // "a successful week of work experience": a time of a thing names the thing, like "a transition visit"; "a calm start of the
  // day" is still a time (review36b).
  if (y === 'of' && !HAD_TIMES.has(doc.w[doc.w[k + 2] === 'the' ? k + 3 : k + 2] ?? '')) return false;
  return !stateTask(doc, k + 1, e);
}

/** Words after a time had that leave it a time ("a calm lunchtime in the hall", "a smooth start to the day", "and"): not a noun it names. */
const AFTER_TIME: ReadonlySet<string> = new Set(['to', 'at', 'in', 'on', 'with', 'without', 'and', 'or', 'for', 'of', 'from', 'by', 'every', 'each', 'this', 'today', 'when', 'while', 'so', 'as', 'after', 'before', 'during', 'then', 'but', 'back', 'ahead']);

/**
 * Whether a feeling ({@link FOUND_AS}, after "less" or "more" too) closes the clause at e after the thing found ("find the
 * move between his lessons in the afternoon easier": the thing may be long, review34d), with no mark between.
 */
function foundState(doc: _Doc, k: number, e: number): boolean {
  for (let j = k + 1; j < e; j++) {
    if (doc.toks[j]?.kind === 'p') return false;
    if (!FOUND_AS.has(doc.w[j] ?? '')) continue;
    let end = j + 1;
    // A deadline closing the clause ("find transitions easier by Easter") is passed over, as areaClause does (review36b).
    while (end < e && (doc.toks[end]?.kind === 'p' || doc.used[end] !== 0)) end++;
    return end >= e;
  }
  return false;
}
/** Verbs of settling, fitting in or sorting out (rule 1: "settle"; a broad area). */
const SETTLING: ReadonlySet<string> = new Set(['settle', 'settles', 'settling', 'fit', 'fits', 'fitting']);
/** Things left unnamed ("find something to do", "do anything with cars"). */
const UNNAMED: ReadonlySet<string> = new Set(['something', 'anything']);
/** Forms of "take" before a disposition taken on ("take responsibility for his hearing aids", "take ownership of his learning"). */
const TAKING: ReadonlySet<string> = new Set(['take', 'takes', 'taking']);
/** Dispositions taken on (the labelling guide, Specific rule 1: a disposition is not specific). */
const OWNED_STATES: ReadonlySet<string> = new Set(['responsibility', 'ownership']);
/** Forms of "try": effort, not an outcome, when what is tried is only "harder" or "more" ({@link effortAt}). */
const TRYING: ReadonlySet<string> = new Set(['try', 'tries', 'trying']);
/** How often a thing is done more, after "more" ("be on time more often"): a comparative of frequency with no figure. */
const MORE_HOW: ReadonlySet<string> = new Set(['often', 'regularly', 'frequently']);
/** Words before a closing "more" that make it "no longer" ("any more", "no more"), not a comparative. */
const NO_LONGER: ReadonlySet<string> = new Set(['any', 'no']);

/**
 * Where effort alone opens in the segment [s, e), or -1: "try harder" (in or with anything: "I will try harder with my
 * homework", "try harder in my spellings"), or "try to" / "try and" a thing done "more" or "more often" at the segment's end
 * ("try to be on time more often"). The labelling guide, Specific rule 2: vague comparatives ("try harder in maths") name
 * no baseline, no number and no skill; what the effort is put into only says where. "Try to <do a named task>" ("try to get
 * to school on time", "try to do her coursework") is the task tried, read as usual.
 */
function effortAt(doc: _Doc, s: number, e: number): number {
  let tail = e - 1;
  while (tail > s && doc.toks[tail]?.kind === 'p') tail--;
  // "any more", "no more" ("try to not swear any more"): no longer, a stop-behaviour (Specific rule 5, Measurable rule 4), not a comparative.
  const more = (doc.w[tail] === 'more' && !NO_LONGER.has(doc.w[tail - 1] ?? '')) || (doc.w[tail - 1] === 'more' && MORE_HOW.has(doc.w[tail] ?? ''));
  for (let k = s; k < e; k++) {
    // The three words of TRYING compared, not looked up.
    const w = doc.w[k];
    if (w !== 'try' && w !== 'tries' && w !== 'trying') continue;
    const a = doc.w[k + 1] ?? '';
    // "try harder to be on time every day", "try harder to put his hand up in class": the task tried is named and read as
    // usual (Specific rule 2: "a comparative becomes specific only with the skill named"; its figure or frequency measures,
    // Measurable rule 1, and "harder" alone none, rule 6). Not "try harder in maths", "try harder with her reading".
    if (a === 'harder') {
      if (doc.w[k + 2] === 'to' || doc.w[k + 2] === 'and') continue;
      return k + 1;
    }
    if (more && (a === 'to' || a === 'and') && k + 2 < tail) return k + 2;
  }
  return comparedTail(doc, s, tail);
}

/** How much, how often or how many times a behaviour kept from is done ("so much", "as often", "so many detentions"): a comparative. */
const LESS_HOW: ReadonlySet<string> = new Set(['much', 'often', 'many']);
/** Words that open a setting after the comparative ("so much during maths", "as much in lessons"). */
const SETTING_OPENS: ReadonlySet<string> = new Set(['in', 'at', 'during']);

/**
 * Where a behaviour kept from opens when the clause ending at `tail` closes on "so much", "as much" or "as often" with no
 * figure ("not walk out so much", "stop being on my phone so much", "not be removed from class as often"), or -1: the
 * behaviour is only to be done less, a vague comparative (the labelling guide, Specific rule 2: "a comparative becomes
 * specific only with the skill named" and a baseline; Measurable rule 6), as "not give up so easily" is read in _measure.ts.
 * Development labels of the form: 3 not specific to 0. "Not walk out of lessons" (a stop) and "leave less often (currently 3x
 * a week)" (a figure, read by the caller) are left as read.
 */
function comparedTail(doc: _Doc, s: number, tail: number): number {
  let kept = -1;
  for (let k = s; k < tail; k++) {
    const w = doc.w[k] ?? '';
    if (kept < 0) {
      if (KEPT_FROM.has(w)) kept = k + 1;
      continue;
    }
    if ((w !== 'so' && w !== 'as') || !LESS_HOW.has(doc.w[k + 1] ?? '')) continue;
    // "so many detentions": only counted events (fewer sanctions with no figure: Settled cases, w303), up to their head.
    let j = k + 2;
    if (doc.w[k + 1] === 'many') {
      if (!countedAfter(doc, k + 1)) return -1;
      while (j <= tail && j <= k + 5 && !COUNTED_EVENTS.has(doc.w[j] ?? '')) j++;
      j++;
    }
    return onlySettingAfter(doc, j, tail) ? kept : -1;
  }
  return -1;
}

/**
 * Whether [j, tail] holds only a deadline's words (passed over, as {@link spokenIn} does: "so much by Easter", "this term")
 * and a setting ("so much during maths", "as much in lessons"): neither names the behaviour or a figure.
 */
function onlySettingAfter(doc: _Doc, j: number, tail: number): boolean {
  let placed = false;
  for (; j <= tail; j++) {
    const w = doc.w[j] ?? '';
    if (doc.toks[j]?.kind === 'p' || doc.used[j] !== 0) continue;
    if (SETTING_OPENS.has(w)) placed = true;
    else if (!placed || !(w === 'a' || _OWNING_DETERMINERS.has(w) || _SETTING_HEADS.has(w) || _SUBJECTS.has(w) || SPOKEN_SETTINGS.has(w) || w === 'time')) return false;
  }
  return true;
}

/**
 * The words a review note or a vague outcome needs (a status head, "keep" or "carry", a form of "get", settling or fitting, a
 * broad state, a thing left unnamed): a text with none is neither, and both readings are skipped (`_lacks`, in _analyse.ts;
 * test/smart/perfTriggers.test.ts).
 */
export const _F_NO_OUTCOME = _wordFlag(['no', ...STATUS_HEADS, ...GET, ...SETTLING, ...STATES, ...UNNAMED, ...TRYING, ...OWNED_STATES, ...HAD_STATES, ...FOUND_AS, ...HAD_PLACES, ...LESS_HOW, ...SPEAKING, 'track', 'progress', 'potential', 'line'], (w) => w.startsWith('keep') || w.startsWith('carr'));

/** Verbs that say nothing of their own before a thing left unnamed ("find something to do", "do something outdoors"). */
const LIGHT: ReadonlySet<string> = new Set(['find', 'finds', 'finding', 'do', 'does', 'doing']);
/** Words between "get on with" and its object ("the", "his"), passed over to read the object. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my', 'your', 'any', 'all', 'each', 'set', 'given']);
/** Pieces of set work ("get on with the task", "with his homework"): starting work, not getting on with people. Not "work" (broad). */
const SET_WORK: ReadonlySet<string> = new Set([..._CHILD_WORK, 'task', 'tasks', 'classwork', 'worksheet', 'worksheets', 'activity', 'activities', 'questions', 'writing']);

/** Words that keep the child from what follows ("not get involved", "avoid getting involved", "never gets involved"). */
const KEPT_FROM: ReadonlySet<string> = new Set(['not', "n't", 'never', 'avoid', 'avoids', 'avoiding', 'stop', 'stops', 'refrain']);

/**
 * Whether a vague predicate opens at token i of the segment ending at e: "get in(to) trouble" (with no behaviour named after
 * "for"), "get on with" people, a broad state, settling or fitting in, something unnamed after "find" or "do".
 */
function vaguePredicate(doc: _Doc, i: number, e: number): boolean {
  const x = doc.w[i] ?? '';
  const a = doc.w[i + 1] ?? '';
  if (GET.has(x)) {
    // "get into trouble for hitting other children" names the behaviour: the labelling guide, Specific rule 5.
    if ((a === 'in' || a === 'into') && doc.w[i + 2] === 'trouble') return !forBehaviour(doc, i + 3, e);
    // "get involved in extra-curricular activities": taking part in general, nothing achieved named (the labelling guide,
    // Settled cases, the clubs row: "an activity, not an outcome"); a frequency or a task joined is read by the callers.
    // Not so when kept from ("will not get involved in fights", "avoid getting involved in arguments"): a stop-behaviour, the
    // behaviour named (Specific rule 5, Measurable rule 4).
    if (a === 'involved') return !KEPT_FROM.has(doc.w[i - 1] ?? '') && !stateTask(doc, i + 2, e);
    if (a !== 'on') return false;
    if (doc.w[i + 2] === 'well') return true;
    if (doc.w[i + 2] !== 'with') return false;
    // "get on with the task straight away" is starting set work; "get on with his peers" is a broad relation.
    let k = i + 3;
    while (k < e && DETERMINERS.has(doc.w[k] ?? '')) k++;
    return !(SET_WORK.has(doc.w[k] ?? '') || SET_WORK.has(doc.w[k + 1] ?? ''));
  }
  // A general standard as the aim, nothing named beyond it (Specific rule 1, "reach his potential"): _generalStandard.
  if (generalStandard(doc, i, e)) return true;
  // "stay on track", "keep on track" with nothing it is on track for ("on track for ARE", "on track to meet the ELG" name it,
  // and being on track with a subject or exam named, "be on track with her GCSEs": _measure.ts _trackedNamed; staying on
  // track with it is still no standard reached).
  if ((BE.has(x) || x.startsWith('keep')) && a === 'on' && doc.w[i + 2] === 'track') return doc.w[i + 3] !== 'for' && doc.w[i + 3] !== 'to' && !stateTask(doc, i + 3, e) && !((x === 'be' || x === 'being') && _trackedNamed(doc, i + 3));
  if (BE.has(x)) return (STATES.has(a) || (a === 'more' && STATES.has(doc.w[i + 2] ?? ''))) && !stateTask(doc, i + 2, e);
  // "keep his head down": keeping out of trouble said another way, no behaviour named (Specific rule 1, as a broad state kept,
  // "stay out of trouble": docs/smart.md, Specific; development labels 1 not specific to 0). "keep his head up", "keep his
  // head still" are left as read, and so is a skill it is kept down in ("when swimming front crawl": {@link skillWhile}).
  if (x.startsWith('keep') && doc.w[i + 2] === 'head' && doc.w[i + 3] === 'down' && _CHILD_POSSESSIVES.has(a)) return !stateTask(doc, i + 4, e) && !skillWhile(doc, i + 4, e);
  // "have a safe and happy lunchtime", "have a calm start to the day": a time had in a broad state, nothing seen done.
  if (HAVE.has(x) && (a === 'a' || a === 'an') && hadState(doc, i + 2, e)) return true;
  // "have a safe space", "have access to a quiet space": a place provided, nothing done there.
  if (HAVE.has(x)) return hadPlace(doc, i + 1, e);
  // "find transitions easier", "find lessons less stressful": how a thing feels, not what the child does.
  if (_FINDING.has(x) && foundState(doc, i + 1, e)) return true;
  // "take responsibility for his hearing aids", "take ownership of his learning": a disposition, what it is for only says where.
  if (TAKING.has(x) && OWNED_STATES.has(a)) return !stateTask(doc, i + 2, e);
  // "speak in class", "talk at nursery": speaking somewhere, nothing said and no count.
  if (SPEAKING.has(x)) return spokenIn(doc, i + 1, e);
  // "settle into Year 7", "fit in": "fit a plug", "fit her hearing aids" are tasks.
  if (SETTLING.has(x)) return !x.startsWith('fit') || a === 'in' || a === 'into';
  // "find something to do", "do something outdoors": the verb's object names nothing.
  return UNNAMED.has(a) && LIGHT.has(x);
}

/** Words of a broad area besides a subject's name ("communication and language skills", "his speech"). */
const BROAD_AREA: ReadonlySet<string> = new Set([..._CHILD_POSSESSIVES, 'skills', 'and', 'communication', 'speech']);

/**
 * Whether the predicate at i (to the segment's end e) is a general standard as the whole aim: progress made ("make expected
 * progress across his GCSE subjects"), a potential reached ("reach her full potential in the EYFS"), an area developed or
 * improved "in line with" age-related expectations or peers, or being on track for exams alone ("be on track for his
 * GCSEs"): Specific rule 1, "reach his potential" names no skill. A figure of the child's is read by the caller
 * (_childFigure), so "make 2 steps of progress" and "on track for a grade 5" are left; a named skill after a colon is its
 * own segment.
 */
function generalStandard(doc: _Doc, i: number, e: number): boolean {
  const x = doc.w[i] ?? '';
  let k = i + 1;
  // Not progress "towards" a named thing ("make progress towards mastery of the pencil grip").
  if (x.startsWith('mak')) {
    const p = doc.w.slice(k, Math.min(e, i + 4)).indexOf('progress');
    return p >= 0 && doc.w[k + p + 1] !== 'towards';
  }
  // "reach her full potential", "fulfil his potential", "achieve potential".
  if (_ATTAINING.has(x) || x.startsWith('fulfil') || x.startsWith('reali')) return doc.w.slice(k, Math.min(e, i + 4)).includes('potential');
  if (BE.has(x) && doc.w[k] === 'on' && doc.w[k + 1] === 'track' && doc.w[k + 2] === 'for') {
    k += 3;
    // "his GCSEs", "the SATs", "his A-levels" (read "a levels").
    while (k < i + 6 && (_CHILD_POSSESSIVES.has(doc.w[k] ?? '') || doc.w[k] === 'the' || doc.w[k] === 'a')) k++;
    return (_SETTING_HEADS.has(doc.w[k] ?? '') || doc.w[k] === 'levels') && standardEnds(doc, k + 1, e);
  }
  if (!x.startsWith('develop') && !x.startsWith('improv')) return false;
  // The area grown is a subject or its skills only ("her language skills"; "her use of capital letters" names a skill).
  for (let j = k; j < e && j < i + 8; j++) {
    if (doc.w[j] !== 'in' || doc.w[j + 1] !== 'line' || doc.w[j + 2] !== 'with') {
      if (!BROAD_AREA.has(doc.w[j] ?? '') && !_SUBJECTS.has(doc.w[j] ?? '')) return false;
      continue;
    }
    return true;
  }
  return false;
}

/** Whether the aim ends at k: the segment's end or its deadline ("on track for his GCSEs by July"). */
function standardEnds(doc: _Doc, k: number, e: number): boolean {
  return k >= e || doc.used[k] !== 0;
}

/** Pronouns before the verb of a skill ("when she swims"). */
const SKILL_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'you']);
/** Verbs after such a pronoun that name no skill ("when he is in lessons", "when she feels cross"). */
const NO_SKILL_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'am', 'was', "'s", 'feels', 'feel', 'gets', 'get', 'goes', 'go', 'comes', 'come']);

/**
 * Whether "when" or "while" and a skill's verb follow in [k, e) ("when swimming front crawl", "while batting", "when she swims
 * breaststroke"): keeping the head down is then a technique of that skill, named (Specific rule 1, a skill within the area).
 */
function skillWhile(doc: _Doc, k: number, e: number): boolean {
  for (let j = k; j < e; j++) {
    if (doc.w[j] !== 'when' && doc.w[j] !== 'while') continue;
    const v = doc.w[j + 1] ?? '';
    if (_endsIng(v) && v !== 'being' && v !== 'feeling' && v !== 'getting') return true;
    if (SKILL_SUBJECTS.has(v) && doc.toks[j + 2]?.kind === 'w' && !NO_SKILL_VERBS.has(doc.w[j + 2] ?? '')) return true;
  }
  return false;
}

/** Words before the setting spoken in ("up", "in", "at the"): no thing said. */
const SPOKEN_LEADS: ReadonlySet<string> = new Set(['up', 'out', 'in', 'at', 'during', 'a', ..._OWNING_DETERMINERS]);

/** Settings of speaking beside {@link _SETTING_HEADS} ("circle time", "assembly", "group time"). */
const SPOKEN_SETTINGS: ReadonlySet<string> = new Set(['circle', 'assembly', 'tutor', 'form', 'registration']);

/**
 * Whether only a setting follows a verb of speaking from k to the clause's end at e ("speak in class", "talk at nursery",
 * "speak up in lessons"), with no deadline inside it: speaking somewhere names no thing said, no one spoken to and no count
 * (the labelling guide, Specific rule 1; Halton Appendix C, "It is clear what will be achieved"), as "talk more at nursery"
 * is a comparative (rule 2). Development labels of speaking or talking in a setting with nothing said: 10 not specific to 3,
 * the 3 each naming what is said, a turn or a count ("answering one question each session"), which this leaves as read.
 */
function spokenIn(doc: _Doc, k: number, e: number): boolean {
  let setting = false;
  for (; k < e; k++) {
    const x = doc.w[k] ?? '';
    // A deadline's words ("by Easter") are passed over, as in foundState: a deadline names no thing said.
    if ((doc.toks[k]?.kind === 'p' && (x === '.' || x === '!')) || doc.used[k] !== 0) continue;
    if (SPOKEN_LEADS.has(x)) continue;
    if (!_SETTING_HEADS.has(x) && !SPOKEN_SETTINGS.has(x) && !(setting && x === 'time')) return false;
    setting = true;
  }
  return setting;
}

/** Whether "for" and a gerund follow in [k, e) ("get into trouble at lunchtime for hitting other children"). */
function forBehaviour(doc: _Doc, k: number, e: number): boolean {
  for (; k < e; k++) if (doc.w[k] === 'for' && _endsIng(doc.w[k + 1] ?? '')) return true;
  return false;
}

/** Words of none or fewer before a count of events ("with no exclusions", "with fewer incidents"). */
const NONE_OR_FEWER: ReadonlySet<string> = new Set(['no', 'fewer', 'less', 'zero', 'reduced']);
/**
 * Events staff count that a behaviour earns or is ("exclusions", "incidents", "detentions", "behaviour points", "late marks",
 * "reds", "call-outs"): _phrases.ts _INCIDENT_NOUNS (sanctions and incidents, as after "not") and the marks and points a
 * behaviour log records (the labelling guide, Settled cases: "no sanctions", "no red cards"; review36b).
 */
const COUNTED_EVENTS: ReadonlySet<string> = new Set([
  ..._INCIDENT_NOUNS, 'meltdown', 'outburst', 'lates', 'fall-outs', 'cards', 'points', 'marks', 'reds', 'yellows', 'call-outs',
  'callouts', 'on-calls', 'warnings', 'strikes', 'logs', 'exits', 'confiscations', 'episodes', 'isolation', 'detention', 'exclusion',
]);
/** Words that end a counted noun's phrase after "no" or "fewer" ("no behaviour points by Easter", "no reds at lunchtime"). */
const COUNT_PHRASE_ENDS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'by', 'for', 'during', 'of', 'with', 'and', 'or', 'every', 'each', 'this', 'a', 'per', 'when', 'while', 'before', 'after', 'until', 'from', 'to']);

/**
 * Whether "no" or "fewer" at j heads a count of events staff count ({@link COUNTED_EVENTS}): the head noun, the last word
 * of the phrase of up to four words after it ("no negative behaviour points", "fewer late marks", "no red cards"), or a
 * counted word second or third as before ("fewer than 2 incidents").
 */
function countedAfter(doc: _Doc, j: number): boolean {
  if (COUNTED_EVENTS.has(doc.w[j + 1] ?? '') || COUNTED_EVENTS.has(doc.w[j + 2] ?? '')) return true;
  let head = '';
  for (let m = j + 1; m <= j + 4 && doc.toks[m]?.kind === 'w' && doc.used[m] === 0 && !COUNT_PHRASE_ENDS.has(doc.w[m] ?? ''); m++) head = doc.w[m] ?? '';
  return COUNTED_EVENTS.has(head);
}

/**
 * Whether a broad state is tied to a checkable task in [k, e): a frequency ("be ready with his PE kit every Monday"), a task
 * after "to" or "enough to" ("feel settled enough to stay in class"), or what is done without help ("be happy to come in
 * without his carer", "stay focused … without adult prompts"). The labelling guide, Measurable rule 1 (a frequency) and
 * Specific rule 5 (a behaviour named); "be ready for his GCSEs", "stay motivated with his course" name none.
 */
function stateTask(doc: _Doc, k: number, e: number): boolean {
  if (_frequency(doc, k, e)) return true;
  for (let j = k; j < e; j++) {
    const x = doc.w[j] ?? '';
    if (x === 'without') return true;
    // "with no exclusions", "with fewer incidents": a count of events the behaviour earns, a stop-behaviour (Specific rule 5;
    // Measurable rule 4), not "with no worries" (review34d).
    if (x === 'with' && NONE_OR_FEWER.has(doc.w[j + 1] ?? '') && countedAfter(doc, j + 1)) return true;
    if (x === 'to' && j <= k + 1 && doingVerb(doc.w[j + 1] ?? '')) return true;
  }
  return false;
}

/** Where the vague predicate of the segment [s, e) opens, after its subject and frame, or -1. */
function vagueClauseAt(doc: _Doc, s: number, e: number): number {
  let i = s;
  if (i < e && doc.toks[i]?.kind === 'w' && FRAME.has(doc.w[i + 1] ?? '') && _childSubject(doc, i)) i++;
  while (i < e && FRAME.has(doc.w[i] ?? '')) i++;
  return i < e && vaguePredicate(doc, i, e) ? i : -1;
}

/**
 * Whether "and" and a verb of a thing the child is seen doing ({@link _DOING}) follow the predicate at `at` in its segment
 * (to `e`): the vague clause stops there, and the joined clause is the outcome ("be part of the choir and sing in the
 * Christmas concert"), as in {@link continuedPart}. Not "and make friends", "and safe" (no such verb).
 */
function joinedOutcome(doc: _Doc, at: number, e: number): boolean {
  // "be more focused and not distract others": a way of working (no feeling) joined to a stop names the behaviour it lacks, read
  // as a stop joined by "and" (docs/smart.md, a stop-behaviour joined by "and": "not after a feeling"; "be calmer and not shout
  // out" stays neither, a feeling).
  const state = doc.w[at + 1] === 'more' ? doc.w[at + 2] : doc.w[at + 1];
  const felt = !BE.has(doc.w[at] ?? '') || _FEELINGS.has(state ?? '');
  // "keep his head down and stay out of trouble": a broad state kept joined names nothing either (Specific rule 1, _outOfBroad).
  for (let k = at + 1; k < e; k++) if (doc.w[k] === 'and' && ((doingVerb(doc.w[k + 1] ?? '') && !_outOfBroad(doc, k + 1, doc.w[k + 1] ?? '')) || (!felt && doc.w[k + 1] === 'not'))) return true;
  return false;
}

/** Whether "by" and a gerund between the predicate at `at` and the anchor at `a` say how it is done ("settle by telling an adult"). */
function doneBy(doc: _Doc, at: number, a: number): boolean {
  for (let k = at + 1; k < a; k++) if (doc.w[k] === 'by' && _endsIng(doc.w[k + 1] ?? '')) return true;
  return false;
}

/**
 * Whether every anchor lies in a clause whose predicate is vague (from the predicate to the clause's end), and the text has
 * no figure of the child's.
 * @param doc - The target's document, after the deadline and measure scans.
 * @param anchors - The specificity anchors.
 * @returns Whether the anchors name only where or with whom a vague outcome is.
 * @example
 * // "Zak to stop getting into trouble." → true; "Teddy will settle at drop-off within 10 minutes on 4 of 5 mornings" → false (a figure).
 */
export function _vagueOutcome(doc: _Doc, anchors: readonly (readonly [number, number])[]): boolean {
  // Whether some vague clause names a thing at all: a figure counts a consequence or a relation ("no more than twice a half
  // term"), never a thing left unnamed ("find something to do 2 times a month": Halton, "It is clear what will be achieved"),
  // unless something is joined to it by "and" ("… and go to football club 2 times a week").
  let named = false;
  for (let k = 0; k < anchors.length; k++) {
    const a = (anchors[k] as readonly [number, number])[0];
    const s = _segmentStart(doc, a);
    const e = _segmentEnd(doc, a);
    const clause = vagueClauseAt(doc, s, e);
    const at = clause >= 0 ? clause : effortAt(doc, s, e);
    // An outcome joined by "and" is read as usual ("be part of the choir and sing in the Christmas concert"): the clubs row of
    // Settled cases, an outcome joined to it is specific. A frequency does not name the unnamed thing done ("Do something fun
    // each week": Barnet, Examples of SMART Outcomes, not "vague, generic").
    if (at < 0 || a < at - 2 || doneBy(doc, at, a) || joinedOutcome(doc, at, e)) return false;
    named = named || !(LIGHT.has(doc.w[at] ?? '') && UNNAMED.has(doc.w[at + 1] ?? '')) || doc.w.slice(at, e).includes('and');
  }
  return anchors.length > 0 && (!named || !_childFigure(doc));
}
