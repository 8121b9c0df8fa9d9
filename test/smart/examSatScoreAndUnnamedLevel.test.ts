import { describe, expect, it } from 'vitest';
import { measurable, specific } from './_judge';

/*
 * Specific (the labelling guide in docs/smart.md, "Specific (S)"): an exam sat or a score in a named subject's test names
 * what the child will achieve; "improve" or "good" with no figure names no level; a baseline alone or the label of a quotation
 * names no outcome. Examples written here, not corpus texts.
 */

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

describe('Labelling guide, Measurable rule 6 and the background row: a score stated as a result now or past is a baseline, not a target', () => {
  it.each([
    'Her score of 97 in the Year 6 reading SAT shows real progress.',
    'Last year: a scaled score of 89 in the KS2 reading SAT.',
    'Baseline - a score of 88 in the KS2 maths SAT.',
    'His result of 102 in the KS2 maths SAT was above the expected standard.',
    // A wish for the score (the Settled cases' wish row).
    'She wants a score of 110 in the KS2 reading SAT.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    // A score to reach: a future or target word, or a fragment naming the score alone.
    'Ayo will get a score of 105 in the Year 6 reading SAT.',
    "Ayo's target is a score of 100 in the KS2 maths SAT.",
    'Baseline: scaled score 88. Target: a scaled score of 100 in the KS2 maths SAT by May.',
    'A scaled score of 100 in the KS2 maths SAT.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
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
    'GCSE history – get a good grade.',
    'Get good grades.',
    'Reach a good level.',
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

  it.each([
    // "good" or "better" before a grade or level in a subject the clause names: a standard in a named subject.
    'Reach a good level in writing by Easter.',
    'Get a good grade in science.',
    'Achieve a good level in her phonics screening by June.',
  ])('%s: specific (Labelling guide, Specific: "a grade or standard in a named subject")', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Settled cases: "the child\'s own attendance or punctuality at school or lessons | specific; measurable with a figure"', () => {
  it.each(['To have a good attendance.', 'Dara to have good attendance at college this term.', 'Have good punctuality.', 'To have good attendance and punctuality.'])(
    '%s: specific, not measurable without a figure',
    (text) => {
      expect(specific(text)).toBe(true);
      expect(measurable(text)).toBe(false);
    },
  );
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
    // A label after a note of the adults' act, and a label with a figure and a noun after an adjective ("first draft").
    "Mentoring - referral sent. Young person's view: 'I'm nervous.'",
    "Slide 7, first draft: 'Zara to try harder in science.'",
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    // A target before the colon, the quotation the child's comment on it: only a label's anchors are set aside.
    "Write 4 sentences by Easter: 'I like stories.'",
    'Learn 6/10 times tables facts each week by May. Child\'s view: "It is boring."',
    "Use his calm card at break: 'It helps.'",
    "Zara to read 2 chapters a week: 'I love it.'",
    'Baseline: Zara uses about 30 single words. Target: Zara will use 60 single words by Easter.',
    "Training slide 5, second version: 'Zara will write 3 paragraphs using paragraph openers by half term.'",
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});
