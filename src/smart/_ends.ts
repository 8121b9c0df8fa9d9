/**
 * Word endings read by character code: the scans ask whether a word ends in "-ing", "-s", "-ed" or "-ly" at almost
 * every word they look at, and `String.prototype.endsWith` is a call into the engine each time (about 1.4% of the
 * analyser's instructions), where these are a length check and two or three character reads the compiler inlines.
 * Each gives exactly what `x.endsWith(…)` gives.
 */

/**
 * Whether a word ends in "ing" (`x.endsWith('ing')`).
 * @param x - A word.
 * @returns Whether its last three characters are "ing".
 * @example
 * _endsIng('reading'); // true
 */
export function _endsIng(x: string): boolean {
  const n = x.length;
  return n >= 3 && x.charCodeAt(n - 1) === 103 && x.charCodeAt(n - 2) === 110 && x.charCodeAt(n - 3) === 105;
}

/**
 * Whether a word ends in "s" (`x.endsWith('s')`).
 * @param x - A word.
 * @returns Whether its last character is "s".
 * @example
 * _endsS('reads'); // true
 */
export function _endsS(x: string): boolean {
  const n = x.length;
  return n >= 1 && x.charCodeAt(n - 1) === 115;
}

/**
 * Whether a word ends in "ss" (`x.endsWith('ss')`).
 * @param x - A word.
 * @returns Whether its last two characters are "ss".
 * @example
 * _endsSs('class'); // true
 */
export function _endsSs(x: string): boolean {
  const n = x.length;
  return n >= 2 && x.charCodeAt(n - 1) === 115 && x.charCodeAt(n - 2) === 115;
}

/**
 * Whether a word ends in "ed" (`x.endsWith('ed')`).
 * @param x - A word.
 * @returns Whether its last two characters are "ed".
 * @example
 * _endsEd('walked'); // true
 */
export function _endsEd(x: string): boolean {
  const n = x.length;
  return n >= 2 && x.charCodeAt(n - 1) === 100 && x.charCodeAt(n - 2) === 101;
}

/**
 * Whether a word ends in "ly" (`x.endsWith('ly')`).
 * @param x - A word.
 * @returns Whether its last two characters are "ly".
 * @example
 * _endsLy('quickly'); // true
 */
export function _endsLy(x: string): boolean {
  const n = x.length;
  return n >= 2 && x.charCodeAt(n - 1) === 121 && x.charCodeAt(n - 2) === 108;
}

/**
 * Whether a word is written with a capital first letter, accented ones too ("Oakwood", "Émile", "Ørsted"): the one
 * capital test for names, where a character-code range would miss every capital outside A-Z.
 * @param raw - A word as written.
 * @returns Whether its first character differs from its lower case.
 * @example
 * _capitalised('Émile'); // true
 */
export function _capitalised(raw: string): boolean {
  const first = raw.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * Whether a word has the ending of an abstract noun (awareness, ability, engagement, independence, friendship, motivation):
 * a quality, not a thing done (_specific.ts), and never part of a first name (_text.ts: "Anger-Management").
 * @param word - A lower-case word.
 * @returns Whether it, or its singular, ends in -ness, -ity, -ment, -ence, -ance, -ship, -ism, -hood, -tion or -sion.
 * @example
 * _abstractNoun('engagement'); // true
 */
export function _abstractNoun(word: string): boolean {
  const w = _endsS(word) ? word.slice(0, -1) : word;
  return w.endsWith('ness') || w.endsWith('ity') || w.endsWith('ment') || w.endsWith('ence') || w.endsWith('ance') || w.endsWith('ship') || w.endsWith('ism') || w.endsWith('hood') || w.endsWith('tion') || w.endsWith('sion');
}
