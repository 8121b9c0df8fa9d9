/**
 * The analysed form of one target text: tokens, canonical words (with one-letter typos corrected for
 * a short list of key words), clause numbers, and which tokens are background (baseline or past
 * statements, whose numbers and dates are not measures or deadlines). Built in one pass per array.
 */
import { _endsEd, _endsIng, _endsS } from './_ends';
import { _RELATIVE_UNITS, _SENTENCE_ENDS, _BACKGROUND, _CONCRETE_VERBS, _EVENT_VERBS, _FUTURE, _MONTHS, _NOT_TYPOS, _NUMBER_WORDS, _PROCESS, _TERM_WORDS, _TIMEKEEPING, _TYPO_TARGETS } from './_phrases';

const INFINITIVES = new Set([
  'be', 'have', 'get', 'go', 'make', 'show', 'stay', 'reduce', 'increase', 'raise', 'remain', 'manage', 'engage', 'feel', 'know', 'use',
  'attend', 'achieve', 'reach', 'improve', 'take', 'keep', 'arrive', 'spend', 'leave', 'return', 'move', 'earn', 'gain', 'lower', 'cut',
]);

/** {@link INFINITIVES}, {@link _EVENT_VERBS}, {@link _CONCRETE_VERBS} and {@link _PROCESS} in one set (none changes after loading): one look-up per "to". */
const AFTER_TO: ReadonlySet<string> = new Set([...INFINITIVES, ..._EVENT_VERBS, ..._CONCRETE_VERBS, ..._PROCESS]);

/** Whether "to" at i is an infinitive marker ("Kobe to have…"), i.e. a future target follows. */
function infinitiveTo(w: readonly string[], i: number): boolean {
  return AFTER_TO.has(w[i + 1] ?? '');
}
import { _interned, _normalise, _read, _readKept, type _FlagsOf, type _Reading, type _Tok } from './_text';
import { _ListPool, _madeList } from './_lists';

/**
 * Small integers, one per token (clause numbers, background and use marks). For the few dozen tokens of
 * a typical target, plain arrays: a typed array of more than 64 bytes keeps its data outside the heap,
 * which costs more to allocate and collect than it saves. For long texts, typed arrays.
 */
export type _Marks = number[] | Int32Array;

/** 256 zeros, a packed array of small integers: short marks are copies of its start (one copy, no growing). */
const ZEROS: readonly number[] = (() => {
  const a: number[] = [];
  for (let i = 0; i < 256; i++) a.push(0);
  return a;
})();

/** Marks lists given back at the end of a target's check (`_lists.ts`), for the next target's. */
const MARK_LISTS = new _ListPool<number[]>();

/**
 * `n` zeros.
 * @param n - How many.
 * @param zero - Whether a list from the pool is zeroed: false only for a caller that writes every place itself.
 * @returns The marks: a list from the pool (zeroed) or a copy of the start of {@link ZEROS}; a typed array past 256.
 * @example
 * _marks(3); // [0, 0, 0]
 */
export function _marks(n: number, zero = true): _Marks {
  if (n > 256) return new Int32Array(n);
  const list = MARK_LISTS.take(n);
  if (list === null) return _madeList(ZEROS.slice(0, n), MARK_LISTS);
  if (zero) for (let i = 0; i < n; i++) list[i] = 0;
  return _madeList(list, MARK_LISTS);
}

/** Counts elementary steps, so tests can check the analysis grows linearly with the input. */
export interface _OpCounter {
  n: number;
}

/** The analysed text. Arrays are indexed by token. */
export interface _Doc {
  readonly text: string;
  /** Tokens; equal tokens are one shared object, so a token's place is in `starts` ({@link _startOf}, {@link _endOf}). */
  readonly toks: readonly _Tok[];
  /** Where each token starts in `text`. */
  readonly starts: _Marks;
  /** Canonical word: lower case, typo-corrected; `'#'` for numbers; the mark for punctuation. */
  readonly w: readonly string[];
  /** Clause number of each token (clauses end at . ! ? ; : , line breaks, brackets and spaced dashes). */
  readonly clause: _Marks;
  /** 1 when the token is in a background (baseline, past) stretch. */
  readonly bg: _Marks;
  /**
   * Why a token is taken, filled in by the scans: 0 free, 1 deadline phrase, 2 background date,
   * 3 frequency or duration phrase (a measure, not a deadline), 4 naming number (Year 7, Unit 10).
   */
  readonly used: _Marks;
  /**
   * Word flags of each token: the bits of {@link _wordFlag} its canonical word has (one look-up per word,
   * worked out once per canonical word), so a scan asks one array and one mask instead of several sets.
   */
  readonly flags: _Marks;
  /**
   * The OR of all tokens' flags: a scan that can only fire at a word with one of its flags returns at once when
   * none is here ({@link _lacks}). All bits (-1) when the guards are off for tests ({@link _flagTesting}).
   */
  readonly anyFlags: number;
  /** Each token's second word of flags: the bits of {@link _wordFlag2} its canonical word has (as `flags`). */
  readonly flags2: _Marks;
  /** The OR of all tokens' `flags2` ({@link _lacks2}); all bits (-1) when the guards are off for tests. */
  readonly anyFlags2: number;
  readonly ops: _OpCounter;
}

