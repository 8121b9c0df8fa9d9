/**
 * A service's sessions attended as the whole target ("Lily to attend ELSA sessions on Tuesdays", "Kieran will attend his
 * sessions with the drug and alcohol worker every week", "access Forest School sessions weekly"): the labelling guide,
 * Specific rule 4, "Adult provision with no child outcome is not specific" ("attend Lego therapy once a week"), and Settled
 * cases, "attending a group, service, club run for the child or tuition: not specific (S rule 4: provision); a stated rate
 * or frequency of attending still measures".
 *
 * Read from the structure, for Specific only (the provision marks, and so Measurable and Time-bound, are left as they are):
 * a verb of the child's going ({@link GOING_VERBS}: attending, accessing, going to, joining in with) whose object is sessions
 * of a service ({@link serviceObject}), when every anchor the specificity scan found lies in that verb, its frame or its
 * object, or in how often it is gone to ("…, missing no more than one"), and nothing the child will achieve follows in its
 * stretch (the activity reading's end, {@link _stretchEnd}: a purpose "to", "so", "and" with a verb of the child's).
 *
 * Sessions are a service's when named by provision ({@link SERVICE_WORDS}: "counselling sessions", "his tutoring
 * sessions"), by who gives them ({@link PROVIDERS}: "ELSA sessions", "CAMHS sessions", "sessions with the school
 * counsellor") or by a named programme of provision ((_namedProvisionAt): "Forest School sessions", "Thrive sessions").
 * Not the child's own schooling or a course (Settled cases: the child's own attendance at school or lessons is specific):
 * "college sessions", "her Level 2 Animal Care sessions", "Sixth Form sessions", "English sessions" name no service; not a
 * one-off event gone to ({@link ONE_OFF}: "a taster session", "the induction session"). Capital letters decide nothing.
 */
import { _lacks, type _Doc } from './_doc';
import { _stretchEnd } from './_activity';
import { _ADULT_HEADS, _ADULT_JOBS, _CHILD_POSSESSIVES, _EARLY_SETTINGS, _HOUR_UNITS, _namedProvisionAt, _NUMBER_WORDS, _SERVICE_WORDS, _goingForms, _HOW_OFTEN_RATES, _PROVISION_NOUNS } from './_phrases';
import { _capitalised } from './_ends';
import { _BROAD_SCREENS } from './_screening';
import { _childVerb, _CONTINUING, _FRAME_WORDS, _PROVISION_TRIGGERS, _SUBJECT_PRONOUNS } from './_specific';

function wd(doc: _Doc, i: number): string {
  return i < 0 ? '' : (doc.w[i] ?? '');
}

/** Verbs of the child's going to provision, the object read after them (after "to" for going, "in with" for joining). */
const GOING_VERBS: ReadonlySet<string> = _goingForms('attend', 'access', 'go', 'join');
/**
 * Verbs of visiting, read as going to a service only with a recurring rate in the sentence ("visit the school nurse weekly":
 * the provision row of the Settled cases, a service gone to at a rate); a single visit ("visit the GP by March") is a one-off
 * event (Specific rule 4: "a one-off event … is not read this way").
 */
const VISITING: ReadonlySet<string> = _goingForms('visit');
/** Words before "visit" that make it a verb: a frame ({@link _FRAME_WORDS}: "to visit", "will visit", "is visiting") or a join ("and visit"). */
const VISIT_FRAMES: ReadonlySet<string> = new Set([..._FRAME_WORDS, 'and', 'also', 'then']);
/** Words after "visit" or "visits" that make it a noun ("visits from her social worker", "a visit to the GP"). */
const VISIT_NOUN_AFTER: ReadonlySet<string> = new Set(['to', 'from', 'by', 'with', 'of', 'for', 'in', 'at']);

/**
 * Whether "visit" at i is the verb of going to a service at a recurring rate ({@link VISITING}, {@link RECURRING} after it): after a frame or opening the
 * text, a sentence or a part ("Visit the school nurse weekly", "Ruby will visit the school nurse weekly"), not a noun ("a visit
 * from the school nurse", "regular visits from her social worker": Measurable rule 5, visits neither named nor counted).
 */
