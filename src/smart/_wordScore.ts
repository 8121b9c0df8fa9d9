/**
 * A second opinion from wording (docs/smart.md, "Confidence"): a small logistic regression per criterion
 * (specific, measurable) over the words and word pairs of a target, trained by `scripts/smart-train.ts` on the
 * labelled development targets. It is asked only where the rules judged a criterion with low confidence
 * ({@link _judgeText}), and decides `met` only when its probability is past a margin chosen by cross-validation.
 * Pure: the weights are data ({@link _WORD_MODEL}), read once into a table.
 */
import type { _Doc } from './_doc';
import { _MAX_SPAN, _spanText } from './_analyse';
import { _WORD_MODEL } from './_wordModel';
import { _STOP } from './_phrases';

/** A model token: a canonical word, `'#'` for a number, {@link _NAME} or {@link _RARE}; `null` at punctuation. */
export type _ModelWord = string | null;

/** The token for a capitalised word the model does not know (a name, most often). */
export const _NAME = '<n>';
/** The token for a lower-case word the model does not know. */
export const _RARE = '<u>';
/** The start of the text, for the first word pair. */
export const _START = '^';

/**
 * The model reads at most this many tokens of a text: targets are a sentence or a few (the longest development target
 * has 84 tokens), so a longer text is read for its start only and the second opinion costs no more on a 1 MB text.
 */
export const _MODEL_TOKENS = 1000;

/** The words of a document before they are mapped to the vocabulary: canonical word and whether it was written capitalised. */
export interface _RawWords {
  /** Canonical word, `'#'` for a number, `null` for punctuation. */
  readonly w: readonly (string | null)[];
  /** Whether the word was written with a capital first letter and some lower-case letters after it. */
  readonly cap: readonly boolean[];
}

/**
 * The raw model words of a document: the analyser's own canonical words (lower case, one-letter typos of key
 * words corrected, `'#'` for numbers), punctuation as `null`; the first {@link _MODEL_TOKENS} tokens only.
 * @param doc - The analysed document.
 * @returns The words.
 * @example
 * _rawWords(_buildDoc('Sam will read 20 words.', { n: 0 })).w; // ['sam', 'will', 'read', '#', 'words', null]
 */
export function _rawWords(doc: Pick<_Doc, 'toks' | 'w'>): _RawWords {
  const w: (string | null)[] = [];
  const cap: boolean[] = [];
  const n = Math.min(doc.toks.length, _MODEL_TOKENS);
  for (let i = 0; i < n; i++) {
    const t = doc.toks[i];
    if (t === undefined || t.kind === 'p') {
      w.push(null);
      cap.push(false);
      continue;
    }
    w.push(t.kind === 'n' ? '#' : (doc.w[i] as string));
    const c = t.raw.charCodeAt(0);
    cap.push(t.kind === 'w' && c >= 65 && c <= 90 && t.raw !== t.raw.toUpperCase());
  }
  return { w, cap };
}

/**
 * The model tokens of raw words: a known word as it is, an unknown one as {@link _NAME} when written
 * capitalised, else {@link _RARE}.
 * @param raw - From {@link _rawWords}.
 * @param known - Whether a word is in the vocabulary.
 * @returns One token per document token (`null` at punctuation).
 * @example
 * _modelWords({ w: ['sam', 'will'], cap: [true, false] }, (x) => x === 'will'); // ['<n>', 'will']
 */
export function _modelWords(raw: _RawWords, known: (w: string) => boolean): _ModelWord[] {
  return raw.w.map((x, i) => (x === null ? null : x === '#' || known(x) ? x : raw.cap[i] === true ? _NAME : _RARE));
}

/**
 * Calls `each(feature, from, to)` for every feature of the model tokens: each token (a unigram) and each pair of
 * neighbouring tokens not split by punctuation (a bigram, `'a b'`), with the start of the text as {@link _START}
 * before the first token; `from` and `to` are the document tokens it spans (to exclusive; -1 for the start).
 * @param words - From {@link _modelWords}.
 * @param each - Called once per occurrence (a feature may occur more than once).
 * @example
 * const f: string[] = []; _eachFeature(['will', 'read'], (x) => f.push(x)); // f: ['will', '^ will', 'read', 'will read']
 */
export function _eachFeature(words: readonly _ModelWord[], each: (feature: string, from: number, to: number) => void): void {
  let prev: string | null = _START;
  let prevAt = -1;
  for (let i = 0; i < words.length; i++) {
    const x = words[i];
    if (x === null || x === undefined) {
      prev = null;
      continue;
    }
    each(x, i, i + 1);
    if (prev !== null) each(`${prev} ${x}`, prevAt < 0 ? i : prevAt, i + 1);
    prev = x;
    prevAt = i;
  }
}

