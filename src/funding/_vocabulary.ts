import type { Policy } from '../policy/schema';

/*
 * The spending vocabulary of a policy (`ppPlus.categories`, `ppPlus.disallowedCategories`), compiled
 * once per policy into a word index. Text is read as runs of letters and digits, lower-cased (the
 * policy schema reads vocabulary entries the same way), and matched on whole words: 'bus' never
 * matches 'business'. A word also matches its plural in 's' ('taxis'). Matching is one pass over the
 * text's words, each looked up in a map, so its cost grows with the text's length only.
 */

/** A word or phrase of the vocabulary, as tokens, with the category it names. */
interface Phrase {
  readonly tokens: readonly string[];
  readonly id: string;
  /** The vocabulary's own spelling (safe to name in a message: it is policy data, not the request's text). */
  readonly word: string;
}

/** A category found in a text, with the vocabulary word that found it. */
export interface _VocabularyMatch {
  readonly id: string;
  readonly word: string;
}

/** The compiled vocabulary. */
export interface _Vocabulary {
  /** The policy has a vocabulary (`ppPlus.categories.value` is not empty). */
  readonly known: boolean;
  /** Category ids PP+ may not fund (disallowed entries that name no category stand for themselves). */
  readonly disallowed: ReadonlySet<string>;
  /** A whole category string (its tokens joined by a space) to its category id. */
  readonly exact: ReadonlyMap<string, string>;
  /** First token to the phrases starting with it. */
  readonly phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** First token to the phrases starting with it that name a disallowed category (the same order as in `phrases`). */
  readonly disallowedPhrases: ReadonlyMap<string, readonly Phrase[]>;
  /** The same lists under each first token of 3 or more letters with a plural 's' added (no text cut per word read). */
  readonly disallowedPlurals: ReadonlyMap<string, readonly Phrase[]>;
  /** The ids of category strings seen before (categories are a short list in practice; at most CATEGORIES_KEPT of up to 100 characters kept). */
  readonly categoryIds: Map<string, readonly string[]>;
}

/** How many category strings a vocabulary remembers the ids of. */
const CATEGORIES_KEPT = 512;

const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * The words of a text: runs of letters and digits, lower-cased.
 * @param text - Any text.
 * @returns The tokens, in order.
 */
function wordsOf(text: string): string[] {
  return _asciiWords(text) ?? text.toLowerCase().match(TOKEN) ?? [];
}

/**
 * The words of an ASCII text by hand, or null when the text has any other character. In ASCII, letters
 * and digits (`\p{L}`, `\p{N}`) are exactly A-Z, a-z and 0-9, and lower-casing touches only A-Z: the
 * same tokens as the regular expression, without it (a test compares the two).
 * @internal
 */
export function _asciiWords(text: string): string[] | null {
  const out: string[] = [];
  let start = -1;
  let upper = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 128) return null;
    const isUpper = c >= 65 && c <= 90;
    if (isUpper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) {
        start = i;
        upper = false;
      }
      if (isUpper) upper = true;
    } else if (start >= 0) {
      const word = text.slice(start, i);
      out.push(upper ? word.toLowerCase() : word);
      start = -1;
    }
  }
  return out;
}

/**
 * Compiles a policy's vocabulary and disallowed categories. A disallowed entry is read as a
 * category id, or a word of a category (its category is then disallowed), or else stands for itself.
 * @param pp - The policy's `ppPlus`.
 * @returns The vocabulary.
 * @internal
 */
