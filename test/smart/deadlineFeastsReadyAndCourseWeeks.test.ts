import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { feast, yearEndApprox as yearEnd } from './_deadlineLabel';

// Rows of the labelling guide (docs/smart.md, "Labelling guide", Time-bound (T), school-time table): "before Eid, by Eid
// al-Fitr, before Ramadan, during Ramadan, by the end of Ramadan"; "ready for high school, ready for secondary school …
// ready for his GCSEs; ready for Year 3 in September"; "mark making … - 6 wks … 12 weekly sessions … by the end of the
// block"; and Time-bound (T): background dates are not deadlines. Review fx41 of dl27. Meeting Wednesday 15 January 2025.
// The targets are written here for the rules, not copied from a corpus.
const MEETING = '2025-01-15';
const check = (text: string, meetingDate = MEETING) => checkSmartTarget(text, { meetingDate });
const deadlineOf = (text: string, meetingDate = MEETING): unknown => check(text, meetingDate).deadline;
const halfTerm = { kind: 'term', term: 'spring', part: 'half-term' };

describe('school-time table, Ramadan and Eid row: a feast\'s name before a noun it modifies names an event, not a point (unless after by, before, until)', () => {
  it.each([
    'Noor will be involved in Ramadan activities at the mosque with her carer each week.',
    'Kai will be interested in Eid traditions and share 3 facts with the class.',
    'Kai will help in Ramadan iftar preparation at home twice a week.',
    'Adam will take part in Eid celebrations at school and speak in front of the class.',
    'Adam will take part in the Eid assembly and read a short prayer to the class.',
    'Kai will speak in the Eid assembly, reading 3 sentences aloud.',
    'Eid celebrations in class',
  ])('%s → none', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it.each([
    ['Kai will learn a short speech by the Eid assembly.', '2025-03-30'],
    ['Sami will attend every PE lesson in Ramadan.', '2025-03-29'],
    ['Kai will share 3 facts with his class in Eid week.', '2025-03-30'],
    ['During Ramadan, Sami will use the quiet room at lunch 3 times a week.', '2025-03-29'],
  ])('%s → the feast (a time noun or the feast alone closing the clause)', (text, day) => {
    expect(deadlineOf(text)).toEqual(feast(day));
  });
});

describe('Time-bound (T): background dates are not deadlines — a past verb, the child\'s state or a provision note with Ramadan gives no point and replaces none', () => {
  it.each([
    'Attendance dropped during Ramadan (82%); Kai will attend 95% of sessions.',
    'Attendance dropped during Ramadan 2024 (82%); Kai will attend 95% of sessions.',
    'Adam is fasting during Ramadan; school will provide a quiet room at lunch so he can rest.',
    'Kai is fasting during Ramadan and will be supported with a quiet room.',
    'Kai will attend 95% of sessions, with a quiet room during Ramadan.',
  ])('%s → none', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it.each([
    ['Kai will attend 95% of sessions by 14th February, with a quiet room during Ramadan.', { kind: 'date', date: '2025-02-14' }],
    ['Kai will attend 95% of sessions by half term, with a quiet room in Ramadan.', halfTerm],
    ['Kai will attend 95% of sessions by half term, with a quiet room until Ramadan.', halfTerm],
    ['Kai will attend 95% of sessions by half term; he may use a quiet room during Ramadan.', halfTerm],
    ['By half term Kai will attend 95% of sessions, and use a quiet room during Ramadan.', halfTerm],
  ])('%s → the target\'s own point', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it.each([
    ['Kai will attend 95% of sessions until the end of Ramadan.', '2025-03-29'],
    ['Yusuf will be supported to keep his attendance above 90% during Ramadan.', '2025-03-29'],
    ['Sami will be supported at lunchtimes during Ramadan.', '2025-03-29'],
    ['Before Ramadan, Sami will agree a fasting plan with his tutor.', '2025-03-01'],
  ])('%s → the feast, still (by/before/until, or the only point closing or heading the child\'s clause)', (text, day) => {
    expect(deadlineOf(text)).toEqual(feast(day));
  });
});

describe('school-time table, Ramadan and Eid row: spellings and names of Eid al-Adha and Ramadan; mid-Ramadan and the Eid holidays name no day', () => {
  it.each([
    'Kai will attend 95% of sessions by Eid-ul-Azha.',
    'Kai will attend 95% of sessions before Eid-ul-Azha.',
    'Kai will attend 95% of sessions by Eid ul Adha.',
    'Kai will attend 95% of sessions by Eid al-Zuha.',
    'Kai will attend 95% of sessions by Bakri Eid.',
    'Kai will attend 95% of sessions by Bakrid.',
  ])('%s → Eid al-Adha, not the next Eid', (text) => {
    expect(deadlineOf(text)).toEqual(feast('2025-06-06'));
  });

  it.each([
    ['Kai will attend 95% of sessions by Ramadhan.', '2025-03-01'],
    ['Kai will attend 95% of sessions by Ramazan.', '2025-03-01'],
    ['Kai will attend 95% of sessions through Ramadan.', '2025-03-29'],
    ['Kai will attend 95% of sessions over Ramadan.', '2025-03-29'],
    ['Kai will attend 95% of sessions before Eid.', '2025-03-30'],
  ])('%s → as Ramadan, "during"', (text, day) => {
    expect(deadlineOf(text)).toEqual(feast(day));
  });

  it.each([
    'Kai will attend 95% of sessions by Eid al-Kabir.',
    'Kai will attend 95% of sessions by mid-Ramadan.',
    'Kai will attend 95% of sessions before the Eid holidays.',
    'Kai will attend 95% of sessions in the Eid holidays.',
  ])('%s → none', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});

describe('school-time table: ready for Year 3 in September, ready for secondary school — the move is the point, a month with no year part of it', () => {
  it.each([
    'Kai will be ready for secondary school in September.',
    'Kai will be ready for secondary school in September, visiting 3 times in the summer term.',
    'Kai will be ready for Year 7 in September, visiting 3 times in the summer term.',
    'Kai will be ready for high school in September, visiting 3 times in the summer term.',
  ])('%s → academic-year-end~', (text) => {
    expect(deadlineOf(text)).toEqual(yearEnd);
  });

  it.each([
    ['Kai will start Year 7 in September with 95% attendance.', { kind: 'date', date: '2025-09-30' }],
    ['Kai will visit secondary school 3 times in the summer term.', { kind: 'term', term: 'summer', part: 'end' }],
    ['Kai will be ready for secondary school in September 2026.', { kind: 'date', date: '2026-09-30' }],
  ])('%s → not the move (no "ready for", or a year written)', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('school-time table: ready for his GCSEs — the exams give the point, the Specific verdict stays', () => {
  it.each([
    'Lily will revise for 30 minutes a day so she is ready for her GCSE exams in May.',
    'Lily will revise for 30 minutes a day so she is ready for her GCSEs in May.',
    'Lily will revise for 30 minutes a day so she is ready for her GCSE exams.',
    'Lily will revise for 30 minutes a day so she is ready for her exams in May.',
  ])('%s → specific', (text) => {
    const r = check(text);
    expect(r.specific.met).toBe(true);
    expect(r.timeBound.met).toBe(true);
  });

  it('"before her GCSE exams" (no "ready for") names no skill, as before', () => {
    expect(check('Lily will revise for 30 minutes a day before her GCSE exams.').specific.met).toBe(false);
  });
});

describe('school-time table: mark making … - 6 wks; 12 weekly sessions … by (until) the end of the block', () => {
  it.each([
    ['Leo will have swimming lessons funded by PP+ - 10 wks', 70],
    ['Leo to have swimming lessons funded by PP+ - 10 wks', 70],
    ['Leo will have ELSA sessions - 6 wks', 42],
    ['Leo will go to football club, paid by carer - 6 wks', 42],
    ['Leo will go to football club, paid for by carer - 6 wks', 42],
    ['Kai will attend 12 weekly sessions with the mentor until the end of the block.', 84],
  ])('%s → relative', (text, days) => {
    expect(deadlineOf(text)).toEqual({ kind: 'relative', days });
  });

  it.each([
    'Leo has had ELSA sessions - 6 wks',
    'Attendance was 82% last year - supported by EWO - 6 wks',
    'Leo had ELSA sessions - 6 wks',
  ])('%s → none (a past verb before the dash)', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('a count of the occasions the child attends stays measurable when the end of the block takes the count', () => {
    const r = check('Kai will attend 12 weekly sessions with the mentor by the end of the block.');
    expect(r.deadline).toEqual({ kind: 'relative', days: 84 });
    expect(r.measurable.met).toBe(true);
    // Sessions the child is given ("will have"): a schedule adults provide, no count of hers and no point read from it.
    const given = check('Kai will have 12 weekly sessions with the mentor by the end of the block.');
    expect(given.measurable.met).toBe(false);
    expect(given.deadline).toBeNull();
  });

  it('weeks closing a provision fragment keep the provision advice with its sources (Bradford, Milton Keynes)', () => {
    const r = check('Swimming lessons funded by PP+ - 10 wks');
    expect(r.deadline).toEqual({ kind: 'relative', days: 70 });
    expect(r.measurable.met).toBe(false);
    expect(r.measurable.advice).toMatch(/Bradford Council/);
    expect(r.measurable.advice).toMatch(/Milton Keynes/);
    expect(r.measurable.advice).not.toMatch(/^Say how success will be measured/);
    // A fragment whose figure is no closing count keeps the general advice.
    expect(check('Swimming lessons funded by PP+').measurable.advice).toMatch(/^Say how success will be measured/);
  });
});