/** The model read into a table: the vocabulary, feature → index (bigrams by their first word), the weights of each criterion. */
interface Table {
  readonly known: ReadonlySet<string>;
  readonly index: ReadonlyMap<string, number>;
  /** Bigram features by first word, then second word → index (no string is built to look a pair up). */
  readonly pairs: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly weights: readonly [Float64Array, Float64Array];
  readonly bias: readonly [number, number];
  /** Per feature, the number of the last scoring that counted it: a feature counts once per text. */
  readonly stamp: Int32Array;
}

let table: Table | null = null;
/** The number of the current scoring (see {@link Table.stamp}). */
let scoring = 0;

/** The weights of a base-36 string ("a,-b,0,…") over the scale. */
function weightsOf(s: string, n: number, scale: number): Float64Array {
  const out = new Float64Array(n);
  const parts = s.split(',');
  for (let k = 0; k < n; k++) out[k] = parseInt(parts[k] ?? '0', 36) / scale;
  return out;
}

function tableOf(): Table {
  if (table !== null) return table;
  const m = _WORD_MODEL;
  const feats = m.features.split('|');
  const index = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  feats.forEach((f, k) => {
    index.set(f, k);
    const space = f.indexOf(' ');
    if (space < 0) return;
    const first = f.slice(0, space);
    const inner = pairs.get(first) ?? new Map<string, number>();
    inner.set(f.slice(space + 1), k);
    pairs.set(first, inner);
  });
  const weights: [Float64Array, Float64Array] = [weightsOf(m.specific, feats.length, m.scale), weightsOf(m.measurable, feats.length, m.scale)];
  // The vocabulary: the words of the file and every unigram feature.
  const known = new Set(m.words.split('|'));
  for (const f of feats) if (!f.includes(' ')) known.add(f);
  table = { known, index, pairs, weights, bias: [m.bias[0] / m.scale, m.bias[1] / m.scale], stamp: new Int32Array(feats.length) };
  return table;
}

/** The model token of document token i ({@link _modelWords} of one token), or null for punctuation. */
function tokenAt(doc: Pick<_Doc, 'toks' | 'w'>, i: number, known: ReadonlySet<string>): string | null {
  const t = doc.toks[i];
  if (t === undefined || t.kind === 'p') return null;
  if (t.kind === 'n') return '#';
  const x = doc.w[i] as string;
  if (known.has(x)) return x;
  const c = t.raw.charCodeAt(0);
  return c >= 65 && c <= 90 && t.raw !== t.raw.toUpperCase() ? _NAME : _RARE;
}

/**
 * The model's probability that a criterion is met (what {@link _wordOpinion} gives as `p`, without listing the
 * features): one pass over the first {@link _MODEL_TOKENS} tokens, no string built. Pure and deterministic.
 * @param doc - The analysed document.
 * @param criterion - 0 specific, 1 measurable.
 * @returns The probability.
 * @example
 * _wordProbability(_buildDoc('Sam will spell 10 words.', { n: 0 }), 1) > 0.5; // true
 */
export function _wordProbability(doc: Pick<_Doc, 'toks' | 'w'>, criterion: _WordCriterion): number {
  const t = tableOf();
  const w = t.weights[criterion];
  const stamp = t.stamp;
  if (scoring >= 0x3fffffff) {
    stamp.fill(0);
    scoring = 0;
  }
  const now = ++scoring;
  let z = t.bias[criterion];
  let prev: string | null = _START;
  const n = Math.min(doc.toks.length, _MODEL_TOKENS);
  for (let i = 0; i < n; i++) {
    const x = tokenAt(doc, i, t.known);
    if (x === null) {
      prev = null;
      continue;
    }
    const k = t.index.get(x);
    if (k !== undefined && stamp[k] !== now) {
      stamp[k] = now;
      z += w[k] as number;
    }
    const k2 = prev === null ? undefined : t.pairs.get(prev)?.get(x);
    if (k2 !== undefined && stamp[k2] !== now) {
      stamp[k2] = now;
      z += w[k2] as number;
    }
    prev = x;
  }
  return 1 / (1 + Math.exp(-z));
}

/** Which criterion: 0 specific, 1 measurable. */
export type _WordCriterion = 0 | 1;

