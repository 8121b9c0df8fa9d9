import { describe, expect, it } from 'vitest';
import { smt } from './_judge';

/*
 * Where the readings of test/smart/areaNamedOnly.test.ts stop: help received ends where the child's own act begins, a
 * placeholder "<thing> to continue" is a programme's name and never the child's own attendance, a comparative of becoming is
 * one reading with or without a possessive, becoming aware is being aware, and a vague time after college is no object.
 * Wordings written here (none taken from a corpus file). Meeting on Wednesday 15 January 2025, no calendar, no review date.
 */

describe('Labelling guide, Specific rule 4: help received ("be supported with") ends where the child\'s own act begins', () => {
  it.each([
    // A purpose with the child as subject, with "so" or "so that".
    'Maya to be helped with buttoning her coat so she can do it up alone by half term.',
    'Maya to be supported with her phonics so that she reads 20 tricky words by Easter.',
    // A comma and an -ing word: the child's act with its figure.
    'Maya to be helped with her times tables by her tutor, scoring 18/20 on the weekly check by half term.',
    // A table's cell mark.
    'Maya to be supported with coursework | hand in 3 of 4 drafts on time | by the end of term',
    // The field of the help is itself the child's skill, with its own measure (Measurable rule 3: "write his full name without a model").
    'Maya to be supported with writing her address without copying by the summer.',
  ])('%s: specific, measurable and time-bound', (text) => {
    expect(smt(text)).toEqual([true, true, true]);
  });

  it('Labelling guide, Measurable rule 1: a count of the child\'s visits still measures after the help ("by visiting it 4 times")', () => {
    expect(smt('Maya to be supported with her move to secondary school by visiting it 4 times before June.')).toEqual([false, true, true]);
  });

  it.each([
    ['Maya to be supported with her worries, using her worry box when upset.', [true, false, false]],
    // Specific rule 4: "A child using a named strategy is specific".
    ['Maya to be supported with using her visual timetable at the start of each lesson.', [true, true, false]],
    ['Maya to be helped with the move, visiting twice a week.', [true, true, false]],
  ] as const)('%s: the strategy the child uses stays read', (text, expected) => {
    expect(smt(text)).toEqual(expected);
  });

  it.each([
    'Maya to be supported with her homework by her carers.',
    'Maya to be helped with spelling.',
    'Maya to be supported with her reading so that staff can track it.',
  ])('%s: still not specific (the help alone, or an adult\'s purpose)', (text) => {
    expect(smt(text)[0]).toBe(false);
  });

  it('Measurable rule 6: a quantity of the help itself does not measure ("3 hours of TA time")', () => {
    expect(smt('Maya to be supported with 3 hours of TA time.')).toEqual([false, false, false]);
  });
});

describe('Labelling guide, Specific rule 6 and Settled cases: "<thing> to continue" is a placeholder only for a programme or provision', () => {
  it.each([
    // Settled cases: the child's own attendance or punctuality is specific.
    "Maya's good attendance to continue.",
    'Her punctuality to continue.',
    'Excellent attendance to continue.',
    // Settled cases: "complete his homework" names a task.
    'Homework to continue.',
  ])('%s: still specific', (text) => {
    expect(smt(text)[0]).toBe(true);
  });

  it.each(["'Nessy' to continue.", 'Toe by Toe to continue.', 'Catch Up Literacy sessions to continue.'])('%s: not specific (a programme named, quoted or capitalised)', (text) => {
    expect(smt(text)).toEqual([false, false, false]);
  });
});

describe('Labelling guide, Specific rule 2: "get better at" with no figure is one reading, with or without "his" or "her"', () => {
  it.each([
    'Maya to get better at column addition.',
    'Maya to get faster at the 6 times table.',
    // A point beside it is no figure (development labels: with a deadline, 0 specific of 3).
    'Maya to get better at phonics by Easter.',
  ])('%s: not specific', (text) => {
    expect(smt(text)[0]).toBe(false);
  });

  it.each([
    'Maya will get better at column addition, scoring 9/10 on the Friday check by Easter.',
    // A focusing phrase names the skill within (Barnet, Step Two).
    'Maya will get better at written methods, particularly short division.',
  ])('%s: specific (a figure, or a focusing phrase)', (text) => {
    expect(smt(text)[0]).toBe(true);
  });

  it('a comparative of a place, not of a skill, is left as read ("better at home")', () => {
    expect(smt("Maya's behaviour is better at home.")).toEqual([false, false, false]);
  });
});

describe('Labelling guide, Measurable rule 3 ("be aware of" cannot be seen): becoming aware is read as being aware', () => {
  it.each(['Maya to become aware of her triggers.', 'Maya is becoming aware of her triggers.', 'Maya becomes aware of her triggers.'])('%s: not specific', (text) => {
    expect(smt(text)).toEqual([false, false, false]);
  });

  it.each([
    ['Maya to become aware of her triggers and tell an adult when she feels cross.', [true, false, false]],
    ['Maya to become aware of her triggers, naming 3 of them by Easter.', [true, true, true]],
    ['Maya to become a member of the school council.', [false, false, false]],
  ] as const)('%s: an act joined is read; becoming something else is left as read', (text, expected) => {
    expect(smt(text)).toEqual(expected);
  });
});

describe('Labelling guide, Specific rule 1 and Time-bound (vague timing is none): a subject done "at college next year" is the subject as a whole', () => {
  it('the vague time after college is passed over whatever the verb', () => {
    expect(smt('Maya to do history and art at college next year.')[0]).toBe(false);
  });

  it.each([
    ['Maya to do her history essay at college next year.', [true, true, false]],
    ['Maya to do art at college 2 days a week.', [true, true, false]],
  ] as const)('%s: a task, or a rate, is still read', (text, expected) => {
    expect(smt(text)).toEqual(expected);
  });
});
