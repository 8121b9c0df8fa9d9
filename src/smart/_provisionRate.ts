/**
 * A rate or quantity of provision with no result of the child's: "Home tutor 5 hours per week (PP+)", "TA 10 mins daily",
 * "Lexia 3x a week. Retest in July", "SW and DT to meet fortnightly", "Phonics - daily.", "Mihai to have 1:1 reading with TA
 * three times a week", "Leo to access his 30 hours". How often or how much adults give is no measure of the child's success
 * (the labelling guide, Measurable rule 6: "a quantity of provision ('5 hours of TA support') rather than of the child's
 * success"; Bradford Council, SMART Outcomes - Annual Reviews: "Goals and outcomes are not: Services ... Resources (e.g. 5
 * hours of TA support)"). Read only when every measure of the text is such a rate or quantity, its sentence has no act of the
 * child's but receiving the provision (have, access, receive, continue), and no other figure of the child's stands in the text
 * ("Lexia 3x a week - reach level 5 by July" still measures). A rate of the child's attending ("Lola to attend Lego therapy
 * once a week", "go to football club every Tuesday") is left to the Settled cases row ("a stated rate or frequency of
 * attending still measures"): attending is an act of the child's here.
 */
import { _flag2At, _flag3At, _wordFlag2, _wordFlag3, type _Doc, type _Marks } from './_doc';
import { _ACCESSING, _ADULT_SUBJECTS, _CHILD_ROLE_WORDS, _DURATION_UNITS, _EARLY_SETTINGS, _HOUR_UNITS, _NUMBER_WORDS, _OCCASIONS, _RECEIVING, _VISIT_NOUNS, _WEEKDAY_PLURALS } from './_phrases';
import { _F2_PROVISION_OR_SESSION, _F_ENDS, _FREQ_ADVERBS } from './_measure';
import { _ACTIVITY_GROUPS, _CHILD_VERBS, _childVerb, _GIVEN, _HELPED, _offerTo, _CONTINUING } from './_specific';
import { _GOING_VERBS, _sessionsAccessed } from './_serviceSessions';
import { _endsIng } from './_ends';

function wd(doc: _Doc, i: number): string {
  return i < 0 ? '' : (doc.w[i] ?? '');
}

/** Adults by role or agency that give provision, besides {@link _ADULT_SUBJECTS} ("ELSA", "LSA", "home tutor", "the Traveller Education Service"). */
const PROVIDERS: ReadonlySet<string> = new Set(['elsa', 'lsa', 'lsas', 'tas', 'tutors', 'mentors', 'therapist', 'counsellor', 'service', 'services', 'ot', 'salt', 'ep', 'camhs', 'do', 'sendco', 'person', 'worker', 'workers']);
/** Words of provision given or paid for, besides the provision and session nouns ("visits", "funded", "hours", "place"). */
const PROVIDED: ReadonlySet<string> = new Set([..._VISIT_NOUNS, 'funded', 'funding', 'hours', 'hrs', 'place', 'pp', 'ppg', 'eypp', 'bursary', 'premium']);
/** Words naming a programme of teaching given as provision ("Precision teaching"), not the child's lessons ("teaching assistant"). */
const NAMED_TEACHING: ReadonlySet<string> = new Set(['precision']);
/** The child's verbs of receiving provision: the provision is still the only thing counted ("to have 1:1 reading", "access his 30 hours"). */
const RECEIVING: ReadonlySet<string> = new Set([..._RECEIVING, ..._ACCESSING, 'continue', 'continues']);
/** Marks that open a part of a sentence ("Handwriting - joined letters", "(PP+)", "…, support with reading"). */
const PART_MARKS: ReadonlySet<string> = new Set(['-', '–', ':', '(', ')', ',', '/', '|', '•']);
/** {@link PART_MARKS} as a third-word flag (`_flag3At`): one bit per word scanned. */
const F3_PART_MARK = _wordFlag3(PART_MARKS);
/** Words of how often in a span ("every", "each", "per", "times", "x"). */
const HOW_OFTEN: ReadonlySet<string> = new Set(['every', 'each', 'per', 'once', 'twice', 'thrice', 'fortnightly', 'wk']);
/** Word flags of the words of how often ({@link _FREQ_ADVERBS}, {@link HOW_OFTEN}) and of the units of time, read by {@link spanKind}. */
const F_HOW_OFTEN = _wordFlag2([..._FREQ_ADVERBS, ...HOW_OFTEN]);
const F_DURATION_UNIT = _wordFlag2(_DURATION_UNITS);
/** Periods of the calendar after "a" or "per" that make a count how often ("4 afternoons a week", "once per fortnight"). */
export const _RATE_PERIODS: ReadonlySet<string> = new Set(['day', 'week', 'fortnight', 'month', 'term']);
/** Periods after "a" that make a rate ("3 mornings a week", "once a day"): {@link _RATE_PERIODS} and the school day's parts. */
const PERIODS: ReadonlySet<string> = new Set([..._RATE_PERIODS, 'wk', 'year', 'night', 'morning', 'session', 'lesson']);
/** Words after "3x" or "x3" that make it how often ("3x a week", "x3 daily"); alone it counts occasions ("visits x3"). */
const PERIOD_AFTER: ReadonlySet<string> = new Set(['a', 'per', 'each', 'every', 'daily', 'weekly', 'fortnightly', 'week', 'wk', 'day']);

