/**
 * Infers the area of need a target addresses from its words, for targets given without an `area`
 * (areas as in Bolton's target bank, Bolton PEP guidance 2021/22, plus post-16). A weighted vote over keyword lists.
 */
import type { TargetArea } from '../core/enums';
import { _lacks, _wordFlag, type _Doc } from './_doc';

const KEYWORDS: Readonly<Record<Exclude<TargetArea, 'other'>, readonly string[]>> = Object.freeze({
  attendance: ['attendance', 'attend', 'attends', 'attending', 'lates', 'late', 'lateness', 'punctuality', 'punctual', 'absence', 'absences', 'truancy', 'registration', 'unauthorised', 'timetable', 'session'],
  semh: [
    'emotions', 'emotion', 'feelings', 'feel', 'anxious', 'anxiety', 'angry', 'anger', 'calm', 'calming', 'regulate', 'regulation', 'worry',
    'worries', 'behaviour', 'incidents', 'detentions', 'exclusions', 'excluded', 'suspensions', 'friendships', 'friends', 'peers', 'kind',
    'confident', 'confidence', 'self-esteem', 'sdq', 'wellbeing', 'sanctions', 'hitting', 'kicking', 'shouting', 'meltdowns', 'mentoring',
    'nurture', 'safe', 'trusted', 'temper', 'restorative', 'conflict', 'fall-out', 'red', 'points', 'share', 'turns', 'settle', 'separate',
    'resilient', 'respect', 'relationships', 'exit', 'removals', 'role', 'positive', 'choices', 'happy', 'happier', 'settled', 'organised',
  ],
  communication: ['speech', 'language', 'makaton', 'signs', 'sign', 'pecs', 'talk', 'conversation', 'conversations', 'eal', 'slcn', 'words', 'phrases', 'request', 'vocabulary', 'esol', 'listening', 'say'],
  'sensory-physical': ['motor', 'physio', 'hearing', 'aids', 'glasses', 'walking', 'frame', 'grip', 'pencil', 'sensory', 'wheelchair', 'radio', 'vision', 'visual', 'type', 'mobility', 'grasp'],
  independence: ['travel', 'bus', 'cook', 'meal', 'budget', 'money', 'bank', 'dress', 'changed', 'toilet', 'potty', 'shoelaces', 'laces', 'zip', 'coat', 'feed', 'wash', 'independently', 'independent', 'equipment', 'kit', 'uniform', 'gp', 'shopping', 'licence'],
  'post-16': ['eet', 'neet', 'apprenticeship', 'apprenticeships', 'ucas', 'job', 'jobs', 'cv', 'careers', 'employment', 'training', 'university', 'college', 'course', 'placement', 'experience', 'interview', 'pathway'],
  academic: [
    'maths', 'math', 'english', 'science', 'reading', 'read', 'writing', 'write', 'phonics', 'spelling', 'spell', 'spellings', 'grade',
    'gcse', 'gcses', 'sats', 'homework', 'coursework', 'exam', 'exams', 'mock', 'mocks', 'test', 'tests', 'chapter', 'chapters', 'books',
    'book', 'tables', 'fractions', 'sentences', 'letters', 'sounds', 'history', 'geography', 'french', 'spanish', 'art', 'biology',
    'assignment', 'revision', 'btec', 'literature', 'numbers', 'count', 'colours', 'shapes', 'learning', 'lessons', 'subjects', 'essay',
  ],
});

const INDEX: ReadonlyMap<string, Exclude<TargetArea, 'other'>> = (() => {
  const m = new Map<string, Exclude<TargetArea, 'other'>>();
  for (const [area, words] of Object.entries(KEYWORDS) as [Exclude<TargetArea, 'other'>, readonly string[]][]) {
    for (const w of words) if (!m.has(w)) m.set(w, area);
  }
  return m;
})();

const PRIORITY: readonly Exclude<TargetArea, 'other'>[] = ['attendance', 'academic', 'semh', 'communication', 'sensory-physical', 'independence', 'post-16'];

/** The place in {@link PRIORITY} of each keyword's area. */
const RANK: ReadonlyMap<string, number> = new Map([...INDEX].map(([w, area]) => [w, PRIORITY.indexOf(area)]));
/** The flag of the keywords (one array read per word instead of a map look-up). */
const F_AREA = _wordFlag(INDEX.keys());
/** {@link _inferArea}'s trigger flag, for tests (test/smart/perfTriggers.test.ts). */
export const _F_AREA = F_AREA;

/** The area of need a keyword names ("attendance" → attendance, "anxiety" → semh), or undefined: read by a heading's noun in _measure.ts. */
export function _areaOfWord(w: string): Exclude<TargetArea, 'other'> | undefined {
  return INDEX.get(w);
}

/**
 * Whether a word is an area of need's own name or one of its keywords ("communication", "independence", "motor",
 * "listening"): a broad area, not a particular skill within it (Barnet, 5. Setting SMART Outcomes, Step One, "Start with
 * the broad area of need").
 */
export function _areaWord(w: string): boolean {
  return INDEX.has(w) || Object.prototype.hasOwnProperty.call(KEYWORDS, w);
}

/**
 * The most likely area of a target from its words, or null when no keyword is found.
 * @param doc - Analysed text.
 * @returns An area or null.
 */
export function _inferArea(doc: _Doc): TargetArea | null {
  // Votes by the area's place in PRIORITY (made at the first keyword).
  let votes: number[] | null = null;
  if (_lacks(doc, F_AREA)) return null;
  const n = doc.toks.length;
  for (let i = 0; i < n; i++) {
    if (((doc.flags[i] as number) & F_AREA) === 0 || doc.bg[i] === 1) continue;
    const x = doc.w[i] as string;
    votes ??= [0, 0, 0, 0, 0, 0, 0];
    const rank = RANK.get(x) as number;
    votes[rank] = (votes[rank] as number) + (x === 'attendance' || x === 'lates' || x === 'grade' || x === 'gcse' ? 3 : 1);
  }
  if (votes === null) return null;
  let best: Exclude<TargetArea, 'other'> | null = null;
  let bestVotes = 0;
  for (let k = 0; k < PRIORITY.length; k++) {
    const v = votes[k] as number;
    if (v > bestVotes) {
      best = PRIORITY[k] as Exclude<TargetArea, 'other'>;
      bestVotes = v;
    }
  }
  return best;
}
