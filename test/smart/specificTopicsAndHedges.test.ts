import { describe, expect, it } from 'vitest';
import { _ADVICE } from '../../src/smart/_judge';
import { judge as check, sm } from './_judge';

/*
 * Texts that name no outcome (issue 15): a topic heading or list, and an act only hedged, put off or wished. Wordings written
 * here (none taken from a corpus file), in both directions, judged as the labelling guide labels them: a PEP meeting on
 * Wednesday 15 January 2025, no school calendar, no next-review date. Each "denied" wording below was granted before sp2.
 */

describe('Labelling guide, Specific rules 1 and 6 (a broad area; placeholders, "Attendance."): a topic heading or list names no outcome', () => {
  it.each([
    'Drawing and colouring.',
    'Counting and sorting.',
    'Cooking and cleaning.',
    'Swimming and cycling.',
    'Reading and spelling.',
    'Singing or dancing.',
  ])('%s: gerunds joined as a list of topics: neither specific nor measurable', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });

  it.each(['1. Science 2. History 3. Punctuality', '1. French 2. Art 3. Homework 4. Friendships', '1. Geography 2. Music'])(
    '%s: a numbered list of areas: neither specific nor measurable (a list\'s numbers are no figures)',
    (text) => {
      expect(sm(text)).toEqual([false, false]);
    },
  );

  it.each(['Punctuality - see above', 'Homework - see report', 'Uniform - see above.'])('%s: a pointer elsewhere in the PEP: not specific (Specific rule 6)', (text) => {
    expect(sm(text)[0]).toBe(false);
  });

  it('a topic heading says what to add: the skill in the topic, or the value to reach', () => {
    expect(check('Drawing and colouring.').specific.advice).toBe(_ADVICE.specificFragmentTopic);
    expect(check('Drawing and colouring.').measurable.advice).toBe(_ADVICE.measurableUndecided);
  });

  it.each([
    'Listening and answering questions about a story.',
    'Sorting and naming the shapes in the tray.',
    'Swimming 25 metres without armbands.',
    'Reading and spelling 20 Year 2 words.',
    'Punctuality - late no more than once a half term.',
    'Counting to 20 and back.',
    'Writing his name and address.',
  ])('%s: a gerund with its object, a figure or a value to reach still names the outcome: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });
});

describe('Labelling guide, Specific (Halton Appendix C, "It is clear what will be achieved") and Measurable ("someone could check, at the deadline, whether it happened"): an act not decided', () => {
  it.each([
    'Bronze DofE - to think about.',
    'Sixth form - to discuss with social worker.',
    'Choir - to consider.',
    'Year 10 work experience - to discuss.',
    'GCSE statistics - to consider.',
    'Silver award - to consider.',
    'Grade 5 piano - think about it.',
    'A weekend job would be nice.',
    'Joining Scouts would be great.',
    'Volunteering at the food bank would be good.',
    'A paper round would be nice.',
    'Learning to cook would be great.',
    'I might do the Level 2 course.',
    'Learn to swim - perhaps.',
  ])('%s: neither specific nor measurable', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });

  it('the advice asks for the target to be decided', () => {
    const r = check('Choir - to consider.');
    expect(r.specific.advice).toBe(_ADVICE.specificHedged);
    expect(_ADVICE.specificHedged).toMatch(/^Decide the target/);
    expect(_ADVICE.specificHedged).toContain('Halton Virtual School PEP Policy 2023-24, Appendix C');
    expect(r.specific.advice).not.toContain('Choir');
  });

  it.each([
    'Sam could label the parts of a flower.',
    'Aliyah might be able to tie her shoelaces.',
    'Can Priya match each word to its picture?',
    "Ask for help using the phrase 'can you help me?' in 4 out of 5 lessons.",
    'Think about a question before putting her hand up in 3 lessons a day.',
  ])('%s: a capability frame, a question that checks, a quoted question or a strategy named is still specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it('a question with its own point is a target ("… by summer?"), and a heading\'s question of which one leaves the act decided', () => {
    expect(sm('Toilet training - dry in the day by summer?')).toEqual([true, true]);
    expect(sm('Join a lunchtime club - chess or choir?')[1]).toBe(true);
  });

  it('a verb of talk with its object named is a skill, and one joined to a decided act is not a hedge', () => {
    expect(sm('Sam will think about and plan his college application by March.')[0]).toBe(true);
    expect(sm('Use her feelings fan if needed when she is upset.')[0]).toBe(true);
  });
});

describe('Labelling guide, Specific (Halton Appendix C, "It is clear what will be achieved"): an act put off to an open condition', () => {
  it.each([
    'Start the college course when a place comes up.',
    'Add a fourth lesson when possible.',
    'Move to the main class when ready.',
    'Sit the Level 2 exam when ready.',
    'Take the theory test when he is ready.',
    'Sit the Entry 3 ESOL exam when a place comes up.',
  ])('%s: not specific; the act is still checked done once the condition holds (measurable)', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it.each(['Begin Bikeability when a space becomes available.', 'Take the Level 1 course when a place comes up.', 'Start driving lessons when appropriate.', 'Begin the Duke of Edinburgh award when possible.'])(
    '%s: not specific',
    (text) => {
      expect(sm(text)[0]).toBe(false);
    },
  );

  it('with a point of its own the condition is no hedge', () => {
    expect(sm('Sit the Level 2 exam by Easter.')).toEqual([true, true]);
  });
});

describe('Labelling guide, Settled cases: the child\'s wish alone, with no measure and no point, is neither specific nor measurable', () => {
  it.each([
    'I want to learn to swim.',
    'Zainab wants to learn to ride a bike.',
    'I would like to be in the netball team.',
    'Tyrone wants to go to art college.',
    "I'd like to learn to bake.",
    'Mia would like to join the orchestra.',
    'I hope to go to university.',
    'Priya wants to be in the chess team.',
    'I want to learn to ride a horse.',
    'Kofi wants to learn to cook.',
    'Layla hopes to become a nurse.',
    'Jake would like to learn to skateboard.',
    'Amira wants to play the violin.',
  ])('%s: neither', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });

  it('the measurable advice names what to add, with its source', () => {
    const m = check('Kofi wants to learn to cook.').measurable;
    expect(m.advice).toBe(_ADVICE.measurableUndecided);
    expect(_ADVICE.measurableUndecided).toContain('Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 1 (SMART targets), Measurable');
    expect(m.advice).not.toContain('Kofi');
  });

  it.each([
    'I want to swim 25 metres by July.',
    'I want to learn to ride a bike by the summer holidays.',
    'I want to pass my theory test.',
    'I want to stop getting detentions.',
    'Oliver wants to score 3 goals for the school team this term.',
    'Mia would like to read 5 chapter books by Easter.',
    'Zainab wants to swim a length twice a week.',
    'Priya wants to join the chess team and win a game by March.',
  ])('%s: a wish with its own measure, standard, stop or point is a target in the child\'s voice: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it.each(['I want to go to cubs every Friday.', 'Tyrone wants to go to art club every Wednesday.'])('%s: a rate of going still measures (Settled cases, clubs)', (text) => {
    expect(sm(text)[1]).toBe(true);
  });
});
