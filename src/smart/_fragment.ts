/**
 * A fragment that states no outcome: a heading, a topic, a current score or the provision delivered, with no clause of the
 * child's, no point and no value to reach. Such a text names what is taught, where the child is now or what adults give,
 * not what the child will achieve (the labelling guide, Specific: S is met when the target names "the particular skill,
 * knowledge, behaviour, task or qualification the child will achieve"; rule 4, adult provision with no child outcome, and
 * rule 6, placeholders and headings; Halton Virtual School PEP Policy 2023-24, Appendix C, QA of SMART Targets: Specific
 * means "It is clear what will be achieved"; Bradford Council, SMART Outcomes - Annual Reviews: "Goals and outcomes are
 * not: Services ... Activities ... Resources (e.g. 5 hours of TA support)").
 *
 * Read only when anchors were found and no other reading set them aside, and the text has no point. Not a fragment: any
 * clause of the child's (a modal, a form of be or have, a subject pronoun, a negation, an infinitive not an adult's, a verb
 * the child does opening a part, a verb inflected after a name, a skill's gerund with its object: "recognising her name",
 * "writing the letters the correct way round"), and any value to reach (a figure, a grade or a named standard that is not
 * a label of content, a year group, a range of content, an age score's value, a list's number or a quantity of provision:
 * "Attendance at 6th form 95%", "Biology | C | A |", "ESOL Entry 2 to Entry 3", "20 qs in 3 mins"), or a count or frequency
 * of the child's own in a text naming no provision ("Lates - fewer than 2 a half term", "Full uniform every day").
 */
import { _capitalised, _endsIng, _endsS } from './_ends';
import { _F3_NUMBER_OR_PLURAL, _flag2At, _flag3At, type _Doc, type _Marks } from './_doc';
import { _ADULT_SUBJECTS, _CHILD_WORK, _DURATION_UNITS, _HOME_ADULTS, _QUOTE_MARKS, _OCCASIONS, _PARTICLES, _PROVISION_NOUNS, _SESSION_NOUNS, _SEEN_MANNERS, _SUBJECTS } from './_phrases';
import { _ACTIVITY_GROUPS, _CHILD_VERBS, _F3_CLAUSE_MARK, _POSSESSIVES, _childVerb, _examSat, _joinedImperativeAt } from './_specific';
import { _CHILD_SUBJECTS, _childSubject, _GERUND_NOUNS } from './_roles';
import { _levelCellEnd, _TARGET_WORDS, _valueAt } from './_standard';
import { _frequency, _rangeTo as rangeTo } from './_object';
import { _awardLevelAt, _F2_PROVISION_OR_SESSION, _F_ENDS, _plantGrown } from './_measure';

/** What a fragment names: the provision delivered ("Lexia 3x a week", "daily RWI group with Mrs Khan") or a topic or score. */
export type _Fragment = 'provision' | 'topic';

function wd(doc: _Doc, i: number): string {
  return i < 0 ? '' : (doc.w[i] ?? '');
}

/** Marks after which a word opens a part ("English - …", "Phonics: …", "…, Read Write Inc", "(wave 3 provision)"). */
const PART_OPENERS: ReadonlySet<string> = new Set(['.', '\n', ';', '!', '?', ':', '-', '–', '•', '*', '(', ',', '/', '|']);
/** Words after a gerund that make it a skill done to something ("recognising her name", "responding in turn", "counting to 5"). */
const OBJECT_LEADS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my', 'its', 'them', 'it', 'this', 'these', 'those', 'in', 'to', 'with', 'for', 'on', 'at', 'from', 'by', 'up', 'out', 'about', 'into']);
/** Words after an opening verb that make it a noun or a passive ("use of quotations", "work experience", "run by the TA"). */
const NOUN_AFTER: ReadonlySet<string> = new Set(['of', 'experience', 'by']);
/** Words that join a second predicate to the first ("and hand in", "then tell"). */
const JOINS: ReadonlySet<string> = new Set(['and', 'then']);
/** Words that join topics in a list ("Spelling and handwriting", "Reading or writing"). */
const LIST_JOINS: ReadonlySet<string> = new Set(['and', 'or', '&']);
/** Words after "see" that point elsewhere in the PEP ("see above", "see data", "see attached"). */
const POINTERS: ReadonlySet<string> = new Set(['above', 'below', 'data', 'attached', 'notes', 'report', 'previous', 'last', 'section', 'plan', 'ehcp', 'iep']);
/** Frequency marks on a figure: "3x", "x3" (the times a session runs). */
const TIMES = 'x';
/** Words after a figure that make it how often a session runs ("3 times a week", "2 x week"). */
const PER: ReadonlySet<string> = new Set(['times', 'x', 'a', 'per', 'each', 'every', 'daily', 'weekly']);

