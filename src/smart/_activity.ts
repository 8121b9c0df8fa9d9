/**
 * The activity reading: going to, joining, taking part in or playing for an activity or event, with nothing the child
 * achieves there, is an activity, not an outcome (the labelling guide, Settled cases: "joining or going to a club, team,
 * choir or youth organisation for its activity … with nothing the child achieves there: not specific"; Bradford Council,
 * "SMART Outcomes - Annual Reviews", "What do we mean by goals and outcomes?": "Goals and outcomes are not: Services ...
 * Activities"). A rate of going still measures
 * (the same row), so the stretch is marked like a thing adults arrange ({@link _ARRANGED}): no anchor of its own, its
 * measures standing. An outcome joined to it ("and earn her first badge", "and perform in the club show") is read as usual.
 *
 * The reading is a class, verbs of going or taking part by nouns of activities and events, not wordings:
 * - verbs: attending, joining, going to or on ({@link _JOINING_WORDS}), "take part in", "play for";
 * - objects: a club, team or youth organisation ({@link _ACTIVITY_GROUPS}), a team's fixtures or training, a trip or
 *   residential ({@link EVENTS}), work experience, forest school, and sessions of an activity ("revision sessions", "a
 *   football session at Saturday club"); not a representative side ({@link REPRESENTATIVE}), nor rehearsals (no label).
 * Not the child's own attendance at school, lessons or a course (Settled cases: specific), which name none of these, nor
 * sitting or passing an exam or completing a course.
 */
import { _flag2At, _lacks, _lacks2, _wordFlag2, type _Doc, type _Marks } from './_doc';
import { _capitalised, _endsIng } from './_ends';
import { _HEADING_MARKS, _NUMBER_WORDS, _OWNING_DETERMINERS, _QUALIFICATIONS, _SUBJECTS, _WEEKDAY_PLURALS, _WEEKDAYS, _WISHING_FORMS } from './_phrases';
import { _ACTIVITY_GROUPS, _adultClauseAt, _ARRANGED, _ATTENDED, _ATTENDED_CLUB, _childVerb, _JOINING_WORDS, _PROVISION_TRIGGERS } from './_specific';

/**
 * A school's programme of activities and its shows, taken part in ("take part in enrichment", "take part in the Easter
 * production"): activities (Bradford Council, "SMART Outcomes - Annual Reviews": "Goals and outcomes are not: ...
 * Activities"); a part learnt or performed in one ("learn her lines and perform a speaking part") is an outcome, read as
 * usual. Development labels: taken part in with nothing achieved 2 not specific to 0.
 */
const SHOWS: readonly string[] = ['enrichment', 'production', 'productions'];
/**
 * Events gone to or taken part in, heading their phrase ("the netball team fixtures", "football training", "the Year 8
 * residential", "the school ski trip"). Fixtures and training are a team's own events (the Settled cases' row; development
 * labels 2 to 0 and 3 to 0 not specific). Trips and residentials are activities (Bradford Council, "SMART Outcomes - Annual
 * Reviews": "Goals and outcomes are not: ... Activities"); their development labels lean that way but split (5 not specific
 * to 3, trips 3 to 2), which the reading's low confidence says. Rehearsals (no development label) are left as read.
 */
const EVENTS: ReadonlySet<string> = new Set(['fixture', 'fixtures', 'training', 'trip', 'trips', 'residential', 'residentials', ...SHOWS]);
/**
 * Words naming a representative side ("the county U15 rugby team", "the district squad"): being picked for one is an
 * achievement, like "make the school football team" or "get into the county squad" (labelled specific), not a team joined.
 */