/** One word of flags: its registered words and tests, bits used, `skip` bits and the flags worked out by word. */
interface FlagWord {
  /** Canonical words with the flags registered for them. */
  readonly words: Map<string, number>;
  /** Flags given by a test of the word rather than a list. */
  readonly tests: { readonly bit: number; readonly test: (w: string) => boolean }[];
  count: number;
  /** The bits of flags registered with `skip` (see {@link _wordFlag}). */
  skipBits: number;
  /** Flags already worked out, by canonical word; emptied when it grows past 20,000 words or a flag is added. */
  readonly known: Map<string, number>;
}

/** A word of flags with none registered. */
function flagWord(): FlagWord {
  return { words: new Map(), tests: [], count: 0, skipBits: 0, known: new Map() };
}

/** The first word of flags ({@link _wordFlag}, `flags`), the second ({@link _wordFlag2}, `flags2`) and the third ({@link _wordFlag3}, kept with the token). */
const ONE = flagWord();
const TWO = flagWord();
const THREE = flagWord();
/** Changed whenever a flag is added, so flags kept with a word (in the tokeniser's word table) are worked out again. */
let flagGen = 0;

/** Registers a flag in `fw` (see {@link _wordFlag}) and returns its bit. */
function register(fw: FlagWord, words: Iterable<string>, test: ((w: string) => boolean) | undefined, skip: boolean): number {
  if (fw.count >= 32) throw new Error('too many word flags');
  const bit = 1 << fw.count;
  fw.count += 1;
  if (skip) fw.skipBits |= bit;
  for (const w of words) fw.words.set(w, (fw.words.get(w) ?? 0) | bit);
  if (test !== undefined) fw.tests.push({ bit, test });
  fw.known.clear();
  flagGen += 1;
  return bit;
}

/**
 * Registers a word flag (at module load: at most 32 in all; the 32nd bit is the sign, -2^31, still a small integer in a
 * 32-bit word, and read only with `&`) and returns its bit: a canonical word has it
 * when it is in `words` or passes `test`. A scan then reads `doc.flags[i] & bit` instead of testing the word.
 * A `skip` flag only lets a scan skip the words without it (a word with it is looked at in full), so having
 * it on a word too many changes nothing: tests set it on every word to check that ({@link _flagTesting}).
 * @param words - Canonical words that have the flag.
 * @param test - Optionally, a pure test of a canonical word (e.g. its ending) that also gives the flag.
 * @param skip - Whether the flag only decides which words a scan skips.
 * @returns The flag's bit.
 * @example
 * const STOPS = _wordFlag(['.', ';']);
 * (_buildDoc('Ben will stop.', { n: 0 }).flags[3] & STOPS) !== 0; // true
 */
export function _wordFlag(words: Iterable<string>, test?: (w: string) => boolean, skip = false): number {
  return register(ONE, words, test, skip);
}

/**
 * {@link _wordFlag} in the second word of flags (the first has all 32 bits in use): a scan reads `doc.flags2[i] & bit`,
 * and {@link _lacks2} for the whole text. Kept with the word as the first is (one look-up per canonical word).
 * @param words - Canonical words that have the flag.
 * @param test - Optionally, a pure test of a canonical word that also gives the flag.
 * @param skip - Whether the flag only decides which words a scan skips.
 * @returns The flag's bit (in `flags2`).
 * @example
 * const F_MAYBE = _wordFlag2(['maybe']);
 * (_buildDoc('Ben may maybe stop.', { n: 0 }).flags2[2] & F_MAYBE) !== 0; // true
 */
export function _wordFlag2(words: Iterable<string>, test?: (w: string) => boolean, skip = false): number {
  return register(TWO, words, test, skip);
}

/**
 * {@link _wordFlag} in a third word of flags (the first two have all their bits in use), read one token at a time with
 * {@link _flag3At}: kept with the token itself (equal tokens are one object, so a word's flags are worked out once, when
 * first asked for), not written per token as the reader writes `flags` and `flags2`, so it costs the reading nothing. No
 * `skip` flags and no whole-text summary: for a scan's test of one word against a list, where it asked a set.
 * @param words - Canonical words that have the flag.
 * @param test - Optionally, a pure test of a canonical word that also gives the flag.
 * @returns The flag's bit (read with {@link _flag3At}).
 * @example
 * const F_MAYBE = _wordFlag3(['maybe']);
 * _flag3At(_buildDoc('Ben may maybe stop.', { n: 0 }), 2, F_MAYBE); // true
 */
export function _wordFlag3(words: Iterable<string>, test?: (w: string) => boolean): number {
  return register(THREE, words, test, false);
}

