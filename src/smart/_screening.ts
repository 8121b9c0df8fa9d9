/**
 * A score on a broad screening or profile as the whole aim ("SDQ total below 17", "move from 42 to above 55 on her Boxall
 * Profile", "ASQ-3 score above the cut-off"): not specific. Such a screen sums many behaviours or feelings into one figure,
 * so its score names the broad area of need (Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes, Developing your
 * SMART Outcome, Step One, "Start with the broad area of need"), not "the specific skills within the area of need" (Step
 * Two), nor "What specific skills or knowledge need to be acquired" (Milton Keynes DT Handbook 2024/25, Appendix 1,
 * "Specific"). The score still measures (Measurable rule 1): only Specific reads this. A skill or act of the child's named
 * beside the score ("use her worry box to tell an adult …, and her SDQ below 17") is specific on its own words, and a
 * screen of one skill area, language (WellComm), names that area's stages and is not read here.
 */
import { _capitalised } from './_ends';
import { _childSubject } from './_roles';
import { _F_ENDS } from './_measure';
import { _PROVISION_NOUNS, _SESSION_NOUNS } from './_phrases';
import { _lacks2, _wordFlag2, type _Doc } from './_doc';

/** Broad screens and profiles of social, emotional and developmental needs (their canonical words); a service's own measures read them too (_serviceSessions.ts). */
export const _BROAD_SCREENS: ReadonlySet<string> = new Set(['sdq', 'sdqs', 'boxall', 'asq', 'asq-3', 'asq:se', 'asq-se']);
/** A broad screen's short name or "questionnaire" (its name written out), as a second-word flag: one test for the whole text. */
const F2_SCREEN_WORD = _wordFlag2([..._BROAD_SCREENS, 'questionnaire']);
/** Verbs of moving a score ("move from 38 to 50", "raise her score"): words of the score ({@link SCORE_WORDS}) and verbs that may take the child as object ({@link SCORE_MOVERS}). */
const MOVE_VERBS: readonly string[] = ['move', 'moves', 'moving', 'raise'];

/**
 * Words an anchor on such a score may be made of: the figure, the score's own words and its movement ("score 14",
 * "17 when", "move from", "3 score"): nothing of them names a skill.
 */
const SCORE_WORDS: ReadonlySet<string> = new Set([
  '#', 'score', 'scores', 'scored', 'scoring', 'total', 'totals', 'band', ...MOVE_VERBS, 'from', 'to', 'fall', 'falls',
  'drop', 'drops', 'come', 'comes', 'go', 'goes', 'down', 'below', 'above', 'under', 'over', 'or', 'and', 'when', 'will', 'of',
  'a', 'an', 'the', 'her', 'his', 'their', 'my', 'now', 'cut-off', 'cutoff', 'less', 'lower', 'higher', 'reduce', 'reduced',
  // The screens' own scales, each a broad area too ("ASQ-3 communication score", "SDQ emotional symptoms score").
  'communication', 'emotional', 'symptoms', 'conduct', 'peer', 'problems', 'hyperactivity', 'prosocial', 'difficulties',
  'developmental', 'strands', 'diagnostic', 'profile', 'gross', 'fine', 'motor', 'problem', 'solving', 'personal-social',
  // The same aim written another way ("reach 50 on the Boxall", "score above the cut-off", "rise by 10 points", "hopes to
  // score under 14"): a score reached, raised or hoped for still names no skill.
  'reach', 'reaches', 'rise', 'rises', 'increase', 'increases', 'points', 'point', 'cut', 'off', 'hope', 'hopes', 'aim', 'aims',
  // The screen written out ("the Strengths and Difficulties Questionnaire").
  'strengths', 'questionnaire',
]);

function wd(doc: _Doc, i: number): string {
  return i < 0 ? '' : (doc.w[i] ?? '');
}

/** Whether a broad screen is named at j: its short name, or written out ("Strengths and Difficulties Questionnaire"). */
function screenAt(doc: _Doc, j: number): boolean {
  const w = wd(doc, j);
  return _BROAD_SCREENS.has(w) || (w === 'questionnaire' && wd(doc, j - 1) === 'difficulties');
}

/** How far after "with" a provision's noun is read ("with weekly counselling", "with ELSA support", "with weekly sessions"). */
const WITH_REACH = 4;

/**
 * Whether provision is named with "with" anywhere in the text ("with weekly counselling", "with ELSA support", "with sessions
 * with the school counsellor"): the score is then the aim of a service given, a text whose labels split (some specific, some
 * not), so this reading leaves it to the others.
 */
