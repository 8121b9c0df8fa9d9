import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * Specific (the labelling guide in docs/smart.md, "Specific (S)"): rules about grammar, applied the same way in every
 * frame (a name, "I", "we", "the pupil", an instruction, another subject and tense), each tested both ways on examples
 * written here, not corpus texts.
 */
const MEETING = { meetingDate: '2025-01-15' };
const specific = (text: string): boolean | null => checkSmartTarget(text, MEETING).specific.met;

describe('Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes, Step Two ("Think about the specific skills within the area of need"): the skill a verb of change works on', () => {
  it.each([
    'To improve in long multiplication.',
    'Bea will get better at chess openings by the summer.',
    'I would like to get better at long division.',
    'Mr Ali wants Rhys to improve his knowledge of the Tudors.',
    'The pupil will develop her use of adverbs in story writing.',
    'Tomasz is to work on French verb endings before his mock.',
    'We hope Imani will strengthen her recall of chemical symbols.',
  ])('%s: specific (rule 2: "A comparative becomes specific only with the skill named")', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each([
    // One word, a school subject or a broad area: rule 2 ("get better at spelling") and rule 1.
    'I would like to get better at spelling.',
    'To improve in maths.',
    'Rhys will improve his peer relationships.',
    'Imani will develop her emotional regulation.',
    'Tomasz is to work on his time management.',
    'Bea will develop her social skills.',
    // A measure is not a skill.
    'To improve my reading age.',
    'Kofi will improve his test scores.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});