type Span = readonly [number, number];

/** Measures read at most: a text with more is no note of provision's schedule, and each is read in its sentence. */
const MAX_SPANS = 6;
/** Words read back before a rate for the child's activity named by its gerund ("Reading at home every night"). */
const HEAD_REACH = 12;

/** A list's number alone ("3." opening the text): it numbers the target, it counts nothing. */
function listNumber(doc: _Doc, [a, b]: Span): boolean {
  return b === a + 1 && doc.toks[a]?.kind === 'n' && (a === 0 || ((doc.flags[a - 1] as number) & _F_ENDS) !== 0) && (wd(doc, a + 1) === '.' || wd(doc, a + 1) === ')');
}

/**
 * How the span counts: 'rate' (how often: "weekly", "3x a week", "every Thursday", "on Mondays"), 'amount' (how long or how
 * much: "5 hours", "10 mins daily", "£800"), or null (a percentage, a score, a count of the child's own, any other measure).
 */
function spanKind(doc: _Doc, [a, b]: Span): 'rate' | 'amount' | null {
  let rate = false;
  let amount = false;
  for (let k = a; k < b; k++) {
    const t = doc.toks[k];
    const x = wd(doc, k);
    if (t?.kind === 'n') {
      if (t.suffix === '%' || t.sep === '/' || wd(doc, k + 1) === '/') return null;
      if (t.suffix === 'x' || t.prefix === 'x') {
        if (!PERIOD_AFTER.has(wd(doc, k + 1))) return null;
        rate = true;
      }
      else if (_flag2At(doc, k + 1, F_DURATION_UNIT) || wd(doc, k - 1) === '£') amount = true;
      continue;
    }
    if (x === 'out' || x === 'of' || x === 'least' || x === 'than' || x === 'all') return null;
    if (_flag2At(doc, k, F_HOW_OFTEN) || _WEEKDAY_PLURALS.has(x)) rate = true;
    else if (_flag2At(doc, k, F_DURATION_UNIT)) amount = true;
    else if (x === 'a' && PERIODS.has(wd(doc, k + 1))) rate = true;
    else if (x === 'times' && (doc.toks[k - 1]?.kind === 'n' || _NUMBER_WORDS.has(wd(doc, k - 1)))) rate = true;
    else if (x === 'x' && doc.toks[k - 1]?.kind === 'n' && PERIOD_AFTER.has(wd(doc, k + 1))) rate = true;
  }
  return amount ? 'amount' : rate ? 'rate' : null;
}

/** Where the sentence holding token k starts and ends (its marks of {@link _F_ENDS} excluded). */
function sentenceOf(doc: _Doc, k: number): Span {
  let s = k;
  while (s > 0 && ((doc.flags[s - 1] as number) & _F_ENDS) === 0) s -= 1;
  let e = k;
  while (e < doc.toks.length && ((doc.flags[e] as number) & _F_ENDS) === 0) e += 1;
  return [s, e];
}

