import { describe, expect, it } from 'vitest';
import { judge as check } from './_judge';

/*
 * Three readings of the labelling guide (docs/smart.md, "## Labelling guide"), each both ways; wordings written here, in no
 * data set:
 * - a qualification or exam result named in shorthand is what the child will achieve (Specific: "the particular skill,
 *   knowledge, behaviour, task or qualification the child will achieve"; Measurable rule 5, a standard reached):
 *   src/smart/_standard.ts (shorthandResult), src/smart/_measure.ts (ATTAINED_EXAMS, "aim for expected", the Early Learning
 *   Goal spelled out);
 * - effort alone is no outcome (Specific rule 2: "try harder in maths" is a vague comparative): src/smart/_review.ts (effortAt);
 * - a need, a concern or a review's status is no target (Specific rule 1, a disposition or broad state; rule 6, placeholders;
 *   Halton Appendix C, QA of SMART Targets, "It is clear what will be achieved"): src/smart/_review.ts (on track, taking
 *   responsibility, "carry forward"), src/smart/_roles.ts ("is affecting"), src/smart/_measure.ts ("not met", "carry over").
 */

describe('Labelling guide, Specific ("task or qualification the child will achieve") and Measurable rule 5 (a standard reached): a qualification named in shorthand', () => {
  it.each([
    'To get her English and maths.',
    'Get his maths and science.',
    'Aiden to get his English by the summer.',
    'Get my English & maths.',
    'Zara will achieve her SATs.',
    'Gain his GCSEs.',
    'Get distinctions and merits.',
    'Aim for A*s.',
    'Noor is aiming for A*s in the summer.',
    'Tia to get her Maths and English by July.',
    'Bilal will get his Science.',
    'To achieve her English and maths.',
  ])('%s: specific and measurable', (text) => {
    const r = check(text);
    expect(r.specific.met).toBe(true);
    expect(r.measurable.met).toBe(true);
  });

  it.each(['To aim for expected.', 'Aiming for greater depth.', 'Early Learning Goal for number by the end of Reception', 'Meet the Early Learning Goals.'])(
    '%s: a standard named is measurable',
    (text) => {
      expect(check(text).measurable.met).toBe(true);
    },
  );

  it.each([
    // A skill or area, not a qualification passed; a result further on than the verb's object; an aim on the way.
    'Get her reading.',
    'Get her phonics.',
    'To achieve her potential in her GCSEs.',
    'Aim for the stars.',
    'Get his maths and English sorted.',
  ])('%s: neither', (text) => {
    const r = check(text);
    expect(r.specific.met).toBe(false);
    expect(r.measurable.met).toBe(false);
  });

  it.each(['Working towards the Early Learning Goal for reading.', 'Get his maths homework done.', 'Get his English books.'])('%s: not measurable (no result named as the target)', (text) => {
    expect(check(text).measurable.met).toBe(false);
  });
});

describe('Labelling guide, Specific rule 2 ("try harder in maths" is a vague comparative): effort alone', () => {
  it.each([
    'I am going to try harder with my reading comprehension',
    'To try harder with her number bonds.',
    'Leo will try harder with his handwriting.',
    'I will try harder at my times tables',
    'Mia to try harder in her phonics.',
    "I'm going to try and be on time more",
    'Sam will try to be on time more often.',
    'I will try to hand my homework in more.',
    'Jo will try to get to school more regularly.',
    'Ella will try to come to lessons more frequently.',
    'Try harder with homework.',
  ])('%s: neither specific nor measurable', (text) => {
    const r = check(text);
    expect(r.specific.met).toBe(false);
    expect(r.measurable.met).toBe(false);
  });

  it.each([
    // "try to <do a named task>" is the task tried; a figure of the child's measures the effort's aim.
    'Leon will try to get to college on time.',
    'Priya will try to do her art coursework.',
    'Ali will try to read 3 books by Easter.',
    'I will try harder to get 8/10 in my spelling test',
    'Tom will try to be on time every day.',
  ])('%s: specific and measurable', (text) => {
    const r = check(text);
    expect(r.specific.met).toBe(true);
    expect(r.measurable.met).toBe(true);
  });

  it('"try to use his calm box" stays specific (a named strategy, Specific rule 4)', () => {
    expect(check('Kai will try to use his calm box when he is upset.').specific.met).toBe(true);
  });
});

describe('Labelling guide, Specific rules 1 and 6 (a broad state, a disposition, a placeholder): a need, a concern or a status', () => {
  it.each([
    "The long walk is affecting Tom's attendance.",
    'His anxiety is impacting his learning in maths.',
    'Ruby needs to stay on track.',
    'Keep on track with his coursework.',
    'Amir needs to take responsibility for his glasses.',
    'Take ownership of his revision timetable.',
    "Review of the last target 'to improve spelling' - not met. Carry forward.",
    'Carry forward: swimming. Not met.',
  ])('%s: neither specific nor measurable', (text) => {
    const r = check(text);
    expect(r.specific.met).toBe(false);
    expect(r.measurable.met).toBe(false);
  });

  it('"not met" and "carry forward" measure nothing ("Partly met - carry forward: to attend college.": attendance with no figure)', () => {
    const r = check('Partly met - carry forward: to attend college.');
    expect(r.specific.met).toBe(true);
    expect(r.measurable.met).toBe(false);
  });

  it.each([
    'Regan to be on track for ARE in maths by July',
    'Stay on track to meet the ELG for reading by the end of Reception',
    'Amir will take his glasses to every lesson',
    'Take responsibility for his PE kit by bringing it every Monday.',
    'Not met - carry forward: to read 20 red words by half term.',
    'Last target (to read daily) - not met. Carry forward.',
  ])('%s: the outcome named stays specific and measurable', (text) => {
    const r = check(text);
    expect(r.specific.met).toBe(true);
    expect(r.measurable.met).toBe(true);
  });
});
