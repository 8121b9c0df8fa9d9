/**
 * Text normalisation and tokenising for the SMART analyser. Everything here is a single left-to-right
 * pass over the characters with no regular expressions, so the cost is linear in the input length
 * whatever the input (1 MB strings, runs of `<`, `&`, digits or separators).
 */
import { _ListPool, _madeList } from './_lists';
import { _abstractNoun } from './_ends';
import { _AMBIGUOUS_MONTHS, _ASSESSMENTS, _CONCRETE, _CONCRETE_VERBS, _FESTIVALS, _GENERIC_OBJECTS, _MONTHS, _NUMBER_WORDS, _OCCASIONS, _PARTICLES, _PROVISION_NOUNS, _SESSION_NOUNS, _SUBJECTS, _TERM_WORDS, _WEEKDAYS } from './_phrases';

/** Token kinds: a word, a number (possibly with a suffix, a prefix or separators), or one punctuation mark. */
export type _TokKind = 'w' | 'n' | 'p';

/**
 * One token of the normalised text. A token has no offset: equal tokens (the same word, mark or number with
 * the same spacing) are one shared object, and where each one is comes with the tokens (the `starts`
 * of a document: `_startOf` and `_endOf` in `_doc.ts`).
 */
export interface _Tok {
  readonly kind: _TokKind;
  /** The token as written in the normalised text. */
  readonly raw: string;
  /** Lower case; for words a trailing possessive `'s` is removed. */
  readonly lc: string;
  /** Whitespace (or a removed symbol) before the token. */
  readonly gap: boolean;
  /** Joined to the previous word by a hyphen with no spaces (`half-term`, `mid-March`). */
  readonly hyph: boolean;
  /** Numbers: the first numeric value (`21st` → 21, `3hrs` → 3, `24/07/2020` → 24). */
  readonly num: number;
  /** Numbers: all numeric parts of a separated group (`24/07/2020` → [24, 7, 2020]). */
  readonly parts: readonly number[];
  /** Numbers: digit counts of the parts (`24/07/2020` → [2, 2, 4]). */
  readonly digits: readonly number[];
  /** Numbers: the separator of a group: `'/'`, `'.'`, `'-'`, `':'`, `','` or `''`. */
  readonly sep: string;
  /** Numbers: lower-case letters (or `%`, `+`) written straight after the digits (`st`, `hrs`, `%`). */
  readonly suffix: string;
  /** Numbers: lower-case letters written straight before the digits (`y` in `Y10`, `ks` in `KS2`). */
  readonly prefix: string;
  /**
   * The third word of flags of the token's canonical word (`_doc.ts`'s `_wordFlag3`), kept with the token (a pure function of
   * it: equal tokens are one object) once first asked for; `g3` is the flag generation it was worked out in (-1: not yet).
   */
  f3: number;
  g3: number;
}

const BLOCK_TAGS = new Set(['p', 'br', 'li', 'div', 'tr', 'td', 'th', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'hr']);

const ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  ndash: '-',
  mdash: '-',
  hellip: '...',
  pound: '£',
  frac12: '1/2',
  bull: ' ',
  middot: ' ',
});

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters of Latin-1 and Latin Extended-A (names such as Zoë, Siân, Łukasz). */
function isLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** 1 for each character below U+0250 that is a letter ({@link isLetter}) or a digit, else 0: one read per character. */
const ALNUM: Uint8Array = (() => {
  const t = new Uint8Array(0x250);
  for (let c = 0; c < 0x250; c++) t[c] = isLetter(c) || isDigit(c) ? 1 : 0;
  return t;
})();

/**
 * Whether a character is a letter or a digit (`isLetter(c) || isDigit(c)`): an ASCII one by two range tests (with bit 5
 * set, a letter's code is one of a–z), any other by one table read (no letter is past U+024F).
 */
function isAlnum(c: number): boolean {
  return c < 128 ? (c | 32) - 97 >>> 0 < 26 || c - 48 >>> 0 < 10 : c < 0x250 && ALNUM[c] === 1;
}

function mapChar(c: number): string {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201b:
    case 0x2032:
    case 0x60:
    case 0xb4:
      return "'";
    case 0x201c:
    case 0x201d:
    case 0x201e:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    case 0x2026:
      return '...';
    case 0xa0:
    case 0x2002:
    case 0x2003:
    case 0x2009:
    case 0x200a:
    case 0x202f:
    case 0x3000:
    case 0x09:
    case 0x0b:
    case 0x0c:
      return ' ';
    case 0x0d:
      return '\n';
    case 0x2022:
    case 0x25cf:
    case 0x25aa:
    case 0x2023:
    case 0x2043:
      return '\n';
    default:
      return String.fromCharCode(c);
  }
}

/** Whether a character is kept as it is by {@link _normalise} (most are), worked out. */
function keepsSlow(c: number): boolean {
  if (c < 128) return c !== 60 && c !== 38 && c !== 9 && c !== 13 && c !== 11 && c !== 12 && c !== 96;
  return mapChar(c) === String.fromCharCode(c);
}

/** {@link keepsSlow} of every character up to U+3000 (the last one {@link mapChar} changes), 1 if kept. */
const KEEPS: Uint8Array = (() => {
  const t = new Uint8Array(0x3001);
  for (let c = 0; c <= 0x3000; c++) t[c] = keepsSlow(c) ? 1 : 0;
  return t;
})();

/** Whether a character is kept as it is by {@link _normalise}: one table read (no string per character). */
function keeps(c: number): boolean {
  return c > 0x3000 || KEEPS[c] === 1;
}

/**
 * Words that, straight before a tab, show the tab sits inside a sentence, not between cells: a cue of when, a determiner, a
 * negation or "end" ("by<tab>July", "the end of<tab>March", "not<tab>swear"): the labelling guide's cell rows read a cell
 * of a table row; a phrase broken by a tab is no row.
 */
const TAB_INSIDE: ReadonlySet<string> = new Set(['by', 'before', 'until', 'till', 'in', 'within', 'of', 'on', 'at', 'from', 'to', 'after', 'during', 'over', 'for', 'the', 'a', 'an', 'this', 'next', 'his', 'her', 'their', 'every', 'each', 'not', 'never', 'no', 'nor', 'end']);

/** Cells after a tab that are only a heading's cue ("By", "When"): the answer is still to come, the tab a space. */
const TAB_CUE_CELLS: ReadonlySet<string> = new Set(['by', 'when', 'by:', 'when:']);

/** Longest word looked at either side of a tab by {@link tabCell}: a longer one is no cue. */
const TAB_WORD = 12;

/** Whether a character code ends a word or cell (space, tab, line break or the text's end). */
function tabSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

