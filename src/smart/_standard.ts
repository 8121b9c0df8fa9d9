/**
 * A standard, grade, level or score the child will reach, in a named subject, qualification or measure: what the child
 * will achieve, so specific (the labelling guide, Specific: S is met when the target names "the particular skill,
 * knowledge, behaviour, task or qualification the child will achieve"; Milton Keynes DT Handbook 2024/25, Appendix 1,
 * "Specific"; Halton PEP Policy 2023-24, Appendix C "Post-16 SMART target examples": "working at a Grade 4 in algebra"), and
 * a standard reached is measurable (Measurable rule 5: "achieve the expected standard in reading").
 *
 * The reading has two parts, both needed:
 * - a **target** value: after a verb of attaining ("achieve", "reach", "meet", "pass", "gain", "get … to", "score"), after a
 *   target word ("target 95%", "Target grade 5", "aim 8 out of 10", "Outcome: Grade 1"), after "to be working at" / "to work
 *   towards", or in the last cell of a subject's table row ("Science | 4- | 5 |"). The value is a figure, a grade ("grade
 *   5", "AAB", "a C") or a named standard (the expected standard, ARE, an ELG, GLD, greater depth); a figure in a baseline
 *   ("currently 4/10", "was 89%") is no target (Measurable rule 6: "a baseline with no target figure").
 * - what it is **in or of**: a school subject, a qualification (GCSE, A level, BTEC), an Early Learning Goal's area ("the
 *   ELG for Number"), the child's attendance, or a named test or score. A standard with nothing named ("to be working at
 *   ARE by the end of KS3"), a comparative ("improve his maths grade", "a higher level"), a key stage or year group alone
 *   (Specific rule 3) and numbers that name things ("Year 7", "Unit 10") are left as they were read.
 */
import { _ADULT_SUBJECTS, _ARROW_MARKS, _ASSESSMENTS, _BTEC_GRADES, _CHILD_POSSESSIVES, _DURATION_UNITS, _OCCASIONS, _PROVISION_NOUNS, _SESSION_NOUNS, _SUBJECTS } from './_phrases';
import { _endOf, _flag2At, _lacks2, _wordFlag2, type _Doc, type _Marks } from './_doc';
import { _isPredicate } from './_measure';
import { _providedAttendance } from './_attendedProvision';