/**
 * The child's own work practised at a rate ({@link _CHILD_WORK}: "Homework 4 times per week"; "Spellings 3 x wk"): "times" or
 * "x" counts the child's own goes, not sessions provision runs (Settled cases: homework named is a task an adult can check).
 */
const OWN_WORK: ReadonlySet<string> = new Set([..._CHILD_WORK, 'spellings']);

/** Nouns after "times" that make it content ("the 3 and 4 times tables"), not a frequency. */
const TABLES: ReadonlySet<string> = new Set(['table', 'tables']);
/** Nouns of a skill that name it with its content after "of" ("instant recall of number bonds", "accurate counting of objects"). */
const SKILL_NOUNS: ReadonlySet<string> = new Set(['recall', 'counting', 'use', 'recognition']);

/** The child's own things after a verb ("her coat", "his own bag", "herself"). */
const OWN: ReadonlySet<string> = new Set([..._POSSESSIVES, 'himself', 'herself', 'themselves', 'myself']);

/** Whether token i opens a part: the text's first word, or a word after a mark of {@link PART_OPENERS}. */
function opensPart(doc: _Doc, i: number): boolean {
  // "Calmly walk away …", "Independently travel …": an adverb of a manner seen before the verb opens the part with it.
  const k = i > 0 && _SEEN_MANNERS.has(wd(doc, i - 1)) ? i - 1 : i;
  return k === 0 || PART_OPENERS.has(wd(doc, k - 1));
}

/**
 * Whether word i is a clause of the child's: a word that makes a clause, an infinitive not after an adult ("school to
 * share…" is the adults'), a verb the child does opening a part (not a noun: "use of quotations", "work experience"; not a
 * name of two verbs: "Read Write Inc"), a verb inflected after a name or after the child ("Kyra reads", "Child
 * demonstrates"), or a gerund with its object ("recognising her name", "remembering finger spaces" opening the text; not
 * "listening games" in a list, nor "Reading age").
 */
function clauseAt(doc: _Doc, i: number): boolean {
  const x = wd(doc, i);
  // A quote mark between a word and what it opens is passed over ("to 'stay on task'").
  const j = doc.toks[i + 1]?.kind === 'p' && _QUOTE_MARKS.has(wd(doc, i + 1)) ? i + 2 : i + 1;
  const next = wd(doc, j);
  const word = doc.toks[j]?.kind === 'w';
  if ((_flag3At(doc, i, _F3_CLAUSE_MARK) && x !== 'to') || x.endsWith("n't")) return true;
  // "gonna", "wanna": text-speak for "going to", "want to", the child's own words leading the act as "to" does (the labelling
  // guide, Settled cases, the wish row: a target in the child's voice).
  if (x === 'to' || x === 'gonna' || x === 'wanna') return word && !_ADULT_SUBJECTS.has(wd(doc, i - 1)) && (_childVerb(next) || opensPart(doc, i) || _childSubject(doc, i - 1));
  const raw = doc.toks[i]?.raw ?? '';
  if (_endsIng(x) && !_CHILD_VERBS.has(x) && x.length > 4) {
    // A gerund after a participle opening the text is a programme's noun ("Guided reading with TA", "Paired reading with a
    // peer"): the provision named, not a skill done to something.
    if (i === 1 && wd(doc, 0).endsWith('ed')) return false;
    if (OBJECT_LEADS.has(next) || doc.toks[j]?.kind === 'n') return true;
    // "Spelling and handwriting": a gerund joined to another topic is a list of topics, not a skill with its object; the gerund
    // joined to it takes the first one's place ("Listening and answering questions": the second gerund has the object).
    const first = i === 0 || (i === 2 && LIST_JOINS.has(wd(doc, 1)) && _endsIng(wd(doc, 0)));
    return first && word && !_GERUND_NOUNS.has(next) && !LIST_JOINS.has(next);
  }
  // "see above", "see data": a pointer to elsewhere in the PEP, a placeholder (the labelling guide, Specific rule 6), not a verb of the child's.
  if (x === 'see' && POINTERS.has(next)) return false;
  // A base verb opening a part, or joined by "and" or "then" to what comes before ("… and hand in his homework").
  // "Grow cress from seed": growing a plant is an act seen done (_measure.ts), where "grow" alone is no verb the child does.
  if (x === 'grow' && opensPart(doc, i) && _plantGrown(doc, i)) return true;
  if (_CHILD_VERBS.has(x) && (opensPart(doc, i) || JOINS.has(wd(doc, i - 1)))) return !NOUN_AFTER.has(next) && !(_capitalised(raw) && _capitalised(doc.toks[j]?.raw ?? '') && _childVerb(next));
  // Any word opening a part with the child's own thing after it, straight or after a particle, is a verb of the child's
  // whether or not the verb lists hold it ("Fit her hearing aids", "Zip up her coat"): a heading noun is not followed by
  // "her" or "his".
  if (opensPart(doc, i) && !_capitalised(doc.toks[j]?.raw ?? '') && (OWN.has(next) || (_PARTICLES.has(next) && OWN.has(wd(doc, j + 1))))) return true;
  if (!_endsS(x)) return false;
  // An -s verb opening a part whose base form is a verb the child does ("Attends school every day", "Writes first name
  // unaided"): the labelling guide, Settled cases, the child's own attendance; a plural noun opening a heading ("Lates",
  // "Detentions") has no such base.
  if (opensPart(doc, i) && wd(doc, i - 1) !== ',' && (_CHILD_VERBS.has(x.slice(0, -1)) || (x.endsWith('es') && _CHILD_VERBS.has(x.slice(0, -2))))) return !NOUN_AFTER.has(next);
  const before = doc.toks[i - 1];
  if (before === undefined || before.kind !== 'w') return false;
  // "goes", "does": a verb of two letters and "es" ({@link _childVerb} reads longer words).
  return _CHILD_SUBJECTS.has(wd(doc, i - 1)) || (_childSubject(doc, i - 1) && (_childVerb(x) || _CHILD_VERBS.has(x.slice(0, -2))));
}