/**
 * Whether token i has any of the flags `f` of the third word ({@link _wordFlag3}): worked out from its canonical word the
 * first time the token is asked (in this flag generation) and kept with the token; false past either end (as a list test
 * of the empty word there is).
 * @param doc - The document (its tokens and canonical words).
 * @param i - Token index.
 * @param f - One or more flags of {@link _wordFlag3}.
 * @returns True when the token's canonical word has one of them.
 * @example
 * _flag3At(_buildDoc('Ben may maybe stop.', { n: 0 }), 2, _wordFlag3(['maybe'])); // true
 */
export function _flag3At(doc: Pick<_Doc, 'toks' | 'w'>, i: number, f: number): boolean {
  if (i < 0) return false;
  const t = doc.toks[i];
  // Words read without their tokens (a long text being refused): looked up by the word.
  if (t === undefined) return i < doc.w.length && (flagsIn(THREE, doc.w[i] as string) & f) !== 0;
  if (t.g3 !== flagGen) {
    t.f3 = flagsIn(THREE, doc.w[i] as string);
    t.g3 = flagGen;
  }
  return (t.f3 & f) !== 0;
}

/** The number words of {@link _NUMBER_WORDS} ("two", "ten", "zero"), for {@link _flag3At}: a test of a word a scan made with the map. */
export const _F3_NUMBER_WORD = _wordFlag3(_NUMBER_WORDS.keys());
/** A number word or its plural ("three", "fives", "sixes"), for {@link _flag3At}: up to three map look-ups a test, made once per word. */
export const _F3_NUMBER_OR_PLURAL = _wordFlag3([], (x) => _NUMBER_WORDS.has(x) || (_endsS(x) && (_NUMBER_WORDS.has(x.slice(0, -1)) || _NUMBER_WORDS.has(x.slice(0, -2)))));

/**
 * For tests only: with `every` set, every token has every `skip` flag, so no scan skips a word on its flags.
 * The analysis must then give exactly what it gives with the real flags (test/smart/perfFlags.test.ts).
 * With `every` or `noGuards` set, a document's `anyFlags` has every bit, so no scan is skipped on its trigger
 * flags ({@link _lacks}; test/smart/perfTriggers.test.ts).
 */
export const _flagTesting = { every: false, noGuards: false };

/**
 * Whether the document has no word with any of the flags `f`: a scan that can only fire at such a word returns
 * at once (its trigger set, the flag of the lists it reads first).
 * @param doc - The document.
 * @param f - One or more flags of {@link _wordFlag}.
 * @returns True when no token has any of them (never while the guards are off for tests).
 * @example
 * const F_BY = _wordFlag(['by']);
 * _lacks(_buildDoc('Ben will read.', { n: 0 }), F_BY); // true
 */
export function _lacks(doc: Pick<_Doc, 'anyFlags'>, f: number): boolean {
  return (doc.anyFlags & f) === 0;
}

/**
 * {@link _lacks} for flags of the second word ({@link _wordFlag2}).
 * @param doc - The document.
 * @param f - One or more flags of {@link _wordFlag2}.
 * @returns True when no token has any of them (never while the guards are off for tests).
 * @example
 * _lacks2(_buildDoc('Ben will read.', { n: 0 }), _wordFlag2(['maybe'])); // true
 */
export function _lacks2(doc: Pick<_Doc, 'anyFlags2'>, f: number): boolean {
  return (doc.anyFlags2 & f) === 0;
}

/**
 * Whether token i has any of the flags `f` of the second word ({@link _wordFlag2}): a scan's test of its word against a
 * list, made with one array read (false past either end, as a list test of the empty word there is).
 * @param doc - The document.
 * @param i - Token index.
 * @param f - One or more flags of {@link _wordFlag2}.
 * @returns True when the token has one of them.
 * @example
 * _flag2At(_buildDoc('Ben may maybe stop.', { n: 0 }), 2, _wordFlag2(['maybe'])); // true
 */
export function _flag2At(doc: Pick<_Doc, 'flags2'>, i: number, f: number): boolean {
  return i >= 0 && ((doc.flags2[i] ?? 0) & f) !== 0;
}

/** The flags of a canonical word in `fw`, from its `known` map when it has been seen before. */
function flagsIn(fw: FlagWord, w: string): number {
  const known = fw.known.get(w);
  if (known !== undefined) return known;
  let f = fw.words.get(w) ?? 0;
  for (const t of fw.tests) if (t.test(w)) f |= t.bit;
  if (fw.known.size >= 20_000) fw.known.clear();
  fw.known.set(w, f);
  return f;
}

/** Both words of flags of a canonical word, for the reader (kept with each word it has read). */
const flagsOf: _FlagsOf = { one: (w) => flagsIn(ONE, w), two: (w) => flagsIn(TWO, w) };

const TYPO_INDEX: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const t of _TYPO_TARGETS) {
    const key = t[0] as string;
    const list = m.get(key) ?? [];
    list.push(t);
    m.set(key, list);
  }
  return m;
})();

