import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * General rules for the kinds of target the analyser got wrong on published outcome banks (issue 15):
 * each rule is a grammatical or semantic pattern, tested on examples written here, not corpus texts.
 */
const MEETING = { meetingDate: '2025-01-15' };
const sm = (text: string): [boolean | null, boolean | null] => {
  const r = checkSmartTarget(text, MEETING);
  return [r.specific.met, r.measurable.met];
};

describe('Labelling guide, Measurable rule 3 (Barnet, 5. Setting SMART Outcomes: "What will the child ... be able to do that they cannot do now?"): the skills or ability to do something seen', () => {
  it.each([
    'Poppy has the skills needed to order a drink at the café counter.',
    'Reuben demonstrates the ability to fasten the buttons on his coat.',
    'Isla shows the communication skills required to greet a visitor at reception.',
    'Theo has the skills to pack his school bag for the next day.',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it.each([
    'Poppy has the skills needed to interact with her classmates.',
    'Reuben demonstrates the ability to manage his feelings.',
    'Isla shows the skills required to develop friendships.',
    'Theo has the skills to function in a busy classroom.',
  ])('%s: a broad area or a process is neither (Barnet Step One, "Start with the broad area of need")', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });
});

describe('Bolton Virtual School PEP guidance, smart targets, Step 3 ("What would I see/measure/count etc. that would tell me?"): a verb seen done, with its object', () => {
  it.each([
    'Ruby will eat her packed lunch at the table with her group.',
    'Kofi will use a writing slope in handwriting lessons.',
    'Nia will line up at the classroom door after the bell.',
    'Alfie will carry his tray to the hatch.',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it('the verb alone, with nothing after it, is not a capability', () => {
    expect(sm('Ruby will eat.')[1]).toBe(false);
  });
});

describe('Barnet, Examples of SMART Outcomes (not "vague, generic"): a capability whose object is a general word names no particular skill', () => {
  it.each([
    'Jonah can use strategies to stay calm.',
    'Jonah will be able to use his coping strategies.',
    'Jonah has the skills to access support when he needs it.',
  ])('%s: not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });

  it('a preposition before a general word does not make the object general ("ask for help")', () => {
    expect(sm('Jonah will be able to ask for help when he is stuck in maths.')[1]).toBe(true);
  });
});
