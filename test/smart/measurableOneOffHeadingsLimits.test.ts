import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * Where the one-off fragments of measurableOneOffHeadings.test.ts stop, read by src/smart/_measure.ts (`workToDo` and
 * `workKindWord`, `headingTask` with a bare verb, `passiveOneOff` after "to continue –" and for "claimed", `childChecked` for a
 * thing given to the child's adult, `goesAhead`, `heldHeading` ending a table's cell). The labelling guide, Measurable: "M is met when someone could check, at the
 * deadline, whether it happened"; rule 6 (process verbs, headings and placeholders are not); Settled cases, "a one-off thing
 * adults arrange or do for the child" (measurable) and "the child's wish alone" (not). Every wording is written here.
 */
const MEETING = { meetingDate: '2025-01-15' };
const measurable = (text: string): boolean | null => checkSmartTarget(text, MEETING).measurable.met;

describe('Labelling guide, Measurable rule 6 and Settled cases ("the child\'s wish alone"): work "to do" only as a heading opening the part', () => {
  it.each(['Job application to do.', 'CV to do', 'UCAS application to do', 'Personal statement to do | DT'])('%s: measurable (a piece of work named, a task)', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // What the child has or how much: a statement about the child, not a task set.
    'Leo has homework to do',
    'I have coursework to do.',
    'Loads of homework to do',
    'He gets homework to do',
    'His coursework to do',
    "Leo's homework to do.",
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases ("a one-off thing adults arrange"): a bare task verb after a heading naming one thing', () => {
  it.each(['Dyslexia assessment - chase.', 'Care plan – update', 'Bus pass - sort'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // The child's study or work kept up names no one thing done (Measurable rule 6).
    'Revision - chase.',
    'Revision - complete.',
    'Year 11 mocks - chase',
    'Homework - chase',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases ("a one-off thing adults arrange"): what goes on before "– to be reviewed" is a thing adults set up', () => {
  it.each(['Part-time timetable to continue – to be reviewed', 'Tutoring to continue - to be reviewed', 'Work placement to continue – to be reviewed'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // The child, the child's attendance or conduct going on: a process (Measurable rule 6), not a thing set up.
    'Leo to continue – to be reviewed',
    'YP to continue - to be reviewed',
    'Good attendance to continue – to be reviewed',
    'Attendance to continue - to be reviewed',
    'Progress to continue – to be reviewed',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases ("a one-off thing adults arrange or do for the child"): claimed money, a thing given for the child', () => {
  it.each(['The grant to be claimed', 'Bursary - to be claimed.', 'Mum to be given a reading book.', 'Carer to be given a copy of the phonics scheme'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // A person is not claimed; a lift, a break or a day off is no thing given for the child.
    'Leo to be claimed',
    'YP to be claimed.',
    'Dad to be claimed',
    'Dad to be given a lift',
    'Carer to be given a lift to the review',
    'Mum to be given a day off',
    'Carer to be given a break.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases ("a one-off thing adults arrange") and Measurable rule 6: "to go ahead" names a thing', () => {
  it.each(['The college visit to go ahead.', 'Pathway plan to go ahead', 'Managed move - to go ahead'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['The plan to go ahead.', 'Plan - to go ahead', 'Support to go ahead', 'Progress to go ahead.'])('%s: not measurable (names no thing)', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases ("a one-off thing adults arrange"): a thing bought, ending a table\'s cell as it ends a sentence', () => {
  it.each(['PP+ - tablet | DT', 'Laptop | carer', 'New laptop | SW'])('%s: measurable (the next cell says who)', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['PP+ - tuition and a tablet | DT', 'PP+ - tablet? | DT', 'English - tablet | DT'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});