/** Damerau–Levenshtein distance at most 1 (one insertion, deletion, substitution or adjacent swap). */
export function _within1(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (i === la && i === lb) return true;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const TYPO_TARGET_SET: ReadonlySet<string> = new Set(_TYPO_TARGETS);

/** Canonical forms already worked out (a pure function of the word); emptied when it grows past 20,000 words. */
const CANON = new Map<string, string>();

/** The canonical form of a lower-case word, from {@link CANON} when it has been seen before. */
function canon(lc: string): string {
  const known = CANON.get(lc);
  if (known !== undefined) return known;
  if (CANON.size >= 20_000) CANON.clear();
  const c = _interned(canonOf(lc));
  CANON.set(lc, c);
  return c;
}


/** The canonical form of a lower-case word: one-letter typos of key words corrected, "hols" → "holidays". */
function canonOf(lc: string): string {
  if (lc === 'hols' || lc === 'holiday' || lc === 'hol') return 'holidays';
  // "the next ePEP": the PEP kept in an ePEP system (the electronic PEP; /work/shared/DESIGN.md, "ePEP products"), the same
  // meeting and document (labels y29-132, y29-153, y29-196: "by the next ePEP (review)" is `next-review`).
  if (lc === 'epep' || lc === 'epeps') return lc.slice(1);
  if (lc.length < 4 || lc.length > 12 || TYPO_TARGET_SET.has(lc) || _NOT_TYPOS.has(lc) || _MONTHS.has(lc) || _TERM_WORDS.has(lc)) return lc;
  const candidates = TYPO_INDEX.get(lc[0] as string);
  if (candidates === undefined) return lc;
  for (const c of candidates) {
    if (c.length >= 5 && _within1(lc, c)) return c;
  }
  return lc;
}

const CLAUSE_END = new Set(['.', '!', '?', ';', ':', ',', '\n', '(', ')', '[', ']']);
const F_CLAUSE_END = _wordFlag(CLAUSE_END);
/**
 * The word flag of the marks that end a clause (. ! ? ; : , a line break, brackets): a scan that tests a list of such
 * marks reads it first, so at a word it makes no set look-up.
 * @example ((_buildDoc('Ben, Year 6', { n: 0 }).flags[1] as number) & _F_CLAUSE_END) !== 0 // true
 */
export const _F_CLAUSE_END = F_CLAUSE_END;
/** Brackets that open a clause of their own, and the dash (a clause end when spaced): told by one flag test per token. */
const F_OPEN = _wordFlag(['(', '[']);
const F_DASH = _wordFlag(['-']);
/** Words the background scan of {@link _finishDoc} looks at (any other word leaves its state as it is). */
const F_BG_WORD = _wordFlag(['from', 'to', 'until', 'till', ..._BACKGROUND, ..._FUTURE], undefined, true);
/** The words of {@link _BACKGROUND} and of {@link _FUTURE}, in the second word (read by {@link clauseBackground}). */
const F2_BACKGROUND = _wordFlag2(_BACKGROUND);
const F2_FUTURE = _wordFlag2(_FUTURE);
/** The flag of {@link _FUTURE}'s words in the second word ({@link _flag2At}): a scan's test of a word against it with no look-up. */
export const _F2_FUTURE = F2_FUTURE;

/**
 * Where token i starts in the document's text (its `text`), or -1 past the end.
 * @param doc - A document or its words.
 * @param i - Token index.
 * @returns The offset.
 * @example
 * _startOf(_buildDoc('Tom  will', { n: 0 }), 1); // 5
 */
export function _startOf(doc: Pick<_Doc, 'starts'>, i: number): number {
  return doc.starts[i] ?? -1;
}

/**
 * Where token i ends in the document's text (one past its last character), or -1 past the end.
 * @param doc - A document or its words.
 * @param i - Token index.
 * @returns The offset.
 * @example
 * _endOf(_buildDoc('Tom  will', { n: 0 }), 1); // 9
 */
export function _endOf(doc: Pick<_Doc, 'starts' | 'toks'>, i: number): number {
  const s = doc.starts[i];
  const t = doc.toks[i];
  return s === undefined || t === undefined ? -1 : s + t.raw.length;
}

/** Value of a number token or number word, else NaN. */
export function _numAt(doc: _Doc, i: number): number {
  const t = doc.toks[i];
  if (t === undefined) return Number.NaN;
  if (t.kind === 'n') {
    if (t.sep === '') return t.num;
    // "1,500": thousands separators (every group after the first has three digits).
    if (t.sep !== ',' || t.digits.slice(1).some((d) => d !== 3)) return Number.NaN;
    return t.parts.reduce((acc, part) => acc * 1000 + part, 0);
  }
  const v = _NUMBER_WORDS.get(doc.w[i] as string);
  return v ?? Number.NaN;
}

/**
 * Whether "had" at i is a future perfect's ("will have had 3 visits", "to have had a taster day"): a modal or "to" before
 * "have" makes it what the target will have done by its point, not the past ("has had 6 detentions" stays a baseline).
 */
function futurePerfectHad(w: readonly string[], i: number): boolean {
  if (w[i] !== 'had' || w[i - 1] !== 'have') return false;
  const x = w[i - 2];
  return x === 'will' || x === 'to' || x === 'should' || x === 'must' || x === 'shall';
}

function pastParticipleAfterFuture(w: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const x = w[k];
    if (x === 'will' || x === 'have' || x === 'has' || x === 'to' || x === 'be' || x === 'being') return true;
  }
  return false;
}