/** Verbs of attaining a value ("achieve a grade 5", "reach the expected standard", "meet the ELG", "score 50%"). */
const ATTAINING: ReadonlySet<string> = new Set([
  'achieve', 'achieves', 'reach', 'reaches', 'meet', 'meets', 'pass', 'passes', 'gain', 'gains', 'get', 'gets', 'attain', 'attains', 'obtain', 'obtains', 'secure', 'secures', 'score', 'scores',
]);
/** The verbs of attaining a value, read also where they join an outcome to provision attended (src/smart/_specific.ts, joinedOutcome). */
export const _ATTAINING: ReadonlySet<string> = ATTAINING;
/** Verbs of attaining that are nouns too ("SDQ score 24", "an exit pass"): a verb only after a modal, "to", "and" or a subject. */
const NOUN_TOO: ReadonlySet<string> = new Set(['score', 'scores', 'pass', 'passes']);
const VERB_LEADS: ReadonlySet<string> = new Set(['to', 'will', "'ll", 'and', 'can', 'should', 'must', 'shall', 'i', 'he', 'she', 'they', 'also', 'then', '']);
/** Words that state the target value after them ("target 95%", "aim 8 out of 10", "Outcome: Grade 1"). */
export const _TARGET_WORDS: ReadonlySet<string> = new Set(['target', 'targets', 'aim', 'aiming', 'goal', 'outcome']);
/** Every word {@link _targetStandard} reads a marker at: attaining, a target word, "work(ing)" and a subject. */
const MARKERS: ReadonlySet<string> = new Set([...ATTAINING, ..._TARGET_WORDS, 'work', 'working', ..._SUBJECTS]);
/** The word flag of {@link MARKERS} (a text with none is passed over at once). */
const F_MARKER = _wordFlag2(MARKERS);
/** Words between a marker and its value that say nothing against it ("at least", "the", "her", "a grade"). */
const BETWEEN: ReadonlySet<string> = new Set(['at', 'for', 'least', 'the', 'a', 'an', 'his', 'her', 'their', 'my', 'of', 'is', 'to', 'be', 'working', 'work', 'towards', 'toward', 'on', 'track', 'meet', ':', 'grade', 'grades', 'minimum', 'or', 'above', 'level']);
/** Words that are qualifications or named measures a value can be of (besides the subjects and the tests). */
const MEASURES: ReadonlySet<string> = new Set(['gcse', 'gcses', 'btec', 'attendance', 'att', 'attend', 'score', 'scores', 'mark', 'marks', 'result', 'results']);
/** Named standards: the expected standard, age-related expectations (ARE), an Early Learning Goal, a good level of development. */
const STANDARDS: ReadonlySet<string> = new Set(['elg', 'elgs', 'gld', 'exs', 'gds']);
/** Letter grades, one or a string of them ("C", "A*", "AAB", "BBC"). */
const LETTER_GRADE = /^(?:[A-EU]\*?){1,4}$/;
/** Words after which a single capital letter is a grade ("grade C", "a B", "| C |"); "A" only after "an" or a cell mark. */
const LETTER_LEADS: ReadonlySet<string> = new Set(['grade', 'a', 'an', '|']);
/** How many tokens after a marker its value may be. */
const REACH = 7;
/**
 * Words a number after them numbers, as a heading does ("Target 1:", "Aim 2 -", "Goal 2.", "Outcome 1 - English", "Step 3",
 * "Priority 1"): the number is a label, not a value (the labelling guide, Measurable rule 6: "numbers that only name things").
 * _deadline.ts reads them as a later step or target too.
 */
export const _LABEL_WORDS: ReadonlySet<string> = new Set([..._TARGET_WORDS, 'aims', 'goals', 'outcomes', 'step', 'steps', 'priority']);
/** Marks that end a heading's label ("Target 1:", "Target 1 -" and "–" (read as "-"), "Goal 2.", "Aim 1)", "Outcome 2 (English)"). */
const LABEL_ENDS: ReadonlySet<string> = new Set([':', '-', '.', ')', '(']);
/**
 * Nouns of time, occasions and sessions, provision and adults: a figure before them is a quantity of provision or of time
 * ("5 hours of TA support", "3 sessions a week", "5 minutes of time out", "2 adults"), not a standard the child reaches (the
 * labelling guide, Specific rule 4: "Resources (e.g. 5 hours of TA support)"; Measurable rule 6: "a quantity of provision
 * ... rather than of the child's success").
 */
const PROVISION_UNITS: readonly ReadonlySet<string>[] = [_DURATION_UNITS, _OCCASIONS, _SESSION_NOUNS, _PROVISION_NOUNS, _ADULT_SUBJECTS];

function wd(doc: _Doc, i: number): string {
  return doc.w[i] ?? '';
}

/** Whether token k is a named standard (ELG, GLD, "ARE" in capitals, "expected standard", "greater depth", "age-related"). */
function namedStandard(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  const raw = doc.toks[k]?.raw ?? '';
  if (STANDARDS.has(x)) return x === 'elg' || x === 'elgs' || raw === raw.toUpperCase();
  if (x === 'are') return raw === 'ARE';
  if (x === 'expected') return wd(doc, k + 1) === 'standard' || wd(doc, k + 1) === 'standards' || wd(doc, k + 1) === 'level';
  if (x === 'greater') return wd(doc, k + 1) === 'depth';
  return x === 'age' && wd(doc, k + 1) === 'related' && doc.toks[k + 1]?.hyph === true;
}