/** Whether the word at k names an adult who gives provision ("TA", "tutor", "SW", "ELSA"). */
function providerAt(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  // A place after a preposition ("in school", "to college"): where, not who gives.
  if (PLACES.has(x) && PLACE_LEADS.has(wd(doc, k - 1))) return false;
  return _ADULT_SUBJECTS.has(x) || PROVIDERS.has(x);
}

/** Adults' words that are places too ("in school"), and the words before them that make them places. */
const PLACES: ReadonlySet<string> = new Set(['school', 'college', 'nursery', 'setting', 'home']);
const PLACE_LEADS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'from', 'into', 'around', 'across', 'after', 'before']);

/** Whether the word at k names provision ("counselling", "sessions", "visits", "funded", "hours"), not a club gone to for its activity. */
function provisionWordAt(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  if (_ACTIVITY_GROUPS.has(x)) return false;
  // Lessons and classes are the child's own activity ("Swimming lessons weekly", "Guitar lessons every Monday"): a rate of
  // going still measures (Settled cases). A verb of receiving is no provision of itself ("to have 0 detentions each week").
  if (OWN_SESSIONS.has(x)) return false;
  // "Precision teaching 3x weekly": teaching is provision only as a named programme of it ({@link NAMED_TEACHING}).
  return _flag2At(doc, k, _F2_PROVISION_OR_SESSION) || PROVIDED.has(x) || (x === 'teaching' && NAMED_TEACHING.has(wd(doc, k - 1)));
}

/**
 * Whether the stretch from s to e has an act of the child's other than receiving provision: a verb after a modal ("will
 * notice", "I'll try", "will have done"; "will have 1:1 support" receives), a verb after "to" whose subject is not an adult
 * ("Mihai to read", "To plan an extended answer", "Target: to add period 1"; not "SW and DT to meet", "to have 1:1 reading",
 * "to school"), a subject pronoun before a word ("she needs", "I go"), or a verb opening the stretch or a part of it in the
 * child's voice ("Attend the boxing club", "Revise for mocks", "- go 2x per week"; not a programme's name of capitalised
 * words, "Read Write Inc", "Catch Up Literacy", nor a heading's gerund or noun, "Reading age", "Handwriting.").
 */