function visitingAt(doc: _Doc, i: number): boolean {
  if (!VISITING.has(wd(doc, i)) || VISIT_NOUN_AFTER.has(wd(doc, i + 1))) return false;
  // "Ruby visits the school nurse weekly", "she visits …": the child named or a pronoun just before "visits" is its subject.
  const subject = wd(doc, i) === 'visits' && i > 0 && doc.toks[i - 1]?.kind === 'w' && (_capitalised(doc.toks[i - 1]?.raw ?? '') || _SUBJECT_PRONOUNS.has(wd(doc, i - 1)));
  if (!(i === 0 || doc.toks[i - 1]?.kind === 'p' || VISIT_FRAMES.has(wd(doc, i - 1)) || subject)) return false;
  // The rate within VISIT_RATE_REACH words after the verb, in its sentence (bounded: each "visit" reads at most so many).
  for (let j = i + 1; j < doc.toks.length && j <= i + VISIT_RATE_REACH && !SENTENCE_ENDS.has(wd(doc, j)); j++) if (RECURRING.has(wd(doc, j))) return true;
  return false;
}

/** Words read after "visit" for its recurring rate ({@link visitingAt}). */
const VISIT_RATE_REACH = 12;
/**
 * The first characters of the verbs of {@link VISITING} ("v"), made at load: a word opening with another is passed over with
 * one read of its first character, no look-up of the word (no word flag is free for these verbs: docs/smart.md, the speed rounds).
 */
const VISIT_FIRSTS: Uint8Array = ((): Uint8Array => {
  const firsts = new Uint8Array(128);
  for (const x of VISITING) firsts[x.charCodeAt(0) & 127] = 1;
  return firsts;
})();
/** Whether the word at k opens with one of {@link VISIT_FIRSTS}, the one test made before {@link VISITING}'s look-up. */
function visitFirstAt(doc: _Doc, k: number): boolean {
  return VISIT_FIRSTS[wd(doc, k).charCodeAt(0) & 127] === 1;
}
/** Whether a verb of {@link VISITING} stands in the text (one pass; read only when no verb of receiving does). */
function visitIn(doc: _Doc): boolean {
  for (let k = 0; k < doc.toks.length; k++) if (visitFirstAt(doc, k) && VISITING.has(wd(doc, k))) return true;
  return false;
}
/** {@link GOING_VERBS}: the child's verbs of going to sessions or a setting (_provisionRate.ts reads its attending ones). */
export const _GOING_VERBS: ReadonlySet<string> = GOING_VERBS;
/** Words of a frame before the verb ("will", "to", "continue to"), read with it. */
const FRAME: ReadonlySet<string> = new Set(['will', 'to', "'ll", 'shall', 'must', 'should', 'can', 'continue', 'continues', 'keep', 'also', 'then', 'be']);
/**
 * Words before the sessions that say which or how many of them are gone to ("all 8 of her remaining", "at least 6 of the",
 * "her weekly"): a rate of attending, not what the sessions are.
 */
const RATE_LEAD: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'my', 'all', 'every', 'each', 'of', 'out', 'at', 'least', 'both', 'remaining', 'regular',
  'weekly', 'fortnightly', 'daily', 'monthly', 'termly', 'planned', 'booked', 'arranged', 'offered', 'further', 'next', 'first', 'last',
]);
/** Provision nouns that name a service ({@link _SERVICE_WORDS}). */
const SERVICE_WORDS = _SERVICE_WORDS;
/**
 * Adults and agencies who give sessions ({@link _ADULT_HEADS}, {@link _ADULT_JOBS}, and the people among the adult subjects:
 * "ELSA sessions", "CAMHS sessions", "sessions with his mentor", "the young people's drug and alcohol service"). Not a
 * school, college or class (the child's own schooling), nor family or carers (time with them is no service).
 */