/** Whether token k is a bare number that labels a target, as a heading does ("Target 1:", "Goal 2.", "Aim 3" at the text's end). */
function labelNumber(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t?.kind !== 'n' || t.sep !== '' || t.suffix !== '' || !_LABEL_WORDS.has(wd(doc, k - 1))) return false;
  return k + 1 >= doc.toks.length || LABEL_ENDS.has(wd(doc, k + 1));
}

/**
 * Whether the figure at k counts provision or time rather than the child's success: "1:1" and "1-1" (an adult to a child),
 * "1 to 1", or a figure before a noun of {@link PROVISION_UNITS} ("3 hours", "5 minutes of time out", "3hrs").
 */
function provisionFigure(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined) return false;
  if ((t.sep === ':' || t.sep === '-') && t.parts.length === 2 && t.parts[0] === 1 && t.parts[1] === 1) return true;
  if (t.sep === '' && t.num === 1 && wd(doc, k + 1) === 'to' && doc.toks[k + 2]?.kind === 'n' && doc.toks[k + 2]?.num === 1) return true;
  // "3hrs", "20mins" (not "2m": months or metres as often as minutes).
  if (t.suffix !== 'm' && _DURATION_UNITS.has(t.suffix)) return true;
  const next = wd(doc, k + 1);
  return PROVISION_UNITS.some((set) => set.has(next));
}

/**
 * Whether token k is a value: a figure the text does not use as a date, a name, money, a target's label or a quantity of
 * provision or time, a letter grade, or a named standard.
 */
export function _valueAt(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || doc.bg[k] !== 0) return false;
  if (t.kind === 'n') return (doc.used[k] === 0 || doc.used[k] === 3) && wd(doc, k - 1) !== '£' && t.prefix === '' && !labelNumber(doc, k) && !provisionFigure(doc, k);
  if (t.kind !== 'w') return false;
  // A single capital letter is a grade after "grade", "a"/"an" or a cell mark, not the article "A" ("at A level").
  if (LETTER_GRADE.test(t.raw)) return t.raw.length > 1 ? wd(doc, k + 1) !== 'level' && wd(doc, k + 1) !== 'levels' : t.raw !== 'A' ? LETTER_LEADS.has(wd(doc, k - 1)) : wd(doc, k - 1) === 'an' || wd(doc, k - 1) === '|';
  return namedStandard(doc, k);
}

/** The value after the marker at i in its reach, skipping only the words of {@link BETWEEN}; its index or -1. */
export function _valueAfter(doc: _Doc, i: number): number {
  for (let k = i + 1; k < doc.toks.length && k <= i + REACH; k++) {
    if (_valueAt(doc, k)) return k;
    // A target's label is passed over: "Target 1: Grade 5 in maths" still states grade 5.
    if (!BETWEEN.has(wd(doc, k)) && !labelNumber(doc, k)) return -1;
  }
  return -1;
}

/** "get her English to a 4": a verb of getting, its object, then "to" and the value; the value's index or -1. */
function gotTo(doc: _Doc, i: number): number {
  for (let k = i + 1; k < doc.toks.length && k <= i + 4 && doc.clause[k] === doc.clause[i]; k++) {
    if (wd(doc, k) === 'to') return _valueAfter(doc, k);
  }
  return -1;
}

/**
 * Whether token i ends a cell of a table row ("… | WTS → EXS |") that is a change of level ({@link levelChange}) with i the
 * level to reach: a value to reach, read by _fragment.ts so that such a row is no topic alone.
 */
export function _levelCellEnd(doc: _Doc, i: number): boolean {
  if (i + 1 < doc.toks.length && wd(doc, i + 1) !== '|') return false;
  for (let k = i - 1; k >= 0 && k >= i - LEVEL_CELL - 1; k--) if (wd(doc, k) === '|') return levelChange(doc, k + 1, i + 1) === i;
  return false;
}