function childActIn(doc: _Doc, s: number, e: number, provision: _Marks): boolean {
  for (let k = s; k < e; k++) {
    const x = wd(doc, k);
    // Adults' provision and timing ("support with reading", "Review summer") are no act of the child's.
    if (provision[k] === _GIVEN || doc.used[k] !== 0) continue;
    // "I'll", "I’m": the child's clause in one word.
    if (CONTRACTED.test(x) && doc.toks[k + 1]?.kind === 'w') return true;
    if (_MODALS.has(x) && doc.toks[k + 1]?.kind === 'w') {
      let v = k + 1;
      while (v < e && (wd(doc, v).endsWith('ly') || ADVERBS.has(wd(doc, v)))) v += 1;
      if (adultSubject(doc, s, k)) continue;
      // "Will be supported by the ELSA weekly": the child receives what adults give, no act of the child's; an offer's act is
      // the child's ("will be given the opportunity to read aloud … 3 times a week": the rate is the child's reading).
      if (wd(doc, v) === 'be' && givenPassive(wd(doc, v + 1)) && _offerTo(doc, v + 2) < 0) continue;
      if ((RECEIVING.has(wd(doc, v)) && receivedProvision(doc, v, provision)) || hoursAttended(doc, v)) continue;
      return true;
    }
    if (x === 'to' && doc.toks[k + 1]?.kind === 'w') {
      const verb = wd(doc, k + 1);
      // "Funded 15 hours to continue": provision is the subject.
      if ((RECEIVING.has(verb) && (receivedProvision(doc, k + 1, provision) || provisionWordAt(doc, k - 1))) || hoursAttended(doc, k + 1) || adultSubject(doc, s, k)) continue;
      const opens = k === s || PART_MARKS.has(wd(doc, k - 1)) || ((doc.flags[k - 1] as number) & _F_ENDS) !== 0;
      if (_childVerb(verb) || opens || _CHILD_ROLE_WORDS.has(wd(doc, k - 1)) /* "CYP to …", "YP to …" */ || /^[A-Z][a-z]/.test(doc.toks[k - 1]?.raw ?? '')) return true;
      continue;
    }
    if (PRONOUNS.has(x) && doc.toks[k + 1]?.kind === 'w') return true;
    if (BE.has(x) && !adultSubject(doc, s, k)) return true;
    const opens = k === s || PART_MARKS.has(wd(doc, k - 1));
    // "Continue attending school every day", "Carry on accessing Forest School sessions weekly": a verb of continuing opening
    // the part before a gerund of going is the child's going on, read as "continue to attend" is (_specific.ts' _CONTINUING).
    if (opens && _CONTINUING.has(x) && _GOING_VERBS.has(wd(doc, wd(doc, k + 1) === 'on' ? k + 2 : k + 1)) && _endsIng(wd(doc, wd(doc, k + 1) === 'on' ? k + 2 : k + 1))) return true;
    // A base verb only: an inflected word opening a part is a heading's describing word ("joined letters").
    if (!opens || doc.toks[k]?.kind !== 'w' || !_CHILD_VERBS.has(x) || x.endsWith('ed') || (RECEIVING.has(x) && receivedProvision(doc, k, provision)) || hoursAttended(doc, k)) continue;
    const raw = doc.toks[k]?.raw ?? '';
    const nextRaw = doc.toks[k + 1]?.raw ?? '';
    // A name of capitalised words ("Read Write Inc", "Catch Up Literacy"): a programme, not an imperative.
    // A verb of attending opening it stays the child's act ("Attend Lego therapy once a week", "Attend Thrive sessions weekly").
    if (/^[A-Z]/.test(raw) && /^[A-Z]/.test(nextRaw) && !ATTENDING.has(x)) continue;
    // A gerund or noun opening a heading ("Reading age", "Handwriting."): only a base verb with words after it is the child's act.
    if (x.endsWith('ing') || doc.toks[k + 1] === undefined || doc.toks[k + 1]?.kind === 'p' || _OCCASIONS.has(wd(doc, k + 1))) continue;
    return true;
  }
  return false;
}

/**
 * Passives of provision given to the child after "will be" ("will be supported by the ELSA weekly", "will be seen by the
 * nurse"), besides help received ({@link _HELPED}) and "offered" (an adults' act in _phrases.ts, _ADULTS_ACTS).
 */
const GIVEN_PASSIVES: ReadonlySet<string> = new Set(['seen', 'given', 'mentored', 'tutored', 'visited', 'taught', 'coached']);

/** Whether the participle y is provision given to the child ({@link GIVEN_PASSIVES}, {@link _HELPED}, "offered"). */
function givenPassive(y: string): boolean {
  return GIVEN_PASSIVES.has(y) || _HELPED.has(y) || y === 'offered';
}

/** Modals before the child's verb ("will", "'ll", "can"); a clause's head in _doer.ts too. */
export const _MODALS: ReadonlySet<string> = new Set(['will', "'ll", 'can', 'should', 'must', 'shall', 'would', 'could', 'might', 'may']);
/** Forms of "be" after the child or a thing of the child's ("Kai is punctual", "Homework is done"): a clause of the child's. */
const BE: ReadonlySet<string> = new Set(['is', 'are', 'am', 'was', 'were', "'s"]);
/** Adverbs between a modal and its verb ("will also", "will then"), besides those in -ly. */
const ADVERBS: ReadonlySet<string> = new Set(['also', 'then', 'now', 'still', 'not', 'always', 'continue', 'to']);
/** A subject pronoun and its modal or verb in one word ("i'll", "she's", "i'm"). */
const CONTRACTED = /^(i|he|she|they|we|you)['\u2019](ll|m|s|re|ve|d)$/;
/** Subject pronouns of the child ("I", "she"): a clause of the child's before a word. */
const PRONOUNS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'they', 'we', 'you']);

