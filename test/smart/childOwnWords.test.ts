import { describe, expect, it } from 'vitest';
import { sm } from './_judge';

/*
 * The child's own words (issue 15, brief ow1): a stop joined to a vague aim, stops said in text-speak and dialect, incidents
 * stopped by name, a hyphenated name opening "<Name> to …", and an interest said as a fact. Every wording is written here
 * (none is a data set's text); each reading is tested both ways.
 */

describe('Labelling guide, Specific rule 5 and Measurable rule 4 ("A stop-behaviour is measurable with or without how often"): a stop joined to a vague aim by "and" carries the measure', () => {
  it.each([
    'i will be more sensible and not forget my reading book',
    'Tyler will be more polite and not swear at the dinner staff',
    'be more grown up and not forget me dinner money',
    'I will try to behave better at break and not get sent in',
    'Be tidier and not lose my pencil case every week',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it.each([
    // A feeling stopped names no behaviour (the stop of a state, not of conduct).
    'I will be calmer in science and not panic in tests',
    // Done "not so easily" is still a comparative with no figure (Measurable rule 6).
    'Leah will be more resilient and not give up so easily',
    // "not" before a possessive contrasts a thing: no verb is stopped.
    'Concentrate on her lessons and not her mates',
  ])('%s: not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 4: a stop in text-speak and dialect ("wanna", "gonna", "dont"), the incidents stopped by name, a removal stopped', () => {
  it.each([
    'I wanna stop scrapping with the lads in my form',
    'im gonna stop swearing at staff',
    'I wanna not get sent to isolation',
    'Kacey-Leigh to stop the fallouts at break',
    'Jayden will stop all the fights on the bus',
    'stop getting sent to the referral room for shouting',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it.each([
    // A match official's "sent off" is no removal from learning.
    'stop getting sent off at football',
    // Stopping something that is no incident counted stays unmeasured.
    'Kacey-Leigh to stop the nonsense',
  ])('%s: not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });
});

describe('Measurable rule 4 with the PEP form "<Name> to …": a hyphenated name opens the target as a single name does', () => {
  it.each(['Lacey-Jo to stay out of the exclusion room.', 'Tommy-Lee to stay out of isolation this term.'])('%s: measurable', (text) => {
    expect(sm(text)[1]).toBe(true);
  });

  it('Lacey-Jo to stay out of trouble.: not measurable (trouble names no behaviour)', () => {
    expect(sm('Lacey-Jo to stay out of trouble.')[1]).toBe(false);
  });
});

describe('Labelling guide, Settled cases, the wish row ("the child\'s wish alone, with no measure and no point"): an interest said as a fact, or a heading over a wish', () => {
  it.each([
    'Swimming – Josh loves swimming and wants to be a lifeguard.',
    'Holly enjoys her swimming and wants to keep going.',
    'Cooking – Maisie loves it and wants to go on Bake Off.',
    'Harris loves cooking and wants to keep going.',
    'I wanna go swimming with my cousins',
  ])('%s: not specific', (text) => {
    expect(sm(text)[0]).toBe(false);
  });

  it.each([
    // A wish with its own measure or point is a target in the child's voice.
    'Swimming – Josh loves swimming and will swim 25 metres unaided by Easter.',
    'I wanna read 4 books by the summer holidays',
    // What the child likes inside the act achieved is no wish of the whole.
    'Ollie will name 2 games he likes to play at break by half term.',
  ])('%s: specific', (text) => {
    expect(sm(text)[0]).toBe(true);
  });
});

describe('Labelling guide, Settled cases, the wish row ("a wish with its own measure or point is a target"): an interest sets aside only itself, the act after "and will" is decided (review of ow1, finding 1)', () => {
  it.each([
    'Sam likes reading and will read a chapter a night',
    'Kian enjoys maths and will learn his 7 times table',
    'Tom enjoys cooking and will make a meal for his carers',
    'Sophie likes art and will enter the school art competition',
    'Reading - she enjoys reading and will read to her carer at bedtime',
    'Tom likes cooking and is going to make a meal for his carers',
    'Tom wants to cook and will make a meal for his carers',
    'Sam wants to read and will read a chapter a night',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it('Harry enjoys Lego and will build a model with a friend at break: specific', () => {
    expect(sm('Harry enjoys Lego and will build a model with a friend at break')[0]).toBe(true);
  });

  it('Football - he loves football and will join the school team: measurable (joining is checked done)', () => {
    expect(sm('Football - he loves football and will join the school team')[1]).toBe(true);
  });

  it.each([
    // The interest alone, or a wish after it with no "will": still the wish row.
    'Cooking – Jack loves cooking and wants to be a chef.',
    'Football - he enjoys football',
    'Finley enjoys his bike and wants to keep going.',
  ])('%s: neither specific nor measurable', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });

  it('Rhys enjoys boxing, to carry on.: not measurable', () => {
    expect(sm('Rhys enjoys boxing, to carry on.')[1]).toBe(false);
  });
});

describe('Labelling guide, Specific rule 5 and Measurable rule 4: "not" before a preposition contrasts a place or thing, no verb stopped (review of ow1, finding 2)', () => {
  it.each([
    'Spend more time on homework and not on the xbox',
    'Spend more time outside and not in his room',
    'be tidier and not in his room',
    'Concentrate in lessons and not on his phone',
    'listen to staff and not to his friends',
  ])('%s: not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });

  it.each([
    // "not to" before a verb is still a stop; "not in" denying the place of "be" stops being out of lessons.
    'I will listen and not to shout out',
    'To be in lessons and not in the corridors',
    'be nicer and not swear at staff',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });
});

describe('Labelling guide, Specific rule 5 and Measurable rule 4, "not after a feeling": a feeling said with "be" is a feeling; a way of working joined to a stop carries it (review of ow1, finding 3)', () => {
  it.each([
    'be less worried and not cry at drop-off',
    'Kai will be less angry and not throw chairs in class',
    'be less anxious and not refuse school',
    'be happier and not cry at drop-off',
    'be calmer and not shout out',
    'Kai will be calmer and not throw chairs in class',
    'feel less angry and not punch walls',
  ])('%s: neither specific nor measurable', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });

  it.each([
    'be more focused and not distract others',
    'be more focused in class and not distract others',
    'be more organised and not lose my stuff',
    'stay focused and not chat in lessons',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it('be more focused: still neither (a way of working with nothing named)', () => {
    expect(sm('be more focused')).toEqual([false, false]);
  });
});

describe('Labelling guide, Measurable rule 4 and Settled cases ("not be sent out"): "getting sent" is a removal only out, home or to a place of removal (review of ow1, finding 4)', () => {
  it.each([
    'stop getting sent messages by strangers online',
    'stop getting sent to Gran\'s at weekends',
    'stop getting sent to bed early',
    'stop getting sent nasty texts',
    'stop being sent messages by strangers online',
  ])('%s: not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });

  it.each([
    'stop getting sent out',
    'stop getting sent home',
    'stop getting sent to isolation',
    'stop getting sent to the reflection room',
    'stop getting sent to the head\'s office',
    'stop getting sent to internal exclusion',
    'stop being sent out of lessons',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });
});

describe('Labelling guide, Settled cases, the wish row, and Measurable rule 4: "gonna" leads the act as "going to" does, "wanna" as "want to" (review of ow1, finding 5)', () => {
  it.each([
    "I'm gonna stop being late",
    'gonna stop fighting',
    'im gonna get a job',
    'im gonna pass my maths',
    'wanna stop getting detentions',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it.each([
    // A wish alone with no measure or point, as with "want to".
    'wanna be a mechanic',
    'i wanna get a job',
    'im gonna be famous',
    'gonna try harder in English',
  ])('%s: not specific', (text) => {
    expect(sm(text)[0]).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 4 ("success is no incidents") and Specific rule 5: fallouts counted as incidents, a behaviour named by a noun and its gerund stopped (review of ow1, finding 6)', () => {
  it.each([
    'no fallouts at break',
    'Sam will have no fallouts at break',
    'stop the name calling',
    'Stop name calling by Easter',
    'stop time wasting in lessons',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it.each([
    // A comparative with no figure (Measurable rule 6), and another's act stopped.
    'Fewer fallouts with friends',
    'stop Sam hitting',
    'stop him hitting others',
  ])('%s: not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });
});

describe('Labelling guide, Specific rule 5: only an imperative verb opening the item leads a stop joined by "and"; a noun heading is a topic (review of ow1, finding 7)', () => {
  it.each(['Confidence and not hiding in the toilets', 'Friendships and not fighting'])('%s: not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });

  it.each(['Listen and not shout out', 'Be kind and not hit', 'Behave in lessons and not get sent out'])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });
});