/** A target row of a table: a subject, then a baseline cell and a target cell ("Biology | C | A |"); the target's index or -1. */
function tableTarget(doc: _Doc, i: number): number {
  if (wd(doc, i + 1) !== '|') return -1;
  let k = i + 2;
  let cells = 0;
  let last = -1;
  while (k < doc.toks.length && cells < 3) {
    const at = k;
    while (k < doc.toks.length && wd(doc, k) !== '|') k += 1;
    // A change of level in one cell, the level to reach after the arrow ("| WTS → EXS |", "| Foundation → Higher |"): the
    // subject's baseline and target in one (development labels of a subject with such a change, 10 specific to 0).
    const to = levelChange(doc, at, k);
    if (to >= 0) return to;
    // A cell is one value, with a "+" or "-" written on it ("4-", "6+").
    if (k === at || !_valueAt(doc, at) || k - at > 2) break;
    cells += 1;
    last = at;
    k += 1;
  }
  return cells >= 2 ? last : -1;
}

/** Levels no other list names, read in a change of level: the GCSE tiers and teacher assessment's bands ("WTS", "emerging"). */
const LEVEL_NAMES: ReadonlySet<string> = new Set(['foundation', 'higher', 'wts', 'emerging', 'expected', 'exceeding']);

/**
 * Whether tokens [a, b) are a level: a value ({@link _valueAt}), a standard (EXS, GDS), a BTEC grade, a level of
 * {@link LEVEL_NAMES}, "working towards" or "working at", or a stage or level with its number ("Stage 2").
 */
function levelIn(doc: _Doc, a: number, b: number): boolean {
  const x = wd(doc, a);
  const y = wd(doc, a + 1);
  if (b - a === 2) return (x === 'working' && (y === 'towards' || y === 'at')) || ((x === 'stage' || x === 'level') && doc.toks[a + 1]?.kind === 'n');
  return b - a === 1 && (_valueAt(doc, a) || (doc.toks[a]?.kind === 'w' && (STANDARDS.has(x) || _BTEC_GRADES.has(x) || LEVEL_NAMES.has(x))));
}

/**
 * The level to reach in the cell [at, end) when it is a change from one level to another: two levels ({@link levelIn}) with an
 * arrow between ("->", "=>", "-" of {@link _ARROW_MARKS}, "to", or "→", which is read as no token: {@link arrowGap}); two
 * levels side by side state no change. Its index, or -1.
 */
function levelChange(doc: _Doc, at: number, end: number): number {
  if (end - at > LEVEL_CELL) return -1;
  for (let j = at + 1; j < end; j++) {
    let m = j;
    while (m < end && arrowAt(doc, m)) m += 1;
    if (m < end && (m > j || arrowGap(doc, j))) return levelIn(doc, at, j) && levelIn(doc, m, end) ? end - 1 : -1;
  }
  return -1;
}

/** Whether token j is an arrow's mark ({@link _ARROW_MARKS}) or "to". */
function arrowAt(doc: _Doc, j: number): boolean {
  return _ARROW_MARKS.has(wd(doc, j)) || wd(doc, j) === 'to';
}

/** Whether an arrow "→" stands in the text between tokens j - 1 and j (it is no token of its own). */
function arrowGap(doc: _Doc, j: number): boolean {
  return doc.text.slice(_endOf(doc, j - 1), doc.starts[j]).includes('→');
}

/** The most tokens in a cell changing a level ("Working towards -> Stage 4"). */
const LEVEL_CELL = 7;

/**
 * Words before "lessons" that name no lessons ("in lessons", "all lessons", "extra lessons"; with {@link BETWEEN}'s "his",
 * "the", "for"): the lessons are named only by a word of their own ("Piano lessons", "swimming lessons").
 */
const UNNAMED_LESSONS: ReadonlySet<string> = new Set(['all', 'any', 'some', 'every', 'each', 'these', 'those', 'more', 'other', 'in', 'during', 'from', 'and', 'extra', 'additional', 'further', 'weekly', 'regular', 'class', 'school', 'own']);

