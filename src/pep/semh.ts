/*
 * The one SEMH vocabulary. "Social, emotional and mental health" is one of the four broad areas of
 * need of the SEND Code of Practice (2015, 6.28–6.33) and a primary-need code in the school census
 * ("SEMH"). The facts step, the rules and the SMART analyser all ask this module whether a recorded
 * need is an SEMH need, so a child is never judged to have one in one place and not in another.
 */

/** How much of a free-text need is read: a primary need is a few words, never a paragraph. */
const READ_AT_MOST = 200;

function words(text: string): string[] {
  const out: string[] = [];
  let current = '';
  const end = Math.min(text.length, READ_AT_MOST);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (letter) current += String.fromCharCode(c | 32);
    else if (current !== '') {
      out.push(current);
      current = '';
    }
  }
  if (current !== '') out.push(current);
  return out;
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
  const w = words(need);
  for (let i = 0; i < w.length; i++) {
    const word = w[i];
    if (word === 'semh' || word === 'emotional') return true;
    if (word === 'mental' && w[i + 1] === 'health') return true;
  }
  return false;
}
