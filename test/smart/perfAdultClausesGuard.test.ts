import { afterEach, describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { _flagTesting } from '../../src/smart/_doc';
import { withAndWithoutGuards } from './_guards';

/*
 * Cheap tests before a reading's full work: each only skips work whose answer it already knows, so every judgement is the
 * one the full reading gives. Sentences are our own.
 */

const context = { meetingDate: '2025-01-15' };

afterEach(() => {
  _flagTesting.noGuards = false;
});

describe('Labelling guide, Specific rule 4 (Bradford: "Goals and outcomes are not: Services … Resources"): the clause reading runs only when a word of an adult\'s doer is in the text', () => {
  // Each text's only word that can make a clause the adults' is of a different kind: a guard that left its kind out would
  // skip the reading, and the target would be judged specific or given another advice.
  it.each([
    ['"be" of a passive', 'Ruby to be dropped at breakfast club every morning.'],
    ['"is" of a passive', "A taxi is arranged so Kyle can stay at St Mary's."],
    ['"have" of a causative', 'Evie to have her homework differentiated in maths.'],
    ['"find" for the child', 'Find Zara a new football club near her placement.'],
    ['a price', '£700 for a laptop to support learning.'],
    ['an agency', 'Kooth to contact Sam weekly about his worries.'],
    ['"social" as the subject', 'Social to visit Sam in March.'],
    ['a thing ordered', 'Laptop for coursework ordered by the end of March.'],
    ['an adult\'s verb of arranging', "Arrange a taxi so Kyle can stay at St Mary's."],
  ])('%s: not specific, with the advice on the adults\' support, guards on and off alike', (_kind, text) => {
    const [on, off] = withAndWithoutGuards(() => checkSmartTarget(text, context));
    expect(on.specific.met, text).toBe(false);
    expect(on.specific.advice, text).toMatch(/not only the support adults will give/);
    expect(on, text).toEqual(off);
  });

  it('near misses: the child\'s own clause, with or without such a word, is left as read (guards on and off alike)', () => {
    for (const text of ['Maya will read 3 chapter books by Easter.', 'Leo to swim 25 metres unaided by July.', 'Tom will be on time for school 9 days out of 10.', 'Ava will have her PE kit on every Monday.', 'Zain to find 5 facts about volcanoes for his project.']) {
      const [on, off] = withAndWithoutGuards(() => checkSmartTarget(text, context));
      expect(on.specific.met, text).toBe(true);
      expect(on, text).toEqual(off);
    }
  });
});

describe('Labelling guide, Settled cases, "a one-off thing adults arrange or do for the child": the event read first, then who does it', () => {
  const m = (text: string): boolean | null => checkSmartTarget(text, context).measurable.met;

  it('an adult to do a named screen, to attend the next PEP, a check the child is to have: measurable', () => {
    expect(m('Miss Okoro to do the Boxall.')).toBe(true);
    expect(m('Interpreter (Polish) to attend the next PEP.')).toBe(true);
    expect(m('Childminder to join the PEP on Teams.')).toBe(true);
    expect(m('Transition to secondary - visits.')).toBe(true);
    expect(m('Kai to have a WellComm screen.')).toBe(true);
    expect(m('Amir to have an interview at the college.')).toBe(true);
  });

  it('near misses: no screen after "do", no meeting after "attend", a visit of a person or at vague times', () => {
    expect(m('Mum to attend the meeting.')).toBe(false);
    expect(m('Miss Okoro to do more reading with him.')).toBe(false);
    expect(m('Transition to secondary - visits to his nan.')).toBe(false);
    expect(m('Transition to secondary - visits as needed.')).toBe(false);
  });
});