/**
 * Whether the number in words at i is a rate, as {@link noValue} reads a figure's: "three times a week", "four x a week", "one
 * day a week", "two a week" (not "three times tables").
 */
function wordRate(doc: _Doc, i: number): boolean {
  const next = wd(doc, i + 1);
  if (next === 'times' && TABLES.has(wd(doc, i + 2))) return false;
  return (PER.has(next) && next !== 'a') || (next === 'a' && _OCCASIONS.has(wd(doc, i + 2))) || (_OCCASIONS.has(next) && PER.has(wd(doc, i + 2)));
}

/** Whether word i is a name in a list of names ("Apprenticeship apps - Amazon, Jaguar, NHS"): which ones are named. */
function listedName(doc: _Doc, i: number): boolean {
  const after = wd(doc, i + 1);
  return wd(doc, i - 1) === ',' && !_SUBJECTS.has(wd(doc, i)) && _capitalised(doc.toks[i]?.raw ?? '') && (after === ',' || after === '' || after === '.' || after === '\n');
}

/** Words naming an age: "age", and "CA" (chronological age, the child's own age beside a score: "Spelling age 7y 11m, CA 9y 3m"). */
const AGES: ReadonlySet<string> = new Set(['age', 'ca']);

/** Whether the figure at k is an age score's value ("Reading age 9y 2m") or the child's age ("CA 9y 3m"). */
function ageScore(doc: _Doc, k: number): boolean {
  return AGES.has(wd(doc, k - 1)) || (doc.toks[k - 1]?.kind === 'n' && AGES.has(wd(doc, k - 2)));
}

/**
 * Whether the figure at k is no value to reach: content named by it ("Phase 2", "Paper 2", "Y8": marked naming), a range of
 * content ("Number bonds to 20": "to" after a word, no figure before it), an age score's value ("Reading age 9y 2m"), a
 * list's number ("1) attendance"), or how often or how long provision runs and for how many ("3x a week", "x3 daily", "for 9
 * weeks", "group of 6").
 */