/** Whether token k is "lessons" named by the word before it ("Piano lessons … Outcome: Grade 1"), the lessons a graded exam is taken in. */
function namedLessons(doc: _Doc, k: number): boolean {
  const x = wd(doc, k - 1);
  return wd(doc, k) === 'lessons' && doc.toks[k - 1]?.kind === 'w' && !UNNAMED_LESSONS.has(x) && !BETWEEN.has(x);
}

/**
 * Whether the text names what the value is in or of, outside provision: a subject or qualification ("maths", "A levels",
 * "GCSE"), a test or score ("spelling test scores", "exam"), the child's attendance, or an ELG's area ("ELG in Listening",
 * "the ELG for Number": a capitalised word after it), or named lessons ({@link namedLessons}, inside provision too). Read
 * anywhere in the text, its baseline too ("working at Year 2 level in maths. Target to be working towards ARE").
 */
function namesWhat(doc: _Doc, provision: _Marks): boolean {
  for (let k = 0; k < doc.toks.length; k++) {
    const x = wd(doc, k);
    // Named lessons count inside provision too: "Piano lessons - PP+ £180" pays for the lessons the graded exam is taken in.
    if (namedLessons(doc, k)) return true;
    if (provision[k] !== 0) continue;
    // "attendance at the breakfast club to reach 80%": the rate of going to provision, not the child's own attendance.
    if (x === 'attendance' && _providedAttendance(doc, k) >= 0) continue;
    if (_SUBJECTS.has(x) || _ASSESSMENTS.has(x) || MEASURES.has(x)) return true;
    // "A level", "A levels", "A-level": the qualification (the capital "A" before "level").
    if ((x === 'level' || x === 'levels') && doc.toks[k - 1]?.raw === 'A') return true;
    if ((x === 'in' || x === 'for') && (wd(doc, k - 1) === 'elg' || wd(doc, k - 1) === 'elgs')) {
      const raw = doc.toks[k + 1]?.raw ?? '';
      if (raw !== '' && raw[0] !== raw[0]?.toLowerCase()) return true;
    }
  }
  return false;
}

/** Results that name their qualification themselves ("her SATs", "Merits and Distinctions": BTEC grades, "his GCSEs"). */
const SHORTHAND_RESULTS: ReadonlySet<string> = new Set(['sats', 'gcses', 'merits', 'distinctions']);
/**
 * The core subjects passed at GCSE, English, maths and science (DfE, "Key stage 4 qualifications, discount codes and
 * point scores": the English and maths GCSE passes every pupil is expected to reach): "get his English and maths" means
 * their passes in a secondary or post-16 text, or one whose phase is not known.
 */
const CORE_SUBJECTS: ReadonlySet<string> = new Set(['english', 'maths', 'math', 'mathematics', 'science', 'sciences']);
/** Words of a secondary or post-16 phase ("GCSE", "college", "sixth form", "KS4", "A level", "resit"). */
const SECONDARY_WORDS: ReadonlySet<string> = new Set(['gcse', 'gcses', 'college', 'sixth', 'ks4', 'ks5', 'post-16', 'resit', 'resits', 'btec', 'secondary']);
/** Words of a primary or early years phase ("Reception", "KS1", "SATs", "EYFS", "nursery"). */
const PRIMARY_WORDS: ReadonlySet<string> = new Set(['reception', 'ks1', 'ks2', 'eyfs', 'nursery', 'primary', 'infants', 'juniors', 'sats']);
/** Words before "to" that make the act after it wished or failed, not the target's ("wants to", "hopes to", "failed to"). */
const UNDECIDED_BEFORE_TO: ReadonlySet<string> = new Set(['want', 'wants', 'wanted', 'wish', 'wishes', 'hope', 'hopes', 'hoped', 'like', 'love', 'fail', 'fails', 'failed']);
/** Subjects that are skills or areas, not qualifications passed ("get his reading", "achieve her phonics" pass nothing). */
const SKILL_SUBJECTS: ReadonlySet<string> = new Set(['reading', 'writing', 'phonics', 'numeracy', 'literacy', 'spag', 'language', 'lang', 'lit', 'combined']);
/** Marks that close a result named in shorthand: the sentence's or part's end. */
const SHORTHAND_ENDS: ReadonlySet<string> = new Set(['.', ',', ';', '!', '\n', '-', '–', ')', '(']);

