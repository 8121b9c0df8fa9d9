import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * Specific (the labelling guide in docs/smart.md, "Specific (S)"), two readings, both ways. Examples written here, in no data set.
 */
const MEETING = { meetingDate: '2025-01-15' };
const specific = (text: string): boolean | null => checkSmartTarget(text, MEETING).specific.met;

describe('Labelling guide, Specific rule 4 (adult provision with no child outcome): what only adults do to a thing, in the passive', () => {
  it.each([
    'Punctuality to be monitored.',
    'Punctuality to be monitored by the form tutor.',
    'College placement to be sorted.',
    'Bus pass to be sorted by the social worker.',
    'School transport to be changed before the spring term.',
    'Dentist appointment to be changed to after school.',
    'Exam access arrangements to be tested.',
    'Reading age to be tested again in March.',
    'Maths catch-up sessions will be offered.',
    'Leaving care paperwork to be chased by the PA.',
    'Duke of Edinburgh place to be chased.',
    'Revision guides to be put in her bag.',
    'Swimming lessons to be kept up over the summer.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    // The child's own figure, work or skill beside or after the passive is still the outcome.
    'Attendance to be at least 95% by Easter.',
    'CV to be sent to 3 employers by March.',
    'Coursework unit 3 to be completed by half term.',
    'Jo will spell 8 of her 10 weekly words correctly; progress to be monitored by her teacher.',
    'Ali will use his calm card to leave the room when angry; this will be monitored by his key adult.',
    'Sam will count to 20 and be encouraged to show his carer.',
    'Kian will be able to tell the time to the nearest five minutes by June.',
    'Maya will read a Year 3 book aloud to her carer for 10 minutes each night.',
    'Ben will write his name without being reminded.',
    'Layla will name 3 adults she can talk to when worried.',
    // "supported" is not read as an adult's act alone: the child's own act after it is judged as usual.
    'Mia will be supported to tie her shoelaces by herself before PE.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 1 (a broad area is not specific): a figure counting every part of the curriculum', () => {
  it.each([
    'Make progress in all 6 areas of the curriculum.',
    'Make progress in all 4 aspects of the curriculum.',
    'Ahmed to improve in all 4 subjects.',
    'Jack will make good progress in all three areas.',
    'To do well in all 10 subjects.',
    'Progress across all 5 strands.',
    'Lily to work hard in all 9 subjects.',
    'Work hard in all 12 subjects.',
    'Improve in all 2 areas.',
    'Make good progress in all seventeen aspects of the EYFS.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    // A figure counting particular things, or a grade in some subjects, still names them.
    'Rio will get a grade 5 in 3 of his 8 subjects.',
    'Zac will score 4 or above in 6 subjects in the mocks.',
    'To reach ARE in 2 subjects: reading and writing.',
    'Chloe will learn 7 number facts.',
    'Ellie will name 7 areas of the school on a map.',
    'Mo will name all 7 continents on a map.',
    'Maya will spell all 20 words on her list correctly.',
    'Tia will write 3 paragraphs in her history essay.',
    'Sami will read all 6 books on the Year 5 list.',
    'Kai will count all 10 objects accurately.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});
