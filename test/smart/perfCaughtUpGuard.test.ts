import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * Catching up said in the passive ("coursework to be caught up") is a process, not a particular skill (the labelling guide,
 * Specific rule 1; development labels). The reading is skipped on a segment with no "caught" in it: each way of saying it
 * must still be read, and near misses left as they were. Sentences are our own.
 */

const context = { meetingDate: '2025-01-15' };
const specific = (text: string): boolean | null => checkSmartTarget(text, context).specific.met;

describe('Labelling guide, Specific rule 1 (a process is not a particular skill): catching up in the passive is still read when "caught" is in the text', () => {
  it.each([
    'History coursework to be caught up.',
    'Science coursework needs to be caught up by the end of March.',
    'Any late geography work to be caught up by Easter.',
    'English coursework is caught up',
    'Coursework caught up',
  ])('not specific: %s', (text) => {
    expect(specific(text)).toBe(false);
  });

  it('near misses: a unit named, a task with its own verb, "up" with no "caught"', () => {
    expect(specific('Unit 2 coursework to be caught up by Easter.')).toBe(true);
    expect(specific('Maths coursework to be handed in.')).toBe(true);
    expect(specific('Science coursework - up to date by Easter')).toBe(true);
  });
});
