/**
 * Measurable rule 6 of the labelling guide (docs/smart.md, "### Measurable (M)"): a comparative without a figure, a
 * baseline with no target figure and numbers that only name things are not measurable; rules 1, 3, 4 and 5 (a figure or
 * frequency, an observable capability, a stop-behaviour, a one-off event) still are. Every text here is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { measurable, specific } from './_judge';

describe('Measurable (M) rule 6, numbers that only name things: how many broad areas a target covers', () => {
  it.each([
    'Ava to make progress in all 6 areas of learning.',
    'Mia will make good progress in all 4 areas of the curriculum.',
    'Leo to improve across all five areas.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
  it.each([
    'Ava will reach the expected standard in all 3 areas of maths.',
    'Ava will achieve a grade 5 in all 3 sciences.',
    'Ava will attend all 5 days each week.',
    'Ava will say all 19 Phase 2 sounds.',
    'Ava will hand in all 4 sections of her NEA by March.',
  ])('%s: still measurable (a standard, grade, rate or count of the child\'s work)', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Measurable (M) rule 6, numbers that only name things: the slide, row or draft a target is quoted from', () => {
  it.each(['Slide 4: Jay to improve his attitude.', 'Row 2 - Kim to work on her spelling.', 'Slide 3, draft 2: Ben to be more confident.'])(
    '%s: not measurable',
    (text) => {
      expect(measurable(text)).toBe(false);
    },
  );
  it.each(['Slide 5: Jay will read 10 words from his flashcards by Easter.', 'Row 6 - Kim will not hit other children at playtime.'])(
    '%s: still measurable (the target\'s own measure)',
    (text) => {
      expect(measurable(text)).toBe(true);
    },
  );
});

describe('Measurable (M) rule 6, a comparative without a figure: points going down, more work done', () => {
  it.each([
    'Conduct points to go down.',
    'Negative points to come down this term.',
    'Behaviour points to reduce.',
    'More reading to be done at home.',
    'More work to be completed in class.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
  it.each([
    'Sam will get no more than 2 behaviour points a week.',
    'Behaviour points to go down to fewer than 5 a week.',
    'Sam points to the picture when asked.',
    'Homework to be done every night.',
    'CV to be updated by February.',
  ])('%s: still measurable (a figure, a capability, a frequency or a one-off act)', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Measurable (M) rule 6, a baseline with no target figure: a figure in brackets after a comparative', () => {
  it.each(['Owen to have fewer call-outs (7 in autumn 2).', 'Lily to spend less time in the reflection room (9 days in the autumn term).'])(
    '%s: not measurable',
    (text) => {
      expect(measurable(text)).toBe(false);
    },
  );
  it.each([
    'Sam will read more books (3 a week).',
    'Sam will have fewer removals (no more than 2 a week).',
    'Sam will have fewer removals (2 or fewer each week).',
    'Sam will attend 95% of sessions (currently 84%).',
  ])('%s: still measurable (the bracket sets the figure, or a figure stands outside it)', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Measurable (M) rules 1, 3, 4 and 5 still hold beside vague frequencies', () => {
  it.each(['Sam will read at home more often.', 'Sam will hand in homework more regularly.', 'Sam will improve his social skills.', 'Sam will develop her confidence.'])(
    '%s: not measurable (a vague rate or a broad area)',
    (text) => {
      expect(measurable(text)).toBe(false);
    },
  );
  it.each([
    'Sam will read every day at home.',
    'Sam will read three times a week with his carer.',
    'Sam will use capital letters in each lesson.',
    'Sam will not hit other children.',
    'Sam will be able to blend CVC words.',
    'Sam will pass his Grade 2 piano exam.',
    'Sam will attend the careers fair in March.',
  ])('%s: measurable (a named frequency, a stop-behaviour, a capability, a test or a one-off event)', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Measurable (M) rule 6, a baseline with no target figure: the child\'s own (chronological) age', () => {
  it.each(['Nia: reading age 7y1m (chron age 9y3m). Target: improve her reading age.', 'Sam (chronological age 7) will improve his reading.'])(
    '%s: not measurable',
    (text) => {
      expect(measurable(text)).toBe(false);
    },
  );
  it.each(['Ben will reach a reading age of 9 by July (chronological age 10.2).', 'Nia will raise her reading age by 12 months by July (chron age 9y3m).'])(
    '%s: still measurable (the reading age to reach)',
    (text) => {
      expect(measurable(text)).toBe(true);
    },
  );
});

describe('Measurable (M) rule 6, a baseline with no target figure: a bracket is a baseline only when it says when the figure held', () => {
  it.each([
    'Spend less time in the inclusion room (6 days in autumn 1).',
    'Sam to have fewer removals (4 last term).',
    'Sam to have fewer removals (currently 5).',
    'Sam to have fewer removals (6 so far this year).',
  ])('%s: not measurable (where the child is now)', (text) => {
    expect(measurable(text)).toBe(false);
  });
  it.each([
    ['Spend more time reading (20 minutes).', false, true],
    ['Better attendance (95%).', true, true],
    ['Improved attendance (96%).', true, true],
    ['Read more often (5 nights).', true, true],
    ['Sam to have fewer removals (aiming for 2).', true, true],
    ['Sam to read more books (goal: 4).', true, true],
  ] as const)('%s: the bracket states the figure aimed at (S %s, M %s)', (text, s, m) => {
    expect(specific(text)).toBe(s);
    expect(measurable(text)).toBe(m);
  });
});

describe('Measurable (M) rule 6, numbers that only name things: slide, row, draft and rewrite name a thing only as a heading', () => {
  it.each(['Slide 7: Jay to improve his attitude.', 'Row 4 - Kim to work on her spelling.', 'Row 3: Jo to improve her focus.', 'Good example from the audit (row 4): "Mia needs to work on her spelling."'])(
    '%s: not measurable (a heading or a reference)',
    (text) => {
      expect(measurable(text)).toBe(false);
    },
  );
  it.each([
    ['Rewrite 1 paragraph of her essay.', true, true],
    ['Rewrite 2 paragraphs.', true, true],
    ['Ben will rewrite 1 paragraph of his essay.', true, true],
    ['Jo will row 2 km in the school rowing race.', true, true],
    ['Jo will row 3 times a week with the school rowing club.', true, true],
    ['Mia to slide 3 times down the big slide.', true, true],
  ] as const)('%s: a verb with its count measures (S %s, M %s)', (text, s, m) => {
    expect(specific(text)).toBe(s);
    expect(measurable(text)).toBe(m);
  });
});

describe('Measurable (M) rule 6: the child\'s own age to reach, and a standard reached in all areas, still measure', () => {
  it.each([
    ['Sam to reach a reading age matching his chron age 8y5m by July.', true, true],
    ['Sam to reach a reading age in line with his chronological age 9 by July.', true, true],
    ['Amir to reach the expected level in all 17 areas of the EYFS by July.', true, true],
    ['Amir to reach ELG in all 17 areas by July.', true, true],
  ] as const)('%s: a figure or standard to reach (S %s, M %s)', (text, s, m) => {
    expect(specific(text)).toBe(s);
    expect(measurable(text)).toBe(m);
  });
  it.each(['Sam (chronological age 7) will improve his reading.', 'Ava to make progress in all 7 areas of the EYFS.'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});
