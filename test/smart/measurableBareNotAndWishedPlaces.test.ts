import { describe, expect, it } from 'vitest';
import { measurable as measured } from './_judge';

/*
 * Four readings of the Measurable criterion, each with examples written here (no corpus text) in both directions:
 * - a "not" with no "will" or "to" before it stops a behaviour only when a verb follows it (rule 4 reads "will not bite
 *   other children"); "Not SMART:", "a hope, not a target", "not applicable" negate a thing or a state;
 * - a movement done alone ("climb on her own") is a capability an adult sees (rule 3), not an outburst;
 * - a thing known that can be asked for, joined by "and" to the frame's first verb, shares the frame (rule 3, "someone
 *   could check, at the deadline, whether it happened");
 * - joining a service or going to a place of study, wished for alone, is the wish's outcome (Settled cases, the wish row),
 *   whatever age is waited for (rule 6: a number that only names).
 */

describe('Labelling guide, Measurable rule 4: a bare "not" stops a behaviour only before a verb', () => {
  it.each([
    'Not kicking other pupils at break.',
    'Not to throw equipment in PE.',
    'Break times - not swear at staff',
    'Ava will sit in class, not in the corridor, for every lesson.',
  ])('%s: measurable', (text) => {
    expect(measured(text)).toBe(true);
  });

  it.each([
    'Not in the inclusion room this half term.',
    'Not in isolation before the spring PEP.',
    'Not on a report card this term.',
    'Not in the corridor between lessons.',
    'Not on the Xbox after 9pm on school nights.',
    'Not getting any more detentions this term.',
    'Not getting sent home again.',
    'Not suspended.',
    'NOT THROWING CHAIRS IN MATHS.',
    'Not KICK other pupils at lunch.',
  ])('%s: measurable (a place, a sanction or a removal denied; a verb in capitals: Settled cases, "no exclusions, suspensions or sanctions")', (text) => {
    expect(measured(text)).toBe(true);
  });

  it.each([
    'Not SMART: Ella to try harder.',
    'Not the right course for him.',
    'A wish, not a plan: Josh to be happy.',
    'Not applicable this term.',
    'Science - not going well.',
    'Not in college since November.',
    'Not in school since the move.',
    'Not Smart - no date.',
    'Not getting anywhere with phonics.',
    'Review: spells with her carer, not on her own yet.',
  ])('%s: not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 4: a feeling or state after a bare "not" stops no behaviour', () => {
  it.each(['Not happy in her new class.', 'Not confident in reading yet.', 'Not sure about sixth form.', 'Not wanted as he is settled now.', 'Not engaged in class.'])(
    '%s: not measurable',
    (text) => {
      expect(measured(text)).toBe(false);
    },
  );
});

describe('Labelling guide, Measurable rule 3: a movement done on her own is an observable capability', () => {
  it.each(['Mia will climb on her own.', 'Kai will run on his own by the summer term.', 'Kai will climb the wall bars on his own.'])('%s: measurable', (text) => {
    expect(measured(text)).toBe(true);
  });

  it.each([
    'Kai will scream on his own.',
    'Kai will spend time on his own.',
    'Kai will be on his own at lunch.',
    'Leo will climb on the furniture.',
    'Jay will run on his own when he is angry.',
    'Jay will run off on his own at break.',
    'Jay will run out of the hall on his own.',
    'Jay will climb on the tables on his own.',
  ])(
    '%s: not measurable (an outburst, time passed, a state, or conduct with no stop, by its place or occasion)',
    (text) => {
      expect(measured(text)).toBe(false);
    },
  );
});

describe('Labelling guide, Measurable rule 3: a thing known, joined by "and", shares the frame', () => {
  it.each(['Zara will try out for the school play and know all her lines by the final rehearsal.', 'Amy will go to the shop and know all her lines by the dress rehearsal.'])('%s: measurable', (text) => {
    expect(measured(text)).toBe(true);
  });

  it.each(['Amy will go to the drama club and learn about acting.', 'Amy will go to the shop and know that it matters.'])('%s: not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases, the wish row: a service or place of study wished for alone', () => {
  it.each([
    'I want to join the army when I am 18.',
    'I want to join the Navy when I leave school.',
    'Kai wants to join the police when he is 18.',
    'I want to do better at school and go to college.',
    'I want to join the Sea Cadets.',
    'I want to join the Royal Air Force after school.',
    'I want to join the Royal Marines when I am old enough.',
    'I want to get into college.',
  ])('%s: not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });

  it.each([
    'I want to join the army by September.',
    'Kai will join the army in September.',
    'I want to join the army and pass my maths GCSE.',
    'I want to go to college and get a grade 4 in English by June.',
    'Kai wants to go to college on time.',
  ])('%s: measurable (a point, a one-off event or a figure of its own)', (text) => {
    expect(measured(text)).toBe(true);
  });
});
