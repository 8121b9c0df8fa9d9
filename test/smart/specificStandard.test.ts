import { describe, expect, it } from 'vitest';
import { judge as check } from './_judge';

/*
 * A standard, grade, level or score the child will reach, in a named subject, qualification or measure (src/smart/_standard.ts).
 * The labelling guide in docs/smart.md, "Specific (S)", first sentence: S is met when the target names "the particular
 * skill, knowledge, behaviour, task or qualification the child will achieve" (Milton Keynes DT Handbook 2024/25, Appendix 1;
 * Halton PEP Policy 2023-24, Appendix C "Post-16 SMART target examples": "working at a Grade 4 in algebra"); "Measurable
 * (M)", rule 5: "A standard reached or a one-off event is measurable". Examples written here, not corpus texts.
 */

describe('Specific, first sentence: a target standard, grade or score in a named subject or measure is what the child will achieve', () => {
  it.each([
    // A target word before the value, the subject in a heading or a baseline.
    'History - currently working at a 4. Target grade 6',
    'Geography: target grade 5 by the summer mocks',
    'Chemistry | 3 | 5 |',
    'French | D | B |',
    'Attendance 86% in the autumn term - target 96%',
    'Weekly times tables test average 12/20. Target 18/20',
    'Reading age 7y 1m now; aim for 8y by the summer',
    // A verb of attaining before the value.
    'Priya will achieve ABB in her A levels (Chemistry, Biology, English) in summer 2025',
    'Tom will achieve a grade 5 in GCSE science',
    'Get his maths to a 5 by the mocks',
    'Noor will score at least 60% in her end of year physics exam',
    'By the end of Reception Ella will achieve the ELG for Writing',
    'Sam to be on track to meet the ELG in Speaking by the summer term',
    // "to be working at / towards" a named standard, the subject named in the baseline.
    'Kai is working at Year 3 level in reading. Target to be working at the expected standard by the end of Year 6',
    'Writing and spelling - to work at the expected standard',
  ])('%s: specific and measurable', (text) => {
    const r = check(text);
    expect(r.specific.met).toBe(true);
    expect(r.measurable.met).toBe(true);
  });

  it('a standard reached with no other measure is measurable (Measurable rule 5)', () => {
    const r = check('By the end of Reception Ella will achieve the ELG for Writing');
    expect(r.measurable.met).toBe(true);
    expect(r.measurable.confidence).toBe('high');
  });
});

describe('Specific rules 1 to 3 and Measurable rule 6: a baseline, a comparative, a standard of nothing named, or a stage alone is not specific', () => {
  it.each([
    // A standard with no subject, qualification or measure named: of what?
    'Olly to be working at ARE by the end of KS2',
    // A heading's "working towards" is a state, not a target (no "to be", no target word).
    'Nursery - working towards ELG in Number',
    // A baseline with no target figure.
    'Physics: currently grade 3',
    // A comparative after a target word names no value (Specific rule 2).
    'Science - aim higher',
    'Geography: she is currently on 14/40 in the unit tests',
    // A comparative: improving a grade names no grade reached.
    'To improve his history grade',
    'Rosie will improve her grade from a 4 to a 5',
    // A key stage or year group alone (Specific rule 3).
    'To reach his potential in KS3',
    // A score as a noun in a report, not a verb of attaining.
    'SDQ score 19 last term. Hope it comes down',
  ])('%s: not specific', (text) => {
    expect(check(text).specific.met).toBe(false);
  });

  it('a figure inside provision is no target: "PP+ £200 for maths tuition" names no grade', () => {
    expect(check('PP+ £200 for maths tuition').specific.met).toBe(false);
  });
});

describe('Measurable rule 6, "numbers that only name things", and Specific rules 1 and 2: a number that labels a target ("Target 1:") is no value', () => {
  it.each([
    'Target 1: to improve his reading in English.',
    'Aim 2: improve his handwriting in English.',
    'Goal 2. Enjoy reading in English.',
    'Outcome 1: Jayden will engage more in Science lessons.',
    'Goal 3: try harder in maths.',
    'Target 1 - to reach his potential in science.',
    'Target 2: to engage in maths lessons by Easter.',
    'Outcome 1 - English: to improve his confidence in reading.',
    'Target 2 - Maths: to be more confident in lessons.',
    'Aim 1: Maths - to try harder in lessons.',
  ])('%s: not specific, and not measurable with high confidence', (text) => {
    const r = check(text);
    expect(r.specific.met).toBe(false);
    expect(r.measurable.met === true && r.measurable.confidence === 'high').toBe(false);
  });

  it.each([
    // The label is passed over; the value after it still counts.
    'Target 1: Grade 5 in GCSE maths by the summer.',
    'Priority 1: Target grade 6 in English',
    'Outcome 2 (English): achieve the expected standard in reading',
    'Step 2: score 8 out of 10 in his weekly spelling test',
  ])('%s: a value after the label is still specific and measurable', (text) => {
    const r = check(text);
    expect(r.specific.met).toBe(true);
    expect(r.measurable.met).toBe(true);
  });
});

describe('Specific rule 4 and Measurable rule 6, "a quantity of provision (\'5 hours of TA support\')": support, time or a meeting with an adult is no standard reached', () => {
  it.each([
    'Ellie to get 1:1 support in maths three times a week.',
    'To meet 1:1 with his maths tutor every Friday.',
    'To gain 1 to 1 time with his English teacher.',
    'To get 3 hours of tutoring in maths a week.',
    'Sam to get 5 minutes of time out in English lessons when upset.',
  ])('%s: not specific, and not measurable with high confidence', (text) => {
    const r = check(text);
    expect(r.specific.met).toBe(false);
    expect(r.measurable.met === true && r.measurable.confidence === 'high').toBe(false);
  });

  it.each([
    // Support named alongside a standard the child reaches: the standard still counts.
    'Ellie to get 1:1 support to reach a grade 4 in maths',
    // A degree class is a grade, not "1:1".
    'She will achieve a 2:1 in her History degree',
  ])('%s: a standard reached is still specific and measurable', (text) => {
    const r = check(text);
    expect(r.specific.met).toBe(true);
    expect(r.measurable.met).toBe(true);
  });
});

describe('Specific rule 4: lessons inside provision name what a graded exam is in only when the lessons are named', () => {
  it('named lessons paid for by provision: "Violin lessons - PP+ … Outcome: Grade 2" is specific', () => {
    expect(check('Violin lessons - PP+ £150 for the summer term. Outcome: Grade 2 by July').specific.met).toBe(true);
  });

  it.each(['PP+ £200 for extra lessons. Outcome: Grade 1 by July', 'PP+ £200 for his lessons. Outcome: Grade 1 by July'])(
    '%s: unnamed lessons in provision name nothing the grade is in: not specific',
    (text) => {
      expect(check(text).specific.met).toBe(false);
    },
  );
});
