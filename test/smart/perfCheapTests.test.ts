import { afterEach, describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { withAndWithoutGuards } from './_guards';
import { _buildDoc, _flagTesting } from '../../src/smart/_doc';
import { _stateText } from '../../src/smart/_object';

/*
 * Cheap tests before a reading's full scan (a word the text must hold, a mark the provision must have): each only skips
 * work whose answer it already knows, so every judgement is the one the full reading gives. Sentences are our own.
 */

const context = { meetingDate: '2025-01-15' };


afterEach(() => {
  _flagTesting.noGuards = false;
});

describe('Labelling guide, Specific rule 1 (a state built up is a broad area): the state reading needs a verb of building up or "learn"', () => {
  const state = (text: string): boolean => _stateText(_buildDoc(text, { n: 0 }));

  it('a state built up or a feeling learnt is still read as a state', () => {
    expect(state('Grow her self-esteem.')).toBe(true);
    expect(state('Strengthen his resilience at home.')).toBe(true);
    // "learn" is no verb of building up: the feeling learnt is read all the same.
    expect(state('Learn to feel safe with new adults.')).toBe(true);
  });

  it('near misses stay as they were: no state named, a skill learnt, a feeling with no verb of building up', () => {
    expect(state('Enjoy a quiet lunchtime.')).toBe(false);
    expect(state('Learn her number bonds to 20.')).toBe(false);
    expect(state('Sam to feel proud of his drawing.')).toBe(false);
    expect(state('Confidence: 7 out of 10.')).toBe(false);
    expect(state('Resilience - see last PEP.')).toBe(false);
  });

  it('with the guards off the same answer, and the same reports', () => {
    for (const text of ['Grow her self-esteem.', 'Learn to feel safe with new adults.', 'Enjoy a quiet lunchtime.', 'Learn her number bonds to 20.', 'Build up his trust in staff.']) {
      const [on, off] = withAndWithoutGuards(() => state(text));
      expect(on, text).toBe(off);
      const [full, fullOff] = withAndWithoutGuards(() => checkSmartTarget(text, context));
      expect(full, text).toEqual(fullOff);
    }
  });
});

describe('Labelling guide, Specific rules 1 and 4 and Measurable rule 6: a subject only "to improve" is read segment by segment', () => {
  const met = (text: string): boolean | null => checkSmartTarget(text, context).specific.met;

  it('a subject alone and "to improve" is not specific', () => {
    expect(met('Spelling to improve')).toBe(false);
    expect(met('Year 5 | Handwriting | Handwriting to improve | TA | ongoing')).toBe(false);
  });

  it('near misses: the skill named in another part, or a clause with its own act, are left as read', () => {
    expect(met('Handwriting | form the letters b and d correctly in 8 of 10 words')).toBe(true);
    expect(met('Amir will read two chapter books by Easter')).toBe(true);
  });
});

describe('Settled cases, provision attended: a length of time after provision attended is looked for only after its mark', () => {
  const m = (text: string): boolean | null => checkSmartTarget(text, context).measurable.met;

  it('a schedule of provision attended measures nothing of the child\'s, as before', () => {
    expect(m('Attend the nurture group, 1 hour weekly')).toBe(false);
    expect(m('Attend ELSA sessions: 30 minutes every week')).toBe(false);
  });

  it('near misses: the child\'s own length of reading, a club on named days', () => {
    expect(m('Nia will read for 15 minutes every night')).toBe(true);
    expect(m('Attend drama club - 2 hours on Saturdays')).toBe(true);
  });
});
