import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * A grade written bare, as a letter or a number with its threshold or floor, and a qualification held at a point.
 * docs/smart.md, Labelling guide, Measurable rule 1 ("a count, percentage, grade, score"), rule 5 ("a standard reached or
 * a one-off event is measurable") and rule 6 ("numbers that only name things" are not); Halton PEP Policy 2023-24,
 * Appendix C Post-16, Measurable: "'working at a Grade 4 in algebra' … can be demonstrated through assessment or data".
 * Sentences are our own wording.
 */
const meetingDate = '2025-01-15';
const measurable = (text: string): boolean => checkSmartTarget(text, { meetingDate }).measurable.met === true;

describe('Labelling guide, Measurable rule 1: a letter grade with its threshold or floor is a grade to reach', () => {
  it.each([
    'Ellie to get at least a C in her A level history mock.',
    'Target: B or above in Year 13 Sociology.',
    'history | C or better | summer exams',
    'Mateo will achieve a minimum of a D in AS Maths by June.',
    'Noah will get an E or above in his A level chemistry resit.',
    'Biology - B+ in the March mock.',
    'Geography – at least a B in the coursework.',
    'Psychology: B or better at AS.',
  ])('measures "%s"', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it('Halton Appendix C Post-16: a letter grade worked at ("to be working at a B in biology") is demonstrated by assessment', () => {
    expect(measurable('to be working at a B in biology by the end of Y12')).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 1: a number grade with "+" is a grade to reach, not a name', () => {
  it.each(['Maths: 5+ in the summer mock.', 'a 6+ in English Literature by the end of Year 11', 'Grade 4+ in maths by the summer.', 'English – 4+ in the mock in March.'])(
    'measures "%s"',
    (text) => {
      expect(measurable(text)).toBe(true);
    },
  );
});

describe('Labelling guide, Measurable rule 5: a qualification held or gained by a point is a result someone can check', () => {
  it.each([
    'Hannah will have her Level 3 Diploma in Childcare by the end of the college year.',
    'Kyle will have his CBT certificate by Easter.',
    'to have his full UK driving licence by his 18th birthday in July',
    'Amira will have her CSCS card before she starts on site in April.',
    'Maya will have her Level 2 NVQ by July.',
    'to gain a BTEC in Sport by June',
    'Liam to gain a GCSE in English by the summer.',
  ])('measures "%s"', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 5: a qualification named with its level as a heading, with a deadline, is gained by then', () => {
  it.each([
    'Level 1 Functional Skills English by Easter.',
    'BTEC Level 3 Diploma in Sport by June 2026.',
    'NVQ Level 2 in Carpentry by the end of the college year.',
    'Functional skills E3 in maths & English by Y11.',
  ])('measures "%s"', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['Functional skills maths and English.', 'Functional Skills – TBC.', 'Functional skills maths by Easter.', 'NVQ Level 2 in Carpentry by his tutor'])(
    'does not measure "%s" (no level, no deadline, or an agent after "by")',
    (text) => {
      expect(measurable(text)).toBe(false);
    },
  );
});

describe('Labelling guide, Measurable rule 5: sitting a qualification\'s exam and getting it by its level are one-off events', () => {
  it.each(['Morgan to sit Functional Skills.', 'Priya to get her Level 1 Functional Skills by Easter.'])('measures "%s"', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 6: letters and numbers that only name things are no grade', () => {
  it.each([
    'Plan B is college if the apprenticeship falls through.',
    'to feel calmer in Block B at lunchtime',
    'Room 6+ for the maths club.',
    'Phase 5+ in phonics.',
    'Amy B. wants to do better at school.',
    'DT B Smith says he is settling well.',
    'Year 5 or above reading books are in the library.',
    'Set 3 or higher next year would be nice.',
    'A or B band groups meet on Fridays.',
    'Option B or above in maths.',
    'Table D or better in maths.',
    'B block lessons moved to the afternoon.',
    'To get good qualifications.',
  ])('does not measure "%s"', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 6: a grade stated now, forecast, past or only worked towards has no target figure', () => {
  it.each([
    'Currently working at a C in psychology.',
    'He is predicted a B or above in biology.',
    'Last year she got a C or better in every subject.',
    'Jack will work towards a C in psychology.',
  ])('does not measure "%s"', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable: "someone could check, at the deadline, whether it happened": a question sets nothing', () => {
  it.each(['Does she have a provisional licence?', 'Does he have a licence to drive?'])('does not measure "%s"', (text) => {
    expect(measurable(text)).toBe(false);
  });
});