export function _compileVocabulary(pp: Policy['ppPlus']): _Vocabulary {
  const exact = new Map<string, string>();
  const phrases = new Map<string, Phrase[]>();
  const add = (word: string, id: string): void => {
    const tokens = wordsOf(word);
    if (tokens.length === 0) return;
    const key = tokens.join(' ');
    if (!exact.has(key)) exact.set(key, id);
    const list = phrases.get(tokens[0]!) ?? [];
    list.push({ tokens, id, word });
    phrases.set(tokens[0]!, list);
  };
  for (const c of pp.categories.value) for (const w of [c.id, ...c.words]) add(w, c.id);
  const disallowed = new Set<string>();
  for (const d of pp.disallowedCategories.value) {
    const key = wordsOf(d).join(' ');
    if (key === '') continue;
    const id = exact.get(key);
    if (id !== undefined) disallowed.add(id);
    else {
      const own = d.trim().toLowerCase();
      add(d, own);
      disallowed.add(own);
    }
  }
  const disallowedPhrases = new Map<string, readonly Phrase[]>();
  const disallowedPlurals = new Map<string, readonly Phrase[]>();
  for (const [first, list] of phrases) {
    const banned = list.filter((p) => disallowed.has(p.id));
    if (banned.length === 0) continue;
    disallowedPhrases.set(first, banned);
    // _findCategories reads a word of more than 3 letters ending in 's' as the plural of the word without it.
    if (first.length >= 3) disallowedPlurals.set(`${first}s`, banned);
  }
  return { known: pp.categories.value.length > 0, disallowed, exact, phrases, disallowedPhrases, disallowedPlurals, categoryIds: new Map() };
}

/** `tokens[i..]` starts with the phrase (its last word may carry a plural 's'). */
function startsWith(tokens: readonly string[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[i + k]!;
    if (t !== phrase[k] && !(k === phrase.length - 1 && t === `${phrase[k]}s`)) return false;
  }
  return true;
}

/**
 * The categories a text names, in the order they first occur, one match per category.
 * @param vocabulary - The compiled vocabulary.
 * @param text - A request's description or category.
 * @returns The matches.
 * @internal
 */
export function _findCategories(vocabulary: _Vocabulary, text: string): _VocabularyMatch[] {
  const tokens = wordsOf(text);
  const found: _VocabularyMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const own = vocabulary.phrases.get(t);
    if (own !== undefined) matchAt(tokens, i, own, found);
    const plural = t.length > 3 && t.endsWith('s') ? vocabulary.phrases.get(t.slice(0, -1)) : undefined;
    if (plural !== undefined) matchAt(tokens, i, plural, found);
  }
  return found;
}

/** Adds each phrase starting at token `i` whose category is not found yet (first match per category kept). */
function matchAt(tokens: readonly string[], i: number, phrases: readonly Phrase[], found: _VocabularyMatch[]): void {
  for (const p of phrases) {
    let known = false;
    for (let k = 0; k < found.length && !known; k++) known = found[k]!.id === p.id;
    if (!known && startsWith(tokens, i, p.tokens)) found.push({ id: p.id, word: p.word });
  }
}

/**
 * The first match {@link _findCategories} gives that names a disallowed category, or `undefined`: the same
 * reading, over the phrases of disallowed categories only, stopping at the first (no list of matches).
 * @param vocabulary - The compiled vocabulary.
 * @param text - A request's description.
 * @returns The match, or `undefined`.
 * @internal
 */
export function _findDisallowed(vocabulary: _Vocabulary, text: string): _VocabularyMatch | undefined {
  const tokens = wordsOf(text);
  for (let i = 0; i < tokens.length; i++) {
    // The phrase itself is the match (its id and word): no new record.
    const hit = firstAt(tokens, i, vocabulary.disallowedPhrases.get(tokens[i]!)) ?? firstAt(tokens, i, vocabulary.disallowedPlurals.get(tokens[i]!));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** The first phrase of the list (if any) starting at token `i`. */
function firstAt(tokens: readonly string[], i: number, phrases: readonly Phrase[] | undefined): Phrase | undefined {
  if (phrases !== undefined) for (const p of phrases) if (startsWith(tokens, i, p.tokens)) return p;
  return undefined;
}

/**
 * The category ids a request's category names: the whole category if it is an id or word of the
 * vocabulary, else the categories its words name (`'school uniform'` → clothing-uniform).
 * @param vocabulary - The compiled vocabulary.
 * @param category - The request's category.
 * @returns The ids; empty when the vocabulary does not know it.
 * @internal
 */
export function _categoryIds(vocabulary: _Vocabulary, category: string): readonly string[] {
  const known = vocabulary.categoryIds.get(category);
  if (known !== undefined) return known;
  const whole = vocabulary.exact.get(wordsOf(category).join(' '));
  const ids = Object.freeze(whole !== undefined ? [whole] : _findCategories(vocabulary, category).map((m) => m.id));
  if (vocabulary.categoryIds.size < CATEGORIES_KEPT && category.length <= 100) vocabulary.categoryIds.set(category, ids);
  return ids;
}