const REPRESENTATIVE: ReadonlySet<string> = new Set(['county', 'district', 'regional', 'region', 'national', 'international', 'england', 'wales', 'scotland', 'gb']);
/** Words that open a clause of the child's after the activity when a clause or verb follows ("where she will…", "while…"). */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['where', 'while', 'whilst']);
/** Activities named in two words: the first word and the head after it ("work experience", "forest school"). */
const PAIRED = new Map([
  ['work', 'experience'],
  ['forest', 'school'],
]);
/** Sessions, which name an activity only when it is named with them ("revision sessions", "a football session at Saturday club"). */
const SESSIONS: ReadonlySet<string> = new Set(['session', 'sessions']);
/**
 * Next steps in education or work gone to or had, named only by their kind ("a careers interview", "the Year 7 transition
 * days", "open evenings", "a taster day", "the options evening"): each as the word that names the kind and the heads it takes
 * ("careers guidance interview": heads may follow one another). Gone to with nothing the child achieves there, nothing is
 * named the child will achieve (the labelling guide, Specific rule 1; Halton PEP Policy 2023-24, Appendix C: "It is clear
 * what will be achieved"). Development labels of the texts read so (recounted outside the sets measured unseen this
 * morning): 7 not specific to 2, both of those 2 ("attend 3 taster days at college in Autumn 1", "the college open evening
 * with his PA") read not specific on other grounds too; with an outcome beside it ("and hand in her options form", "and name
 * 2 adults there") specific (read as usual). A careers fair is not read so: its labels split and it cost a development text.
 */
const NEXT_STEP_EVENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['transition', new Set(['visit', 'visits', 'day', 'days'])],
  ['taster', new Set(['day', 'days', 'session', 'sessions'])],
  ['open', new Set(['day', 'days', 'evening', 'evenings', 'event', 'events'])],
  ['options', new Set(['evening'])],
  ['careers', new Set(['interview', 'guidance', 'advice', 'appointment'])],
]);
/**
 * Verbs that open a next step gone to or had besides the verbs of joining ("have a careers interview", "visit open evenings",
 * "make 3 transition visits", "complete 3 taster sessions"): read with {@link NEXT_STEP_EVENTS} only, not with a club.
 */
const NEXT_STEP_STARTS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'visit', 'visits', 'make', 'makes', 'complete', 'completes']);
/** Words after a head that end its phrase (a time, a place, a rate; "the work experience week"), besides punctuation and numbers. */
const HEAD_AFTER: ReadonlySet<string> = new Set(['week', 'weeks', 'day', 'days', 'every', 'each', 'on', 'at', 'in', 'for', 'after', 'before', 'this', 'next', 'until', 'twice', 'once', 'weekly', 'to', 'and', 'with', 'during', 'from', 'by', 'throughout', 'till', 'when', 'or', 'so']);
/**
 * Words that are no verb ("while in Year 11", "whilst at college", "and every Friday"): the prepositions and words of time of
 * {@link HEAD_AFTER} but "to", which opens a verb ("and to earn her badge"), and the joining words; and a year group's word.
 */
const NOT_VERBS: ReadonlySet<string> = new Set([...HEAD_AFTER].filter((x) => !['to', 'and', 'or', 'so', 'when'].includes(x)).concat(['year', 'yr']));
/** Words that end the object of a verb of going. */
const OBJECT_ENDS: ReadonlySet<string> = new Set(['and', 'or', 'so', 'to', 'then', 'because', 'but', 'where', 'while', 'whilst']);
/** Words that end the whole stretch. */
const STRETCH_ENDS: ReadonlySet<string> = new Set(['.', '\n', ';', '!', '?', ':']);
/** Words of a frame before the verb ("will", "to"), marked with it. */
const FRAME: ReadonlySet<string> = new Set(['will', 'to', 'can', "'ll", 'must', 'should', 'shall', 'be', 'keep']);
/** Words between "and" and a verb that goes on with the activity ("and then", "and will", "and to"). */
const JOINERS: ReadonlySet<string> = new Set(['will', 'to', 'then', 'also']);
/** Verbs that go on with the activity after "and" or a comma: going again, missing sessions of it. */
const GOING_ON: ReadonlySet<string> = new Set(['missing', 'miss', 'misses']);
/**
 * Units a stretch gone to again is counted in besides sessions ("…, attending at least 10 of the 12 weeks", "attended it on 5
 * or more occasions"): after provision or an activity just named, the same provision or activity gone to.
 */