/**
 * Words of change or measure that a "from" + quantity follows when it is a baseline (the brief's grammar:
 * a verb or noun of change, "rise from 84% to 92%", "reduce lates from 12 to 2"; a noun of measure,
 * "attendance from 85%", "reading age from 7 to 8"). After any other word, "from" + a quantity is the
 * content's own range ("count from 0 in steps of 5", "choose from 3 options") and no baseline.
 */
const CHANGE_STEMS = new Set([
  'increas', 'decreas', 'improv', 'rais', 'reduc', 'lower', 'ris', 'rose', 'fall', 'fell', 'drop', 'mov', 'go', 'went', 'gone',
  'climb', 'grow', 'grew', 'grown', 'cut', 'boost', 'shift', 'chang', 'progress', 'reduction', 'improvement', 'jump',
]);
const MEASURE_NOUNS = new Set(['attendance', 'age', 'score', 'scores', 'grade', 'grades', 'level', 'levels', 'rate', 'percentage', 'mark', 'marks', 'average', 'total', 'number', ..._TIMEKEEPING]);

/** Whether a word is a word of change: "increased", "increasing", "increases" (increas-), "dropped" (drop-), "risen" (ris-). */
function changeWord(x: string): boolean {
  if (CHANGE_STEMS.has(x)) return true;
  let s = x;
  if (_endsIng(s)) s = s.slice(0, -3);
  else if (s.endsWith('en')) s = s.slice(0, -2);
  else if (_endsEd(s)) s = s.slice(0, -2);
  else if (s.endsWith('es')) s = s.slice(0, -2);
  else if (_endsS(s) || s.endsWith('e')) s = s.slice(0, -1);
  return CHANGE_STEMS.has(s) || (s.length > 3 && s[s.length - 1] === s[s.length - 2] && CHANGE_STEMS.has(s.slice(0, -1)));
}

/** Whether a number token reads as a date or a clock time ("6th January", "12/9/24", "8:30", "9am"), a start point. */
function dateLikeNumber(doc: { toks: readonly _Tok[]; w: readonly string[] }, k: number): boolean {
  const t = doc.toks[k] as _Tok;
  if (t.sep === '/' || t.sep === ':' || (t.sep !== '' && t.sep !== ',' && t.parts.length >= 3)) return true;
  if (t.suffix === 'st' || t.suffix === 'nd' || t.suffix === 'rd' || t.suffix === 'th' || t.suffix === 'am' || t.suffix === 'pm') return true;
  return _MONTHS.has(doc.w[k + 1] ?? '');
}

/** Whether a word of change or measure comes before `from` at i in its clause (from `a`, at most 8 words back). */
function changeBefore(w: readonly string[], i: number, a: number): boolean {
  const prev = w[i - 1] ?? '';
  if (MEASURE_NOUNS.has(prev)) return true;
  for (let k = i - 1; k >= a && k >= i - 8; k--) {
    const x = w[k] as string;
    if (changeWord(x)) return true;
  }
  return false;
}

/**
 * Whether `from` at i starts a baseline: it is followed by a date, a term, "last", "current", … (a start
 * point or background), or by a quantity after a word of change or measure ({@link changeBefore}).
 */
function fromStartsBaseline(doc: { toks: readonly _Tok[]; w: readonly string[] }, i: number, a: number): boolean {
  for (let k = i + 1; k < doc.w.length && k <= i + 3; k++) {
    const x = doc.w[k] as string;
    if (x === 'a' || x === 'an' || x === 'the' || x === "'" || x === '"' || x === 'his' || x === 'her' || x === 'their') continue;
    if (_MONTHS.has(x) || _TERM_WORDS.has(x)) return true;
    if (doc.toks[k]?.kind === 'n') return dateLikeNumber(doc, k) || changeBefore(doc.w, i, a);
    if (_NUMBER_WORDS.has(x)) return changeBefore(doc.w, i, a);
    return x === 'last' || x === 'current' || x === 'currently' || x === 'below' || x === 'working' || x === 'september' || (x === 'now' && !stretchAhead(doc, k + 1) && !_countBefore(doc, i));
  }
  return false;
}

/**
 * Whether a count of a unit of time ({@link _RELATIVE_UNITS}, "school" allowed before it) ends just before "from" at i
 * ("6 weeks from now", "a month from now", "10 school days from now", "3 months' time from now" is not read): the window
 * is counted from the meeting, as "within 6 weeks" is (the labelling guide's school-time table), not a baseline's "from".
 * Not when the count opens its sentence as the subject of a verb after "now" ("A month from now seems a long way off"):
 * that names no window for the target.
 * @param doc - The analysed text.
 * @param i - The "from".
 * @returns Whether a counted window ends before it.
 * @example
 * _countBefore(_buildDoc('Ava will read 6 weeks from now', { n: 0 }), 5); // true
 */