/** The line holding the tab at i: where it ends and how many tabs it has (each line is read once). */
function tabRow(text: string, i: number, line: { end: number; tabs: number }): void {
  let tabs = 0;
  let k = i - 1;
  while (k >= 0 && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) {
    if (text.charCodeAt(k) === 9) tabs += 1;
    k -= 1;
  }
  k = i;
  while (k < text.length && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) {
    if (text.charCodeAt(k) === 9) tabs += 1;
    k += 1;
  }
  line.end = k;
  line.tabs = tabs;
}

/**
 * Whether the tab at i, on a line of three or more cells, separates two cells of a pasted table row and is read as a "|"
 * ("Bursary<tab>Apply for bursary<tab>PA / YP<tab>Sept": the labelling guide's cell rows, `_aloneInCell`): not after a
 * word of {@link TAB_INSIDE} or a day's number ("by 14th<tab>March"), nor before a cell that is only "By" or "When".
 */
function tabCell(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k -= 1;
  let start = k;
  while (start >= 0 && k - start < TAB_WORD && !tabSpace(text.charCodeAt(start))) start -= 1;
  const before = text.slice(start + 1, k + 1).toLowerCase();
  if (TAB_INSIDE.has(before) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(before)) return false;
  let a = i + 1;
  while (a < text.length && text.charCodeAt(a) === 32) a += 1;
  let b = a;
  while (b < text.length && b - a <= TAB_WORD && text.charCodeAt(b) !== 9 && text.charCodeAt(b) !== 10 && text.charCodeAt(b) !== 13) b += 1;
  return !TAB_CUE_CELLS.has(text.slice(a, b).trim().toLowerCase());
}

/** A tab at i: a table cell's " | " in a row of three or more cells ({@link tabCell}), else a space. */
function tabText(text: string, i: number, line: { end: number; tabs: number }): string {
  if (i >= line.end) tabRow(text, i, line);
  return line.tabs >= 2 && tabCell(text, i) ? ' | ' : ' ';
}

/** Where the first character {@link _normalise} changes (or a `<`) is, the text's length for none. */
function keptUpTo(text: string): number {
  let i = 0;
  while (i < text.length && keeps(text.charCodeAt(i))) i += 1;
  return i;
}

/**
 * Removes HTML tags (block tags become line breaks), decodes the common entities and maps typographic
 * quotes, dashes and spaces to ASCII (a tab to a space, or to a table cell's " | " in a row of three or more cells). Linear: unchanged runs are copied as slices; each `&` looks at
 * most 10 characters ahead; each tag does one `indexOf('>')`, and once no `>` is left none is tried.
 * @param text - Raw target text.
 * @param ops - Optional step counter: counts every character looked at, including the tag search.
 * @returns Normalised text.
 */
export function _normalise(text: string, ops?: { n: number }): string {
  const n = text.length;
  let i = keptUpTo(text); // Most texts are kept as they are: looked at once, nothing made.
  if (i === n) {
    if (ops !== undefined) ops.n += n;
    return text;
  }
  const out: string[] = [];
  const tabLine = { end: -1, tabs: 0 };
  let noMoreClose = false;
  let run = 0;
  const flush = (upTo: number): void => {
    if (upTo > run) out.push(text.slice(run, upTo));
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    // Once no ">" is left, a "<" is kept as it is (no tag can start there): long runs are copied as one slice.
    if (keeps(c) || (c === 60 && noMoreClose)) {
      i += 1;
      continue;
    }
    flush(i);
    if (c === 60 /* < */ && !noMoreClose && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (isAsciiLetter(next) || next === 47 /* / */ || next === 33 /* ! */) {
        const close = text.indexOf('>', i + 2);
        if (ops !== undefined) ops.n += (close < 0 ? n : close) - i;
        if (close < 0) {
          noMoreClose = true;
        } else {
          let j = i + 1;
          if (text.charCodeAt(j) === 47) j += 1;
          let name = '';
          while (j < close && name.length < 10 && isAsciiLetter(text.charCodeAt(j))) {
            name += text[j];
            j += 1;
          }
          out.push(BLOCK_TAGS.has(name.toLowerCase()) ? '\n' : ' ');
          i = close + 1;
          run = i;
          continue;
        }
      }
    }
    if (c === 38 /* & */) {
      let semi = -1;
      for (let k = i + 2; k < n && k <= i + 10; k++) {
        if (text.charCodeAt(k) === 59) {
          semi = k;
          break;
        }
      }
      if (semi > 0) {
        const body = text.slice(i + 1, semi);
        let decoded: string | undefined;
        if (body.charCodeAt(0) === 35 /* # */) {
          const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88;
          const digits = hex ? body.slice(2) : body.slice(1);
          const value = digits.length > 0 && digits.length <= 6 ? Number.parseInt(digits, hex ? 16 : 10) : Number.NaN;
          if (Number.isInteger(value) && value > 0 && value < 0x110000) decoded = mapChar(value < 0x10000 ? value : 0x20);
        } else {
          const key = body.toLowerCase();
          decoded = Object.prototype.hasOwnProperty.call(ENTITIES, key) ? ENTITIES[key] : undefined;
        }
        if (decoded !== undefined) {
          out.push(decoded);
          i = semi + 1;
          run = i;
          continue;
        }
      }
    }
    out.push(c === 9 ? tabText(text, i, tabLine) : c < 128 && c !== 13 && c !== 11 && c !== 12 && c !== 96 ? (text[i] as string) : mapChar(c));
    i += 1;
    run = i;
  }
  flush(n);
  if (ops !== undefined) ops.n += n;
  return out.length === 1 ? (out[0] as string) : out.join('');
}

/** The object {@link _interned} puts each word in as its only key (empty between calls). */
const HOLDER: Record<string, true> = Object.create(null) as Record<string, true>;

/**
 * The same string, as the one copy the engine keeps of it as a property name. The scans compare canonical words
 * with the words of their lists hundreds of times per target (`x === 'by'`, `SET.has(x)`); a word cut out of the
 * text is a string of its own, compared character by character, while two such kept copies (every string written
 * in the code is one) are compared as two references. Worked out once per word or number as written (kept with it in
 * the word and number tables), and only the speed depends on it: the value is the same string.
 * @param s - A word.
 * @returns An equal string.
 * @example
 * _interned('tom' + 'my'); // 'tommy'
 */
export function _interned(s: string): string {
  // The one key of an object with no prototype (kept as a table of names: no shape made per word), read back and removed.
  HOLDER[s] = true;
  let key = s;
  for (const k in HOLDER) {
    key = k;
    break;
  }
  delete HOLDER[s];
  return key;
}

