import { describe, expect, it } from 'vitest';
import { specific } from './_judge';

/*
 * Labelling guide, Specific: S is met when the target names "the particular skill, knowledge, behaviour, task or qualification
 * the child will achieve"; rule 1: a broad area is not specific. Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes,
 * "Developing your SMART Outcome": Step One "Start with the broad area of need" is not yet specific; Step Two "Think about the
 * specific skills within the area of need" is. Milton Keynes DT Handbook 2024/25, Appendix 1, Specific: "What specific skills
 * or knowledge need to be acquired". A particular skill developed, named before "skills" or after a dash closing the text,
 * or a thing's use in a named piece of work, is specific; a broad area before "skills" is not. Examples written here.
 */

describe('Labelling guide, Specific (Barnet, Step Two): a particular skill developed is specific', () => {
  it.each([
    'Kofi to develop his inference skills.',
    'Maya will develop her prediction skills when reading a new text.',
    'Leon needs to improve his scissor skills.',
    'Develop reading skills - inference',
    'Writing - improve use of commas in her stories',
    'To develop use of fronted adverbials in his own writing.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 1 (Barnet, Step One): a broad area before "skills" is not specific', () => {
  it.each([
    'Develop fine motor skills through threading.',
    'Ruby to improve her gross motor skills.',
    'To develop his communication skills.',
    'Improve social skills with peers.',
    'Develop listening and attention skills.',
    'Improve his employability skills.',
    'Develop her language skills.',
    'Develop independent living skills.',
    'To improve his reading skills.',
    'Develop study skills.',
    'Develop her PSHE skills.',
    'Improve her organisational skills.',
    'Improve fine motor skills - ongoing',
    'Improve fine motor skills - threading, cutting, playdough',
    'Develop numeracy skills - ongoing',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rules 1, 4 and Settled cases: the skill named but no outcome of the child\'s', () => {
  it.each([
    'Work on inference skills.',
    'Keep working on his inference skills.',
    'TA to develop his inference skills through guided reading.',
    'Inference skills group 3x a week.',
    'I want to develop my inference skills.',
  ])('%s: not specific (a process, adults\' provision or a wish alone)', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'Maths - to improve his understanding of fractions',
    'Improve his understanding of money in shops',
    'Develop his use of strategies in class',
    'Improve use of time in lessons',
  ])('%s: a one-word topic, an area or a general object used stays not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 1 (Barnet, Step Two): the word before "skills" must name a particular act of learning', () => {
  it.each([
    'Develop collaboration skills.',
    'Improve his enquiry skills.',
    'develop his computer skills',
    'Develop netball skills.',
    'Develop Minecraft skills.',
    'Develop IT skills.',
    'Develop speaking skills.',
  ])('%s: a word no table knows as an act, not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  it.each([
    'Develop her retrieval skills.',
    'Improve his division skills.',
    'Develop summarising skills.',
    'Develop his typing skills.',
    'Develop reading skills - inference, retrieval',
    'Develop reading skills - prediction - by Easter',
    'English | develop prediction skills | by Easter',
  ])('%s: the act of a verb seen done, specific', (text) => {
    expect(specific(text)).toBe(true);
  });
  it('Develop reading skills - prediction - ongoing: near miss, a status after the dash, not specific', () => {
    expect(specific('Develop reading skills - prediction - ongoing')).toBe(false);
  });
});

describe('Labelling guide, Specific rule 1: "use of X in Y" names a skill only where Y is a piece of work', () => {
  it.each([
    'Improve use of his mobile in school.',
    'Improve use of phone in lessons by Easter',
    'Improve use of hands in the playground.',
  ])('%s: a place or time, not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  it.each(['Improve use of evidence in her history essays.', 'Develop use of adjectives in his stories by Easter.'])('%s: a piece of work, specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 4: an adult\'s help to develop a skill is provision', () => {
  it.each([
    'Help him to improve his prediction skills by Easter.',
    'Support Kai to develop his retrieval skills by Easter.',
    'Encourage her to develop her inference skills by Easter.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  it('Kai to develop his retrieval skills by Easter.: near miss, the child\'s own, specific', () => {
    expect(specific('Kai to develop his retrieval skills by Easter.')).toBe(true);
  });
});