export function _countBefore(doc: { toks: readonly _Tok[]; w: readonly string[] }, i: number): boolean {
  const u = doc.w[i - 1] === "'" || doc.w[i - 1] === "'s" ? i - 2 : i - 1;
  if (!_RELATIVE_UNITS.has(doc.w[u] ?? '')) return false;
  const c = doc.w[u - 1] === 'school' ? u - 2 : u - 1;
  if (!(doc.toks[c]?.kind === 'n' || doc.w[c] === 'a' || doc.w[c] === 'an' || _NUMBER_WORDS.has(doc.w[c] ?? ''))) return false;
  return !(opensSentence(doc, c) && subjectVerbAfter(doc, i + 2));
}

/** Whether token k opens its sentence (the text's start or just after a sentence end or a line break). */
function opensSentence(doc: { w: readonly string[] }, k: number): boolean {
  const b = doc.w[k - 1];
  return k === 0 || b === '\n' || _SENTENCE_ENDS.has(b ?? '');
}

/** Whether the word at k is a verb its subject before it governs ("seems", "is", "will", "feels"): a word ending in "s" or a future or modal word. */
function subjectVerbAfter(doc: { toks: readonly _Tok[]; w: readonly string[] }, k: number): boolean {
  const x = doc.w[k] ?? '';
  return doc.toks[k]?.kind === 'w' && (_endsS(x) || x === 'is' || _FUTURE.has(x));
}

/** Words after "from now" that open the stretch still to come ("from now until Easter", "from now on"). */
const AHEAD_WORDS: ReadonlySet<string> = new Set(['on', 'onwards', 'until', 'till', 'to']);

/**
 * Whether "from now" runs on to a point ahead ("from now until Easter", "from now to the end of the year", "from now on"): the
 * stretch the target is kept over, not a baseline ("to" before a figure, "from now to 90%", is the step to the target). A figure
 * kept over it measures (the labelling guide, Measurable rule 1; Settled cases: "no exclusions, suspensions or sanctions").
 */
function stretchAhead(doc: { toks: readonly _Tok[]; w: readonly string[] }, k: number): boolean {
  const x = doc.w[k] as string;
  return AHEAD_WORDS.has(x) && (x !== 'to' || !toStartsTarget(doc, k));
}

/** Whether `to`/`until` at i moves from a baseline to the target ("from 12 … to no more than 2"). */
function toStartsTarget(doc: { toks: readonly _Tok[]; w: readonly string[] }, i: number): boolean {
  for (let k = i + 1; k < doc.w.length && k <= i + 4; k++) {
    const x = doc.w[k] as string;
    if (x === 'the' || x === 'a' || x === 'an' || x === "'" || x === '"' || x === 'be' || x === 'at' || x === 'least' || x === 'his' || x === 'her') continue;
    if (doc.toks[k]?.kind === 'n' || _NUMBER_WORDS.has(x)) return true;
    return x === 'no' || x === 'fewer' || x === 'less' || x === 'above' || x === 'below' || x === 'expected' || x === 'full' || x === 'zero' || x === 'none' || x === 'grade' || x === 'level' || x === 'under' || x === 'over' || x === 'more';
  }
  return false;
}

/**
 * Builds the analysed document of a text.
 * @param raw - The target text as given.
 * @param ops - Step counter.
 * @returns The document.
 */
export function _buildDoc(raw: string, ops: _OpCounter): _Doc {
  return _finishDoc(_wordsOf(raw, ops));
}

/** The first stage of a document: the normalised text, its tokens and canonical words; the marks are empty. */
export type _Words = Pick<_Doc, 'text' | 'toks' | 'starts' | 'w' | 'flags' | 'flags2' | 'ops'> & {
  /** Whether the text has any word or number (not only punctuation). */
  readonly content: boolean;
};

/**
 * Normalises and tokenises a text and works out its canonical words, so that a text can be refused
 * (empty, one phrase repeated) before clauses and background are worked out.
 * @param raw - The target text as given.
 * @param ops - Step counter.
 * @returns The words.
 */
export function _wordsOf(raw: string, ops: _OpCounter): _Words {
  return _keptWords(raw, ops) ?? _wordsOfText(_normalise(raw, ops), ops, true);
}

/**
 * {@link _wordsOf} of a short text that normalising keeps as it is (most targets), read in one pass ({@link _readKept}:
 * the text is checked as it is read, not looked at once to normalise it and again to read it); the steps counted are
 * those of normalising it and reading it.
 * @param raw - The target text as given.
 * @param ops - Step counter.
 * @returns The words, or null (nothing counted) when the text is long or needs normalising.
 */
export function _keptWords(raw: string, ops: _OpCounter): _Words | null {
  const reading = _readKept(raw, canon, flagsOf, flagGen);
  if (reading === null) return null;
  ops.n += raw.length;
  return wordsOfReading(raw, reading, ops);
}