const EMPTY: readonly number[] = Object.freeze([]);

/** The number details of a number token (words and punctuation share none). */
interface NumberParts {
  readonly num: number;
  readonly parts: readonly number[];
  readonly digits: readonly number[];
  readonly sep: string;
  readonly suffix: string;
  readonly prefix: string;
}

/**
 * A token: five own fields (and the third word of flags kept with it, {@link _Tok.f3}), the number details in one object only numbers carry, read through getters on
 * the prototype; the lower-case form is worked out when asked for (the analysis reads canonical words). No
 * offset: equal tokens are one object (kept with the word, the mark or the number), so a 1 MB text of one
 * repeated word makes a list of a few shared tokens and a list of offsets, not a million objects.
 */
class Tok implements _Tok {
  readonly kind: _TokKind;
  readonly raw: string;
  readonly gap: boolean;
  readonly hyph: boolean;
  private readonly x: NumberParts | null;
  f3: number;
  g3: number;
  constructor(kind: _TokKind, raw: string, gap: boolean, hyph: boolean, x: NumberParts | null) {
    this.kind = kind;
    this.raw = raw;
    this.gap = gap;
    this.hyph = hyph;
    this.x = x;
    this.f3 = 0;
    this.g3 = -1;
  }
  get lc(): string {
    return this.kind === 'p' ? this.raw : this.kind === 'w' ? lowerWord(this.raw) : this.raw.toLowerCase();
  }
  get num(): number {
    return this.x === null ? Number.NaN : this.x.num;
  }
  get parts(): readonly number[] {
    return this.x === null ? EMPTY : this.x.parts;
  }
  get digits(): readonly number[] {
    return this.x === null ? EMPTY : this.x.digits;
  }
  get sep(): string {
    return this.x === null ? '' : this.x.sep;
  }
  get suffix(): string {
    return this.x === null ? '' : this.x.suffix;
  }
  get prefix(): string {
    return this.x === null ? '' : this.x.prefix;
  }
}

/** The four shared tokens of one word, mark or number as written, by spacing: `gap` × 2 + `hyph` (made when first needed). */
type Shared = (Tok | undefined)[];

/** The shared token of `kind` and `raw` with this spacing, from `shared` (made and kept there the first time). */
function sharedTok(shared: Shared, kind: _TokKind, raw: string, gap: boolean, hyph: boolean, x: NumberParts | null): Tok {
  const k = (gap ? 2 : 0) + (hyph ? 1 : 0);
  return (shared[k] ??= new Tok(kind, raw, gap, hyph, x));
}

/** A token of a word or number with no table to share it from (long words and numbers). */
function makeTok(kind: _TokKind, raw: string, gap: boolean, hyph: boolean, extra?: NumberParts): Tok {
  return new Tok(kind, raw, gap, hyph, extra ?? null);
}

/**
 * Shared tokens of punctuation marks and line breaks: by their slot (the character code; 128 for `'...'`, 129 for `'£'`,
 * worked out by {@link readText} from the character it has just read) and `gap`.
 */
const MARK_TOKS: Shared[] = [];

/** A word as written, its lower-case form and (once asked for) its canonical form. */
interface WordEntry {
  /** The hash {@link chunkEnd} works out for the word. */
  readonly h: number;
  /** Its packed characters ({@link chunkLow}, {@link chunkHigh}) when it has at most 8, all ASCII (else 0). */
  readonly lo: number;
  readonly hi: number;
  /** The length of `raw`, kept with the rest (no read of the string itself to tell the word). */
  readonly n: number;
  readonly raw: string;
  readonly lc: string;
  canon: string | null;
  /** Its tokens, shared by every place it is written: after a space or not, after a hyphen or not (made when first needed). */
  t0: Tok | null;
  t1: Tok | null;
  t2: Tok | null;
  t3: Tok | null;
  /** The flags of its canonical form (both words, {@link _FlagsOf}), and the flag generation they were worked out in (-1: not yet). */
  fl: number;
  fl2: number;
  gen: number;
}

/**
 * Words already seen, by a hash of the word as written: a fixed table of 32,768 slots in pairs (a slot and the one
 * its last bit changed gives), each pair holding the last two words that hashed to it (bounded, and nothing to clear). A word found here is not cut out of the text
 * again: tokens of the same word share one string, and its lower-case and canonical forms are worked out
 * once (both are pure functions of the word).
 */
const WORDS: (WordEntry | undefined)[] = new Array<WordEntry | undefined>(32_768);

/** The lower-case form of a word, less a trailing possessive `'s`. */
function lowerWord(raw: string): string {
  const lc = raw.toLowerCase();
  return lc.length > 2 && lc.charCodeAt(lc.length - 2) === 39 && lc.charCodeAt(lc.length - 1) === 115 ? lc.slice(0, -2) : lc;
}

/** Whether `text` has the characters of `word` at `i` (no call into the engine for a few characters). */
function sameChars(word: string, text: string, i: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(i + k)) return false;
  return true;
}

/** The entry of the word text[i, j) (no digits), whose hash {@link chunkEnd} worked out. */
function wordEntry(text: string, i: number, j: number): WordEntry {
  const h = chunkHash;
  const slot = (h ^ (h >>> 15)) & 32_767;
  const known = WORDS[slot];
  if (known !== undefined && sameWord(known, h, text, i, j)) return known;
  // Its pair's other slot: two common words that hash to one slot (a few hundred pairs in a few thousand words) are both kept.
  const other = WORDS[slot ^ 1];
  if (other !== undefined && sameWord(other, h, text, i, j)) return other;
  const raw = text.slice(i, j);
  const made: WordEntry = { h, lo: chunkPacked ? chunkLow : 0, hi: chunkPacked ? chunkHigh : 0, n: j - i, raw, lc: lowerWord(raw), canon: null, t0: null, t1: null, t2: null, t3: null, fl: 0, fl2: 0, gen: -1 };
  // Long words are rare and would only push out common ones. The word in its own slot moves to the pair's other one
  // (which loses what it held, the word used least lately of the two).
  if (j - i <= 40) {
    if (known !== undefined) WORDS[slot ^ 1] = known;
    WORDS[slot] = made;
  }
  return made;
}

/**
 * Whether the entry `e` is the word text[i, j) whose hash is `h`: a short ASCII word is the same word when its length and
 * packed characters are (the entry alone is read, not its string); any other is compared character by character
 * (`startsWith`, which the engine compiles in place).
 */
function sameWord(e: WordEntry, h: number, text: string, i: number, j: number): boolean {
  return e.h === h && e.n === j - i && (chunkPacked === true ? e.lo === chunkLow && e.hi === chunkHigh : text.startsWith(e.raw, i));
}