const AGAIN_UNITS: ReadonlySet<string> = new Set(['week', 'weeks', 'time', 'times', 'occasion', 'occasions', 'meeting', 'meetings']);
/** Whether the unit at k is counted ("10 of the 12 weeks", "5 or more occasions"; not a rate, "once a week"). */
function counted(doc: _Doc, k: number): boolean {
  return doc.toks[k - 1]?.kind === 'n' || (wd(doc, k - 1) === 'more' && wd(doc, k - 2) === 'or' && doc.toks[k - 3]?.kind === 'n');
}
/** Marks gone on from after "and" or a comma: provision the child attends, a club, an activity (not provision adults give). */
const GOES_ON_FROM: ReadonlySet<number> = new Set([_ATTENDED, _ATTENDED_CLUB, _ARRANGED]);
/** How many words the object of a verb of going is looked for in. */
const REACH = 8;
/**
 * The words a stretch can start at besides the verbs of joining (which carry the received-provision flag,
 * {@link _PROVISION_TRIGGERS}): "take" (part in), "play" (for), and the verbs going on with an activity ({@link GOING_ON}).
 * At any other word the scan goes on at once.
 */
const OTHER_STARTS: ReadonlySet<string> = new Set(['take', 'takes', 'taking', 'play', 'plays', 'playing', ...GOING_ON, ...NEXT_STEP_STARTS]);
/** The word flag of {@link OTHER_STARTS}: one array read a word. */
const F_OTHER_START = _wordFlag2(OTHER_STARTS);

function wd(doc: _Doc, i: number): string {
  return i < 0 ? '' : (doc.w[i] ?? '');
}

/** Where the object of a verb of going or taking part at i starts, or -1 when the word is none. */
function objectStart(doc: _Doc, i: number): number {
  const x = wd(doc, i);
  const next = wd(doc, i + 1);
  if (_JOINING_WORDS.has(x)) return next === 'to' || next === 'on' ? i + 2 : i + 1;
  if ((x === 'take' || x === 'takes' || x === 'taking') && next === 'part' && wd(doc, i + 2) === 'in') return i + 3;
  if ((x === 'play' || x === 'plays' || x === 'playing') && next === 'for') return i + 2;
  return -1;
}

/** Where the object of a verb opening only a next step ({@link NEXT_STEP_STARTS}) starts ("have been to" read as going), or -1. */
function stepObjectStart(doc: _Doc, i: number): number {
  if (!NEXT_STEP_STARTS.has(wd(doc, i))) return -1;
  return wd(doc, i + 1) === 'been' && wd(doc, i + 2) === 'to' ? i + 3 : i + 1;
}

/**
 * Where a next step named only by its kind ({@link NEXT_STEP_EVENTS}) at k ends: the word of its kind, then its heads, the
 * last of them heading the phrase ("the Year 7 transition days in July", "a careers guidance interview"); its last head, or -1.
 */
function nextStepAt(doc: _Doc, k: number): number {
  const kind = NEXT_STEP_EVENTS.get(wd(doc, k));
  if (kind === undefined || !kind.has(wd(doc, k + 1))) return -1;
  let h = k + 1;
  while (kind.has(wd(doc, h + 1))) h += 1;
  return heads(doc, h) ? h : -1;
}

/**
 * Whether the word at j names the course the step is for ("the Level 2 Plumbing open day", "a taster day for the BTEC
 * Sport course", "the A level Biology taster session"): a qualification ({@link _QUALIFICATIONS}) or a level with its number
 * or letter. The next step is then named (the guide, Specific: the qualification the child will achieve), and read as usual.
 */
function namesCourse(doc: _Doc, j: number): boolean {
  const y = wd(doc, j);
  if (_QUALIFICATIONS.has(y)) return true;
  return y === 'level' && (doc.toks[j + 1]?.kind === 'n' || wd(doc, j - 1) === 'a' || wd(doc, j - 1) === 't');
}

/**
 * Whether the word at k may stand between a verb opening only a next step ({@link NEXT_STEP_STARTS}) and the step: an article,
 * a determiner or possessive ({@link _OWNING_DETERMINERS}), a number or a year group ("have a careers interview", "make 2
 * transition visits", "complete his Year 7 transition days"). Any other word is a thing of its own made or had ("make a
 * poster about the open evening", "have 3 questions ready for the careers interview"), read as usual.
 */
