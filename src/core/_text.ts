/*
 * Small text helpers for rules. They look at free text only to decide (present? how long?), never
 * to quote it: messages are built from codes and structural values.
 */

/** `true` when the value is a string with at least one non-space character. */
export function _hasText(value: string | undefined | null): value is string {
  if (typeof value !== 'string') return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return true;
  }
  return false;
}

/**
 * Counts whitespace-separated words, stopping once `limit` is reached (linear, no regex), so a
 * 1 MB comment costs no more than its first `limit` words.
 */
export function _wordsAtLeast(value: string | undefined, limit: number): boolean {
  if (typeof value !== 'string') return limit <= 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      words += 1;
      if (words >= limit) return true;
    }
  }
  return words >= limit;
}

/**
 * Words a child's views need before they count as "recorded fully" rather than "brief" (Halton
 * grid, Halton PEP Policy 2023-24 Appendix C: "Students views are brief"). A library choice, documented in docs/rules.md.
 */
export const _CHILD_VIEWS_MIN_WORDS = 12;

/**
 * Words a contributor's comment needs before it counts as having "a good level of detail"
 * (Halton grid, Halton PEP Policy 2023-24 Appendix C: "Some contributor comments are missing or lacking detail").
 */
export const _CONTRIBUTION_MIN_WORDS = 5;