function noValue(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || t.kind !== 'n') return false;
  if (doc.used[k] === 4) return true;
  const before = wd(doc, k - 1);
  const next = wd(doc, k + 1);
  if (t.suffix === '%') return false;
  if (before === 'to') return rangeTo(doc, k);
  if (ageScore(doc, k)) return true;
  if (next === ')' && (k === 0 || PART_OPENERS.has(before) || doc.toks[k - 1]?.kind === 'w')) return true;
  // "1. Maths 2. English 3. Attendance": a list's number before a stop and a capitalised item.
  if (next === '.' && _capitalised(doc.toks[k + 2]?.raw ?? '') && (k === 0 || doc.toks[k - 1]?.kind === 'w')) return true;
  // "3 and 4 times tables": "times" before "tables" names content, not how often.
  if (t.suffix === TIMES || t.prefix === TIMES || (PER.has(next) && !(next === 'times' && TABLES.has(wd(doc, k + 2))))) return true;
  return before === 'for' || (before === 'of' && _SESSION_NOUNS.has(wd(doc, k - 2)));
}

/** Whether word i is a target word with its value after it ("target B", "Target Distinction", "Target - reading age 10y 0m"). */
function targetValue(doc: _Doc, i: number): boolean {
  if (!_TARGET_WORDS.has(wd(doc, i))) return false;
  const after = doc.toks[i + 1];
  if (after === undefined) return false;
  if (after.kind !== 'p') return true;
  // After a dash or colon, the value is any figure of the part ("Target - reading age 10y 0m").
  if (after.raw !== '-' && after.raw !== ':' && wd(doc, i + 1) !== '-') return false;
  // Not content named by a figure ("Maths target: number bonds to 10": y19-043).
  for (let k = i + 2; k < doc.toks.length && ((doc.flags[k] as number) & _F_ENDS) === 0; k++) if (doc.toks[k]?.kind === 'n' && (ageScore(doc, k) || (!noValue(doc, k) && _valueAt(doc, k)))) return true;
  return false;
}


/** Whether word i is a skill noun with its content after "of" ("instant recall of number bonds", "use of capital letters"). */
function skillOf(doc: _Doc, i: number): boolean {
  // An item of a list of topics is a heading ("AO2 language analysis, use of quotations, PEE paragraphs": y17-107).
  if (!SKILL_NOUNS.has(wd(doc, i)) || wd(doc, i - 1) === ',') return false;
  if (wd(doc, i + 1) === 'of') return doc.toks[i + 2] !== undefined && doc.toks[i + 2]?.kind !== 'p';
  // Closing the text after its content and a dash ("Maths - number bonds to 10 - instant recall"), one adjective before it.
  const open = wd(doc, i - 1) === '-' ? i - 1 : wd(doc, i - 2) === '-' ? i - 2 : -1;
  return open > 1 && i + 1 >= doc.toks.length && doc.toks[open - 1]?.kind !== 'p';
}

/** Whether word i opens a span of a whole day or night the child's state holds ("all day", "through the day", "at night"). */
function wholeSpan(doc: _Doc, i: number): boolean {
  const x = wd(doc, i);
  const next = wd(doc, i + 1);
  if (x === 'all') return next === 'day' || next === 'night';
  if (x === 'through') return next === 'the' && (wd(doc, i + 2) === 'day' || wd(doc, i + 2) === 'night');
  return (x === 'at' && next === 'night') || x === 'overnight';
}

/**
 * Whether the figure at k is a score written with a slash before a noun of occasions ("on time 9/10 days", "Attendance - 19/20
 * days", "4/5 lessons"): a proportion of the child's, a value as "19 out of 20 days" is (the labelling guide, Measurable rules 1
 * and 2: "scores written with a slash are scores ... whatever the noun"; Settled cases, the child's own attendance or
 * punctuality), not a quantity of provision ("3 sessions a week"). A date ("by 3/5") is the deadline's, read before.
 */
function slashScore(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || t.kind !== 'n' || t.sep !== '/' || t.parts.length !== 2 || (t.parts[0] as number) > (t.parts[1] as number) || doc.used[k] !== 0 || !_OCCASIONS.has(wd(doc, k + 1))) return false;
  // Only the child's own attendance, punctuality or work is a score to reach (review24e): not a rate before a period ("Lexia
  // 4/5 times a week", "4/5 sessions a week": how often provision runs), not a count already made ("Attended 8/10 sessions"),
  // and not when the text names provision, a club or a team ("Phonics group - 4/5 sessions", "Breakfast club 3/5 days"):
  // the labelling guide, Settled cases, attending a group, service or tuition, or going to a club, is not specific.
  if (PER.has(wd(doc, k + 2)) || wd(doc, k - 1).endsWith('ed')) return false;
  for (let i = 0; i < doc.toks.length; i++) {
    const x = wd(doc, i);
    if (_PROVISION_NOUNS.has(x) || _ACTIVITY_GROUPS.has(x) || (_SESSION_NOUNS.has(x) && !_OCCASIONS.has(x))) return false;
  }
  return true;
}

