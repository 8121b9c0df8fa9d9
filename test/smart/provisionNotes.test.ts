import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { MEETING } from './_judge';

/*
 * A note of provision or funding appended to a target leaves its outcome as it was (the labelling guide, Specific rule 4
 * and Measurable rule 6: provision is not the child's outcome, and it does not remove one either). Appending any of the
 * notes below to a target that is specific and measurable keeps it specific and measurable, with the same deadline.
 * Meeting Wednesday 15 January 2025, as the labelling guide labels.
 */

const NOTES = [
  ' - PP+ funded',
  ' (PP+ £200)',
  ' - TA support 3x weekly',
  ' (funded by PP+)',
  ' - PP+ funded tutoring',
  ' (with support from his key worker)',
  ' - resources: reading books £40',
  ' - 1:1 tuition weekly',
  ' (LSA support daily)',
  // The same notes joined by a comma, a semicolon or a full stop.
  ', PP+ funded',
  ', funded by PP+',
  ', TA support 3x weekly',
  ', with support from his key worker',
  '; PP+ funded tutoring',
  '; 1:1 tuition weekly',
  '; PP+ £200',
  '. LSA support daily',
  '. With support from his key worker',
  '. PP+ funded',
];

/** Specific, measurable and the deadline, as one comparable value. */
const judged = (text: string): string => {
  const r = checkSmartTarget(text, MEETING);
  return JSON.stringify([r.specific.met, r.measurable.met, r.deadline]);
};

/** Targets written here (none from a corpus file), each specific and measurable alone. */
const TARGETS = [
  'Pass maths GCSE',
  'Resit English language in November',
  'get my GCSEs',
  'Writing - use conjunctions',
  'Use capital letters and full stops in every piece of writing',
  'Stay in lessons',
  'Finish his GCSE Art coursework by the Easter holidays',
  'Reading - read 20 high frequency words by half term',
  'Kai will ask a question in a small group (e.g. "Why did he go?"), at least once per session',
  'Ruby will use her now and next board to move between activities. Checked weekly',
  'Mia will tell an adult when she feels worried, using her worry card. Ongoing',
  'Attendance above 95% by Easter',
  'No fixed-term exclusions this term',
  'Spell 15 of the Year 3 common exception words by the summer half term',
];

describe('Specific rule 4 and Measurable rule 6: a note of provision or funding after the outcome removes nothing', () => {
  it.each(TARGETS)('%s: specific and measurable alone', (text) => {
    const r = checkSmartTarget(text, MEETING);
    expect([r.specific.met, r.measurable.met]).toEqual([true, true]);
  });

  it.each(TARGETS.flatMap((t) => NOTES.map((note) => [t, note] as const)))('%s + "%s": judged as without the note', (text, note) => {
    expect(judged(text + note)).toBe(judged(text));
  });
});

describe('Specific rule 4: provision or a fund named first, or a heading of what is bought, is still provision (near-variants)', () => {
  it.each([
    'TA support 3x weekly - phonics',
    'PP+ funded tutoring - maths',
    'Swimming lessons on a Saturday - PP+ funded',
    'Laptop for homework (PP+ £300)',
  ])('%s: not specific', (text) => {
    expect(checkSmartTarget(text, MEETING).specific.met).toBe(false);
  });
});

/** The development sets' targets of one line (extra6 to extra9), as the lead's count of issue 15 read them. */
function developmentTargets(): string[] {
  const texts: string[] = [];
  for (const set of ['corpus-extra6', 'corpus-extra7', 'corpus-extra8', 'corpus-extra9']) {
    const items = JSON.parse(readFileSync(new URL(`../fixtures/smart/${set}.json`, import.meta.url), 'utf8')) as { text: string }[];
    for (const item of items) {
      const text = item.text.trim().replace(/[.]$/, '');
      if (!text.includes('\n') && text.length <= 200) texts.push(text);
    }
  }
  return texts;
}

/*
 * One development target keeps a known difference: "Handwriting: letters the correct size … by Feb half-term. OT programme
 * (Write from the Start) daily" is specific and measurable alone only through the programme's title ("Write") and its
 * schedule ("daily"), both provision; a fund named beside them shows that, and the heading before it has no clause.
 */
const KNOWN = ['Handwriting: letters the correct size'];

describe('the property over the development sets (extra6 to extra9): no appended note changes S, M or the deadline', () => {
  it('every specific and measurable target of one line keeps S, M and its deadline with each note', () => {
    const changed: string[] = [];
    let base = 0;
    for (const text of developmentTargets()) {
      if (KNOWN.some((k) => text.startsWith(k))) continue;
      const alone = checkSmartTarget(text, MEETING);
      if (!(alone.specific.met === true && alone.measurable.met === true)) continue;
      base += 1;
      const want = judged(text);
      for (const note of NOTES) if (judged(text + note) !== want) changed.push(text + note);
    }
    expect(base).toBeGreaterThan(600);
    expect(changed).toEqual([]);
  });
});