/**
 * {@link _wordsOf} of a text already normalised; with `tokens` false, only its canonical words and flags
 * (`toks` is empty): what is needed to refuse a long text before a token is made for each of its words.
 * @param text - Normalised text.
 * @param ops - Step counter.
 * @param tokens - Whether to make the tokens.
 * @returns The words.
 */
export function _wordsOfText(text: string, ops: _OpCounter, tokens: boolean): _Words {
  // The canonical words are filled in as the tokens are made (a word seen before keeps its canonical form).
  return wordsOfReading(text, _read(text, canon, flagsOf, flagGen, !tokens), ops);
}

/** The words of a reading of a normalised text (its steps counted). */
function wordsOfReading(text: string, reading: _Reading, ops: _OpCounter): _Words {
  const { toks, starts, words: w, flags, flags2, content } = reading;
  ops.n += w.length;
  if (_flagTesting.every) for (let i = 0; i < flags.length; i++) flags[i] = (flags[i] as number) | ONE.skipBits;
  if (_flagTesting.every) for (let i = 0; i < flags2.length; i++) flags2[i] = (flags2[i] as number) | TWO.skipBits;
  return { text, toks, starts, w, flags, flags2, ops, content };
}

/**
 * The words of {@link _wordsOfText} read without tokens, with their tokens now made (the words and flags are kept).
 * @param words - Words read with `tokens` false.
 * @returns The same words with their tokens.
 */
export function _withTokens(words: _Words): _Words {
  const { toks, starts } = _read(words.text, undefined, undefined, 0, false, words.w.length);
  words.ops.n += toks.length;
  return { text: words.text, toks, starts, w: words.w, flags: words.flags, flags2: words.flags2, ops: words.ops, content: words.content };
}

/**
 * A document of words with no clauses, background or use marks worked out (all empty): what a refused
 * text keeps.
 * @param words - From {@link _wordsOf}.
 * @returns The document.
 */
export function _bareDoc(words: _Words): _Doc {
  return { ...words, clause: [], bg: [], used: [], anyFlags: -1, anyFlags2: -1 };
}

/**
 * Works out the clauses and the background (baseline, past) stretches of a text's words.
 * @param words - From {@link _wordsOf}.
 * @returns The document.
 */
export function _finishDoc(words: _Words): _Doc {
  const { text, toks, starts, w, flags, flags2, ops } = words;
  const n = toks.length;
  // Every place is written below: a list from the pool is not zeroed first.
  const clause = _marks(n, false);
  const bg = _marks(n);
  // One pass: each clause's background is worked out as soon as its last token is numbered (the background tests
  // read words, never clause numbers), and only in a clause with a word they look at or that opens with a bracket.
  let c = 0;
  let a = 0;
  let looked = false;
  let any = 0;
  let any2 = 0;
  // The flags in locals: a module constant is read again (and checked to be a number) at every token.
  const open = F_OPEN;
  const bgWord = F_BG_WORD;
  const end = F_CLAUSE_END;
  const dash = F_DASH;
  // The clause number of token a (`clause[a]`), kept here: the first token's is 1 when it opens a clause, else 0.
  let ca = n > 0 && ((flags[0] as number) & open) !== 0 ? 1 : 0;
  for (let i = 0; i < n; i++) {
    // The token's flags tell its part here (no comparison of its word with the marks).
    const f = flags[i] as number;
    any |= f;
    any2 |= flags2[i] as number;
    if ((f & open) !== 0) c += 1;
    if (i > a && c !== ca) {
      if (looked || w[a] === '(' || (a > 0 && w[a - 1] === '(')) clauseBackground(words, bg, a, i);
      a = i;
      ca = c;
      looked = false;
    }
    clause[i] = c;
    if ((f & bgWord) !== 0) looked = true;
    if ((f & end) !== 0 || ((f & dash) !== 0 && (toks[i] as _Tok).gap === true)) c += 1;
  }
  if (n > 0 && (looked || w[a] === '(' || (a > 0 && w[a - 1] === '('))) clauseBackground(words, bg, a, n);
  ops.n += n;
  const guards = !(_flagTesting.every || _flagTesting.noGuards);
  return { text, toks, starts, w, clause, bg, used: _marks(n), flags, anyFlags: guards ? any : -1, flags2, anyFlags2: guards ? any2 : -1, ops };
}

/** Units of a stretch of time that "the last N … of" a period counts ("the last 4 weeks of the Spring term"). */
const PART_UNITS = new Set(['week', 'weeks', 'day', 'days', 'fortnight', 'month', 'months']);


/** Words after "of" that name a period still to come ("the last 4 weeks of this term", "of next term"). */
const PART_TO_COME = new Set(['this', 'next', 'coming', 'current']);