/** A second opinion: the probability that the criterion is met, and the features present with their weights. */
export interface _Opinion {
  readonly p: number;
  /** Features present (each once): weight and the document tokens of its first occurrence. */
  readonly parts: readonly { readonly weight: number; readonly from: number; readonly to: number; readonly feature: string }[];
}

/**
 * The model's probability that a criterion is met, from the document's words alone (pure, deterministic).
 * @param doc - The analysed document.
 * @param criterion - 0 specific, 1 measurable.
 * @returns The probability and the features that weighed.
 * @example
 * _wordOpinion(_buildDoc('Sam will spell 10 words.', { n: 0 }), 1).p > 0.5; // true
 */
export function _wordOpinion(doc: Pick<_Doc, 'toks' | 'w'>, criterion: _WordCriterion): _Opinion {
  const t = tableOf();
  const words = _modelWords(_rawWords(doc), (x) => t.known.has(x));
  const w = t.weights[criterion];
  const seen = new Set<number>();
  const parts: { weight: number; from: number; to: number; feature: string }[] = [];
  let z = t.bias[criterion];
  _eachFeature(words, (f, from, to) => {
    const k = t.index.get(f);
    if (k === undefined || seen.has(k)) return;
    seen.add(k);
    const weight = w[k] as number;
    z += weight;
    if (weight !== 0) parts.push({ weight, from, to, feature: f });
  });
  return { p: 1 / (1 + Math.exp(-z)), parts };
}

/**
 * The model's verdict when its probability is past its margin for the criterion and the rules' verdict (the margins
 * were chosen by cross-validation; 0.5 means the model never decides), or null when it is unsure.
 * @param p - From {@link _wordOpinion}.
 * @param criterion - 0 specific, 1 measurable.
 * @param rulesMet - The rules' (low-confidence) verdict.
 * @returns The verdict or null.
 * @example
 * _wordVerdict(0.5, 0, false); // null
 */
export function _wordVerdict(p: number, criterion: _WordCriterion, rulesMet: boolean): boolean | null {
  const margin = _WORD_MODEL.margin[criterion][rulesMet ? 0 : 1];
  if (margin >= 0.5) return null;
  if (p >= 0.5 + margin) return true;
  if (p <= 0.5 - margin) return false;
  return null;
}

/** How the evidence line of a verdict decided by the model begins. */
const LEAD = 'Judged from the wording of targets quality officers judged: ';

/** Whether a feature is worth quoting: no name; a word that is not a stop word, or a pair with one (a word the model does not know counts in a pair). */
function quotable(feature: string): boolean {
  if (feature.includes(_NAME)) return false;
  const parts = feature.split(' ');
  if (parts.length === 1) return feature !== _RARE && !_STOP.has(feature);
  return parts.some((x) => x !== _START && !_STOP.has(x));
}

/**
 * The evidence line of a verdict decided by the model: the target's own words that weighed most towards it
 * (at most three; names, stop words alone and words the model does not know alone are not quoted).
 * @param doc - The analysed document.
 * @param opinion - From {@link _wordOpinion}.
 * @param met - The verdict.
 * @param name - 'specific' or 'measurable'.
 * @returns The line (at most 120 characters), e.g. "Judged from the wording of targets quality officers judged: 'spell', '10' weigh towards measurable."
 */
export function _wordEvidence(doc: _Doc, opinion: _Opinion, met: boolean, name: 'specific' | 'measurable'): string {
  const towards = opinion.parts.filter((x) => (met ? x.weight > 0 : x.weight < 0) && quotable(x.feature));
  towards.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.from - b.from);
  const quoted: string[] = [];
  for (const x of towards) {
    if (quoted.length >= 3) break;
    const s = _spanText(doc, x.from, x.to);
    const l = s.toLowerCase();
    if (s === '' || quoted.some((q) => q.toLowerCase().includes(l) || l.includes(q.toLowerCase()))) continue;
    quoted.push(s);
  }
  const tail = (): string => ` ${quoted.length === 1 ? 'weighs' : 'weigh'} ${met ? 'towards' : 'against'} ${name}.`;
  // Evidence strings are at most _MAX_SPAN (120) characters: the weakest words are dropped until the line fits.
  while (quoted.length > 0 && LEAD.length + quoted.map((q) => `'${q}'`).join(', ').length + tail().length > _MAX_SPAN) quoted.pop();
  if (quoted.length === 0) return `${LEAD}the wording weighs ${met ? 'towards' : 'against'} ${name}.`;
  return `${LEAD}${quoted.map((q) => `'${q}'`).join(', ')}${tail()}`;
}
