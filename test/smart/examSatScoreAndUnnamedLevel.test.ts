import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * Specific (the labelling guide in docs/smart.md, "Specific (S)"): an exam sat or a score in a named subject's test names
 * what the child will achieve; "improve" or "good" with no figure names no level; a baseline alone or the label of a quotation
 * names no outcome. Examples written here, not corpus texts.
 */
const MEETING = { meetingDate: '2025-01-15' };
const specific = (text: string): boolean | null => checkSmartTarget(text, MEETING).specific.met;

describe('Labelling guide, Specific: "a grade or standard in a named subject" (a score in the subject\'s test)', () => {
  it.each([
    'Ayo will achieve a scaled score of 100+ in the KS2 maths SAT in May.',
    'Ayo will get a score of 105 in the Year 6 reading SAT.',
    'Ayo will achieve a score of 30 in his KS2 science SAT.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each([
    // A score on no named subject, and the past with no target.
    'Ayo will achieve a scaled score of 100.',
    'Ayo scored 94 in the KS2 reading SAT last year.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific: "the particular … task or qualification" (an exam the child sits)', () => {
  it.each(['Sit her GCSEs.', 'Resit science.', 'Noor to sit Functional Skills.', 'Year 11 target: resit English in June.', 'Resit GCSE maths.'])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each([
    // A noun heading ("Maths resit"), a resit of no named subject, and adults' act.
    'Science resit.',
    'English - resit GCSE. Currently grade 3',
    'Staff to help Noor sit her SATs in a small room.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each(['Noor will sit on the bench at playtime.', 'Noor to sit with her reading buddy in assembly.'])('%s: where the child sits is still her act, specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 2: a comparative or a level only called good names no level', () => {
  it.each([
    'Sofia must improve her times tables.',
    'Improve her full stops.',
    'To improve his fractions.',
    'Science – get a good grade.',
    'To have a good attendance.',
    'Dara to have good attendance at college this term.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    // A figure, a method, a focus, a topic after "of", a skill before "skills", good attendance kept up.
    'Improve her number bonds to 20.',
    'Improve her number bonds by using a bead string daily.',
    'To improve in short division.',
    'To improve his knowledge of the Romans.',
    'Improve her subtraction skills.',
    "Dara's good attendance to continue.",
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Settled cases: the child\'s own attendance with a figure is specific (a floor to reach)', () => {
  it('Punctuality: 98%+: specific', () => {
    expect(specific('Punctuality: 98%+')).toBe(true);
  });
  it('Attendance 71%: a bare figure may be the record of now, not specific', () => {
    expect(specific('Attendance 71%')).toBe(false);
  });
});

describe('Halton Appendix C, QA of SMART Targets, Specific: "It is clear what will be achieved" (no outcome stated)', () => {
  it.each([
    // A baseline alone.
    'Baseline: Zara uses about 30 single words at home (SALT, Nov).',
    // The label of a quotation is where the words come from; the quotation is judged.
    "Workshop slide 2, draft: 'Zara to try harder in English.'",
    "Goal (in the child's own words): 'I want to be calmer in PE.'",
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'Baseline: Zara uses about 30 single words. Target: Zara will use 60 single words by Easter.',
    "Training slide 5, second version: 'Zara will write 3 paragraphs using paragraph openers by half term.'",
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});
