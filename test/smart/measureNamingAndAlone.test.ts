/**
 * The labelling guide, Measurable (M): three readings of what a QA officer could check.
 * - Rule 6, "numbers that only name things": a speaker's age, an age a wish waits for, "one day" as "some day", and the
 *   range of content understood ("an understanding of numbers to 10") count nothing.
 * - Rule 6, "a comparative without a figure": being on time "more" or "more often" says not how much more punctual.
 * - Rule 3, "an observable capability is measurable when an adult can see it done" ("tie his shoelaces independently"): an
 *   act done "on his own", "independently" or "alone".
 * (src/smart/_measure.ts: personsAge, someDay, understoodRange, moreAfter, doneAlone.)
 */
import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

const MEETING = { meetingDate: '2025-01-15' };
const measured = (text: string): boolean | null => checkSmartTarget(text, MEETING).measurable.met;

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