/**
 * Whether "last" at i opens a part of a named period that is the target's own, "Ben will have no removals in the last 4
 * weeks of the Spring term", "to none in the last week of term", "in the last few weeks of this term": the end of that
 * period, not the past (the labelling guide, Deadline labels: "last" or "final" after "by" or "before" is the last of a
 * series, not the past; a term named is its end). Only after a future or modal verb or a target's mark in its sentence,
 * or with "this" or "next" before the period: "3 exclusions in the last 6 weeks of the autumn term" stays the past, as
 * "3 suspensions in the autumn term" does (the guide's settled row on a count of none: background unless a future or
 * modal verb or a target's mark makes it the target's own); a period still to come at the meeting is read by the
 * deadline scan ({@link _scanDeadlines}). "3 exclusions in the last 6 weeks" (no period after "of") stays the past.
 */
function lastPartOf(words: { toks: readonly _Tok[]; w: readonly string[] }, i: number): boolean {
  const w = words.w;
  let k = i + 1;
  if (w[k] === '#' || _NUMBER_WORDS.has(w[k] as string) || w[k] === 'few') k += 1;
  else if (w[k] === 'couple' && w[k + 1] === 'of') k += 2;
  if (!PART_UNITS.has(w[k] as string) || w[k + 1] !== 'of') return false;
  if (PART_TO_COME.has(w[k + 2] as string)) return true;
  for (let j = i - 1; j >= 0 && !_SENTENCE_ENDS.has(w[j] as string); j--) {
    const x = w[j] as string;
    if (_FUTURE.has(x) && x !== 'to' && x !== 'can' && x !== 'could' && x !== 'would' && x !== 'expected') return true;
    if ((x === 'to' || x === 'until' || x === 'till') && (toStartsTarget(words, j) || (x === 'to' && infinitiveTo(w, j)))) return true;
  }
  return false;
}

/**
 * Marks the background (baseline, past) tokens of the clause [a, b) in `bg`: all of it when it has a background word
 * and nothing future, else from each background word to the next future one; a clause opening with a bracket straight
 * after a baseline continues it. A clause with no word flagged {@link F_BG_WORD} has no background word (only the bracket rule).
 */
function clauseBackground(words: _Words, bg: _Marks, a: number, b: number): void {
  const { w, flags, flags2 } = words;
  // What the background tests read: the words' own tokens and canonical words (no object made for them).
  const partial: { toks: readonly _Tok[]; w: readonly string[] } = words;
  let hasBg = false;
  let hasFuture = false;
  // Where the cell of the first background word opens: a row's cells before it ("Times tables | Baseline: 12/50 | Target:
  // 20/25") name what is measured, not the baseline.
  let cell = a;
  for (let i = a; i < b; i++) {
    if (!hasBg && w[i] === '|') cell = i + 1;
    if (((flags[i] as number) & F_BG_WORD) === 0) continue;
    const x = w[i] as string;
    // Each test only until it has been met once in the clause (they are pure).
    const f2 = flags2[i] as number;
    if (!hasBg && (x === 'from' ? fromStartsBaseline(partial, i, a) : (f2 & F2_BACKGROUND) !== 0 && !(x === 'last' && lastPartOf(partial, i)) && !(x === 'achieved' || x === 'got' || x === 'scored' || x === 'found' ? pastParticipleAfterFuture(w, i) : futurePerfectHad(w, i)))) hasBg = true;
    if (hasFuture) continue;
    if ((f2 & F2_FUTURE) !== 0 && x !== 'to' && x !== 'can' && x !== 'could' && x !== 'would' && x !== 'expected') hasFuture = true;
    else if ((x === 'to' || x === 'until' || x === 'till') && (toStartsTarget(partial, i) || (x === 'to' && infinitiveTo(w, i)))) hasFuture = true;
  }
  if (hasBg && !hasFuture) {
    for (let i = a; i < b; i++) bg[i] = i < cell ? 0 : 1;
  } else if (hasBg) {
    let state = false;
    for (let i = a; i < b; i++) {
      if (((flags[i] as number) & F_BG_WORD) === 0) {
        bg[i] = state ? 1 : 0;
        continue;
      }
      const x = w[i] as string;
      if (x === 'from') {
        if (fromStartsBaseline(partial, i, a)) state = true;
      } else if (_BACKGROUND.has(x) && !(x === 'last' && lastPartOf(partial, i))) {
        if (!((x === 'achieved' || x === 'got' || x === 'scored' || x === 'found') && pastParticipleAfterFuture(w, i)) && !futurePerfectHad(w, i)) state = true;
      } else if (x === 'to' || x === 'until' || x === 'till') {
        if (toStartsTarget(partial, i) || (x === 'to' && infinitiveTo(w, i))) state = false;
      } else if (_FUTURE.has(x) && x !== 'can' && x !== 'could' && x !== 'would') {
        state = false;
      }
      bg[i] = state ? 1 : 0;
    }
  }
  // A bracket straight after a baseline continues it: "from 78% (autumn term) to above 90%". The bracket is a clause of
  // its own (marked from the baseline before it), so the words inside it read the mark of the bracket before them.
  const open = w[a] === '(' ? a : a - 1;
  if (open > 0 && w[open] === '(' && bg[open - 1] === 1) for (let i = a; i < b; i++) bg[i] = 1;
}