/**
 * Whether "book" at i opens a book band named by its stage ("Stage 7 book band"): the reading level to reach, a value as an
 * award's level is ("DofE - Bronze"); "book band" alone names none.
 */
function bandNamed(doc: _Doc, i: number): boolean {
  return wd(doc, i) === 'book' && wd(doc, i + 1) === 'band' && doc.toks[i - 1]?.kind === 'n' && wd(doc, i - 2) === 'stage';
}

/** Whether the figure at k names times tables in a list before "times tables" ("the 3 and 4 times tables", "2, 5 and 10 times tables"). */
function tablesNamed(doc: _Doc, k: number): boolean {
  let j = k + 1;
  while (j < doc.toks.length && (doc.toks[j]?.kind === 'n' || wd(doc, j) === ',' || wd(doc, j) === 'and')) j++;
  return wd(doc, j) === 'times' && TABLES.has(wd(doc, j + 1));
}

/**
 * Whether the text is a fragment with no outcome (see the file's comment), and what it names: provision when a word of it
 * is adults' provision, a noun of provision or sessions, a frequency, or an adult after "with"; else a topic or a score.
 * @param doc - The target's document (its deadline and measure scans done: their `used` marks are read).
 * @param provision - The provision clauses: their words are what adults give, never the child's clause or value.
 * @returns 'provision', 'topic', or null when the text has a clause of the child's or a value to reach.
 * @example
 * _noOutcomeFragment(doc('Phonics – Phase 2 sounds'), marks); //=> 'topic'
 * _noOutcomeFragment(doc('Early Talk Boost 3x a week for 9 weeks, group of 6'), marks); //=> 'provision'
 * _noOutcomeFragment(doc('ESOL Entry 2 to Entry 3'), marks); //=> null: a step to reach
 */