const PROVIDERS: ReadonlySet<string> = new Set([
  ..._ADULT_HEADS, ..._ADULT_JOBS,
  'mentor', 'mentors', 'tutor', 'tutors', 'keyworker', 'worker', 'workers', 'sw', 'pa', 'ta', 'tas', 'hlta', 'senco', 'adult', 'service', 'services', 'yot', 'yjs',
]);
/**
 * What a move to a new school or class runs for the child, after "transition" ("the Year 7 transition days", "two transition
 * visits", "his transition sessions"): days, visits and sessions the new school holds for the child, a service gone to (the
 * labelling guide, Settled cases: attending a group, service, club run for the child; development labels of such days or
 * visits gone to with nothing achieved there: 4 not specific to 0). What the child does there ("and meet his form tutor",
 * "and find her form room") is an outcome, read as usual.
 */
const TRANSITION_HEADS: ReadonlySet<string> = new Set(['day', 'days', 'visit', 'visits', 'morning', 'mornings', 'afternoon', 'afternoons', 'session', 'sessions']);
/** Words before the figure of a setting's hours ("for her 15 hours", "his 15 funded hours"). */
const HOURS_LEAD: ReadonlySet<string> = new Set(['for', ..._CHILD_POSSESSIVES]);

/**
 * Where the hours of an early years setting named at k end ("nursery for her 15 hrs", "Little Acorns nursery for his 15
 * funded hours", "pre-school 15 hrs"), or -1: the place the child is given, in the hours funded for it, is provision (the
 * labelling guide, Specific rule 4; Settled cases: attending a service run for the child; development labels of a setting
 * gone to for its hours alone: 4 not specific to 1). Not a share of them ("12 of his 15 funded hours", "all 5 sessions of
 * his 15 hours", "her full 15 hours": the child's own attendance, specific), nor days or sessions ("nursery 3 days a week").
 */
function settingHours(doc: _Doc, k: number): number {
  const y = wd(doc, k);
  let j = k + 1;
  if (y === 'pre' && wd(doc, k + 1) === 'school' && doc.toks[k + 1]?.hyph === true) j = k + 2;
  else if (!_EARLY_SETTINGS.has(y)) return -1;
  while (j < k + 4 && HOURS_LEAD.has(wd(doc, j))) j += 1;
  if (doc.toks[j]?.kind !== 'n' && !_NUMBER_WORDS.has(wd(doc, j))) return -1;
  j += 1;
  if (wd(doc, j) === 'funded') j += 1;
  return _HOUR_UNITS.has(wd(doc, j)) && wd(doc, j + 1) !== 'of' ? j + 1 : -1;
}

/**
 * Words of a one-off event, a course or a club: sessions so named are an event gone to, the child's own lessons, or a club's
 * (the Settled cases' clubs row decides those).
 */
const ONE_OFF: ReadonlySet<string> = new Set(['taster', 'tasters', 'induction', 'open', 'trial', 'interview', 'level', 'entry', 'gcse', 'gcses', 'btec', 'course', 'courses', 'exam', 'exams', 'club', 'clubs']);
/**
 * Words of the child's own schooling, a course or a placement before the sessions ("her college sessions", "Sixth Form
 * sessions", "his Year 11 sessions", "class sessions"): sessions so named are the child's own attendance (Settled cases: the
 * child's own attendance at school or lessons is specific), whoever they are "with" (a tutor there is the school's).
 * Read only before "sessions with …", so "sessions with the school counsellor" and "Forest School sessions" still name a service.
 */
const SCHOOLING: ReadonlySet<string> = new Set(['college', 'sixth', 'form', 'school', 'class', 'classes', 'lesson', 'lessons', 'apprenticeship', 'placement', 'pru', 'nursery']);
/**
 * The child's own school or college staff named by their role there ("form tutor", "personal tutor", "careers adviser"): no
 * giver of a service (Specific rule 4 reads provision run for the child, not the school's own teaching or guidance).
 */
