import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { MEETING, judge as result, specific } from './_judge';

/*
 * Labelling guide, Specific: S is met when the target names "the particular skill, knowledge, behaviour, task or qualification
 * the child will achieve". A process gone on with, an area worked on or towards, a thing given to use, the adults'
 * encouragement or a note that no target was set names none of them (Specific rules 1, 4 and 6; Measurable rule 6: "work on",
 * "continue" are process verbs alone; Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes, "Developing your SMART
 * Outcome", Step One against Step Two; Bradford Council, "SMART Outcomes - Annual Reviews": outcomes are not "Activities" or
 * "Resources"). Where an act or a result is named with the process, the target is specific as before. Examples written here.
 */

describe('Labelling guide, Specific rule 1 and Measurable rule 6: working on something, or keeping on at it, names no outcome', () => {
  it.each([
    'Work on spelling.',
    'Leo to work on his number bonds.',
    'Amira will work on her cursive writing.',
    'Science target: to continue to work on forces.',
    'Spelling - keep working on the Year 3 word list.',
    'Carry on working on column addition.',
    'English: Ella will work on her paragraphs.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'Oscar to work on his 8 times table until he can answer 12 questions in a minute.',
    'Mia will work on her handwriting and write her full name without a model by Easter.',
    'Finn to keep working on his 6 times table and score 10/10 on the Friday test.',
    'Jack to work on telling the time to the quarter hour.',
    'Sam to work on writing the letters b and d the right way round.',
  ])('%s: an act or result named, or content under a subject, stays specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 1: working towards a whole framework\'s goals is a broad area', () => {
  it('"Work towards the Early Learning Goals in Reception." is not specific', () => {
    expect(specific('Work towards the Early Learning Goals in Reception.')).toBe(false);
  });
  it('"Work towards his Bronze Arts Award." names a particular award and stays specific', () => {
    expect(specific('Work towards his Bronze Arts Award.')).toBe(true);
  });
});

describe('Labelling guide, Specific rule 1: learning about an area, looking for a kind of post, learning to drive', () => {
  it.each(['Sian to learn about money.', 'To look for work over the summer.', 'Jordan to look for apprenticeships.', 'Learn to drive.'])(
    '%s: not specific',
    (text) => {
      expect(specific(text)).toBe(false);
    },
  );

  it.each([
    'Lily to learn about the Romans and name 3 things they built.',
    'Lily will learn about money by counting coins to 50p.',
    'Ava to learn to ride her scooter without help.',
    'Ava to learn to drive and pass her theory test by June.',
    'Ben to look for a part-time job and send 3 applications by March.',
  ])('%s: an act, a name or a figure joined stays specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Measurable rule 3 ("understand" cannot be seen): understanding the importance of a thing', () => {
  it('"Rory will understand the importance of wearing his glasses." is not specific', () => {
    expect(specific('Rory will understand the importance of wearing his glasses.')).toBe(false);
  });
  it('"Rory will wear his glasses in every lesson." stays specific', () => {
    expect(specific('Rory will wear his glasses in every lesson.')).toBe(true);
  });
});

describe('Labelling guide, Specific rule 4: a thing given to use, or the adults\' encouragement, is provision', () => {
  it.each(['Access to a tablet for homework.', 'Use of Lexia to support reading.', 'Owen will be encouraged to read with his carer.', 'Mentor sessions weekly', 'Learning mentor sessions weekly'])(
    '%s: not specific',
    (text) => {
      expect(specific(text)).toBe(false);
    },
  );

  it('a thing given to use is still checked given (Settled cases: a one-off thing adults arrange is measurable)', () => {
    expect(checkSmartTarget('Access to a tablet to complete coursework.', MEETING).measurable.met).toBe(true);
  });

  it.each([
    'Use a now and next board at the start of each lesson.',
    'Use her planner every day to record homework.',
    'Use of phonics strategies to read 20 words by Easter.',
    'Zara will be supported to write her name.',
    'Zara will be encouraged to read daily and record it in her diary by Easter.',
  ])('%s: the child using a strategy, helped, or with a point, stays specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Bradford, "SMART Outcomes - Annual Reviews", Activities: taking part in enrichment or a show', () => {
  it.each(['Take part in enrichment.', 'Noor to take part in the summer production.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  it.each([
    'Noor will take part in the summer production and sing a solo.',
    'Harvey will take part in the school production in March, learning his lines for the part of the Narrator by 3rd March.',
  ])('%s: a part performed or learnt stays specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 6: a note that no target was set is a placeholder', () => {
  it.each(['No target set - new placement.', 'Year 12 PEP - no targets agreed, young person not present.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  it.each(['No targets set last time; Ruby will spell 10 words from the Year 2 list by Easter.', 'No more than 2 detentions this term.'])(
    '%s: a target after the note, or a stop-behaviour, stays specific',
    (text) => {
      expect(specific(text)).toBe(true);
    },
  );
});

describe('Labelling guide, Specific rule 4: a child using a named strategy is specific; "Use of" is provision only with no act of the child', () => {
  it.each(['Use of Zones of Regulation to name her worries.', 'Use of Makaton signs to ask for a drink.'])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
  it.each(['Use of Nessy to support spelling.', 'Use of Lexia to develop his reading.', 'Use of a laptop by half term.', 'Access to a laptop by half term.'])(
    '%s: the adults\' purpose, or a thing given whatever its point: not specific',
    (text) => {
      expect(specific(text)).toBe(false);
    },
  );
});

describe('Labelling guide, Measurable rule 1: how often the child does it is the child\'s measure, encouraged or not', () => {
  it.each(['Noah will be encouraged to read at home 4 times a week.', 'Noah will be encouraged to read at home daily.', 'Noah will be supported to read at home 4 times a week.'])(
    '%s: specific and measurable',
    (text) => {
      const r = result(text);
      expect([r.specific.met, r.measurable.met]).toEqual([true, true]);
    },
  );
  it.each(['Noah will be encouraged to read at home.', 'Pupil to be encouraged to enjoy books.'])('%s: a vague act only encouraged: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  it('a frequency in words escapes "work on" as a duration does', () => {
    expect(specific('I will work on my spellings every evening.')).toBe(true);
    expect(specific('I will work on my spellings.')).toBe(false);
  });
});

describe('Labelling guide, Specific rule 1 and Measurable rule 6: "work on" read the same under a heading, named child or not', () => {
  it.each(['Maths - work on fractions.', 'Maths - Noah to work on fractions.', 'Science: keep working on forces.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rules 4 and 5: a behaviour stopped or a resource used is the child\'s act, not a process', () => {
  it.each(['Noah to work on not shouting out in class.', 'Noah to work on not hitting.', 'Noah to work on a laptop in lessons.'])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
  it('near miss: a topic worked on stays not specific', () => {
    expect(specific('Noah to work on his handwriting.')).toBe(false);
  });
});

describe('Labelling guide, Specific rule 6: a note that no target was set sets none in any part', () => {
  it('a vague aim beside the note is not specific', () => {
    expect(specific('To be kept safe. No targets this term as placement move.')).toBe(false);
  });
  it('near miss: a dated target beside a note for one subject stays specific', () => {
    expect(specific('Read 20 words by Easter. No targets for maths this term.')).toBe(true);
  });
});

describe('Labelling guide, Measurable rules 1 and 6: "every" or "each" is how often only before a time noun', () => {
  it.each(['Rory to work on each word in the Year 3 list.', 'Rory to work on every letter of the alphabet.'])('%s: the object counted, still the process, not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each(['Rory to work on his spellings each evening.', 'Rory to work on his spellings every maths lesson.', 'Rory to work on his spellings every Monday.'])(
    'near miss: %s says how often, specific',
    (text) => {
      expect(specific(text)).toBe(true);
    },
  );
});

describe('Labelling guide, Specific rules 1 and 4: a reading scheme worked through is content, a device heads its phrase', () => {
  it.each(['Rory to work on the reader scheme.', 'Rory to work on the computer programme.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it('near miss: "work on a laptop" is not the process (a device used)', () => {
    expect(specific('Rory to work on a laptop.')).toBe(true);
  });
});

describe('Labelling guide, Specific rule 4: "to help him <act>" after a named strategy is the child\'s act', () => {
  it('"Use of Zones of Regulation to help him name his worries." is specific, as without "help him"', () => {
    expect(specific('Use of Zones of Regulation to help him name his worries.')).toBe(true);
    expect(specific('Use of Zones of Regulation to name his worries.')).toBe(true);
  });

  it.each(['Use of Nessy to help him.', 'Use of Widgit symbols to help staff plan.', 'Use of Nessy to support spelling.'])('near miss: %s stays provision', (text) => {
    expect(specific(text)).toBe(false);
  });
});