/** Lessons and classes: sessions of the child's own activity, not provision ({@link provisionWordAt}). */
const OWN_SESSIONS: ReadonlySet<string> = new Set(['lesson', 'lessons', 'class', 'classes']);
/** {@link OWN_SESSIONS} for the timetable reading (_timetable.ts): lessons and classes gone to are the child's own activity. */
export const _OWN_SESSIONS: ReadonlySet<string> = OWN_SESSIONS;

/**
 * Whether token k is a number of provision received: hours or minutes of it ("access his 30 hours", "have 2 hrs a week") or a
 * ratio ("have 1:1 reading"); not the child's own count ("to have 0 detentions each week", "receive 3 house points a week").
 */
function hoursAt(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t?.kind !== 'n') return false;
  return t.sep === ':' || _DURATION_UNITS.has(wd(doc, k + 1));
}

/** Verbs of the child's attending a setting ("attend nursery for her 15 hrs"): the attending ones of {@link _GOING_VERBS}. */
const ATTENDING: ReadonlySet<string> = new Set([..._GOING_VERBS].filter((x) => x.startsWith('attend')));
/** Words of attending the whole of the hours ("all 15 funded hours", "her full 15 hours", "every week", "90%"): a measure of going. */
const WHOLE: ReadonlySet<string> = new Set(['all', 'full', 'every', 'whole']);
/** Words read on after a verb of attending for the setting's hours ("attend Little Acorns nursery for his 15 funded hours"). */
const HOURS_REACH = 8;
/** Words read on after the verb, in its sentence, for a point or a joined act (a bound: each verb reads at most this many). */
const REST_REACH = 30;

/** Whether token k names an early-years setting ({@link _EARLY_SETTINGS}; "pre-school" is read as "pre", "school" too). */
function earlySettingAt(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  return _EARLY_SETTINGS.has(x) || (x === 'pre' && wd(doc, k + 1) === 'school');
}

/**
 * Whether the verb at v attends an early-years setting ({@link earlySettingAt}) for its hours, named only as the hours the
 * child has ("Attend Little Acorns nursery for his 15 funded hours", "to attend Little Stars pre-school 15 hrs", "Attending
 * nursery 15 hrs"): the hours are the place's (its funded entitlement), provision received, not how much the child goes (the
 * labelling guide, Measurable rule 6, "a quantity of provision"; development labels t091, y17-151, y48-028, y52-028 not
 * measurable). Read within {@link HOURS_REACH} words; the whole of them attended ("attend all 15 funded hours each week",
 * "her full 15 hours", a percentage: y13-118, y9-022 measurable) measures, as the Settled cases' rate of going does. The rest of
 * the sentence is read too: the hours built up to by a point ("Attend nursery for 15 hours by half term") or the child's act
 * joined to them ("… 15 funded hours and say 2-word phrases") keep the text measurable.
 */
function hoursAttended(doc: _Doc, v: number): boolean {
  if (!ATTENDING.has(wd(doc, v))) return false;
  let hours = false;
  let setting = false;
  for (let k = v + 1; k < doc.toks.length && k <= v + REST_REACH && ((doc.flags[k] as number) & _F_ENDS) === 0; k++) {
    const t = doc.toks[k];
    const x = wd(doc, k);
    if (doc.used[k] === 1 || (x === 'and' && _childVerb(wd(doc, k + 1)))) return false;
    if (k > v + HOURS_REACH) continue;
    if (WHOLE.has(x) || (t?.kind === 'n' && t.suffix === '%')) return false;
    setting = setting || earlySettingAt(doc, k);
    hours = hours || (t?.kind === 'n' && (_HOUR_UNITS.has(wd(doc, k + 1)) || (wd(doc, k + 1) === 'funded' && _HOUR_UNITS.has(wd(doc, k + 2)))));
  }
  return hours && setting;
}

/** Participles after "have" ("will have been", "will have done"): the child's act done, not provision had. */
const PARTICIPLES: ReadonlySet<string> = new Set(['been', 'done', 'made', 'got', 'gone', 'taken', 'written', 'seen', 'had']);
/** Words read on after a verb of receiving for what is received ("have 1:1 reading with TA", "access his 30 hours"). */
const RECEIVED_REACH = 5;