const OWN_STAFF: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['tutor', new Set(['form', 'personal'])],
  ['tutors', new Set(['form', 'personal'])],
  ['adviser', new Set(['careers'])],
  ['advisor', new Set(['careers'])],
]);
/**
 * Words of a recurring rate ("every week", "weekly", "twice a week", "on Tuesdays"): a singular session with one is a service
 * gone to again and again; with none, or with a single day ("on 4 March"), it is a one-off event (Specific rule 4: "a one-off
 * event … is not read this way"; Settled cases, the clubs row: "the careers talk on Tuesday" is an event gone to).
 */
const RECURRING: ReadonlySet<string> = new Set([
  ..._HOW_OFTEN_RATES, 'week', 'weeks', 'regular', 'regularly',
  'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'weekends', 'mornings', 'afternoons', 'lunchtimes', 'evenings',
]);

/** Whether the words from o to k name the child's own schooling ({@link SCHOOLING}, or "year" with its number). */
function schoolingBefore(doc: _Doc, o: number, k: number): boolean {
  for (let j = o; j < k; j++) {
    const y = wd(doc, j);
    if (SCHOOLING.has(y) || (y === 'year' && (doc.toks[j + 1]?.kind === 'n' || _NUMBER_WORDS.has(wd(doc, j + 1))))) return true;
  }
  return false;
}

/** Whether the sentence holding the singular session at k says a recurring rate ({@link RECURRING}), before or after it. */
function recurring(doc: _Doc, k: number): boolean {
  let a = k;
  while (a > 0 && !SENTENCE_ENDS.has(wd(doc, a - 1))) a -= 1;
  for (let j = a; j < doc.toks.length && !SENTENCE_ENDS.has(wd(doc, j)); j++) if (RECURRING.has(wd(doc, j))) return true;
  return false;
}

/** Verbs going on with the provision gone to ("…, missing no more than one", "and not miss more than 2"). */
const MISSING: ReadonlySet<string> = new Set(['missing', 'miss', 'misses']);
/** Marks that end a sentence, where a stretch gone to ends with nothing after it. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '\n', ';', '!', '?', ':']);
/** How many words the object is read in. */
const REACH = 9;

/** The length of the named programme of provision at k (_namedProvisionAt), or 0. */
function namedAt(doc: _Doc, k: number): number {
  return _namedProvisionAt((j) => wd(doc, j), k);
}

/** Where the object of the verb at i opens ("attend X", "go to X", "go on X", "join in with X"), or -1. */
function objectStart(doc: _Doc, i: number): number {
  const x = wd(doc, i);
  if (x === 'go' || x === 'goes' || x === 'going') return wd(doc, i + 1) === 'to' || wd(doc, i + 1) === 'on' ? i + 2 : -1;
  if (x === 'join' || x === 'joins' || x === 'joining') return wd(doc, i + 1) === 'in' && wd(doc, i + 2) === 'with' ? i + 3 : -1;
  return i + 1;
}

/** Whether the word at k stands in a word of its phrase (a word, or a number in a count: "all 8 of", "6 of the 8"). */
function inPhrase(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  return t !== undefined && (t.kind === 'w' || t.kind === 'n' || (t.kind === 'p' && wd(doc, k) === "'s"));
}

/** Words after an object that end it: a place, a time, a rate ("at college", "on Tuesdays", "every week", "for 6 weeks"). */
const OBJECT_AFTER: ReadonlySet<string> = new Set(['at', 'on', 'in', 'every', 'each', 'weekly', 'fortnightly', 'daily', 'once', 'twice', 'for', 'this', 'next', 'until', 'till', 'over', 'during', 'by', 'before', 'after', 'from', 'throughout', 'to', 'so', 'then', 'with']);

/**
 * Where the object of a service's sessions from o ends (past the sessions, and past "with" and the adult who gives them),
 * or -1 when it names none ({@link _serviceAttendedOnly}).
 */
