/**
 * Bytes allocated per call of `fn` over `texts` (taken in turn, `calls` calls): heap growth between
 * collections, summed over a GC profile (see scripts/allocation.mjs).
 */
export declare function allocated<T>(fn: (text: T) => unknown, texts: readonly T[], calls: number): number;