/**
 * The shared token of a word with this spacing (made and kept with the word the first time). Here and in the sink, a
 * boolean read from a parameter, a field or a module variable is tested with `=== true`: the engine does not know it
 * is a boolean there, so a bare `if (gap)` tests it against every value that is falsy (about a dozen instructions).
 */
function wordTok(e: WordEntry, gap: boolean, hyph: boolean): Tok {
  if (gap === true) return hyph === true ? (e.t3 ??= new Tok('w', e.raw, true, true, null)) : (e.t2 ??= new Tok('w', e.raw, true, false, null));
  return hyph === true ? (e.t1 ??= new Tok('w', e.raw, false, true, null)) : (e.t0 ??= new Tok('w', e.raw, false, false, null));
}

/** Number details by the number as written, for short numbers: nothing changes them, so tokens share them. */
const PARTS = new Map<string, NumberParts>();

function numberParts(raw: string, made: NumberParts): NumberParts {
  if (raw.length > 8) return made;
  const known = PARTS.get(raw);
  if (known !== undefined) return known;
  if (PARTS.size >= 4096) PARTS.clear();
  // Shared between tokens: read only (the `readonly` types), never changed after this.
  PARTS.set(raw, made);
  return made;
}

/** A short chunk with digits as written ("3/5", "Y10", "21st"), its hash and its shared tokens. */
interface ChunkEntry {
  readonly h: number;
  readonly raw: string;
  readonly toks: Shared;
}

/**
 * Short chunks with digits already seen, by the hash {@link chunkEnd} works out: a fixed table of 4,096 slots,
 * each holding the last chunk that hashed there (like {@link WORDS}: a chunk found here is not cut out of the
 * text again, and no string is hashed by a map).
 */
const CHUNKS: (ChunkEntry | undefined)[] = new Array<ChunkEntry | undefined>(4096);

/**
 * Classifies the alphanumeric chunk text[i, j) (letters, digits and in-number separators) that {@link chunkEnd}
 * just measured as a word or a number: short ones shared.
 */
function classify(text: string, i: number, j: number, gap: boolean, hyph: boolean): _Tok {
  if (j - i > 8) return classified(text.slice(i, j), gap, hyph);
  const h = chunkHash;
  const slot = (h ^ (h >>> 12)) & 4095;
  let e = CHUNKS[slot];
  if (e === undefined || e.h !== h || e.raw.length !== j - i || !sameChars(e.raw, text, i)) {
    e = { h, raw: text.slice(i, j), toks: [] };
    CHUNKS[slot] = e;
  }
  const k = (gap ? 2 : 0) + (hyph ? 1 : 0);
  return (e.toks[k] ??= classified(e.raw, gap, hyph));
}

/** Whether every character of `raw` is a digit. */
function allDigits(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) if (!isDigit(raw.charCodeAt(k))) return false;
  return true;
}

/**
 * The number details of a chunk of digits alone ("2025", "40"): one part, no separator, prefix or suffix, worked
 * out with no slice and no map look-up (what {@link classified} gives such a chunk, read straight off it).
 */
function plainNumber(raw: string): NumberParts {
  const num = raw.length > 15 ? Number.POSITIVE_INFINITY : Number(raw);
  return { num, parts: [num], digits: [raw.length], sep: '', suffix: '', prefix: '' };
}

/** A new token of a chunk with digits (see {@link classify}). */
function classified(raw: string, gap: boolean, hyph: boolean): Tok {
  const n = raw.length;
  let i = 0;
  let prefix = '';
  while (i < n && !isDigit(raw.charCodeAt(i))) i += 1;
  if (i === n) return makeTok('w', raw, gap, hyph);
  if (i === 0 && allDigits(raw)) return makeTok('n', raw, gap, hyph, plainNumber(raw));
  const known = n <= 8 ? PARTS.get(raw) : undefined;
  if (known !== undefined) return makeTok('n', raw, gap, hyph, known);
  if (i > 0) {
    prefix = _interned(raw.slice(0, i).toLowerCase());
    // A word with digits inside it ("mp3s", "covid19") stays a word unless it ends in the digits or a short unit.
  }
  const parts: number[] = [];
  const digits: number[] = [];
  let sep = '';
  let j = i;
  let ok = true;
  while (j < n) {
    let k = j;
    while (k < n && isDigit(raw.charCodeAt(k))) k += 1;
    if (k === j) break;
    const piece = raw.slice(j, k);
    parts.push(piece.length > 15 ? Number.POSITIVE_INFINITY : Number(piece));
    digits.push(piece.length);
    j = k;
    if (j < n) {
      const c = raw[j] as string;
      if ((c === '/' || c === '.' || c === '-' || c === ':' || c === ',') && j + 1 < n && isDigit(raw.charCodeAt(j + 1))) {
        if (sep === '' || sep === c) {
          sep = c;
          j += 1;
          continue;
        }
        ok = false;
      }
      break;
    }
  }
  const suffix = j === n ? '' : _interned(raw.slice(j).toLowerCase());
  if (!ok || (prefix !== '' && suffix !== '' && suffix !== '%' && suffix !== '+')) return makeTok('w', raw, gap, hyph);
  return makeTok('n', raw, gap, hyph, numberParts(raw, { num: parts[0] ?? Number.NaN, parts, digits, sep, suffix, prefix }));
}

/**
 * The kind {@link classify} gives the chunk text[a, b) with a digit, worked out in place (no string, no number
 * details): what a text read for its words only needs ('#' for a number).
 */
function chunkKind(text: string, a: number, b: number): _TokKind {
  let i = a;
  while (i < b && !isDigit(text.charCodeAt(i))) i += 1;
  if (i === b) return 'w';
  let sep = 0;
  let j = i;
  let ok = true;
  while (j < b) {
    let k = j;
    while (k < b && isDigit(text.charCodeAt(k))) k += 1;
    if (k === j) break;
    j = k;
    if (j < b) {
      const c = text.charCodeAt(j);
      if ((c === 47 || c === 46 || c === 45 || c === 58 || c === 44) && j + 1 < b && isDigit(text.charCodeAt(j + 1))) {
        if (sep === 0 || sep === c) {
          sep = c;
          j += 1;
          continue;
        }
        ok = false;
      }
      break;
    }
  }
  // As classify: a prefix (letters before the digits) allows no suffix but '%' or '+'.
  const suffixOk = j === b || (j + 1 === b && (text.charCodeAt(j) === 37 || text.charCodeAt(j) === 43));
  return !ok || (i > a && !suffixOk) ? 'w' : 'n';
}

