/*
 * The one SEMH vocabulary. "Social, emotional and mental health" is one of the four broad areas of
 * need of the SEND Code of Practice (2015, 6.28–6.33) and a primary-need code in the school census
 * ("SEMH"). The facts step, the rules and the SMART analyser all ask this module whether a recorded
 * need is an SEMH need, so a child is never judged to have one in one place and not in another.
 */

/** How much of a free-text need is read: a primary need is a few words, never a paragraph. */
const READ_AT_MOST = 200;

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Whether the letters from `start` to `end` spell `word` (lower case), ignoring case; no string is made. */
function wordIs(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Whether a recorded SEN primary need (free text or a census code) is a social, emotional and
 * mental health need: the code `SEMH`, or words naming it ("emotional", "mental health"). "Social"
 * alone is not enough ("social communication" is a communication need).
 * @param need - The recorded primary need.
 * @returns `true` for an SEMH need.
 * @example
 * import { isSemhNeed } from 'pep-rules/rules';
 * [isSemhNeed('SEMH'), isSemhNeed('Social, emotional and mental health'), isSemhNeed('Social communication (ASD)')];
 * //=> [true, true, false]
 */
export function isSemhNeed(need: string | null | undefined): boolean {
  if (typeof need !== 'string') return false;
  // Words are runs of ASCII letters in the first READ_AT_MOST characters, read in place.
  const end = Math.min(need.length, READ_AT_MOST);
  let afterMental = false;
  let i = 0;
  while (i < end) {
    while (i < end && !isLetter(need.charCodeAt(i))) i++;
    if (i >= end) break;
    const start = i;
    while (i < end && isLetter(need.charCodeAt(i))) i++;
    if (wordIs(need, start, i, 'semh') || wordIs(need, start, i, 'emotional')) return true;
    if (afterMental && wordIs(need, start, i, 'health')) return true;
    afterMental = wordIs(need, start, i, 'mental');
  }
  return false;
}
