/**
 * Near misses of the readings of a rate of going to provision, one-off acts and grades to reach: what each reading must leave
 * unmeasured, and the orders of words it must read alike. Each case cites the guide row or source the behaviour comes from
 * (docs/smart.md, "Labelling guide"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { measurable as m, sm } from './_judge';

describe('Labelling guide, Measurable rule 6: "a baseline with no target figure" is no grade to reach', () => {
  it.each([
    'Current: B grade or higher in mocks. Next step: be more confident.',
    'Predicted grade: C grade or above. Sana will revise more.',
    'Sana is predicted a B grade or higher.',
    'Sana currently gets a C grade or above in science.',
  ])('%s: a grade stated now or forecast, not measurable', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });

  it.each([
    'Sana will get a B grade or higher in her June mock.',
    "Sana's aim: B grade or above in the June mock.",
    'Sana is expected to get a B grade or higher by June.',
  ])('%s: a grade to reach still measures (Measurable rule 1)', (text) => {
    expect(m(text)).toBe(true);
  });

  it('Measurable rule 6, "numbers that only name things": a grade threshold naming a set', () => {
    expect(m('Noah is in the C grade or above set for science.')).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 1: a Pass is a grade only as a result, not a pass of provision', () => {
  it.each([
    'Noah will get his time out pass when he feels cross.',
    'Noah will get a hall pass from his tutor.',
    'Noah will get his toilet pass from the office.',
    'Noah will get a library pass for the exam.',
    'Noah will get a pass.',
  ])('%s: not measurable', (text) => {
    expect(m(text)).toBe(false);
  });

  it.each([
    'Noah will get a Pass in his Level 1 ICT unit.',
    'Noah will get a pass in his theory test.',
  ])('%s: a capital or an exam in its clause makes it a grade', (text) => {
    expect(m(text)).toBe(true);
  });

  it('a bus pass got is still a thing got once, read as before (Measurable rule 5)', () => {
    expect(m('Noah will get a bus pass by March.')).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 6: a state of the child got sorted is no one-off act', () => {
  it.each([
    'Noah will get his anger sorted by Easter.',
    'Noah will get his sleep pattern sorted.',
    'Noah will get his attendance sorted.',
    'Noah will get his mood sorted by half term.',
    'Noah will get his worries sorted.',
    'Noah will get his morning routine sorted.',
  ])('%s: not measurable', (text) => {
    expect(m(text)).toBe(false);
  });

  it.each(['Noah will get his passport sorted by Easter.', 'Noah will get his sleep diary done.'])('%s: a thing done once still measures', (text) => {
    expect(m(text)).toBe(true);
  });
});

describe('Labelling guide, Settled cases: "a one-off thing adults arrange or do for the child" (not specific, measurable)', () => {
  it.each([
    'Dyslexia screening to follow by Easter.',
    'Hearing screening to follow in the summer term.',
    'Dyslexia screening to follow',
  ])('%s: a deadline may follow the check', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it.each([
    'Noah to have a test drive.',
    'Noah to have less screen time.',
    'Noah to have a screen break every hour.',
    'Noah to have a test run of the bus route.',
  ])('%s: the check word names another thing, no check had', (text) => {
    expect(m(text)).toBe(false);
  });

  it('a check that heads its phrase is still had once', () => {
    expect(m('Noah to have a sight test.')).toBe(true);
  });

  it.each(['Hearing screening to follow after Christmas.', 'Dyslexia screening to follow after the summer holidays.'])(
    '%s: a date the check follows, as "by" a date, leaves it done once',
    (text) => {
      expect(sm(text)).toEqual([false, true]);
    },
  );

  it.each(['Hearing screening to follow after her operation.', 'Hearing screening may follow after Christmas.', 'Hearing screening to follow after the holidays if needed.'])(
    '%s: after an event, hedged or left undone, no check had once',
    (text) => {
      expect(m(text)).toBe(false);
    },
  );
});

describe('Labelling guide, Settled cases: "a stated rate or frequency of attending still measures"', () => {
  it('time missed for another reason is no rate of attending', () => {
    expect(m('Noah will attend mentoring but will miss 2 weeks for his operation in March.')).toBe(false);
  });

  it('none of the sessions missed is a rate of attending', () => {
    expect(m('Noah will miss 0 appointments with his counsellor.')).toBe(true);
  });

  it.each([
    'Continue with current support. Noah to attend counselling weekly.',
    'Noah to keep calm and attend counselling weekly.',
  ])('%s: a verb of continuing that does not govern the going leaves the rate set', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it.each([
    'Noah to attend counselling weekly (ongoing).',
    'Noah will carry on attending counselling weekly.',
    'Noah will keep going to counselling weekly.',
  ])('%s: provision kept up, not measurable (Measurable rule 6, "continue")', (text) => {
    expect(m(text)).toBe(false);
  });

  it.each(['Noah to attend counselling, weekly.', 'Noah to attend Lego therapy - twice a week.', 'Noah to attend drama therapy: fortnightly.'])(
    '%s: a rate after a comma, dash or colon is read as right after the provision',
    (text) => {
      expect(sm(text)).toEqual([false, true]);
    },
  );

  it.each(['Counselling: weekly.', 'Noah will continue to attend counselling, weekly.'])('%s: no verb of going, or provision kept up, not measurable', (text) => {
    expect(m(text)).toBe(false);
  });

  it.each([
    'Noah to attend counselling 1 hour weekly.',
    'Noah to attend counselling for 1 hour weekly.',
    'Noah to attend counselling weekly for 45 minutes.',
    'Noah to attend counselling for 30 minutes a week.',
  ])('%s: how long each session runs is a quantity of provision (Measurable rule 6), in any order', (text) => {
    expect(m(text)).toBe(false);
  });

  it.each([
    'Noah to attend counselling with his key worker, weekly.',
    'Noah to attend nurture group with the learning mentor - twice a week.',
    'Noah to attend counselling, 1 hour weekly.',
    'Noah to attend tuition: 45 minutes twice a week.',
    'Noah to attend counselling weekly, continuing until Easter.',
  ])('%s: the adult who gives it, how long it runs or the provision continuing makes the rate its timetable (Measurable rule 6)', (text) => {
    expect(m(text)).toBe(false);
  });

  it.each([
    'Noah to attend football club with his friends, weekly.',
    'Noah to go to nurture group with his class, daily.',
    'Noah to attend counselling, twice a week.',
    'Noah to attend counselling weekly, continuing to use his calm box at home.',
    'Noah to attend counselling weekly until Easter.',
  ])('%s: children he goes with, a rate alone, or an act of his own after "continuing to" leave the rate measurable', (text) => {
    expect(m(text)).toBe(true);
  });
});
