/**
 * Lists a target's analysis is read into (tokens, offsets, canonical words, flags, clause and background
 * marks), reused from one target to the next. Each list of a short text is made at the text's size; the
 * analysis of one target needs them only while that target is checked, so `_checkTarget` opens a round
 * ({@link _openLists}) and closes it when the target's report is made ({@link _closeLists}): the lists made
 * in the round go back to their pool, and the next target's lists of the same sizes are taken from there
 * instead of being made again (about a fifth of what checking a target allocated). Outside a round nothing
 * is given back: lists are then made and collected as any other.
 */

/** Longest list kept (a target of up to this many tokens). */
const MAX_LENGTH = 256;
/** Lists kept per length and pool (a target's text and its cell, with room to spare). */
const DEPTH = 4;

/**
 * Things of one kind with a length (a plain array, or a set of lists of one length read together), by exact length: at
 * most {@link DEPTH} of each length up to {@link MAX_LENGTH}.
 */
export class _ListPool<L extends { readonly length: number }> {
  /** Free lists, {@link DEPTH} slots per length. */
  private readonly slots: (L | null)[] = [];
  /** How many of each length's slots are filled. */
  private readonly counts = new Uint8Array(MAX_LENGTH + 1);
  constructor() {
    for (let i = 0; i < (MAX_LENGTH + 1) * DEPTH; i++) this.slots.push(null);
  }

  /**
   * A free list of length `n` (its elements are those it had: the caller fills it), or null for none.
   * @example
   * new _ListPool<number[]>().take(3); // null
   */
  take(n: number): L | null {
    if (n > MAX_LENGTH) return null;
    const c = this.counts[n] as number;
    if (c === 0) return null;
    const at = n * DEPTH + c - 1;
    const list = this.slots[at] as L;
    this.slots[at] = null;
    this.counts[n] = c - 1;
    return list;
  }

  /**
   * Keeps a list nobody reads any more, for {@link take} (dropped when its length's slots are full).
   * @example
   * const pool = new _ListPool<number[]>();
   * pool.give([1, 2]);
   * pool.take(2); // [1, 2]
   */
  give(list: L): void {
    const n = list.length;
    if (n === 0 || n > MAX_LENGTH) return;
    const c = this.counts[n] as number;
    if (c >= DEPTH) return;
    this.slots[n * DEPTH + c] = list;
    this.counts[n] = c + 1;
  }
}

/** Most lists one round keeps track of (a target with a cell makes about a dozen); later ones are left to be collected. */
const LIVE_MAX = 64;
/** The lists made in the open rounds and the pool each goes back to, {@link liveCount} of them. */
const LIVE: { readonly length: number }[] = [];
const LIVE_POOLS: _ListPool<{ readonly length: number }>[] = [];
/** What a slot of {@link LIVE} holds when it has no list (nothing kept alive by it). */
const NONE: { readonly length: number } = [];
const NO_POOL = new _ListPool<{ readonly length: number }>();
for (let i = 0; i < LIVE_MAX; i++) {
  LIVE.push(NONE);
  LIVE_POOLS.push(NO_POOL);
}
let liveCount = 0;
/** How many rounds are open. */
let rounds = 0;

/**
 * Notes a list just made for an analysis: when a round is open, it goes back to `pool` when the round closes.
 * @param list - The list (at most {@link MAX_LENGTH} long to be kept).
 * @param pool - The pool it was taken from, or would have been.
 * @returns The list.
 * @example
 * _madeList([0, 0], new _ListPool<number[]>()); // [0, 0]
 */
export function _madeList<L extends { readonly length: number }>(list: L, pool: _ListPool<L>): L {
  if (rounds > 0 && liveCount < LIVE_MAX && list.length > 0 && list.length <= MAX_LENGTH) {
    LIVE[liveCount] = list;
    LIVE_POOLS[liveCount] = pool as unknown as _ListPool<{ readonly length: number }>;
    liveCount += 1;
  }
  return list;
}

/**
 * Opens a round: the lists made until it is closed are given back to their pools then. Only for a caller that
 * keeps none of them (nor anything built on them) once it closes the round.
 * @returns The mark to close the round with.
 * @example
 * _closeLists(_openLists()); // undefined
 */
export function _openLists(): number {
  rounds += 1;
  return liveCount;
}

/**
 * Closes the round opened at `mark`: the lists made in it go back to their pools.
 * @param mark - From {@link _openLists}.
 * @example
 * _closeLists(_openLists()); // undefined
 */
export function _closeLists(mark: number): void {
  for (let i = liveCount - 1; i >= mark; i--) {
    (LIVE_POOLS[i] as _ListPool<{ readonly length: number }>).give(LIVE[i] as { readonly length: number });
    LIVE[i] = NONE;
  }
  if (mark < liveCount) liveCount = mark;
  if (rounds > 0) rounds -= 1;
}

/**
 * The list of a scan that found nothing of its kind: one empty list, shared (most scans of a target find no vague
 * span, comparative or naming number). Not frozen: a frozen list is of another kind, and every loop over these
 * lists would then step through them the slow way (an object per step). Typed `never[]`, so nothing can be added
 * to it; {@link _put} gives a list of its own first.
 */
export const _NO_ITEMS: never[] = [];

/**
 * `list` with `item` added: a list of its own, made at one item, in place of {@link _NO_ITEMS}.
 * @param list - A scan's list ({@link _NO_ITEMS} or one of its own).
 * @param item - What to add.
 * @returns The list to keep.
 * @example
 * _put(_NO_ITEMS as number[], 1); // [1] (a new list; _NO_ITEMS stays empty)
 */
export function _put<T>(list: T[], item: T): T[] {
  if (list === _NO_ITEMS) return [item];
  list.push(item);
  return list;
}