/** Whether the chunk {@link chunkEnd} last measured has a digit (set by it, read by {@link classify}). */
let chunkDigit = false;
/** A hash of the characters of the chunk {@link chunkEnd} last measured (read by {@link wordEntry} and {@link classify}). */
let chunkHash = 0;
/**
 * The characters of the chunk {@link chunkEnd} last measured, 7 bits each, when it has at most 8 and all are ASCII:
 * the first four in `chunkLow`, the next four in `chunkHigh` (0 for none). With its length, the chunk's very
 * characters (no two such chunks share all three), so {@link wordEntry} tells a word it has seen before by two
 * numbers instead of comparing it character by character. `chunkPacked` is whether the chunk fits.
 */
let chunkLow = 0;
let chunkHigh = 0;
let chunkPacked = false;

/**
 * End of the alphanumeric chunk starting at i: letters and digits, inner apostrophes ("don't"),
 * in-number separators ("24/07/2020", "1,500", "8:45") and a trailing "%" or "+" after a digit.
 * Sets {@link chunkDigit}, {@link chunkHash} and the packed characters ({@link chunkLow}) on the way.
 */
function chunkEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  const first = text.charCodeAt(i);
  chunkDigit = isDigit(first);
  let h = first;
  let low = first;
  let high = 0;
  let wide = first > 127;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (isAlnum(d) || joins(text, j, d, n) || (d === 45 && nameHyphen(text, i, j, n))) {
      // Digits and separators enter the hash too (a chunk with digits is never a word of the word table).
      h = (Math.imul(h, 31) + d) & 0x3fffffff;
      const at = j - i;
      if (at < 4) low = (low << 7) | d;
      else if (at < 8) high = (high << 7) | d;
      if (d > 127) wide = true;
      else if (d <= 57 && d >= 48) chunkDigit = true;
      j += 1;
      continue;
    }
    if ((d === 37 /* % */ || d === 43) /* + */ && isDigit(text.charCodeAt(j - 1))) {
      j += 1;
      // "90%+" keeps both marks in the suffix.
      while (j < n && (text.charCodeAt(j) === 37 || text.charCodeAt(j) === 43)) j += 1;
    }
    break;
  }
  chunkHash = h;
  chunkLow = low;
  chunkHigh = high;
  chunkPacked = !wide && j - i <= 8;
  return j;
}

/** Whether the character code c is a lower-case letter ({@link isLetter}). */
function isLowerLetter(c: number): boolean {
  return c < 128 ? c >= 97 && c <= 122 : isLetter(c) && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c);
}

/** Whether the character code c is a capital letter ({@link isLetter}). */
function isUpperLetter(c: number): boolean {
  return c < 128 ? c >= 65 && c <= 90 : isLetter(c) && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c);
}

/**
 * The end of the capitalised word starting at a (a capital, then lower-case letters only, at least one), or -1.
 */
function capitalisedEnd(text: string, a: number, n: number): number {
  if (a >= n || !isUpperLetter(text.charCodeAt(a))) return -1;
  let e = a + 1;
  while (e < n && isLowerLetter(text.charCodeAt(e))) e += 1;
  return e > a + 1 && (e === n || !isAlnum(text.charCodeAt(e))) ? e : -1;
}

/**
 * Parts before a hyphen that make a compound, not a double-barrelled name ("Mid-March", "Non-Verbal", "Self-Esteem",
 * "Pre-School", "Post-16"), with the dates and days of {@link nameHyphen}.
 */
const COMPOUND_PARTS: ReadonlySet<string> = new Set([
  'mid', 'non', 'pre', 'post', 'self', 'anti', 'semi', 'co', 'ex', 'multi', 'sub', 'inter', 'over', 'under', 're', 'cross', 'full', 'part', 'well',
]);

/** Whether a lower-case part names a month, a week day or a term ("Sept-Dec", "Mon-Wed", "Autumn-Spring"): a span, not a name. */
function datePart(x: string): boolean {
  return _MONTHS.has(x) || _WEEKDAYS.has(x) || _TERM_WORDS.has(x);
}

/**
 * Whether a lower-case part is a common word the analyser's lists know, never part of a first name: a school-time or
 * festival word a deadline reads ("Easter-Time", "Half-Term"), a number word ("Twenty-Five"), a particle ("Check-In",
 * "Catch-Up"), a time noun, provision or a session ("Lego-Therapy"), a concrete thing or act of school ("Sixth-Form"), a
 * test or a subject (the sets the name reading of _specific.ts takes for things, not the child).
 */
function commonPart(x: string): boolean {
  return COMPOUND_PARTS.has(x) || _SUBJECTS.has(x) || _FESTIVALS.has(x) || _NUMBER_WORDS.has(x) || _PARTICLES.has(x) || _OCCASIONS.has(x) || _PROVISION_NOUNS.has(x) ||
    _SESSION_NOUNS.has(x) || _CONCRETE.has(x) || _CONCRETE_VERBS.has(x) || _GENERIC_OBJECTS.has(x) || _ASSESSMENTS.has(x);
}

/**
 * Whether the hyphen at j joins a double-barrelled first name into one word ("Ellie-Mae", "Kerry-Ann", "Jean-Luc"): the
 * chunk from i is one capitalised word, the hyphen has no space on either side and a capitalised word follows it. Read
 * as one word, the name is the child named as subject, as "Ellie" is (docs/smart.md, Labelling guide, Specific: the
 * child's concrete act), never a heading's dash nor two words ("Maths - …", "self-esteem", "on-task" stay as they are).
 * A compound, a subject's heading or a span of dates is not a name ("Mid-March", "Non-Negotiable", "Maths-Phase 3",
 * "Sept-Dec", "Mon-Wed"); a first name
 * that is also a month after the hyphen is ("Ellie-May", "Lily-June").
 */
function nameHyphen(text: string, i: number, j: number, n: number): boolean {
  if (capitalisedEnd(text, i, n) !== j) return false;
  const e = capitalisedEnd(text, j + 1, n);
  if (e < 0) return false;
  const first = text.slice(i, j).toLowerCase();
  const second = text.slice(j + 1, e).toLowerCase();
  // A school subject heading what follows with no spaces ("Maths-Phase 3 sounds") is a heading, not a name; nor is a
  // compound of common words, either part known ("Lego-Therapy", "Key Worker - Check-In", "Twenty-Five", "Easter-Time").
  if (datePart(first) || commonPart(first)) return false;
  if (datePart(second) ? !_AMBIGUOUS_MONTHS.has(second) : commonPart(second)) return false;
  // A compound's second part is a verb form, an adjective or an abstract noun ("Target-Setting", "Land-Based",
  // "Non-Negotiable", "Anger-Management").
  return !(second.endsWith('ing') || second.endsWith('ed') || second.endsWith('able') || _abstractNoun(second));
}