function serviceObject(doc: _Doc, o: number): number {
  let k = o;
  while (k < o + REACH && (RATE_LEAD.has(wd(doc, k)) || doc.toks[k]?.kind === 'n' || _NUMBER_WORDS.has(wd(doc, k)))) k += 1;
  let service = false;
  for (; k < o + REACH && inPhrase(doc, k); k++) {
    const y = wd(doc, k);
    if (ONE_OFF.has(y)) return -1;
    // "nursery for her 15 hrs": the setting's funded hours, a place given (settingHours).
    const hours = settingHours(doc, k);
    if (hours >= 0) return hours;
    // "the Year 7 transition days", "two transition visits": what the new school runs for the child (TRANSITION_HEADS).
    if (y === 'transition' && TRANSITION_HEADS.has(wd(doc, k + 1)) && (!inPhrase(doc, k + 2) || OBJECT_AFTER.has(wd(doc, k + 2)))) return k + 2;
    if (y === 'session' || y === 'sessions') {
      // A singular session with no recurring rate: a one-off event gone to ("the careers session on 4 March").
      if (y === 'session' && !recurring(doc, k)) return -1;
      if (wd(doc, k + 1) !== 'with') return service ? k + 1 : -1;
      // The child's own schooling before "sessions with …" ("her college sessions with her personal tutor"): no service.
      if (schoolingBefore(doc, o, k)) return -1;
      // "sessions with the school counsellor", "with the young people's drug and alcohol service": the adult who gives them.
      // The phrase ends at its head, the first word of an adult not followed by another ("his YJS worker and complete …").
      for (let j = k + 2; j < k + 9 && inPhrase(doc, j) && !(j > k + 2 && OBJECT_AFTER.has(wd(doc, j))); j++) {
        if (!PROVIDERS.has(wd(doc, j)) || PROVIDERS.has(wd(doc, j + 1))) continue;
        // The child's own staff ("her form tutor", "the careers adviser"): no giver of a service.
        if (OWN_STAFF.get(wd(doc, j))?.has(wd(doc, j - 1)) === true) return service ? k + 1 : -1;
        return j + 1;
      }
      return service ? k + 1 : -1;
    }
    // A service alone heading the object ("to attend CAMHS", "access Forest School weekly", "Attend Stay and Play at the hub").
    if (service && OBJECT_AFTER.has(y)) return k;
    const named = namedAt(doc, k);
    if (named > 0) {
      service = true;
      k += named - 1;
    } else if (SERVICE_WORDS.has(y) || PROVIDERS.has(y)) service = true;
    else if (service) return -1;
  }
  return service && k > o && !inPhrase(doc, k) ? k : -1;
}

/**
 * {@link GOING_VERBS} of accessing and attending ("access", "accessing", "attend"): read as going with a service's sessions
 * ({@link _sessionsAccessed}; "Attend ELSA sessions weekly", where "ELSA" would otherwise read as an adult providing).
 */
const ACCESS_VERBS: ReadonlySet<string> = new Set([...GOING_VERBS].filter((x) => x.startsWith('access') || x.startsWith('attend')));

/**
 * Whether the verb of accessing at v has a service's sessions as its object ("Buddy to access Forest School sessions weekly",
 * "Sophie to access play therapy (PP+) weekly"): the child goes to them, as with "attend" (the labelling guide, Specific rule 4
 * names "access Forest School sessions weekly" among the verbs of going, and "it changes Specific only, so a rate of going
 * still measures"; development labels x056, y19-102, y49-032 measurable, none of "access" a service's sessions at a rate
 * not). Not after "continue" or "keep" (u075, x024: a process), and not a setting's funded hours or place ("access his 30
 * hours", "access her 15 hrs funded place": {@link settingHours}, a quantity of provision). Bounded: reads at most
 * {@link REACH} words.
 */
export function _sessionsAccessed(doc: _Doc, v: number): boolean {
  if (!ACCESS_VERBS.has(wd(doc, v))) return false;
  // "continue to access", "keep accessing", "carry on accessing" (_specific.ts' verbs of continuing; "carry on" and "keep on"
  // read as two words): a process, not going at a rate.
  const c = wd(doc, v - 1) === 'to' || wd(doc, v - 1) === 'on' ? v - 2 : v - 1;
  if (_CONTINUING.has(wd(doc, c)) && (wd(doc, v - 1) !== 'on' || !wd(doc, c).startsWith('continu'))) return false;
  const end = serviceObject(doc, v + 1);
  if (end < 0) return false;
  for (let k = v + 1; k < end; k++) if (_HOUR_UNITS.has(wd(doc, k)) || wd(doc, k) === 'funded' || wd(doc, k) === 'place') return false;
  return true;
}

