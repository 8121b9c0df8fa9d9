/**
 * The child's own measures: a club's days read as its timetable, and results named as a standard reached
 * (src/smart/_timetable.ts; src/smart/_measure.ts, trackedStandard, bandReached and perfectEvent). Examples are this
 * file's own wording.
 */
import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

const MEETING = { meetingDate: '2025-01-15' };
const measured = (text: string): boolean | null => checkSmartTarget(text, MEETING).measurable.met;

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