/**
 * Whether the character d at j (not a letter or digit) joins the chunk: an apostrophe between letters ("don't"), or
 * a separator between digits ("1,500" joins; "2, 5 and 10" does not, the space ends the chunk).
 */
function joins(text: string, j: number, d: number, n: number): boolean {
  if (d !== 39 /* ' */ && d !== 47 && d !== 46 && d !== 45 && d !== 58 && d !== 44) return false;
  const prev = text.charCodeAt(j - 1);
  const next = j + 1 < n ? text.charCodeAt(j + 1) : 0;
  return d === 39 ? isLetter(prev) && isLetter(next) : isDigit(prev) && isDigit(next);
}

/** Offsets or flags, one per token: plain arrays for short texts, typed arrays for long ones (filled in place, not grown). */
export type _Ints = number[] | Int32Array;

/** What {@link _read} reads from a text. */
export interface _Reading {
  /** Tokens in order (none when reading words only). */
  readonly toks: _Tok[];
  /** Where each token starts in the text (a token's end is its start plus the length of its `raw`). */
  readonly starts: _Ints;
  /** Each token's canonical word (with `canon`): `canon` of a word's lower-case form, `'#'` for a number, the mark for punctuation. */
  readonly words: string[];
  /** Each token's word flags (with `flagsOf`: its first word). */
  readonly flags: _Ints;
  /** Each token's second word of flags (with `flagsOf`; empty without). */
  readonly flags2: _Ints;
  /** Whether the text had any word or number (not only punctuation). */
  readonly content: boolean;
}

/** Texts longer than this many characters are read into lists made at their largest size at once (no growing). */
const LONG = 4096;

/** At most how many tokens a text has: one per character that is not a space. */
function tokenBound(text: string): number {
  let spaces = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) spaces += 1;
  return text.length - spaces;
}

/**
 * The two words of flags of a canonical word (`_doc.ts`'s `_wordFlag` and `_wordFlag2`), each a pure function of the
 * word for one flag generation: the reader keeps both with the word and writes them to `flags` and `flags2`.
 */
export interface _FlagsOf {
  readonly one: (w: string) => number;
  readonly two: (w: string) => number;
}

/** Flags of punctuation marks, `'\n'` and `'#'` (numbers) by their slot (as {@link MARK_TOKS}), for {@link MARK_GEN}'s generation. */
const MARK_FLAGS: number[] = [];
/** The second word of flags of the same marks (see {@link MARK_FLAGS}). */
const MARK_FLAGS2: number[] = [];
let MARK_GEN = -1;

/** The mark slot of a one-character mark, `'...'` or `'#'` (see {@link MARK_TOKS}), or -1 for any other word. */
function markSlot(w: string): number {
  return w === '...' ? 128 : w.length === 1 && w.charCodeAt(0) < 128 ? w.charCodeAt(0) : -1;
}

/** The flags of the mark `w` in slot `c` (see {@link MARK_TOKS}), worked out once per generation; `two` for the second word. */
function slotFlags(c: number, w: string, flagsOf: _FlagsOf, gen: number, two: boolean): number {
  if (gen !== MARK_GEN) {
    MARK_FLAGS.length = 0;
    MARK_FLAGS2.length = 0;
    for (let k = 0; k < 130; k++) MARK_FLAGS.push(-1);
    for (let k = 0; k < 130; k++) MARK_FLAGS2.push(0);
    MARK_GEN = gen;
  }
  let f = MARK_FLAGS[c] as number;
  if (f === -1) {
    f = flagsOf.one(w);
    MARK_FLAGS[c] = f;
    MARK_FLAGS2[c] = flagsOf.two(w);
  }
  return two === true ? (MARK_FLAGS2[c] as number) : f;
}

/**
 * Splits normalised text into tokens: words (letters and inner apostrophes), numbers (digits with
 * in-number separators such as `24/07/2020`, `81.5`, `8:45`, `1-3`, and a unit or ordinal suffix such as
 * `21st`, `3hrs`, `90%`, `11+`, or a prefix such as `Y10`), and single punctuation marks. A hyphen
 * between two alphanumerics is dropped and marks the next token `hyph`; line breaks become `'\n'`
 * tokens. Other symbols (emoji) are dropped. {@link _read} gives their offsets, canonical words and flags too.
 * @param text - Normalised text (see {@link _normalise}).
 * @returns Tokens in order.
 * @example
 * _tokenise('Tom, 3/5').map((t) => t.kind); // ['w', 'p', 'n']
 */
export function _tokenise(text: string): _Tok[] {
  return _read(text).toks;
}

/**
 * {@link _tokenise}, with the offset of each token and, on request, each token's canonical word and word flags.
 * @param text - Normalised text (see {@link _normalise}).
 * @param canon - When given, the canonical form of a lower-case word, for `words` (worked out once per word and
 *   kept with it, so `canon` must be a pure function, always the same one).
 * @param flagsOf - When given (with `canon`), the two words of flags of a canonical word, for `flags` and `flags2`: kept with the word while
 *   `gen` (the flags' generation, changed when a flag is added) stays the same.
 * @param gen - The flags' generation.
 * @param wordsOnly - Read `words` and `flags` only, making no tokens (`toks` and `starts` empty): a long text can
 *   then be refused on its words before a token is made for each of them (a chunk with digits is told a number
 *   or a word in place, nothing made).
 * @param count - The number of tokens, when already known (from reading the words only): the lists of a long
 *   text are then made at that size.
 * @returns What was read.
 * @example
 * _read('Tom  will').starts; // [0, 5]
 */
export function _read(text: string, canon?: (lc: string) => string, flagsOf?: _FlagsOf, gen = 0, wordsOnly = false, count?: number): _Reading {
  return readText(text, canon, flagsOf, gen, wordsOnly, count, false) as _Reading;
}

/**
 * {@link _read} of a raw text of at most 4,096 characters that {@link _normalise} would keep as it is, with its
 * canonical words and flags: the check that nothing needs normalising is made as the text is read (one pass over the
 * characters, not two). The characters of words and numbers are always kept; every other one is looked up as it is met.
 * @param text - A raw text (not yet normalised).
 * @param canon - As for {@link _read}.
 * @param flagsOf - As for {@link _read}.
 * @param gen - As for {@link _read}.
 * @returns What was read, or null when the text is longer than 4,096 characters or has a character {@link _normalise}
 *   changes (then nothing read is kept: normalise it and read it with {@link _read}).
 * @example
 * _readKept('Tom &amp; Ben', (w) => w, { one: () => 0, two: () => 0 }, 0); // null
 */
