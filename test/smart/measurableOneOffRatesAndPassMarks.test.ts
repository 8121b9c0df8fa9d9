/**
 * Measurable on three kinds of target the analyser missed: how often the child goes to provision attended (the labelling guide,
 * Settled cases, "attending a group, service, club run for the child or tuition": "a stated rate or frequency of attending
 * still measures"), one-off things adults arrange or the child gets done (Settled cases, "a one-off thing adults arrange or do
 * for the child": measurable; Measurable rule 5, "a standard reached or a one-off event"), and results with a pass mark or a
 * grade threshold (Measurable rule 1, "a count, percentage, grade, score"). Each has near misses that must stay unmeasured.
 */
import { describe, expect, it } from 'vitest';
import { measurable as m, sm } from './_judge';

describe('Labelling guide, Settled cases: "a stated rate or frequency of attending still measures"', () => {
  it.each([
    'Noah to attend Lego therapy twice a week.',
    'Priya will attend drama therapy sessions in school weekly.',
    'Kian to attend counselling at the youth centre fortnightly.',
  ])('%s: the rate of going measures, the provision is still not specific', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it('a behaviour named beside a rate of going is not read from the rate (Specific rule 4)', () => {
    expect(sm('Mia to go to every weekly group with the wellbeing worker for 8 weeks and tell her carer at the review what she has cut down.')).toEqual([false, true]);
  });

  it.each([
    // Kept up, not set: "continue" is a process verb alone (Measurable rule 6).
    'Maisie will continue to attend Lego therapy weekly.',
    'Ongoing: Harry to attend his weekly counselling sessions.',
    // The rate names the session's kind: how the provision runs.
    'Omar will attend a daily 20 minute nurture session.',
    // The adult who runs it named with the rate: the provision's timetable.
    'Freya to attend the friendship group weekly with the learning mentor.',
  ])('%s: a schedule of provision, not measurable', (text) => {
    expect(m(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases: "a one-off thing adults arrange or do for the child" is measurable', () => {
  it.each([
    'School to offer Amir a place at breakfast club.',
    'Booster club to be offered to Lily.',
    'Speech and language screening to follow',
    'Access arrangements to be looked at.',
    'Exam access arrangements - to be looked at by the SENCo',
  ])('%s: done or not is the measure', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it('a check joined by "and" to the child\'s "to" is read as after it', () => {
    expect(m('Ruby to have a hearing test and be referred to the school nurse.')).toBe(true);
    expect(m('Ruby to see her GP and be referred to the school nurse.')).toBe(true);
  });

  it.each([
    // Offered again and again: support, reassurance, choices, a space, kept up.
    'Staff to offer reassurance at drop off.',
    'School will offer support with homework.',
    'Carers to offer him choices at tea time.',
    'School will continue to offer a quiet space at lunch.',
    // A look put off to a stage to come.
    'Travel training to be looked at in Year 9.',
    // A check that may or may not happen.
    'Ruby may need a hearing test.',
  ])('%s: not a one-off thing done', (text) => {
    expect(m(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 5: a thing the child gets done once', () => {
  it.each([
    'Kane will get his science project done.',
    'Tia to get her college forms sorted.',
    'Have a taster day arranged at the college.',
    'My PA and I will fill in the bursary form by March.',
  ])('%s: done or not by the deadline', (text) => {
    expect(m(text)).toBe(true);
  });

  it.each([
    'Josh to get his head sorted.',
    'Amy will get things sorted.',
    'Get more organised.',
    'Ben will have a completed timetable.',
    'Fill in his reading record.',
  ])('%s: a state, a word for anything or a record kept up, not measurable', (text) => {
    expect(m(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 1: a grade or a score to reach', () => {
  it.each([
    'Zoe will get a Pass on her Unit 2 practice paper in March.',
    'Eli will get 30+ marks on the spelling test in June.',
    'Y13 | Chemistry | C grade or above in the February mock | teacher | Feb',
    'Apprentice ILP | English Level 2 | pass the reading exam | Tutor | 31/03/25',
  ])('%s: measurable', (text) => {
    expect(m(text)).toBe(true);
  });

  it.each([
    // "N+" before an age names people, not a score (the score noun after the figure is "age").
    'Eli will join the 16+ age group at the youth club.',
    // A letter grade with its threshold naming a set: the phrase goes on past the threshold.
    'Leo is in the B grade or higher set for maths.',
    // A pass to leave a room, got: a pass of provision, not a result.
    'Ali will get his time out pass when he is angry.',
  ])('%s: not a grade to reach', (text) => {
    expect(m(text)).not.toBe(true);
  });
});
