/**
 * The child's own measures: a club's days read as its timetable, and results named as a standard reached
 * (src/smart/_timetable.ts; src/smart/_measure.ts, trackedStandard, bandReached and perfectEvent). Examples are this
 * file's own wording.
 */
import { describe, expect, it } from 'vitest';
import { measurable as measured } from './_judge';

describe('Labelling guide, Settled cases (club row): a club\'s timetable is not a rate of attending', () => {
  it.each([
    'Leah to attend Scouts on Tuesdays.',
    'Attend the climbing club on Wednesdays (PP+).',
    'Karate on saturdays',
    'Air Cadets every Friday',
    'Otis to attend forest school Thurs afternoons.',
  ])('%s: the days something meets, with nothing else measured, are not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });

  it.each([
    // A day of the child's own act, not of going somewhere.
    'Maya will hand in her homework every Monday for the rest of term.',
    // Going "every Friday" is read as a rate of going.
    'Zara will attend football club every Friday.',
    // Lessons gone to are the child's own activity.
    'Cello lessons every Wednesday',
    // A support club gone to for the child's own work.
    'I will go to homework club on Wednesdays.',
    // An outcome joined after the timetable is measured as usual.
    'Aria to go to Brownies on Mondays and earn her first badge by June.',
    // A figure of going beside the days.
    'Leah will go to Scouts on Tuesdays and miss no more than 2 sessions this term.',
  ])('%s: still measurable', (text) => {
    expect(measured(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 5: "a standard reached or a one-off event is measurable"', () => {
  it.each([
    'Theo to be on track in all subjects by the end of Year 9.',
    'Kian will be on track for ARE in writing by July.',
    'Sofia will score in the amber band on her next language screen in May.',
    'By July Dev will have achieved his Level 2 Certificate in Horticulture.',
    'By Easter Lily will have gained her Bronze award.',
  ])('%s: measurable', (text) => {
    expect(measured(text)).toBe(true);
  });

  it.each([
    // Progress of no named standard, or a comparative (Measurable rule 6).
    'Priya will make good progress in English.',
    'Priya will make accelerated progress in reading.',
    // Staying or keeping on track, or a heading asking: nothing named to check.
    'Meg needs to stay on track.',
    'Keep on track with coursework.',
    'Phonics - on track?',
    'Tom will be on track.',
    // A band as a baseline: no verb of reaching.
    'Josh was in the green band on the last screen.',
    // Something gained that no one sees (a feeling, more of something).
    'She will have gained confidence in reading.',
    'Aaron will have achieved more independence.',
  ])('%s: not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases (club row): only a club, team, choir or youth organisation has a timetable', () => {
  it.each([
    // Measurable rule 5: a single day is a one-off event gone to.
    'Noah will attend the careers talk on Thursday.',
    'Noah will attend the parents\' evening on Wednesday.',
    // Measurable rule 1: days of the child's own activity are a frequency.
    'Noah will go running on Saturdays.',
    'Noah will go to the leisure centre gym on Tuesdays and Fridays.',
    // The provision row: a stated rate or frequency of attending provision or a placement still measures.
    'Noah will attend his mentor sessions on Mondays.',
    'Noah will go to exam revision sessions on Thursdays after school.',
    'Noah will attend his work placement on Tuesdays.',
    'Noah will attend the alternative provision on Tuesdays and Thursdays.',
    'Noah will go to the mosque on Fridays.',
    // Measurable rule 3: a manner an adult can see.
    'Noah will go to drama club on Thursdays by himself.',
    'Noah will walk to choir on Mondays independently.',
    // Measurable rule 4: not going is a stop-behaviour, not a timetable.
    'Noah will not go to boxing club on Saturdays.',
  ])('%s: still measurable', (text) => {
    expect(measured(text)).toBe(true);
  });

  it.each([
    // The near misses: the same shapes with a club's recurring days and nothing else.
    'Noah will go to drama club on Thursdays.',
    'Noah will attend Cadets on Weds evenings.',
    'Noah to go to youth club on Fridays.',
    // A club named by its day is the club gone to with no rate (the club row: "go to the Tuesday football club"), however its
    // going is said ("attend" a club with no rate, Measurable rule 5).
    'Noah will attend the Friday drama club.',
  ])('%s: a club\'s timetable, not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rules 5 and 6: "on track" measures only as a target with a standard named', () => {
  it.each([
    'Ivy will be on track in science by the summer.',
    'Ivy to be on track for a grade 6 in maths by Year 11.',
    // Being on track for exams alone ("Ivy will be on track for her GCSEs by March") is a general standard as the whole aim
    // (Specific rule 1; label y60-196 neither specific nor measurable): test/smart/specificGeneralStandardAsTheAim.test.ts.
  ])('%s: measurable', (text) => {
    expect(measured(text)).toBe(true);
  });

  it.each([
    // Rule 6: nothing named to check after "in", "for" or "to".
    'Ivy will be on track with her life by the summer.',
    'Ivy will be on track for a happy future by the summer.',
    'Ivy will be on track for success by the summer.',
    'Ivy will be on track in everything by the summer.',
    'Ivy will be on track in herself by the summer.',
    'Ivy will be on track to feel calmer by the summer.',
    // Not a target: negated, or the position now.
    'Ivy will not be on track in science by the summer.',
    'Ivy is on track in science.',
    // Hedged: no target set.
    'Ivy will hopefully be on track in science by the summer.',
    'Ivy might be on track in science by the summer.',
    'Ivy should be on track in science by the summer.',
  ])('%s: not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 5: a band of a screen or scale reached, not any band', () => {
  it.each([
    'Omar will be in the top band for reading fluency by June.',
    'Omar will score in the yellow band on his next speech screen by June.',
    // A colour band of a scale, as the screen's band is.
    'Omar will be in the red band for behaviour by June.',
  ])('%s: measurable', (text) => {
    expect(measured(text)).toBe(true);
  });

  it.each([
    'Omar will be in the brass band by June.',
    'Omar will be in the school band by June.',
    'Omar will be in the wrong band by June.',
    'Omar will be in the same band as his friends by June.',
  ])('%s: a band joined or compared, not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 5: a card or licence attained', () => {
  it('"will have gained" a card: measurable', () => {
    expect(measured('By July Kai will have gained his CSCS card.')).toBe(true);
  });
  it('"will have gained" a feeling: not measurable', () => {
    expect(measured('By July Kai will have gained more self-belief.')).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 5: a sanction earned is no result attained, a card or licence gained is', () => {
  it.each([
    'Kai will have achieved a red card by the summer.',
    'Kai will gain a yellow card by the summer.',
    'Kai will achieve a detention by the summer.',
    'Kai will have gained an exclusion by the summer.',
  ])('%s: not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });
  it.each(['Kai will gain his CSCS card by the summer.', 'Kai will have gained his provisional licence by the summer.', 'Kai will gain a merit card by the summer.'])('%s: measurable', (text) => {
    expect(measured(text)).toBe(true);
  });
});

describe('Labelling guide, Settled cases (club row and provision row): days of provision attended are a stated rate of attending', () => {
  it.each([
    'Ellie will attend maths tutoring on Thursdays.',
    'Ellie will attend play therapy on Mondays.',
    'Ellie will attend her tuition sessions on Fridays.',
    'Ellie will attend ELSA sessions on Mondays.',
    // A stated rate of going to provision attended measures (Settled cases, provision row: "a stated rate or frequency of
    // attending still measures"; the settled labels count 12 measurable, y25-016 … y43-085, against 3 not, w218, v197, t071).
    'Ellie will attend play therapy once a week.',
  ])('%s: measurable, as "every Thursday" is', (text) => {
    expect(measured(text)).toBe(true);
  });
  it.each([
    // Provision given, not attended: its schedule (Measurable rule 6).
    'Ellie will have maths tutoring on Thursdays.',
    'Ellie will go over her times tables with her tutor on Thursdays.',
    // A team's training and a club meet on their days (the club row).
    'Ellie will attend netball training on Thursdays.',
    'Ellie will attend Guides on Thursdays.',
  ])('%s: not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases (club row): a club named by its day is the club, not one day', () => {
  it('"go to the Thursday chess club" with nothing else: not measurable, as going to any club is', () => {
    expect(measured('Ellie will go to the Thursday chess club.')).toBe(false);
  });
  it('a single event on its day: measurable', () => {
    expect(measured('Ellie will attend the college open evening on Thursday.')).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 5: on track with a subject, skill or exam named', () => {
  it.each([
    'Ivy will be on track with her reading by the summer.',
    'Ivy will be on track with phonics by the summer.',
    'Ivy will be on track with her GCSEs by the summer.',
  ])('%s: measurable', (text) => {
    expect(measured(text)).toBe(true);
  });
  it.each([
    'Ivy will be on track with her friendships by the summer.',
    'Ivy will be on track with her feelings by the summer.',
    'Ivy will stay on track with her reading.',
    'Ivy should be on track with her reading by the summer.',
    'Ivy is on track with her reading.',
  ])('%s: not measurable', (text) => {
    expect(measured(text)).toBe(false);
  });
});