export function _readKept(text: string, canon: (lc: string) => string, flagsOf: _FlagsOf, gen: number): _Reading | null {
  return text.length > LONG ? null : readText(text, canon, flagsOf, gen, false, undefined, true);
}

/** {@link _read}; with `kept`, null as soon as a character {@link _normalise} would change is met (see {@link _readKept}). */
function readText(text: string, canon: ((lc: string) => string) | undefined, flagsOf: _FlagsOf | undefined, gen: number, wordsOnly: boolean, count: number | undefined, kept: boolean): _Reading | null {
  const n0 = text.length > LONG ? Math.max(1, count ?? tokenBound(text)) : 0;
  // A short text, when no other reading has the scratch lists, is read through the one shared sink (free again once it has finished).
  const sink = (n0 === 0 && !SCRATCH.busy ? SINK : new Sink()).init(n0, !wordsOnly, canon, flagsOf, gen);
  // The kind of the last token ('' before the first): a hyphen after a word or number joins the next one to it.
  let lastKind: _TokKind | '' = '';
  let content = false;
  const n = text.length;
  let i = 0;
  let gap = true;
  let hyph = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      gap = true;
      hyph = false;
      i += 1;
      continue;
    }
    if (c === 10) {
      sink.mark('\n', 10, i, true);
      lastKind = 'p';
      gap = true;
      hyph = false;
      i += 1;
      continue;
    }
    if (isAlnum(c)) {
      const j = chunkEnd(text, i);
      lastKind = sink.chunk(text, i, j, gap, hyph);
      content = true;
      gap = false;
      hyph = false;
      i = j;
      continue;
    }
    if (c === 45 /* - */ && lastKind !== '' && !gap && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (lastKind !== 'p' && isAlnum(next)) {
        hyph = true;
        i += 1;
        continue;
      }
    }
    // Only marks and symbols can be characters that normalising changes (spaces, line breaks, letters, digits and the
    // characters a word or number is read with are kept as they are).
    if (kept && !keeps(c)) return sink.abandon();
    if (c < 128 || c === 0xa3 /* £ */) {
      const ch = text[i] as string;
      const dots = c === 46 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46;
      sink.mark(dots ? '...' : ch, dots ? 128 : c < 128 ? c : 129, i, gap);
      i += dots ? 3 : 1;
      lastKind = 'p';
      gap = false;
      hyph = false;
      continue;
    }
    // Emoji and other symbols: dropped, treated as a space. Skip a surrogate pair at once.
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    gap = true;
    hyph = false;
  }
  return sink.finish(content);
}

/** A list of `LONG` copies of `value` (packed: every place filled). */
function filled<T>(value: T): T[] {
  const list: T[] = [];
  for (let i = 0; i < LONG; i++) list.push(value);
  return list;
}

/**
 * Lists a short text (at most {@link LONG} characters, so at most that many tokens) is read into, reused from one
 * reading to the next and copied out at the text's size: lists grown one push at a time are made two or three
 * times over (about half of what reading a target allocated). `busy` while a reading has them (a reading
 * started inside another, or after one that threw, gets lists of its own).
 */
const SCRATCH = {
  busy: false,
  toks: filled<_Tok>(new Tok('p', '', false, false, null)),
  starts: filled(0),
  words: filled(''),
  flags: filled(0),
  flags2: filled(0),
};

/** Pools of the lists a short text's reading is copied out to (see `_lists.ts`): one per list, so each keeps one kind of element. */
const TOK_LISTS = new _ListPool<_Tok[]>();
const START_LISTS = new _ListPool<number[]>();
const WORD_LISTS = new _ListPool<string[]>();
const FLAG_LISTS = new _ListPool<number[]>();
const FLAG2_LISTS = new _ListPool<number[]>();

/** The first `k` elements of a scratch list, in a list of that size from `pool` (one is made when it has none). */
function copyOut<T>(scratch: T[], k: number, pool: _ListPool<T[]>): T[] {
  const list = pool.take(k);
  if (list === null) return _madeList(scratch.slice(0, k), pool);
  for (let i = 0; i < k; i++) list[i] = scratch[i] as T;
  return _madeList(list, pool);
}


/**
 * The first `k` elements of the five scratch lists (a reading with tokens and flags), each copied into a list of that
 * size from its pool ({@link copyOut}). From 6 December 2026 they were cut out with `slice` (the engine's own copy, about
 * 2,800 instructions per target fewer by valgrind's count), but five new lists a reading were about 5.5 KB of the 39 KB
 * `assessPep` allocated per PEP over the bundled cohort: with the pools it allocates about 33.5 KB, no slower in CPU
 * time measured in one process (scripts/assess-cost.mjs, after over before 0.95 and 1.04, at a load of 25). The five
 * lists are copied in one loop, not one loop each: 120,530 → 119,705 instructions per target by valgrind's count
 * (scripts/smart-instructions.mjs, without compiling and collecting), allocation unchanged. Typed lists for the offsets
 * and flags, copied with `set`, were tried and cost more (120,824: the readers of the flags read typed lists slower).
 */
function copyAll(k: number, content: boolean): _Reading {
  const { toks, starts, words, flags, flags2 } = SCRATCH;
  // A list the pool has none of is cut out (already filled; the loop below writes the same elements again).
  const t = TOK_LISTS.take(k) ?? toks.slice(0, k);
  const s = START_LISTS.take(k) ?? starts.slice(0, k);
  const w = WORD_LISTS.take(k) ?? words.slice(0, k);
  const f = FLAG_LISTS.take(k) ?? flags.slice(0, k);
  const f2 = FLAG2_LISTS.take(k) ?? flags2.slice(0, k);
  // One loop over the five lists, not five loops.
  for (let i = 0; i < k; i++) {
    t[i] = toks[i] as _Tok;
    s[i] = starts[i] as number;
    w[i] = words[i] as string;
    f[i] = flags[i] as number;
    f2[i] = flags2[i] as number;
  }
  return { toks: _madeList(t, TOK_LISTS), starts: _madeList(s, START_LISTS), words: _madeList(w, WORD_LISTS), flags: _madeList(f, FLAG_LISTS), flags2: _madeList(f2, FLAG2_LISTS), content };
}

/**
 * Where {@link _read} puts what it reads: tokens and their offsets (unless reading words only), canonical words and
 * flags. For a long text, lists made at their largest size (one token per character) and cut to size at the end:
 * a list grown one push at a time is copied again and again.
 */