/**
 * Whether the verb of receiving at v has provision as its object: a word of provision, an adult who gives it or a number of
 * hours in its part ("have 1:1 reading with TA", "access his 30 hours", "continue to access 30 hours funded place"); not a
 * thing the child holds or a participle ("have her PE kit", "will have done").
 */
function receivedProvision(doc: _Doc, v: number, provision: _Marks): boolean {
  // A service's sessions accessed ("access Forest School sessions weekly") are gone to, as attended ones are.
  if (_sessionsAccessed(doc, v)) return false;
  if (PARTICIPLES.has(wd(doc, v + 1)) || wd(doc, v + 1).endsWith('ed')) return false;
  for (let k = v + 1; k <= v + RECEIVED_REACH && k < doc.toks.length && !PART_MARKS.has(wd(doc, k)) && ((doc.flags[k] as number) & _F_ENDS) === 0; k++) {
    if (hoursAt(doc, k) || provision[k] === _GIVEN || providerAt(doc, k) || provisionWordAt(doc, k)) return true;
  }
  return false;
}

/**
 * Whether an adult is the subject before "to" or the modal at k ("SW and DT to meet", "Key worker will", "Early Help & foster
 * carer to attend"): read back over adults' words, "and", "&" and capitalised names to the start of the stretch or a mark; a
 * word of another kind before them ("… at her new secondary school and will") makes them no subject.
 */
function adultSubject(doc: _Doc, s: number, k: number): boolean {
  let adult = false;
  let j = k - 1;
  for (; j >= s && j >= k - SUBJECT_REACH && doc.toks[j]?.kind === 'w'; j--) {
    const x = wd(doc, j);
    if (providerAt(doc, j)) adult = true;
    else if (!SUBJECT_JOINS.has(x) && !/^[A-Z]/.test(doc.toks[j]?.raw ?? '')) return false;
  }
  return adult && (j < s || doc.toks[j]?.kind !== 'w');
}

/** Words read back at most for an adult subject ("Early Help & foster carer"). */
const SUBJECT_REACH = 6;
/** Words joining adults in a subject, and determiners before them ("SW and DT", "the SENCo", "her key worker"). */
const SUBJECT_JOINS: ReadonlySet<string> = new Set(['and', '&', 'the', 'his', 'her', 'their', 'a', 'an', 'class', 'foster', 'home']);

/**
 * Whether the span's rate or amount is the provision's: the part before it (back to a mark of {@link PART_MARKS}) or the span
 * itself names provision or an adult who gives it, or, for a rate, the part before it is a name or heading with no verb
 * ("Lexia 3x a week", "Sparx homework weekly", "Phonics - daily."). A duration after a heading alone is an activity named by
 * its duration ("Reading - 20 mins daily": the labelling guide, Specific, an activity named by its duration), not provision.
 */
