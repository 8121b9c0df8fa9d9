import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { feast, relative, yearEndApprox as yearEnd } from './_deadlineLabel';
import { MEETING } from './_judge';

// Rows of the labelling guide (docs/smart.md, "Labelling guide", Time-bound (T), school-time rules): "ready for high
// school, ready for secondary school … ready for his GCSEs; ready for Year 3 in September", "before Eid, by Eid al-Fitr,
// before Ramadan, during Ramadan, by the end of Ramadan" and "mark making … - 6 wks … ELSA sessions weekly for 6 weeks
// then review; 12 weekly sessions … by the end of the block". Meeting Wednesday 15 January 2025. The targets are written
// here for the rules, not copied from a corpus.
const deadlineOf = (text: string, meetingDate = MEETING.meetingDate): unknown => checkSmartTarget(text, { meetingDate }).deadline;

describe('school-time table: ready for high school, ready for secondary school, ready for sixth form; ready for his GCSEs; ready for Year 3 in September → academic-year-end~', () => {
  it.each([
    'Maya to be ready for high school.',
    'Kyle will be ready for secondary school',
    'Deon to be ready for sixth form.',
    'Priya will feel ready for secondary school.',
    'Get Leon ready for high school',
    'Be ready for her GCSEs.',
    'Nico will be ready for his GCSE exams.',
    'Ready for his SATs.',
    'To be ready for Year 4 in September',
    'Amir will be ready for Year 7 in September.',
    'Rosa to be ready for KS3 in September',
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEnd);
  });

  it.each([
    // No phase ahead: every day, or a thing, not a move.
    ['Maya to be ready for school.', null],
    ['Kyle to be ready for work.', null],
    ['Get ready for high school every morning by 8am', null],
    ['Deon to get ready for each lesson', null],
    ['Ready for adulthood', null],
  ])('%s → no leaving point', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a year written after the month keeps the month: "ready for Year 7 in September 2026" is that month', () => {
    expect(deadlineOf('Ready for Year 7 in September 2026')).toEqual({ kind: 'date', date: '2026-09-30' });
  });
});

describe('school-time table: before Eid, by Eid al-Fitr, before Ramadan, during Ramadan, by the end of Ramadan → the feast\'s day (Umm al-Qura table), approximate', () => {
  it.each([
    ['Zara will read her reading book to her carer every night before Eid.', '2025-03-30'],
    ['By Eid, Omar will tie his own shoelaces.', '2025-03-30'],
    ['Omar will know his times tables by Eid al-Fitr.', '2025-03-30'],
    ['Omar will know his times tables by Eid ul Fitr.', '2025-03-30'],
    ['Omar will swim 25 metres before Eid al-Adha.', '2025-06-06'],
    ['Before Ramadan, Sami and his mentor will plan quiet spaces for fasting days.', '2025-03-01'],
    ['Sami to agree a fasting plan with his tutor by Ramadan.', '2025-03-01'],
    ['Sami will be supported at lunchtimes during Ramadan.', '2025-03-29'],
    ['Sami will finish his coursework by the end of Ramadan.', '2025-03-29'],
    ['Sami will attend every PE lesson in Ramadan.', '2025-03-29'],
    ['Lina will enrol on her ESOL course by Eid 2026.', '2026-03-20'],
  ])('%s → %s', (text, d) => {
    expect(deadlineOf(text)).toEqual(feast(d));
  });

  it('resolves to the next occurrence on or after the meeting: after Eid al-Fitr, "Eid" is Eid al-Adha; after both, next year\'s', () => {
    expect(deadlineOf('Lina will read daily before Eid.', '2025-04-10')).toEqual(feast('2025-06-06'));
    expect(deadlineOf('Lina will read daily before Ramadan.', '2025-04-10')).toEqual(feast('2026-02-18'));
    expect(deadlineOf('Lina will read daily before Eid.', '2025-07-01')).toEqual(feast('2026-03-20'));
  });

  it.each([
    // No cue, or a start point: no deadline from the feast.
    'Lina will bring in food for the Eid party.',
    'Ramadan - Lina can use the quiet room.',
    'Eid celebrations in class',
    'Lina will start her tutoring after Eid.',
    'Lina will swim from Ramadan onwards.',
  ])('%s → none', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('"review after Eid" leaves the "before Ramadan" point', () => {
    expect(deadlineOf('Before Ramadan, Sami and his DT will agree a fasting plan. Review after Eid.')).toEqual(feast('2025-03-01'));
  });

  it('outside the table (2020–2035) there is no deadline', () => {
    expect(deadlineOf('Lina will read daily before Eid.', '2036-03-01')).toBeNull();
  });
});

describe('school-time table: mark making … - 6 wks; ELSA sessions weekly for 6 weeks then review; 12 weekly sessions … by the end of the block → so many weeks from the meeting', () => {
  it.each([
    ['Phonics - blend CVC words with a model - 6 wks', 42],
    ['Forest School supported by PP+ - 8 wks', 56],
    ['Lego therapy with the TA - 10 wks', 70],
    ['Handwriting: form letters on the line - 4 weeks', 28],
    ['Reading buddy sessions funded by PP+ - 12 wks', 84],
    ['Nurture group weekly for 6 weeks then review.', 42],
    ['Talk Boost twice a week for 8 weeks, then review', 56],
    ['Counselling for 10 weeks then a review', 70],
    ['Sam will attend 10 weekly Lego sessions and by the end of the block take turns with 2 peers.', 70],
    ['Mia will go to 6 weekly ELSA sessions and by the end of the course name 3 feelings.', 42],
    ['Kai will attend 8 weekly Talkabout sessions and by the end of the programme start a conversation with a peer.', 56],
  ])('%s → relative:%i', (text, days) => {
    expect(deadlineOf(text)).toEqual(relative(days));
  });

  it.each([
    // "for" with no review after it, a count then more words, how often, a schedule the child has now: no point.
    'Counselling for 6 weeks',
    'Nurture group for 6 weeks with the TA',
    'Maths catch up tuition, 1:1 x 10 wks, then more',
    'Lego therapy every 2 weeks - with Mrs B',
    'Sam has 6 weekly sessions with the counsellor.',
  ])('%s → none', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('a "by" point earlier in the text is kept: "by Easter - 6 wks" is Easter', () => {
    expect(deadlineOf('Sam will read 20 tricky words by Easter - 6 wks')).toEqual({ kind: 'date', date: '2025-04-20' });
  });

  it('a month after the end of the block dates it instead', () => {
    expect(deadlineOf('Sam will attend 10 weekly Lego sessions and by the end of the block in March take turns.')).not.toEqual(relative(70));
  });
});
