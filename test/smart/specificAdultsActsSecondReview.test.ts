import { describe, expect, it } from 'vitest';
import { measurable, specific } from './_judge';

/*
 * The second review of the adults' acts in the passive and of whole-curriculum counts (review26d on sp1/fx38), both ways:
 * Specific (the labelling guide in docs/smart.md, "Specific (S)", rules 1, 4, 5; Settled cases) and Measurable rules 5, 6.
 */

describe('Labelling guide, Measurable rule 5 (a standard the child reaches): what is reached in every part of a whole', () => {
  it.each([
    'Achieve the ELG in all 3 prime areas by July.',
    'Achieve the ELG in each of the 3 prime areas by July.',
    'Work at greater depth in all 3 subjects by July.',
    'Reach GLD in all 7 areas by July.',
    'Reach ARE in all 3 subjects by July.',
    'Achieve a grade 5 in all 4 subjects.',
    'Achieve higher marks in all 4 subjects.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each([
    // A year or date before "in all" is no grade reached; a comparison names no standard; "are" the verb is not ARE.
    'In Year 9 make progress in all 3 subjects.',
    'By 2026 make progress in all 8 subjects.',
    'Do better in all 3 subjects.',
    'Ensure gaps are closed in all 4 areas.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 4 (adult provision with no child outcome): where the child is in the passive', () => {
  it.each([
    // A name as the subject of "will be"/"to be" is the child; "so that" + the child's name + a modal opens the child's clause;
    // a bracketed figure with "target" is the child's figure to reach (Settled cases: the child's own attendance is specific).
    'Sam will be changed and ready for PE within 5 minutes by half term.',
    'Transport to be sorted so that Mia can attend every day.',
    'Attendance to be monitored weekly (95% target).',
    'Attendance to be monitored weekly (target 95%).',
    'Attendance to be kept above 95%.',
    'Reading to be tested by Sam.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each([
    // A name with 's owns the adult; Year names a group of staff; one-word agencies and "Social Care" are services.
    "Reading to be tested by Ellie's social worker.",
    "Spellings to be tested by Sam's TA weekly.",
    'Spelling to be tested by Year 4 staff weekly.',
    'Spelling to be tested by Year 6 TA weekly.',
    'Attendance to be monitored by Social Care.',
    'Attendance to be monitored by Connexions.',
    'Attendance to be monitored by Barnardos.',
    'Counselling to be offered by Kooth.',
    // "per" makes a frequency; a count of lessons replaced is provision, not a figure the child reaches (M rule 6).
    'Reading to be tested 2 per week.',
    'Spellings to be tested 1 per fortnight.',
    'Timetable to be changed: 2 English lessons replaced by tuition.',
    // "kept under review" is the adults' monitoring; a bracketed note of now is no target.
    'Attendance to be kept under review.',
    'Attendance to be monitored weekly (currently 85%).',
    // "so that" + an adult with a modal is the adults' purpose, not the child's clause.
    'Attendance to be sorted so that Mum can attend meetings.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 6 (a quantity of provision is not measurable): the child\'s clause after provision given', () => {
  it.each([
    'Tuition to be offered and Leo will score 60% in his mock by March.',
    'Mentoring to be provided and he will attend 90% of sessions.',
    'Lexia to be provided 3 times a week so that he reaches a reading age of 9 years by July.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    'Lexia to be provided 3 times a week.',
    'Lexia to be provided 3 times a week so that the TA can track progress.',
    'Tuition to be offered and reviewed termly.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});