/** Whether a result named in shorthand closes at token k: the text's or a part's end, or a deadline ("… by July"). */
function shorthandEnds(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  return t === undefined || (t.kind === 'p' && SHORTHAND_ENDS.has(wd(doc, k))) || doc.used[k] === 1;
}

/** Whether token k is a starred letter grade in the plural ("A*s"), read as three tokens: the letter, "*", "s". */
function starredGrades(doc: _Doc, k: number): boolean {
  // Only A is starred (the A* grade of A levels and the old GCSEs): "B*s" is no grade.
  return doc.toks[k]?.raw === 'A' && wd(doc, k + 1) === '*' && doc.toks[k + 1]?.gap === false && wd(doc, k + 2) === 's' && doc.toks[k + 2]?.gap === false;
}

/**
 * A result named in shorthand after the verb of attaining at i, or "aim for": the qualification's passes in subjects owned by
 * the child ("To get his English and maths": the GCSE passes), results that name their qualification ("achieve her SATs",
 * "Get Merits and Distinctions") or starred grades ("aim for A*s"), closing the part or before its deadline. The labelling
 * guide, Specific: "the particular skill, knowledge, behaviour, task or qualification the child will achieve"; Measurable
 * rule 5, a standard reached ("achieve the expected standard in reading"). The last result's index, or -1. "Get his maths
 * homework done", "achieve her reading" (a skill, not a qualification) name none.
 */
function shorthandResult(doc: _Doc, i: number): number {
  if (!decidedAct(doc, i)) return -1;
  let k = i + 1;
  if (wd(doc, i).startsWith('aim') && wd(doc, k) === 'for') k += 1;
  if (starredGrades(doc, k)) return shorthandEnds(doc, subjectAfter(doc, k + 3)) ? k + 2 : -1;
  const owned = _CHILD_POSSESSIVES.has(wd(doc, k));
  if (owned) k += 1;
  const phase = owned ? phaseOf(doc) : 0;
  for (;;) {
    const x = wd(doc, k);
    const subject = owned && _SUBJECTS.has(x) && !SKILL_SUBJECTS.has(x) && phase >= 0 && (phase > 0 || CORE_SUBJECTS.has(x));
    if (!SHORTHAND_RESULTS.has(x) && !subject && !functionalSkills(doc, k)) return -1;
    if (functionalSkills(doc, k)) k += 1;
    const next = wd(doc, k + 1);
    if ((next === 'and' || next === '&') && doc.toks[k + 2]?.kind === 'w') k += 2;
    else return shorthandEnds(doc, atCollege(doc, k + 1)) ? k : -1;
  }
}

/** Whether "Functional Skills" (the post-16 English and maths qualification) starts at k. */
function functionalSkills(doc: _Doc, k: number): boolean {
  return wd(doc, k) === 'functional' && wd(doc, k + 1) === 'skills';
}

/** Past "in <subject>" at k ("aim for A*s in maths"), else k. */
function subjectAfter(doc: _Doc, k: number): number {
  return wd(doc, k) === 'in' && _SUBJECTS.has(wd(doc, k + 1)) ? k + 2 : k;
}

/** Past "at college" at k ("get his English and maths at college": where the passes are taken), else k. */
function atCollege(doc: _Doc, k: number): number {
  return wd(doc, k) === 'at' && wd(doc, k + 1) === 'college' ? k + 2 : k;
}