function stepLead(doc: _Doc, k: number): boolean {
  const y = wd(doc, k);
  return y === 'a' || y === 'an' || _OWNING_DETERMINERS.has(y) || doc.toks[k]?.kind === 'n' || _NUMBER_WORDS.has(y) || y === 'year' || /^y\d{1,2}$/.test(y);
}

/**
 * Whether the sentence holding the step gone to from the verb at v (its last head at h, its stretch ending at end) names nothing
 * else the child does: the stretch reaches the sentence's end with no verb of the child's after the step ("and, with his PA,
 * apply for …"), and no verb of the child's, no wish ({@link _WISHING_FORMS}) and no "and" stands before it in the sentence or after
 * its heading ("look at universities and go to an open day"; "I'd like to go to an open day" is the wish row's, read as usual:
 * development labels of a wish to go to an event split, 2 not measurable to 3).
 */
function aloneInSentence(doc: _Doc, v: number, h: number, end: number): boolean {
  if (end < doc.toks.length && !STRETCH_ENDS.has(wd(doc, end))) return false;
  for (let j = h + 1; j < end; j++) if (doc.toks[j]?.kind === 'w' && _childVerb(wd(doc, j))) return false;
  for (let j = v + 1; j < end; j++) if (namesCourse(doc, j)) return false;
  for (let j = v - 1; j >= 0 && !STRETCH_ENDS.has(wd(doc, j)) && !_HEADING_MARKS.has(wd(doc, j)); j--) if (wd(doc, j) === 'and' || _WISHING_FORMS.has(wd(doc, j)) || (doc.toks[j]?.kind === 'w' && _childVerb(wd(doc, j)))) return false;
  return true;
}

/**
 * Whether the word at k heads its phrase: the text or its clause ends after it, or a word of time, place or rate follows (a
 * day of the week too: "attend forest school Weds afternoons"), or "where", "while" or "whilst" ("attend forest school whilst
 * at primary school").
 */
function heads(doc: _Doc, k: number): boolean {
  const next = doc.toks[k + 1];
  return next === undefined || next.kind !== 'w' || HEAD_AFTER.has(wd(doc, k + 1)) || CLAUSE_ENDS.has(wd(doc, k + 1)) || dayAt(doc, k + 1);
}

/** Whether a day of the week, or days, stands at k ("Weds afternoons", "Tuesdays"): a time after the head, ending its phrase. */
function dayAt(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  return _WEEKDAYS.has(x) || _WEEKDAY_PLURALS.has(x);
}

/**
 * What the object of a verb of going names: nothing read, an activity or event, or (from NEXT_STEP on) a next step named only
 * by its kind, NEXT_STEP plus the index of its last head.
 */
const NONE = 0, ACTIVITY = 1, NEXT_STEP = 2;

/**
 * What the object from o names (within {@link REACH} words, before it ends): an activity or event gone to, a next step named
 * only by its kind ({@link nextStepAt}: NEXT_STEP plus its last head), or neither; `again`: after an activity just named, where any sessions are its
 * sessions ("and attend at least 6 of the 8 sessions"); `stepsOnly`: after a verb that opens only a next step ("have").
 */
function activityObject(doc: _Doc, o: number, again: boolean, stepsOnly: boolean): number {
  let sessions = false;
  let named = false;
  for (let k = o; k < o + REACH && k < doc.toks.length; k++) {
    const y = wd(doc, k);
    if (STRETCH_ENDS.has(y) || (OBJECT_ENDS.has(y) && !subjectsJoined(doc, k))) break;
    if (REPRESENTATIVE.has(y)) return NONE;
    const step = nextStepAt(doc, k);
    if (step >= 0) return NEXT_STEP + step;
    if (stepsOnly) {
      if (!stepLead(doc, k)) return NONE;
      continue;
    }
    if ((EVENTS.has(y) || _ACTIVITY_GROUPS.has(y)) && heads(doc, k)) named = true;
    else if (PAIRED.get(y) === wd(doc, k + 1) && heads(doc, k + 1)) named = true;
    else if (SESSIONS.has(y)) sessions = sessions || again || wd(doc, k - 1) === 'revision';
    else if (again && AGAIN_UNITS.has(y) && counted(doc, k)) sessions = true;
    if (named) return ACTIVITY;
  }
  return sessions ? ACTIVITY : NONE;
}