function provisionHeaded(doc: _Doc, [a, b]: Span, kind: 'rate' | 'amount', provision: _Marks, s: number, e: number): boolean {
  // A rate opening its sentence ("To revise for GCSEs. 3 sessions a week.") is how often the sentence before is done.
  if (a === s) return false;
  // A club, team or youth organisation gone to at a rate ("Drama club - 1x a week", "Netball team 1x a week, PP+ funded"):
  // Settled cases, going to a club, "a rate of going still measures".
  // Lessons or classes of the child's activity the same ("Swimming lessons weekly").
  for (let k = s; k < a; k++) if (_ACTIVITY_GROUPS.has(wd(doc, k)) || OWN_SESSIONS.has(wd(doc, k))) return false;
  let p = a - 1;
  while (p >= s && !PART_MARKS.has(wd(doc, p))) p -= 1;
  // Adults' provision or a fund in the span's part or the part after it ({@link _GIVEN}: "… - visits fortnightly, support with
  // reading", "… weekly (PP+)").
  let q = b;
  while (q < e && !PART_MARKS.has(wd(doc, q))) q += 1;
  for (let k = Math.max(p, s); k < e && k <= nextPartEnd(doc, q, e); k++) if (provision[k] === _GIVEN) return true;
  // In the span, an occasion is when the act falls ("in 3 lessons a day"), not provision.
  for (let k = Math.max(p, s); k < b; k++) if (providerAt(doc, k) || (provisionWordAt(doc, k) && (k < a || !_OCCASIONS.has(wd(doc, k))))) return true;
  if (kind !== 'rate') return false;
  // After the span: "with TA", "funded", "sessions" in its part ("Read Write Inc daily with TA").
  for (let k = b; k < e && !PART_MARKS.has(wd(doc, k)); k++) if (providerAt(doc, k) || provisionWordAt(doc, k)) return true;
  // A name or heading and a rate: every word before the span in the sentence is a noun phrase (no verb in a verb's place), not
  // the child's activity named by its gerund ("Reading at home every night": the child reads).
  // Only an adverb of how often ("daily", "twice weekly"): a count with its period ("Gym 3x a week", "Horse riding once a
  // week") is how often the child goes, as a club's is (Settled cases: "a rate of going still measures").
  for (let k = a; k < b; k++) if (!_FREQ_ADVERBS.has(wd(doc, k)) || wd(doc, k) === 'once') return false;
  for (let k = Math.max(s, a - HEAD_REACH); k < a; k++) if (wd(doc, k).endsWith('ing') && _childVerb(wd(doc, k))) return false;
  // No verb in a verb's place: read for the whole text by {@link _provisionRatesOnly}.
  return a > s;
}

/** Where the part after the mark at q ends (the next mark, or e). */
function nextPartEnd(doc: _Doc, q: number, e: number): number {
  let r = q + 1;
  while (r < e && !_flag3At(doc, r, F3_PART_MARK)) r += 1;
  return r;
}

/**
 * Whether a number outside the spans is a figure of the child's to reach ("to 100+", "level 5"): free (not a deadline's, a
 * name's or background), not an age score's value ("Reading age 9.4"), not a list's number, not a sum of money.
 */
function otherFigure(doc: _Doc, spans: readonly Span[]): boolean {
  for (let k = 0; k < doc.toks.length; k++) {
    const t = doc.toks[k];
    if (t?.kind !== 'n' || doc.used[k] !== 0 || doc.bg[k] !== 0 || spans.some(([a, b]) => k >= a && k < b)) continue;
    if (wd(doc, k - 1) === 'age' || wd(doc, k - 1) === '£' || listNumber(doc, [k, k + 1])) continue;
    // "1:1", "2:1": a ratio of adults to the child, provision's own.
    if (t.sep === ':') continue;
    return true;
  }
  return false;
}

/**
 * Whether every measure of the text is a rate or quantity of provision (see the file's comment).
 * @param doc - The target's document (its scans done).
 * @param spans - The measures found.
 * @param provision - The provision clauses.
 * @returns True when the measures count only provision.
 * @example
 * _provisionRatesOnly(doc('Home tutor 5 hours per week (PP+)'), spans, marks); //=> true
 * _provisionRatesOnly(doc('Lexia 3x a week - reach level 5 by July'), spans, marks); //=> false: a level reached
 */
export function _provisionRatesOnly(doc: _Doc, spans: readonly Span[], provision: _Marks): boolean {
  // Each span's reading is linear in its sentence: a bounded number of them keeps the whole linear (a note of provision has a few).
  if (spans.length > MAX_SPANS) return false;
  let rates = 0;
  for (const span of spans) {
    // The attending verb read as a measure of going, when what it attends is a setting's hours ({@link hoursAttended}).
    if (listNumber(doc, span) || (span[1] === span[0] + 1 && hoursAttended(doc, span[0]))) continue;
    const kind = spanKind(doc, span);
    if (kind === null) return false;
    const [s, e] = sentenceOf(doc, span[0]);
    if (!provisionHeaded(doc, span, kind, provision, s, e)) return false;
    rates += 1;
  }
  return rates > 0 && !otherFigure(doc, spans) && !childActIn(doc, 0, doc.toks.length, provision);
}