/**
 * Whether every anchor of the specificity scan names only a service's sessions gone to (see the module's comment): the verb of
 * going with its frame, the object, or how often it is gone to.
 * @param doc - The target's words.
 * @param anchors - The anchors found (token spans).
 * @returns True when the text names no outcome of the child's besides going to a service.
 * @example
 * _serviceAttendedOnly(doc('Lily to attend ELSA sessions on Tuesdays.'), anchors); //=> true
 * _serviceAttendedOnly(doc('Sam to attend Thrive sessions to learn to name 4 feelings.'), anchors); //=> false
 */
export function _serviceAttendedOnly(doc: _Doc, anchors: readonly (readonly [number, number])[]): boolean {
  if (anchors.length === 0 || (_lacks(doc, _PROVISION_TRIGGERS.received) && !visitIn(doc))) return false;
  const n = doc.toks.length;
  // Each anchor must be covered by some stretch: counted down as stretches are found.
  let covered = 0;
  const done = new Uint8Array(anchors.length);
  // The sessions named again in a sentence of their own with no verb ("… to attend Place2Be. Sessions every Thursday P3"):
  // the provision's timetable (Settled cases, the clubs row: "ELSA sessions on Tuesdays." with no verb of going), counted
  // only with a service gone to (the loop below returns only then).
  for (let a = 0; a < anchors.length; a++) {
    const [s, e] = anchors[a] as readonly [number, number];
    // "Attendance." alone as a sentence of its own is a placeholder (Specific rule 6: "Attendance." is not specific).
    const lone = e === s + 1 && wd(doc, s) === 'attendance' && (s + 1 >= doc.toks.length || SENTENCE_ENDS.has(wd(doc, s + 1)));
    if (e === s + 1 && (wd(doc, s) === 'sessions' || wd(doc, s) === 'session' || lone) && s > 0 && SENTENCE_ENDS.has(wd(doc, s - 1)) && verbless(doc, s)) {
      done[a] = 1;
      covered += 1;
    }
  }
  for (let i = 0; i < n; i++) {
    if (!GOING_VERBS.has(wd(doc, i)) && !(visitFirstAt(doc, i) && visitingAt(doc, i))) continue;
    const o = objectStart(doc, i);
    if (o < 0) continue;
    const objectEnd = serviceObject(doc, o);
    if (objectEnd < 0) continue;
    const end = _stretchEnd(doc, objectEnd - 1, objectEnd);
    // The service's own measure after it ("and rate her mood 6/10 or above", "and score 2 points lower on her CORE-10"): the
    // service's, read to the sentence's end (serviceMeasureEnd).
    let measured = end < n && !SENTENCE_ENDS.has(wd(doc, end)) ? serviceMeasureEnd(doc, end) : -1;
    let stop = end;
    // Something else of the child's follows in the sentence (a purpose "to", "so", "and" with a verb): an outcome, read as usual.
    if (end < n && !SENTENCE_ENDS.has(wd(doc, end)) && measured < 0) return false;
    let v = i;
    while (v > 0 && v > i - 3 && FRAME.has(wd(doc, v - 1))) v -= 1;
    let missing = n;
    for (let j = objectEnd; j < end; j++) {
      if (MISSING.has(wd(doc, j))) {
        missing = j;
        break;
      }
      // A verb of the child's after the object ("and by the last session name 3 things"): an outcome the scan may not know,
      // unless it opens the service's own measure ("and, in her own words, rate her mood 6/10").
      const y = doc.toks[j]?.kind === 'w' ? wd(doc, j) : '';
      const verb = y !== '' && _childVerb(y);
      if (verb || RATING.has(y) || MEASURE_VERBS.has(y)) {
        measured = serviceMeasureEnd(doc, j);
        if (measured >= 0) {
          stop = j;
          break;
        }
        if (verb) return false;
      }
    }
    for (let a = 0; a < anchors.length; a++) {
      if (done[a] === 1) continue;
      const [s, e] = anchors[a] as readonly [number, number];
      if (s >= v && e <= objectEnd) done[a] = 1;
      else if (s > missing && e <= stop) done[a] = 1;
      else if (measured >= 0 && s >= objectEnd && e <= measured) done[a] = 1;
      else continue;
      covered += 1;
    }
    if (covered === anchors.length) return true;
    i = Math.max(i, Math.max(end, measured) - 1);
  }
  return false;
}