export function _noOutcomeFragment(doc: _Doc, provision: _Marks): _Fragment | null {
  let provided = false;
  // A frequency of the child's own ("Lates - fewer than 2 a half term", "Full uniform every day", "Dry through the day"):
  // a value unless the text names provision (Settled cases: sanctions below a figure, the child's own attendance and
  // punctuality are specific; provision only when the counted thing is provision: sessions, a group, an adult).
  let counted = false;
  // A duration of an activity, and whether a noun of provision or sessions is named (the duration is then the sessions').
  let timed = false;
  let sessions = false;
  // A rate spelt with "times" or "x" ("3 times per week", "2 x wk"), and whether the text names the child's own work or the
  // home as where it is done ("Homework 4 times per week", "Nessy 3 times per week at home"): the rate is then the child's
  // own practice (Settled cases: homework and practice at home measure), not provision's sessions.
  let timesRate = false;
  let own = false;
  for (let i = 0; i < doc.toks.length; i++) {
    const t = doc.toks[i];
    if (t === undefined || t.kind === 'p') continue;
    if (provision[i] !== 0) {
      provided = true;
      continue;
    }
    if (doc.bg[i] !== 0) continue;
    if (t.kind === 'w') {
      // A target word with its value after it ("target B", "Target Distinction"), a name in a list of names.
      // A number in words counts as a figure does ("three sources", "twos, fives, tens").
      // A number in words closing a range of content is content as its digits are ("Number bonds to twenty").
      const x = wd(doc, i);
      own = own || OWN_WORK.has(x) || (x === 'home' && wd(doc, i - 1) === 'at');
      // A number in words before a period is how often, as its digits are (review24e: "Lexia three times a week" reads as
      // "Lexia 3 times a week"): "times" a session runs is provision, "three days a week" a count of the child's own.
      // A number word or its plural as a third-word flag: one bit, not up to three look-ups.
      const numberWord = _flag3At(doc, i, _F3_NUMBER_OR_PLURAL);
      if (numberWord && !rangeTo(doc, i) && wordRate(doc, i)) {
        if (wd(doc, i + 1) === 'times' || wd(doc, i + 1) === TIMES) timesRate = true;
        else counted = true;
        continue;
      }
      // An award's level is the value reached ("DofE - Bronze award"), as a grade is, or a cell's ("| Foundation → Higher |"); an exam the child sits ("resit maths").
      if (_levelCellEnd(doc, i) || clauseAt(doc, i) || _joinedImperativeAt(doc, provision, i) || listedName(doc, i) || (numberWord && !rangeTo(doc, i)) || targetValue(doc, i) || skillOf(doc, i) || _awardLevelAt(doc, i) || bandNamed(doc, i) || _examSat(doc, i) >= 0) return null;
      // "CA 9y 3m": the word naming the child's age, not a letter grade.
      if (AGES.has(x) && doc.toks[i + 1]?.kind === 'n') continue;
      counted = counted || wholeSpan(doc, i) || (x === 'all' && !_OCCASIONS.has(wd(doc, i + 1)));
      // A noun of provision or sessions, an adult after "with", or the adults' infinitive ("school to share…").
      const noun = _flag2At(doc, i, _F2_PROVISION_OR_SESSION);
      sessions = sessions || noun;
      // Staff named after "with" give the sessions too ("Guided reading with TA, 3 x 20 mins per week"): their length is theirs;
      // an adult at home shares the child's own activity ("Reading - 20 mins daily with carer").
      const withAdult = wd(doc, i - 1) === 'with' && (_ADULT_SUBJECTS.has(x) || _capitalised(t.raw));
      sessions = sessions || (withAdult && _ADULT_SUBJECTS.has(x) && !_HOME_ADULTS.has(x));
      if (noun || withAdult || (x === 'to' && _ADULT_SUBJECTS.has(wd(doc, i - 1)))) provided = true;
    } else if (slashScore(doc, i)) {
      return null;
    } else if (_DURATION_UNITS.has(wd(doc, i + 1)) && wd(doc, i - 1) !== 'for') {
      // An activity named as it is measured ("Reading - 20 mins daily"): the guide's "an activity named by its duration";
      // the sessions' own length when the text names them ("Mentor sessions with Mr Ali, 30 mins weekly").
      timed = true;
      continue;
    } else if (tablesNamed(doc, i)) {
      return null;
    } else if (noValue(doc, i)) {
      // "3x", "x3", "3 times a week": how often a session runs; "3 a week", "5 days a week": a count, the child's own unless
      // the text names provision.
      const next = wd(doc, i + 1);
      if (t.suffix === TIMES || t.prefix === TIMES || (next === 'times' && !TABLES.has(wd(doc, i + 2))) || next === TIMES) timesRate = true;
      else if (PER.has(next) || (_OCCASIONS.has(next) && PER.has(wd(doc, i + 2)))) counted = true;
      continue;
    } else if (_OCCASIONS.has(wd(doc, i + 1)) && PER.has(wd(doc, i + 2))) {
      counted = true;
    }
    if (_valueAt(doc, i)) return null;
  }
  if (timesRate) {
    if (own && !provided) counted = true;
    else provided = true;
  }
  // A frequency in words ("every day", "each morning", "daily"), read last: only a text with no provision asks for it.
  if ((!provided && (counted || _frequency(doc, 0, doc.toks.length))) || (timed && !sessions)) return null;
  return provided ? 'provision' : 'topic';
}

/**
 * Whether a fragment names a club, team or youth organisation the child goes to ({@link _ACTIVITY_GROUPS}: "Football club 2x a
 * week", "Drama club - 1x a week after school", "Breakfast club 4 days a week") and no other provision: no noun of provision,
 * no adult after "with", no adults' clause. Its rate, "2x" or "times" too, is how often the child goes, not sessions delivered:
 * the labelling guide, Settled cases, joining or going to a club, "a rate of going still measures" (not specific, as the
 * fragment reading says). "Lexia 3x a week", "Reading - 3x week with TA" name no club: provision.
 * @param doc - The target's document.
 * @param provision - The provision clauses.
 * @returns Whether the fragment is a club gone to.
 */
export function _clubFragment(doc: _Doc, provision: _Marks): boolean {
  let club = false;
  for (let i = 0; i < doc.toks.length; i++) {
    if (provision[i] !== 0) return false;
    const x = wd(doc, i);
    if (_PROVISION_NOUNS.has(x) || (wd(doc, i - 1) === 'with' && (_ADULT_SUBJECTS.has(x) || _capitalised(doc.toks[i]?.raw ?? ''))) || (x === 'to' && _ADULT_SUBJECTS.has(wd(doc, i - 1)))) return false;
    club = club || _ACTIVITY_GROUPS.has(x);
  }
  return club;
}
