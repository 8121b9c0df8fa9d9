import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { _ADVICE } from '../../src/smart/_judge';

/*
 * A fragment that states no outcome (src/smart/_fragment.ts; docs/smart.md, Specific, "A fragment with no outcome"): the
 * labelling guide's Specific rules 4 (adult provision with no child outcome) and 6 (placeholders, headings), and Halton
 * Appendix C ("It is clear what will be achieved"). Wordings written here, not taken from the corpus; both directions.
 */
const MEETING = { meetingDate: '2025-01-15' };
const specific = (text: string) => checkSmartTarget(text, MEETING).specific;

describe('Labelling guide, Specific rule 4 (Bradford: "Goals and outcomes are not: Services ... Resources"): the provision delivered, with no outcome', () => {
  it.each([
    'Spelling - 4x week with HLTA, Nessy group 3',
    'Maths catch up - daily Numicon group with Mr Patel',
    'Language Link 2x a week for 6 weeks, group of 4, run by the TA.',
    'Handwriting - pencil grips, lacing, pegboards daily. PP+ used for a fine motor kit',
    'Carer and school to share a reading diary daily',
  ])('%s: not specific, low, with the provision advice', (text) => {
    const s = specific(text);
    expect(s.met).toBe(false);
    expect(s.confidence).toBe('low');
    expect(s.advice).toBe(_ADVICE.specificFragmentProvision);
  });

  it.each([
    // What the child will do, a value to reach, a point: the provision is only how.
    'Spelling - 4x week with HLTA. Spell 20 Year 3 words correctly by Easter',
    'Nessy 4x a week - to move up to level 6',
    'Reading - 15 mins daily with carer, reading diary signed',
    'Maths catch up group daily - target 15/20 on the arithmetic check',
    'Daily Numicon group with Mr Patel until half term, then add within 20 without apparatus',
  ])('%s: still specific', (text) => {
    expect(specific(text).met).toBe(true);
  });
});

describe('Labelling guide, Specific rule 6 and the settled labels of headings (y9-060, x219): a topic or a current score with no value to reach', () => {
  it.each([
    'Phonics – Phase 4 sounds',
    'Science - Paper 1 question 3',
    'History - AO3 source analysis, use of evidence, PEEL paragraphs',
    'Maths: counting, sorting, matching and measuring',
    'Spelling age 7y 4m',
    'Numbers to 50',
    'Phase 2 phonics - oral blending games, rhyme, syllables',
  ])('%s: not specific, low, with the topic advice', (text) => {
    const s = specific(text);
    expect(s.met).toBe(false);
    expect(s.confidence).toBe('low');
    expect(s.advice).toBe(_ADVICE.specificFragmentTopic);
  });

  it.each([
    // A value to reach: a step between two levels, a target word's value, a table row, a percentage, a count measured.
    'ESOL Entry 1 to Entry 2',
    'Spelling age 7y 4m. Target 8y',
    'Chemistry | D | B |',
    'Attendance at college 96%',
    'Times tables - 3, 4, 8. 30 questions in 3 mins',
    'Times tables - threes, fours, eights',
    // A clause of the child's: a skill's gerund with its object, a verb opening a part, the child named with a verb.
    'recognising the letters of her name',
    'Phonics - blend CVC words',
    'Child uses the turn-taking card in a board game.',
    'Mo goes to college 4 days a week.',
    // A point to reach it by.
    'Phonics – Phase 4 sounds by Easter',
    // Names listed: which ones.
    'College applications - Barnfield, Oakwood, Riverside',
  ])('%s: still specific', (text) => {
    expect(specific(text).met).toBe(true);
  });
});

describe('Labelling guide, Specific ("the particular skill, ... task"): an imperative whose verb no list holds is still a clause of the child\'s', () => {
  it.each([
    'Fit her own hearing aids each morning without help.',
    'Zip up her coat by herself.',
  ])('%s: specific (a verb with the child\'s own thing after it)', (text) => {
    expect(specific(text).met).toBe(true);
  });

  it.each(['Reading - 3x week with TA, Reading Recovery group 2', 'Phonics – Phase 3 sounds'])(
    '%s: a heading with no verb stays not specific',
    (text) => {
      expect(specific(text).met).toBe(false);
    },
  );
});
