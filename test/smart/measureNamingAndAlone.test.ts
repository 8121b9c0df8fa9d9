/**
 * The labelling guide, Measurable (M): three readings of what a QA officer could check.
 * - Rule 6, "numbers that only name things": a speaker's age, an age a wish waits for, "one day" as "some day", and the
 *   range of content understood ("an understanding of numbers to 10") count nothing.
 * - Rule 6, "a comparative without a figure": being on time "more" or "more often" says not how much more punctual.
 * - Rule 3, "an observable capability is measurable when an adult can see it done" ("tie his shoelaces independently"): an
 *   act done "on his own", "independently" or "alone".
 * - A review's findings (meeting 2025-01-15): an age after a test, subject or assessment is a score (rule 1); "when" + a number
 *   is an age only closing its clause with no other figure; feelings, outbursts, time spent, "leave X alone" and a comparative
 *   after the act are no capability done alone; "one day" opening a clause before a wish is "some day".
 * (src/smart/_measure.ts: personsAge, scoredAge, ageAwaited, someDay, wishOpened, understoodRange, moreAfter, doneAlone.)
 */
import { describe, expect, it } from 'vitest';
import { measurable as measured } from './_judge';

describe('Labelling guide, Measurable rule 6: numbers that only name things (an age, "one day", content understood)', () => {
  it.each([
    "I'd like to be a vet one day.",
    'I want to be a nurse one day',
    'Wants a job when 16',
    'I want to play with my sister more. (Ava, age 5, said to her key person)',
    'Eve will develop an understanding of numbers to 10.',
    'To develop her understanding of numbers to 20 by the end of Reception.',
  ])('"%s" is not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });

  it.each([
    // A frequency, a cap and a count of days stay figures.
    'Sam will go to college one day a week and attend every session this term.',
    'Sam will miss no more than one day of school this half term.',
    // A reading age is a score, not a person's age.
    'Reading age 9y 2m (Sept). Target reading age 10y 6m by July.',
    // An act seen with the speaker's age beside it is still measured by the act.
    'I will put my shoes on by myself (Lily, aged 4)',
    // Numbers to 20 recognised is seen done.
    'Theo will recognise and name numbers to 20 by Easter.',
  ])('"%s" stays measurable', (text) => {
    expect(measured(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 6: being on time "more" with no figure is a comparative', () => {
  it.each(['I need to be on time more', 'Hannah to be on time more often.', 'Get to school on time more.'])('"%s" is not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });

  it.each([
    'Sam will be on time.',
    'Sam will get up on time for college.',
    'Sam will be on time more than 4 days a week.',
    'Sam will be on time to lessons and read more at home.',
    'Sam will arrive at school on time on 9 out of 10 days.',
  ])('"%s" stays measurable (Settled cases: punctuality as a habit an adult records)', (text) => {
    expect(measured(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 3: an act done on his own, independently or alone is an observable capability', () => {
  it.each([
    'Mia will climb the steps independently by June.',
    'Bobby to pedal a trike round the garden path on his own by the end of summer term.',
    'Theo will climb the steps and come down the slide on his own.',
    'Sam will zip up his coat independently.',
    'Sam can travel alone.',
  ])('"%s" is measurable', (text) => {
    expect(measured(text)).toBe(true);
  });

  it.each([
    // Being, feeling, a process or a state of mind done alone is no act seen.
    'Sam will be happy on his own.',
    'Sam will feel calm on his own.',
    'Sam will work on his own.',
    'Sam will settle independently.',
    'I am scared of being on my own.',
    // A comparative with no figure (rule 6).
    'Sam should use the bus more on his own.',
    // What is received or a general object (Specific rule 4; Barnet: not "vague, generic").
    'Sam will be able to access the online resources independently.',
    'Sam will use strategies on his own.',
    // An adult's act.
    'Carer to take him to the park on his own.',
  ])('"%s" is not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 1: an age after a test, subject or assessment is a score, not a speaker\'s age', () => {
  it.each([
    'Ben to reach a YARC age 10 by July 2025.',
    'Ben to reach an SWST age 10 by July 2025.',
    'NGRT: age 11 by July 2025.',
    'Spelling: age 9 by the summer term.',
    'Ben to reach a Salford age 9 by July 2025.',
    'Ben will have a reading age aged 10 by July 2025.',
  ])('"%s" is measurable', (text) => {
    expect(measured(text)).toBe(true);
  });

  it.each([
    'I want to spend more time with my nan. (Ben, age 6)',
    'I want to spend more time with my nan. Ben, aged 6',
    'I want to spend more time with my nan. Ben age 6',
  ])('"%s" is not measurable (Measurable rule 6: the speaker\'s age only names)', (text) => {
    expect(measured(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 6: "when" and a number is an age only closing its clause with no other figure', () => {
  it.each([
    "Ben will be in bed when 8 o'clock comes.",
    'Ben will wait when 3 adults are speaking, by July 2025.',
    'Ben will save £150 for a moped when 16',
  ])('"%s" is measurable', (text) => {
    expect(measured(text)).toBe(true);
  });

  it.each(['Wants a flat of his own when 18', 'Wants his own flat when he is 18'])('"%s" is not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 3 read with rule 6: what done alone is no capability', () => {
  it.each([
    // An outburst or a feeling shown (Specific rule 5's behaviours; the feelings, felt not achieved).
    'Ben will cry alone in the toilets.',
    'Ben will scream on his own.',
    // Time spent, and the idiom "leave X alone".
    'Ben will spend time alone in the garden.',
    'Ben will leave his sister alone.',
    // A comparative after the act as well as before it.
    'Ben will walk to school independently more often.',
    'Ben will walk to school on his own more regularly.',
  ])('"%s" is not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });

  it.each([
    'Ben will climb the wall bars on his own by July 2025.',
    'Ben will walk to school independently by Easter.',
    'Ben will make his own breakfast alone each morning.',
  ])('"%s" stays measurable', (text) => {
    expect(measured(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 6: "one day" opening a clause before a wish is "some day"', () => {
  it.each(['One day I will be a mechanic.', 'One day I want to be a chef.'])('"%s" is not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });

  it.each(['One day a week Ben will go to the farm placement this term.', 'Ben will do one day of work experience by July 2025.'])('"%s" stays measurable', (text) => {
    expect(measured(text)).toBe(true);
  });
});
