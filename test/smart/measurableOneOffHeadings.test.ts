import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * One-off acts and provision written as fragments, read by src/smart/_measure.ts (`headingTask` with a bare verb, `workToDo`,
 * `checkHad` opening "To have", `fundHeadingBefore`, "claimed" among the one-off passives, `goesAhead`, `ensuredInPlace`,
 * `adultWordAt` with the adult heads, `childChecked` for a thing given to the child's adult, `passiveOneOff` after "to continue –", `standingAt` for meetings in the plural). The
 * labelling guide, Measurable: "M is met when someone could check, at the deadline, whether it happened"; rule 5 ("a one-off
 * event is measurable"); rule 6 (a quantity of provision is not); Settled cases, "a one-off thing adults arrange or do for the
 * child": measurable. Every wording is written here, none a data set's text.
 */
const MEETING = { meetingDate: '2025-01-15' };
const measurable = (text: string): boolean | null => checkSmartTarget(text, MEETING).measurable.met;

describe('Labelling guide, Settled cases ("a one-off thing adults arrange or do for the child"): a heading and a bare task verb read as "- to <verb>"', () => {
  it.each([
    'Dyslexia screening - chase.',
    'Housing form - chase.',
    'Level 2 Catering - complete',
    'Transition plan - update',
    'Passport – to update',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // An area, a subject or a name as the heading: no one thing to do.
    'Maths - complete',
    'Anxiety - chase.',
    'Jamal - update',
    // A plan with no word naming its kind, and a question.
    'Plan - update',
    'Passport - chase?',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases ("complete his homework": a task named, an adult can check it): a piece of work "to do"', () => {
  it.each(['Personal statement to do.', 'UCAS application to do', 'Coursework to do.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // A wish, a search or a feeling: no piece of work named.
    'I am not sure what I want to do',
    'Priya to find something to do at lunch.',
    'Lots to do.',
    'Application to do when she feels ready?',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 5 (a one-off event): a check had, the text opening "To have"', () => {
  it.each(['To have a hearing screen', 'To have an eyesight check.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['To have less screen time', 'To have a screen saver', 'To have a test drive'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases ("a one-off thing adults arrange"): a fund\'s heading, then the things it buys', () => {
  it.each(['Pupil Premium Plus - tablet', 'PP+ – revision cards and a tablet.', 'EYPP: a tablet'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // Provision or help bought (Measurable rule 6), a subject heading, a question.
    'PP+ - tuition and a laptop.',
    'PP+ – support with a laptop',
    'Science - laptop',
    'PP+ - laptop?',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases ("a one-off thing adults arrange or do for the child"): passives and adults\' acts done once', () => {
  it.each([
    'Free school meals – to be claimed',
    'Bursary to be claimed.',
    'Managed transfer – to go ahead',
    'Residential trip to go ahead.',
    'Interpreter (Farsi) to attend the parents\' evening',
    'Careers adviser to attend the open evening.',
    'Part-time timetable to continue – to be reviewed',
    'Teacher to ensure she has a pencil grip.',
    'SENCo to ensure exam access arrangements are in place.',
    'Grandad to be given a phonics flashcard set.',
    'Carer to be given a copy of the reading scheme.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // Kept up: a claim, a review or an interpreter for every meeting, and a rate.
    'Bursary to be claimed weekly.',
    'Interpreter to be booked for review meetings.',
    'Interpreter to attend all meetings.',
    'Reduced timetable to continue – to be reviewed if needed',
    // The child meets an adult named by role and kind: the child's talk, not the adult's act.
    'Priya will meet her careers adviser to discuss sixth-form options.',
    'Priya will meet her careers officer to talk about post-16 courses.',
    // Hedged, and the child's own act.
    'Move to go ahead if agreed?',
    'Priya to go ahead with her plans',
    // What the child does or how things go, and support that names nothing.
    'Carer to ensure Priya gets to school.',
    'School to ensure her needs are met.',
    'School to ensure she has a good day.',
    'School to ensure support is in place.',
    'Carer to ensure she has her kit every day.',
    // Given to the adult: help, a person or a chance, kept up or conditional.
    'Carer to be given support.',
    'Carer to be given a mentor.',
    'Mum to be given a call every week.',
    'Foster carer to be given a reading book if needed.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});
