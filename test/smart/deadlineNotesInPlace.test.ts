import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { guideDeadline } from './_deadlineLabel';
import { MEETING } from './_judge';

/*
 * Limits of the deadline readings for a phase after "ready for", the EYFS a target is set in, a bracket after a year's end,
 * "of this agreement", a family's note and a review note, checked against the labelling guide (docs/smart.md, "Labelling
 * guide": Deadline labels and the school-time table under Time-bound (T)). Wordings written here; a meeting on 15 January
 * 2025, as the guide labels.
 */
const label = guideDeadline;

describe('Labelling guide, school-time table: "a school-time point restated with a term and year in brackets … a past year is a note"', () => {
  it.each([
    'Kai to get a grade 4 by the end of Year 11 (May 2024 result: grade 3).',
    'Kai to get a grade 4 by the end of Year 11 (exams in June 2024).',
    'Kai to get a grade 4 by the end of Year 11 (assessed in June 2024).',
    'Kai to get a grade 4 by the end of Year 11 (leavers prom on 27 June).',
    'Kai to get a grade 4 by the end of Year 11 (school report in July).',
  ])('a past point, a past check or another event in the bracket keeps the year\'s end: %s', (text) => {
    expect(label(text)).toBe('academic-year-end~');
  });
  it.each([
    ['Kai to get a grade 4 by the end of Year 11 (summer exams w/c 12th May).', 'date:2025-05-12'],
    ['Kai to get a grade 4 by the end of Year 11 (mocks in June).', 'date:2025-06-30'],
  ])('a check or exam the target is about dates it: %s', (text, want) => {
    expect(label(text)).toBe(want);
  });
});

describe('Labelling guide, school-time table, "ready for high school": "get ready … every morning" is no point', () => {
  it.each([
    'Get out of bed on time and be ready for college.',
    'Kai will pack his bag and be ready for college.',
    'Kai to be up, washed, dressed and ready for college.',
    'Kai felt ready for secondary.',
    'Kai feels ready for secondary school.',
    'Ready for secondary?',
    'Hopefully ready for secondary.',
    'Dad is getting ready for college.',
    'Kai to be ready for sixth.',
  ])('a daily routine, a feeling or the past, a question, a hedge, an adult\'s act, "sixth" alone: %s', (text) => {
    expect(label(text)).toBe('none');
  });
  it.each([
    'Kai will be ready for college.',
    'Kai to be ready for sixth form.',
    'Moving up – be ready for secondary school.',
    'Kai will be up to date and ready for college.',
    'Kai will have time to be ready for secondary school.',
    'Kai will feel ready for high school.',
  ])(
    'the move to the next phase, or feeling ready as an aim, stays: %s',
    (text) => {
      expect(label(text)).toBe('academic-year-end~');
    },
  );
});

describe('Labelling guide, Deadline labels, "To settle in Year 3": the stage where the child settles or is is no point', () => {
  it.each([
    'Ava is happy in the EYFS.',
    'Ava made good progress in the EYFS.',
    'Ava to settle in the EYFS.',
    'Ava will get TA support in the EYFS.',
    'Ava will see her key worker in the EYFS.',
    'Ava settled well in the Early Years Foundation Stage.',
  ])('%s', (text) => {
    expect(label(text)).toBe('none');
  });
  it('an aim set in the stage stays', () => {
    expect(label('Ava to be able to write her name in the EYFS.')).toBe('academic-year-end~');
  });
});

describe('Labelling guide, school-time table: "within 6 weeks of the meeting"; "of this agreement" is the plan itself', () => {
  it.each(['Back full time within 6 weeks of this agreement ending.', "Back full time within 6 weeks of this plan's review.", 'Back full time within 6 weeks of this plan review.'])(
    'another point of the plan is no anchor: %s',
    (text) => {
      expect(label(text)).toBe('none');
    },
  );
  it('the plan made at the meeting stays', () => {
    expect(label('Back full time within 4 weeks of this plan.')).toBe('relative:28');
  });
});

describe('Labelling guide, Deadline labels, "Not deadlines": background dates; a note of what the family or another person is doing', () => {
  it.each([
    'Better attendance – family are travelling over Easter.',
    'Better attendance – his family is travelling over Easter.',
    'Better attendance | Dad travelling in March',
  ])('with "is" or "are", or after a row\'s " | ": %s', (text) => {
    const r = checkSmartTarget(text, MEETING);
    expect(r.deadline).toBeNull();
    expect(r.timeBound.met).toBe(false);
  });
  it('an "-ing" noun names an occasion, not a note: "family meeting in March" keeps March', () => {
    expect(label('Better attendance – family meeting in March.')).toBe('date:2025-03-31');
  });
  it('the "until X" row: "until then" after the note takes its point back', () => {
    expect(label('Better attendance – family travelling over Easter, come in every day until then.')).toBe('date:2025-04-20');
  });
});

describe('Time-bound (T): a review note after the target\'s own point, after a comma or naming who reviews, leaves the point the deadline', () => {
  it.each([
    'Kai will be in lessons all day by the spring half term, review at next PEP.',
    'Kai will be in lessons all day by the spring half term. Review at next PEP with Kai and his carer.',
  ])('%s', (text) => {
    expect(label(text)).toBe('term:spring:half-term');
  });
  it.each([
    'Kai will be in lessons all day by the spring half term and bring his timetable to the next PEP.',
    'Kai will be in lessons all day by the spring half term, review at next PEP with his timetable and attendance printout to hand.',
    'Kai will be in lessons all day, review at next PEP with Kai.',
  ])('the next PEP an act is named for, a long tail, or the only point stays: %s', (text) => {
    expect(label(text)).toBe('next-review');
  });
});
