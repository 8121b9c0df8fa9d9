/**
 * Walks to the nearest word of a kind within a stretch (a sentence, a clause, up to a pipe), read in constant amortised
 * time: a scan that asks at every verb or candidate "is there a future word earlier in this sentence?" walked back to
 * the sentence's start each time, which in one long sentence that never ends is quadratic. A walk here reads at most
 * `_walkTesting.cap` tokens itself (64), counted in the step counter; past that it reads an index of the whole text, made once
 * per document and walk in one pass (and counted there). Either way the answer is the same: the index holds, for each
 * token, exactly what the walk from it would find.
 */
import type { _Doc } from './_doc';

/** A test of token k of a document (pure: it reads only the words, tokens, flags and clause numbers, never the use marks). */
export type _At = (doc: _Doc, k: number) => boolean;

/** A walk: where it stops and what it looks for, and which way it goes. Made once, at module load ({@link _walkBack}, {@link _walkOn}). */
export interface _Walk {
  /** A token at which the walk stops before looking at it (a sentence's end). */
  readonly stop: _At;
  /** A token the walk looks for. */
  readonly hit: _At;
  /** Whether it walks back (towards the start) or on (towards the end). */
  readonly back: boolean;
  /** Its place in each document's list of indexes. */
  readonly id: number;
}

/**
 * Tokens a walk reads itself before it reads the index (`cap`): more than any ordinary target's sentence, so they never
 * make one. For tests only: 0 makes every walk read its index, and `Infinity` none (each walks all the way, as the scans
 * did before the indexes, with every token counted), so a test can show the answers are the same and that the steps of
 * the walks alone would grow quadratically (test/smart/linearSentenceWalks.test.ts). `few` scales the counts of anchors
 * or dates below which a reading asks each one in turn rather than making its index (0: always the index).
 */
export const _walkTesting = { cap: 64, few: 1 };

/** How many walks are registered. */
let walks = 0;

/** The indexes made for each document, by walk. */
const INDEXES = new WeakMap<_Doc, (Int32Array | undefined)[]>();

/**
 * A walk back: from token `from` towards the start, stopping at a token of `stop` (which is not looked at), finding the
 * first token of `hit`.
 * @param stop - Where it stops.
 * @param hit - What it finds.
 * @returns The walk, for {@link _nearest}.
 * @example
 * const FUTURE_BACK = _walkBack(_sentenceEndAt, (doc, k) => _FUTURE.has(doc.w[k] ?? ''));
 */
export function _walkBack(stop: _At, hit: _At): _Walk {
  walks += 1;
  return { stop, hit, back: true, id: walks - 1 };
}

/**
 * A walk on: from token `from` towards the end, stopping at a token of `stop`, finding the first token of `hit`.
 * @param stop - Where it stops.
 * @param hit - What it finds.
 * @returns The walk, for {@link _nearest}.
 * @example
 * const END_ON = _walkOn(() => false, _sentenceEndAt); // the sentence's end
 */
export function _walkOn(stop: _At, hit: _At): _Walk {
  walks += 1;
  return { stop, hit, back: false, id: walks - 1 };
}

/**
 * The nearest token of the walk's `hit` from token `from` (itself included), before a token of its `stop` and within
 * the text; -1 when there is none.
 * @param doc - The document.
 * @param from - Where the walk starts (below 0 or past the end: none).
 * @param walk - The walk.
 * @returns The token's index, or -1.
 * @example
 * _nearest(doc, v - 1, SENTENCE_START) + 1; // the first token of v's sentence
 */
export function _nearest(doc: _Doc, from: number, walk: _Walk): number {
  const n = doc.toks.length;
  const step = walk.back ? -1 : 1;
  const cap = _walkTesting.cap;
  let k = from;
  for (let i = 0; i < cap; i++, k += step) {
    if (k < 0 || k >= n || walk.stop(doc, k)) {
      doc.ops.n += i + 1;
      return -1;
    }
    if (walk.hit(doc, k)) {
      doc.ops.n += i + 1;
      return k;
    }
  }
  doc.ops.n += cap + 1;
  // Past either end (with the cap at 0, a walk from there): none.
  return k < 0 || k >= n ? -1 : (indexOf(doc, walk)[k] as number);
}

/** The walk's index for the document: for each token, what the walk from it finds. Made on first use. */
function indexOf(doc: _Doc, walk: _Walk): Int32Array {
  let list = INDEXES.get(doc);
  if (list === undefined) {
    list = [];
    INDEXES.set(doc, list);
  }
  const made = list[walk.id];
  if (made !== undefined) return made;
  const n = doc.toks.length;
  const near = new Int32Array(n);
  const { stop, hit } = walk;
  if (walk.back) {
    for (let k = 0; k < n; k++) near[k] = stop(doc, k) ? -1 : hit(doc, k) ? k : k > 0 ? (near[k - 1] as number) : -1;
  } else {
    for (let k = n - 1; k >= 0; k--) near[k] = stop(doc, k) ? -1 : hit(doc, k) ? k : k < n - 1 ? (near[k + 1] as number) : -1;
  }
  doc.ops.n += n;
  list[walk.id] = near;
  return near;
}

/** Never: a walk that stops only at the text's ends. */
export const _NEVER: _At = () => false;