/** Verbs of the child rating a feeling in the service's sessions ("rate her mood"), and what is rated. */
const RATING: ReadonlySet<string> = new Set(['rate', 'rates']);
const RATED: ReadonlySet<string> = new Set(['mood', 'moods', 'wellbeing', 'feelings', 'anxiety', 'worry', 'worries']);
/** Verbs of filling in or scoring on a service's measure ("complete the SDQ self-report", "score lower on her CORE-10"). */
const MEASURE_VERBS: ReadonlySet<string> = new Set(['complete', 'completes', 'fill', 'do', 'score', 'scores']);
/** A service's measures: broad screens and session scales ("SDQ", "CORE-10", "Boxall", "self-report", "the session scale"). */
const SERVICE_MEASURES: ReadonlySet<string> = new Set([..._BROAD_SCREENS, 'core', 'self', 'questionnaire', 'scale']);
/** Words passed over before the measure's verb: joining words and an aside of the child's voice ("and, in her own words,"). */
const MEASURE_LEAD: ReadonlySet<string> = new Set(['and', ',', 'then', 'in', ..._CHILD_POSSESSIVES, 'own', 'words', 'will', 'to']);
/** How many words the measure's verb and its object are looked for in. */
const MEASURE_REACH = 7;

/**
 * Where the service's own measure opening at k ends (the sentence's end), or -1: after the service gone to, the child rating a
 * feeling in its sessions ("and rate her mood 6/10 or above on 3 of 4 weeks") or filling in or scoring on its measure, a broad
 * screen or the session scale ("and complete the SDQ self-report again in April", "and score 2 points lower on her CORE-10").
 * The service measures itself: nothing of the child's is named beyond going (the labelling guide, Specific rules 4 and 7;
 * development labels of a service gone to with its own measure after it: 7 not specific to 0). A further act of the child's
 * after it ("… and name 2 coping strategies") is an outcome, read as usual.
 */
function serviceMeasureEnd(doc: _Doc, k: number): number {
  let v = k;
  while (v < k + 8 && MEASURE_LEAD.has(wd(doc, v))) v += 1;
  const y = wd(doc, v);
  let found = false;
  for (let j = v + 1; j <= v + MEASURE_REACH && inPhrase(doc, j) && !found; j++) {
    const x = wd(doc, j);
    found = RATING.has(y) ? RATED.has(x) : MEASURE_VERBS.has(y) && SERVICE_MEASURES.has(x) && (x !== 'core' || doc.toks[j + 1]?.kind === 'n') && (x !== 'self' || wd(doc, j + 1) === 'report');
  }
  if (!found) return -1;
  let j = v + 1;
  for (; j < doc.toks.length && !SENTENCE_ENDS.has(wd(doc, j)); j++) {
    // A further act of the child's joined after the measure ("and name 2 things", ", then tell her carer", "so she can tell"):
    // an outcome.
    const x = wd(doc, j);
    if (x === 'then' || x === 'so' || (x === 'and' && doc.toks[j + 1]?.kind === 'w' && _childVerb(wd(doc, j + 1)))) return -1;
  }
  return j;
}

/** Whether the sentence from k has no verb of the child's and no verb frame ("Sessions every Thursday P3"). */
function verbless(doc: _Doc, k: number): boolean {
  for (let j = k; j < doc.toks.length && !SENTENCE_ENDS.has(wd(doc, j)); j++) {
    const y = wd(doc, j);
    if (FRAME.has(y) || (doc.toks[j]?.kind === 'w' && _childVerb(y))) return false;
  }
  return true;
}