/**
 * The text's phase: 1 secondary or post-16 (a GCSE, college, Year 7 to 13), -1 primary or early years (Reception, KS1, SATs,
 * Year 1 to 6), 0 not known. A subject is a qualification passed only where one is sat: not "get his PE" in Year 2 (the
 * labelling guide, Specific: "the particular ... qualification the child will achieve"); a subject other than English, maths
 * and science only where the phase is known to be secondary.
 */
function phaseOf(doc: _Doc): number {
  for (let k = 0; k < doc.toks.length; k++) {
    const x = wd(doc, k);
    if (PRIMARY_WORDS.has(x)) return -1;
    if (SECONDARY_WORDS.has(x)) return 1;
    const n = doc.toks[k + 1];
    if ((x === 'year' || x === 'yr' || x === 'y') && n?.kind === 'n') return n.num >= 7 ? 1 : -1;
  }
  return 0;
}

/**
 * Whether the verb at i is the child's decided act: its predicate, as `eventMeasure` reads one (_measure.ts, not after "not":
 * "Sam did not get his maths"), and not after a wish or a failure before "to" ("Sam does not want to get his maths", "Last
 * year he failed to get his maths"). The labelling guide, Settled cases: the child's wish alone is what is wanted, not what
 * will be achieved; Specific, "It is clear what will be achieved" (Halton Appendix C): a result missed is the past.
 */
function decidedAct(doc: _Doc, i: number): boolean {
  if (wd(doc, i - 1) === 'to' && UNDECIDED_BEFORE_TO.has(wd(doc, i - 2))) return false;
  // "is aiming for A*s": an aim is the target's in any tense but the negated one.
  return wd(doc, i).startsWith('aim') ? wd(doc, i - 1) !== 'not' : _isPredicate(doc, i);
}

/**
 * The span of a target standard, grade or score in a named subject, qualification or measure, or null (see the file's
 * comment). Read only when nothing else anchored the text.
 * @param doc - The target's document (its deadline and measure scans done: their `used` marks are read).
 * @param provision - The provision clauses: what adults give names no measure of the child's.
 * @returns The marker and its value, or null.
 */
export function _targetStandard(doc: _Doc, provision: _Marks): readonly [number, number] | null {
  if (_lacks2(doc, F_MARKER)) return null;
  for (let i = 0; i < doc.toks.length; i++) {
    if (doc.toks[i]?.kind !== 'w' || doc.bg[i] !== 0 || provision[i] !== 0) continue;
    const x = wd(doc, i);
    // Most words are none of the markers below: one look-up passes them over (instead of three sets).
    if (!_flag2At(doc, i, F_MARKER)) continue;
    let v = -1;
    if (ATTAINING.has(x) && !(NOUN_TOO.has(x) && !VERB_LEADS.has(wd(doc, i - 1)))) v = x === 'get' || x === 'gets' ? Math.max(_valueAfter(doc, i), gotTo(doc, i)) : _valueAfter(doc, i);
    else if (_TARGET_WORDS.has(x)) v = _valueAfter(doc, i);
    // "to be working at", "to work towards": the standard the child is to work at (not a heading's "working towards", a state).
    else if ((x === 'work' || x === 'working') && (wd(doc, i - 1) === 'to' || (wd(doc, i - 1) === 'be' && wd(doc, i - 2) === 'to'))) v = _valueAfter(doc, i);
    else if (_SUBJECTS.has(x)) v = tableTarget(doc, i);
    if (v >= 0 && namesWhat(doc, provision)) return [i, v + 1];
    // A result named in shorthand names what it is in or of itself ("get his English and maths", "aim for A*s").
    const shorthand = ATTAINING.has(x) || x === 'aim' || x === 'aiming' ? shorthandResult(doc, i) : -1;
    if (shorthand >= 0) return [i, shorthand + 1];
  }
  return null;
}
