import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { specificOf as check, MEETING } from './_judge';

/*
 * Specific (the labelling guide in docs/smart.md, "Specific (S)", rules 1 and 3, and Barnet Virtual School PEP Guidance,
 * 5. Setting SMART Outcomes, "Developing your SMART Outcome", Step One against Step Two): a verb whose object names only an
 * area, a destination or a process is Step One, not yet specific; the particular skill, task or figure within it is Step
 * Two. Examples written here, not corpus texts (src/smart/_object.ts).
 */

describe('Barnet, Developing your SMART Outcome, Step One: the object is only an area, a destination or a process', () => {
  it.each([
    'Catch up on science',
    'Mia to catch up in maths',
    'Apply for university',
    'To go to college',
    'Stay in education',
    'To be able to manage her money',
    'Omar will practise spellings',
    'Zoe to read for pleasure',
    'KS4 - reach her potential',
    'Learn to budget',
    'Understand how to revise',
    'Leo will improve his English so he can go on to a course',
  ])('%s: not specific, low confidence, advice names Step Two', (text) => {
    const s = check(text);
    expect(s.met).toBe(false);
    expect(s.confidence).toBe('low');
    expect(s.advice).toContain('Step Two');
    // Messages never echo the target's text.
    expect(s.advice).not.toContain(text);
  });
});

describe('Barnet, Developing your SMART Outcome, Step Two: the particular skill, task or figure is still specific', () => {
  it.each([
    // Settled cases: "complete his homework" is a task named.
    'Mia will complete her homework every week',
    // Labelling guide, Measurable rule 5: a one-off event or a standard.
    'Apply to 3 colleges by March',
    'Reach the expected standard in reading by July',
    // An observable capability with its own object (Measurable rule 3).
    'Learn to ride a bike',
    'Zoe will read 3 books from the Year 4 reading list',
    // A figure elsewhere in the text measures the area.
    'Leo to improve his reading comprehension. Score 82 now, target 90 in June.',
    'Make 2 friends in class',
    // A setting with its own words (attendance, Settled cases).
    'Stay in mainstream school until the end of Year 9',
  ])('%s: specific', (text) => {
    expect(check(text).met).toBe(true);
  });
});

describe('Labelling guide, Specific rule 3 and rule 1: a heading naming an area or a key stage does not make the body specific', () => {
  it('an area heading before a clause that names only an area is not specific', () => {
    expect(check('Science - to catch up on missed work').met).toBe(false);
  });
  it('an area heading before a particular skill is still specific', () => {
    expect(check('Science - to label the parts of a flower').met).toBe(true);
  });
});

describe('Settled cases, "complete his homework": a set task finished or made is a task named', () => {
  it.each(['Callum will finish his assignments by the end of March.', 'Erin will finish her CV by 28th February.', 'Erin will make her CV.', 'Erin will write her CV.'])('%s: specific', (text) => {
    expect(check(text).met).toBe(true);
  });
  // Kept up with or worked on, the same task is a process (Step One).
  it.each(['Callum will keep on top of his assignments.', 'Erin will work on her CV.'])('%s: not specific', (text) => {
    expect(check(text).met).toBe(false);
  });
});

describe('Measurable rule 3 and Specific rule 1: after "learn to", a skill seen done is named, a process is an area', () => {
  it.each(['Ruby will learn to swim.', 'Ruby will learn to ride a bike.', 'Ruby will learn to tie her laces.'])('%s: specific', (text) => {
    expect(check(text).met).toBe(true);
  });
  it.each(['Ruby will learn to budget.', 'Ruby will learn to cook.', 'Ruby will learn to manage her money.'])('%s: not specific', (text) => {
    expect(check(text).met).toBe(false);
  });
});

describe('Settled cases, "the child\'s own attendance or punctuality at school or lessons": school is attendance, college a destination', () => {
  it.each([
    'Kyle will be in school.',
    'Kyle will go to school.',
    'Kyle will attend school.',
    // A habit of attending college is attendance too.
    'Kyle will be in college every day.',
    'Kyle will attend college on time every day.',
    'Kyle will go to college 4 days a week.',
    // Attending a course is attendance (the activity reading's exclusion).
    'Kyle will attend his course.',
  ])('%s: specific', (text) => {
    expect(check(text).met).toBe(true);
  });
  // With no habit, going to, being in, staying in or attending college or sixth form names a destination (labels 6 to 1).
  it.each(['Kyle will be in college.', 'Kyle will go to college.', 'Kyle will attend college.', 'Kyle will stay in sixth form.', 'Kyle will go to 6th form.'])(
    '%s: not specific',
    (text) => {
      expect(check(text).met).toBe(false);
    },
  );
  // Lessons gone to at college or sixth form are the child's attendance at lessons, not a destination (review21, finding 3).
  it.each([
    'To attend all her college lessons.',
    'To attend all 6th form lessons.',
    'To attend college lessons.',
    'To attend his lessons at college.',
    'Attend his sixth form lessons.',
  ])('%s: lessons attended, specific with high confidence', (text) => {
    expect(check(text).met).toBe(true);
    expect(check(text).confidence).toBe('high');
  });
  it('all her college lessons attended is measurable too', () => {
    expect(checkSmartTarget('To attend all her college lessons.', MEETING).measurable.met).toBe(true);
  });
  // After a verb that is not of going, lessons are still a setting: the area decides.
  it.each(['Kyle will make friends in his college lessons.', 'Kyle will improve his reading in lessons.'])('%s: a setting, not specific', (text) => {
    expect(check(text).met).toBe(false);
  });
});

describe('Barnet, Step One: an incidental word does not turn an area into a skill', () => {
  it.each([
    ['Leo will finish his work in class.', 'Leo will finish his work in lessons.'],
    ['Jade will stay in her placement.', 'Jade will stay in her current placement.'],
  ])('%s and %s: both not specific', (a, b) => {
    expect(check(a).met).toBe(false);
    expect(check(b).met).toBe(false);
  });
  // A rate is no incidental word: spellings learnt weekly are specific like "learn her spellings every week" (labels w268,
  // x042), bare spellings are an area (labels v122, y19-097).
  it('spellings: bare not specific, weekly specific', () => {
    expect(check('Maya will learn her spellings.').met).toBe(false);
    expect(check('Maya will learn her weekly spellings.').met).toBe(true);
    expect(check('Maya will learn her spellings every week.').met).toBe(true);
  });
});