/**
 * Whether "and" or a comma at k joins two school subjects naming the sessions ("the Year 11 maths and science revision
 * sessions", "the maths, English and science revision sessions"), the second with a word of its own before it that is no
 * verb of the child's ("GCSE maths and GCSE science", "maths and computer science"): the object goes on, no clause of the
 * child's opens (the labelling guide, Settled cases: "joining or going to a club, team … a rate of going still measures";
 * docs/smart.md, the activity reading).
 */
function subjectsJoined(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  if ((x !== 'and' && x !== ',') || !_SUBJECTS.has(wd(doc, k - 1))) return false;
  return _SUBJECTS.has(wd(doc, k + 1)) || (doc.toks[k + 1]?.kind === 'w' && !_childVerb(wd(doc, k + 1)) && _SUBJECTS.has(wd(doc, k + 2)));
}

/** Whether the word at j, after "and", "then" or a comma, goes on with the activity (going again, missing sessions). */
function goesOnAt(doc: _Doc, j: number): boolean {
  let v = j;
  while (JOINERS.has(wd(doc, v)) && v < j + 2) v += 1;
  return objectStart(doc, v) >= 0 || GOING_ON.has(wd(doc, v));
}

/**
 * Where the stretch from the verb at i (its object from o) ends: at the sentence's end, or at "and", "then", "so" before
 * anything but going again; at "where", "while" or "whilst" before a clause or verb of the child's ("where she will learn to
 * light a fire"), and at a purpose "to" after the object before a verb ("go to Scouts to earn his camping badge"), as the club
 * reading ends at them (src/smart/_specific.ts, activityEnd).
 */
function stretchEnd(doc: _Doc, i: number, o: number): number {
  const n = doc.toks.length;
  for (let j = i + 1; j < n; j++) {
    const y = wd(doc, j);
    if (STRETCH_ENDS.has(y)) return j;
    if (CLAUSE_ENDS.has(y) && (startsClause(doc, j + 1) || verbAfter(doc, j + 1))) return j;
    if (y === 'to' && j >= o && objectStart(doc, j - 1) < 0 && doc.toks[j]?.hyph !== true && verbAfter(doc, j + 1)) return j;
    if ((y === 'and' || y === 'then' || y === 'so' || y === ',') && !goesOnAt(doc, j + 1) && !subjectsJoined(doc, j)) {
      // A comma before a rate or a time goes on ("…, at least 80% of them, until May"), "and" before no verb too ("for Maths
      // and Science"); before a clause or a verb of the child's they end it.
      // A comma before the child's act in -ing with its object ("…, learning his lines for the part") ends it too.
      if ((y === ',' && !startsClause(doc, j + 1) && !ingAct(doc, j + 1)) || (y === 'and' && !verbAfter(doc, j + 1))) continue;
      return j;
    }
  }
  return n;
}

/** Whether a verb in -ing with its object opens at k ("learning his lines", "writing a review"): the child's act. */
function ingAct(doc: _Doc, k: number): boolean {
  return doc.toks[k]?.kind === 'w' && _endsIng(wd(doc, k)) && LIST_WORDS.has(wd(doc, k + 1));
}

/** Words after "and" that go on with a list, not a verb ("his Maths and the Science sessions"). */
const LIST_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my']);

/**
 * Whether a verb of the child's may follow "and" at k ("and earn her first badge", "and sing in the concert"): anything but a
 * capitalised word, a number or a determiner, which go on with a list ("for Maths and Science").
 */
function verbAfter(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || t.kind !== 'w') return false;
  return !LIST_WORDS.has(wd(doc, k)) && !NOT_VERBS.has(wd(doc, k)) && !_capitalised(t.raw);
}

/** Whether a clause of its own opens at k: a verb frame within three words ("carer to confirm", "she will"), or "and"/"so". */
function startsClause(doc: _Doc, k: number): boolean {
  for (let j = k; j < k + 3 && j < doc.toks.length; j++) {
    const y = wd(doc, j);
    if (y === 'will' || y === 'to' || y === 'and' || y === 'so' || y === 'should' || y === 'must') return true;
  }
  return false;
}