function provisionBeside(doc: _Doc): boolean {
  for (let i = 0; i < doc.w.length; i++) {
    if (wd(doc, i) !== 'with') continue;
    for (let j = i + 1; j <= i + WITH_REACH && j < doc.w.length && doc.toks[j]?.kind !== 'p'; j++) if (_PROVISION_NOUNS.has(wd(doc, j)) || _SESSION_NOUNS.has(wd(doc, j))) return true;
  }
  return false;
}

/** Whether the sentence around token k (up to . ; ! ? or a line break) names a broad screen. */
function screenInSentence(doc: _Doc, k: number): boolean {
  const ends = (j: number): boolean => ((doc.flags[j] ?? 0) & _F_ENDS) !== 0;
  for (let j = k; j >= 0 && !ends(j); j--) if (screenAt(doc, j)) return true;
  for (let j = k + 1; j < doc.w.length && !ends(j); j++) if (screenAt(doc, j)) return true;
  return false;
}

/** Verbs of moving a score that may take the child as their object ("Move Kian from 38 to 50 on the Boxall Profile", "Get Kian below 17"). */
const SCORE_MOVERS: ReadonlySet<string> = new Set([...MOVE_VERBS, 'get', 'bring']);

/**
 * Whether token j is the child's name as the object of a verb of moving the score ("Move Kian from 38 to 50"): no skill named.
 * A name as the child's subject is read ({@link _childSubject}: capitalised, not a thing or a school subject), so a capitalised
 * thing after the verb ("Raise Attendance to 95%", "Get Homework handed in") stays the thing it names.
 */
function movedName(doc: _Doc, j: number): boolean {
  const t = doc.toks[j];
  const w = wd(doc, j);
  return t !== undefined && t.kind === 'w' && SCORE_MOVERS.has(wd(doc, j - 1)) && _capitalised(t.raw) && w !== 'he' && w !== 'she' && !_BROAD_SCREENS.has(w) && !SCORE_WORDS.has(w) && _childSubject(doc, j);
}

/**
 * Verbs of doing the screen itself ("Using the Strengths and Difficulties Questionnaire", "complete his online Boxall Profile
 * re-assessment", "SDQ follow-up"): the screen filled in, used or followed up is the way the score is taken, no skill of the
 * child's (the labelling guide, Specific rule 7: the settled labels of the score alone, y43-146 among them).
 */
const SCREEN_ACTS: ReadonlySet<string> = new Set(['use', 'using', 'complete', 'completed', 'follow']);
/** Words between such a verb and the screen it names ("the", "his online", "the Strengths and Difficulties"). */
const SCREEN_ACT_GAP = 4;

/** Whether the anchor [a, b) is one verb of doing the screen named right after it ("Follow up his SDQ score"), or right before "follow" ("SDQ follow-up"; {@link SCREEN_ACTS}). */
function screenActAnchor(doc: _Doc, a: number, b: number): boolean {
  if (b !== a + 1 || !SCREEN_ACTS.has(wd(doc, a))) return false;
  if (wd(doc, a) === 'follow' && (screenAt(doc, a - 1) || (wd(doc, a - 1) === '-' && screenAt(doc, a - 2)))) return true;
  for (let j = a + 1; j <= a + 1 + SCREEN_ACT_GAP && j < doc.w.length && doc.toks[j]?.kind === 'w'; j++) if (screenAt(doc, j)) return true;
  return false;
}

/** Whether the anchor [a, b) is made only of a score's words, punctuation and figures, in a sentence naming a broad screen. */
function screenScoreAnchor(doc: _Doc, a: number, b: number): boolean {
  if (screenActAnchor(doc, a, b)) return true;
  for (let j = a; j < b; j++) {
    const w = wd(doc, j);
    if (!SCORE_WORDS.has(w) && doc.toks[j]?.kind !== 'p' && !movedName(doc, j)) return false;
  }
  return screenInSentence(doc, a);
}

/**
 * Whether every anchor of the text is a score on a broad screen (SDQ, Boxall Profile, ASQ): the whole aim is the score,
 * the broad area of need (module comment). False at once when no broad screen is named (most texts).
 */
export function _screenScoreOnly(doc: _Doc, anchors: readonly (readonly [number, number])[]): boolean {
  if (anchors.length === 0 || _lacks2(doc, F2_SCREEN_WORD)) return false;
  return anchors.every(([a, b]) => screenScoreAnchor(doc, a, b)) && !provisionBeside(doc);
}