class Sink {
  toks: _Tok[] = SCRATCH.toks;
  starts: _Ints = SCRATCH.starts;
  private words: string[] = SCRATCH.words;
  private flags: _Ints = SCRATCH.flags;
  private flags2: _Ints = SCRATCH.flags2;
  /** Tokens read so far. */
  private k = 0;
  private long = false;
  /** Whether the lists are {@link SCRATCH}'s (a short text): copied out at the end, and given back. */
  private scratch = false;
  private make = false;
  private canon: ((lc: string) => string) | undefined = undefined;
  private flagsOf: _FlagsOf | undefined = undefined;
  private gen = 0;

  /**
   * Sets the sink up for a reading (a new one, or {@link SINK} again: a short text's reading is read into it).
   * @param n - For a long text, at most how many tokens it has ({@link tokenBound}); 0 for a short one.
   */
  init(n: number, make: boolean, canon: ((lc: string) => string) | undefined, flagsOf: _FlagsOf | undefined, gen: number): Sink {
    const long = n > 0;
    this.long = long;
    this.k = 0;
    // A short text is read into the reused lists (when no other reading has them) and copied out at its size.
    const scratch = !long && !SCRATCH.busy;
    if (scratch) SCRATCH.busy = true;
    this.scratch = scratch;
    this.toks = make && long ? new Array<_Tok>(n) : make && scratch ? SCRATCH.toks : [];
    this.starts = make && long ? new Int32Array(n) : make && scratch ? SCRATCH.starts : [];
    this.words = canon !== undefined && long ? new Array<string>(n) : canon !== undefined && scratch ? SCRATCH.words : [];
    const flagged = flagsOf !== undefined && canon !== undefined;
    this.flags = flagged && long ? new Int32Array(n) : flagged && scratch ? SCRATCH.flags : [];
    this.flags2 = flagged && long ? new Int32Array(n) : flagged && scratch ? SCRATCH.flags2 : [];
    this.make = make;
    this.canon = canon;
    this.flagsOf = canon === undefined ? undefined : flagsOf;
    this.gen = gen;
    return this;
  }

  /** The reading, its lists cut to the number of tokens. */
  finish(content: boolean): _Reading {
    const k = this.k;
    if (this.scratch) {
      SCRATCH.busy = false;
      if (this.make && this.flagsOf !== undefined) return copyAll(k, content);
      return {
        toks: this.toks.length === 0 ? this.toks : copyOut(this.toks, k, TOK_LISTS),
        starts: this.starts.length === 0 ? this.starts : copyOut(this.starts as number[], k, START_LISTS),
        words: this.words.length === 0 ? this.words : copyOut(this.words, k, WORD_LISTS),
        flags: this.flags.length === 0 ? this.flags : copyOut(this.flags as number[], k, FLAG_LISTS),
        flags2: this.flags2.length === 0 ? this.flags2 : copyOut(this.flags2 as number[], k, FLAG2_LISTS),
        content,
      };
    }
    if (!this.long) return { toks: this.toks, starts: this.starts, words: this.words, flags: this.flags, flags2: this.flags2, content };
    this.toks.length = this.make ? k : 0;
    this.words.length = this.canon !== undefined ? k : 0;
    const starts = this.make ? (this.starts as Int32Array).subarray(0, k) : this.starts;
    const flags = this.flags.length === 0 ? this.flags : (this.flags as Int32Array).subarray(0, k);
    const flags2 = this.flags2.length === 0 ? this.flags2 : (this.flags2 as Int32Array).subarray(0, k);
    return { toks: this.toks, starts, words: this.words, flags, flags2, content };
  }

  /** Gives up a reading: the scratch lists are free again and nothing read is returned. */
  abandon(): null {
    if (this.scratch) SCRATCH.busy = false;
    return null;
  }

  /** Writes both words of flags of the canonical word of token k (marks and '#' kept by character). Called only with `flagsOf`. */
  private flagOf(k: number, w: string): void {
    const of = this.flagsOf as _FlagsOf;
    const c = markSlot(w);
    this.flags[k] = c < 0 ? of.one(w) : slotFlags(c, w, of, this.gen, false);
    this.flags2[k] = c < 0 ? of.two(w) : slotFlags(c, w, of, this.gen, true);
  }

  /** A punctuation mark or line break at i; `slot` is its place in the mark tables ({@link MARK_TOKS}). */
  mark(raw: string, slot: number, i: number, gap: boolean): void {
    const k = this.k++;
    if (this.make) {
      this.toks[k] = sharedTok((MARK_TOKS[slot] ??= []), 'p', raw, gap, false, null);
      this.starts[k] = i;
    }
    if (this.canon !== undefined) {
      this.words[k] = raw;
      if (this.flagsOf !== undefined) {
        this.flags[k] = slotFlags(slot, raw, this.flagsOf, this.gen, false);
        this.flags2[k] = MARK_FLAGS2[slot] as number;
      }
    }
  }

  /** The chunk text[i, j) that {@link chunkEnd} just measured; returns its kind. */
  chunk(text: string, i: number, j: number, gap: boolean, hyph: boolean): _TokKind {
    const k = this.k++;
    if (chunkDigit === true && this.make === false) {
      const kind = chunkKind(text, i, j);
      if (this.canon !== undefined) {
        const cw = kind === 'n' ? '#' : this.canon(lowerWord(text.slice(i, j)));
        this.words[k] = cw;
        if (this.flagsOf !== undefined) this.flagOf(k, cw);
      }
      return kind;
    }
    if (chunkDigit === true) {
      const t = classify(text, i, j, gap, hyph);
      this.toks[k] = t;
      this.starts[k] = i;
      if (this.canon !== undefined) {
        const cw = t.kind === 'n' ? '#' : this.canon(t.lc);
        this.words[k] = cw;
        if (this.flagsOf !== undefined) this.flagOf(k, cw);
      }
      return t.kind;
    }
    const e = wordEntry(text, i, j);
    if (this.make === true) {
      this.toks[k] = wordTok(e, gap, hyph);
      this.starts[k] = i;
    }
    if (this.canon !== undefined) {
      const cw = (e.canon ??= this.canon(e.lc));
      this.words[k] = cw;
      if (this.flagsOf !== undefined) {
        if (e.gen !== this.gen) {
          e.fl = (this.flagsOf as _FlagsOf).one(cw);
          e.fl2 = (this.flagsOf as _FlagsOf).two(cw);
          e.gen = this.gen;
        }
        this.flags[k] = e.fl;
        this.flags2[k] = e.fl2;
      }
    }
    return 'w';
  }
}

/** The sink of short texts' readings (used only while it has the scratch lists: by one reading at a time). */
const SINK = new Sink();