/**
 * Whether the verb at i goes on with an activity marked just before it ("join the chess club and attend at least 6 of the 8
 * sessions", "go to Brownies every Tuesday, missing no more than 2 sessions"): the same activity, gone to again.
 */
function continues(doc: _Doc, i: number, provision: _Marks): boolean {
  let j = i - 1;
  while (j > i - 3 && JOINERS.has(wd(doc, j))) j -= 1;
  const y = wd(doc, j);
  // After an activity, or provision the child attends or completes ("complete the 12-week Prince's Trust Team programme,
  // attending at least 10 of the 12 weeks"; the labelling guide, Settled cases: attending a group, service or club, "a stated
  // rate or frequency of attending still measures").
  const mark = provision[j - 1] ?? 0;
  // Missing sessions goes on only from an activity or a club ("go to Brownies every Tuesday, missing no more than 2
  // sessions"): after provision the child attends, "and miss 0 appointments" is a target of its own (the labelling guide,
  // Settled cases: "an outcome joined to it … is specific").
  if (GOING_ON.has(wd(doc, i)) && mark !== _ARRANGED && mark !== _ATTENDED_CLUB) return false;
  return (y === 'and' || y === ',') && GOES_ON_FROM.has(mark);
}

/**
 * Marks each stretch where the child goes to, joins, takes part in or plays for an activity or event (see the module's
 * comment) as {@link _ARRANGED}, where nothing else has marked it; returns whether it marked any.
 * @example
 * const doc = _buildDoc('Kai to play for the U14 netball team in at least 3 fixtures', ops);
 * _activityClauses(doc, provision); //=> true: "to play for … fixtures" is an activity, its measures standing
 */
export function _activityClauses(doc: _Doc, provision: _Marks): boolean {
  let any = false;
  const n = doc.toks.length;
  doc.ops.n += n;
  const flags = doc.flags;
  const joining = _PROVISION_TRIGGERS.received;
  // A clause opens only at a word of either flag: a text with none of them has none (its steps are counted all the same).
  if (_lacks(doc, joining) && _lacks2(doc, F_OTHER_START)) return false;
  let stepChecked = -1;
  for (let i = 0; i < n; i++) {
    if (provision[i] !== 0 || (((flags[i] as number) & joining) === 0 && !_flag2At(doc, i, F_OTHER_START))) continue;
    const stepsOnly = NEXT_STEP_STARTS.has(wd(doc, i));
    const o = stepsOnly ? stepObjectStart(doc, i) : objectStart(doc, i);
    const again = continues(doc, i, provision);
    const read = o >= 0 ? activityObject(doc, o, again, stepsOnly) : again && GOING_ON.has(wd(doc, i)) ? ACTIVITY : NONE;
    if (read === NONE) continue;
    const end = stretchEnd(doc, i, o >= 0 ? o : i + 1);
    // A next step named only by its kind is read so only alone in its sentence: an outcome beside it ("and meet his form
    // tutor", "and come away with an action plan") may name what is achieved there in words no list knows. Read once for
    // the stretches that end where one already read ends: a second step there is not alone (each text read in linear time).
    if (read >= NEXT_STEP) {
      if (end === stepChecked) continue;
      stepChecked = end;
      if (!aloneInSentence(doc, i, read - NEXT_STEP, end)) continue;
    }
    // The frame is the activity's only when nothing of the child's follows it: "will attend forest school and use a tool
    // safely" keeps "will" for the outcome joined, read on its anchors.
    let v = i;
    if (end >= doc.toks.length || STRETCH_ENDS.has(wd(doc, end)) || _adultClauseAt(doc, end)) while (v > 0 && FRAME.has(wd(doc, v - 1)) && v > i - 3) v -= 1;
    for (let j = v; j < end; j++) if (provision[j] === 0) provision[j] = _ARRANGED;
    any = true;
    i = end;
  }
  return any;
}

/** {@link nextStepAt}, for a heading naming a next step (_nextStep.ts): its last head at k, or -1. */
export const _nextStepAt = nextStepAt;

/** {@link stretchEnd}, for the service reading (_serviceSessions.ts): where a stretch gone to ends. */
export const _stretchEnd = stretchEnd;
