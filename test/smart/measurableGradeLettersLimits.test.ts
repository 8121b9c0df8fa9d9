import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * The limits of a bare grade ("B or above", "5+") and of a qualification heading or held qualification: a grade stated now,
 * held or forecast, a letter or number naming a thing, an age, and a person after "by" set no target figure.
 * docs/smart.md, Labelling guide, Measurable rule 6 ("numbers that only name things", a baseline or forecast with no target
 * figure), against rule 1 ("a count, percentage, grade, score") and rule 5 ("a standard reached or a one-off event").
 * Sentences are our own wording.
 */
const meetingDate = '2025-01-15';
const measurable = (text: string): boolean => checkSmartTarget(text, { meetingDate }).measurable.met === true;

describe('Labelling guide, Measurable rule 6: an "N+" grade forecast or held is a baseline, not a grade to reach', () => {
  it.each(['Predicted: 6+ in English.', 'Forecast: 4+ in geography.', 'Last mock: 5+ in biology.', 'Last term: 6+ in history.', 'Priya has a 6+ in English.', 'Predicted grade: 7+ in maths.'])(
    'does not measure "%s"',
    (text) => {
      expect(measurable(text)).toBe(false);
    },
  );

  it.each(['Target: 6+ in English.', 'Aim – 4+ in geography.', 'Priya will get a 6+ in English by June.', 'Geography: 5+ in the summer mock.'])('measures "%s"', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 6: a letter grade already held is a baseline', () => {
  it.each(['Tia has a C+ in music.', 'He already has at least a D in history.', 'Tia has a B or better in French now.', 'Omar is on a C or above in English.'])(
    'does not measure "%s"',
    (text) => {
      expect(measurable(text)).toBe(false);
    },
  );

  it.each(['Tia has to get a C or above in music.', 'Omar will have a C or better in English by June.'])('measures "%s" (the grade still to reach)', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 6: a result or current-level label before a grade states it now', () => {
  it.each(['Mock result: C or above in history.', 'Working at: B or above in French.', 'Results: D or better in chemistry.', 'Working at: 5+ in English.'])(
    'does not measure "%s"',
    (text) => {
      expect(measurable(text)).toBe(false);
    },
  );
});

describe('Labelling guide, Measurable rule 6: "numbers that only name things": a letter or "N+" after a naming word is no grade', () => {
  it.each([
    'Plan C or above in geography.',
    'Room C or above in science.',
    'Mrs D or above in the history file.',
    'Vitamin D or above in the food tech unit.',
    'Block B or above for English.',
    'Group C or better in reading by Easter.',
    'Set 6+ in maths next year.',
    'Ages 7+ in the chess club.',
    'Aged 9+ in the drama group.',
  ])('does not measure "%s"', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 1: a lower-case letter grade after its article with a floor or threshold', () => {
  it.each(['at least a d in geography', 'a c or above in french by july', 'an e or better in his chemistry mock'])('measures "%s"', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['a c in french', 'Tia will get a b or above sticker.'])('does not measure "%s" (no floor or threshold, or a thing named after it)', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 5 and rule 6: a qualification heading with a name after "by" has no deadline', () => {
  it.each(['Level 3 NVQ by Daniel.', 'Level 1 Certificate in Catering by Joanne (assessor).'])('does not measure "%s"', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each(['Level 3 NVQ by Christmas.', 'Level 1 Diploma in Catering by Year 11.', 'ESOL Entry 2 by July.'])('measures "%s"', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 6: a qualification hoped for, as "may have", is no result set', () => {
  it.each(['Hopefully she will have her Level 1 Diploma by July.', 'Ideally he will have his forklift licence by May.'])('does not measure "%s"', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it('measures the same qualification held without the hedge', () => {
    expect(measurable('She will have her Level 1 Diploma by July.')).toBe(true);
  });
});
