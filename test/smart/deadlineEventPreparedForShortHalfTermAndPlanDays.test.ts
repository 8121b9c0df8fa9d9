/**
 * The labelling guide, Deadline labels (the final point is the deadline; "by Feb half term" → `term:spring:half-term`) and
 * the Time-bound rows "after a point with 'by', 'before' or 'until' …: a purpose says what the target is for", "a season a
 * one-off thing is for, beside the target's 'by' point", "by half term" and "by the end of the 6 week course": three forms
 * of the deadline census of branch dm, and their near-misses.
 *
 * Readings (each counted on the development labels both ways first):
 * - an event the target prepares for after its own dated "by" point, opened by "ahead of", "in time for", "ready for" or
 *   "so <subject> has … for": the "by" point (`preparedFor`, `_deadline.ts`; development labels 5 "by" point : 0 event,
 *   fixed y59-151, y60-199);
 * - a half term written short after a month or term word, "by Feb h/t", "by Feb hlf trm", "by spring h/t": that half term,
 *   as written in full ("H/T" before a verb a person heads, "H/T to review", is the head teacher; `shortHalfTermEnd`,
 *   `_deadlineResolve.ts`; development labels 2 : 0, fixed y54-029, y64-124);
 * - a plan of so many weeks run from the meeting ("the 12-week boxing programme") with a day written later in its sentence
 *   ("the end-of-course bout on 29th March"): the day, the weeks giving way as a trial's weeks give way to its dated review
 *   (`dayWrittenAfter`, `_deadlineResolve.ts`; development labels 3 day : 0 weeks, fixed y54-170, y64-052, y65-233).
 *
 * The probes (test/fixtures/smart/probes-dm.json) were written and labelled from the guide's rows before the code changed;
 * each carries the guide's `deadline` label at the meeting of Wednesday 15 January 2025. Four still fail and are listed
 * below with why (they are kept in the file, unchanged).
 */
import { describe, expect, it } from 'vitest';
import { readProbes, type DeadlineProbe as Probe } from './_probes';
import { misreadDeadlineProbes, misreadRows } from './_deadlineLabel';

const probes = readProbes<Probe>('dm');

/**
 * Probes that still fail: p103 and p106 ("fight in the showcase on 29th March", "show his model at the last session on 12
 * March": a day after an event noun is read as no point at all, a reading this branch leaves). p005 and p024 ("so Leah has
 * it for her coursework deadline in April", "so Finn's assessment is ready for the annual review in April") are read since
 * review: "so <subject> has … for" is a purpose clause (`_purposeAt`, `_purpose.ts`).
 */
const STILL_FAILING: ReadonlySet<string> = new Set(['p103', 'p106']);

describe('probes of dm: an event prepared for, a half term written short, a plan\'s weeks and a day', () => {
  it('has at least 25 probes of each form and 25 near-misses of each', () => {
    for (const form of ["an event prepared for after the target's 'by' point", 'a half term written short', "a plan's weeks and a day written after them"]) {
      expect(probes.filter((p) => p.rule.startsWith(form)).length).toBeGreaterThanOrEqual(25);
      expect(probes.filter((p) => p.rule.startsWith(`near-miss of ${form}`)).length).toBeGreaterThanOrEqual(25);
    }
  });
  it('reads every probe as labelled (but the two listed)', () => {
    expect(misreadDeadlineProbes(probes, STILL_FAILING)).toEqual([]);
  });
});

/** Development texts of the three forms, quoted short, with their settled labels. */
const LABELLED: readonly (readonly [string, string])[] = [
  ["Exam access: SENCO to complete Ollie's access arrangements assessment for a reader and 25% extra time by 28 February 2025, ahead of the March mocks.", 'date:2025-02-28'],
  ['SENCo to complete the access arrangements assessment by 31 Jan 2025 so Tia has 25% extra time and a reader for the March mocks; Tia to use the reader pen in at least 2 mock papers.', 'date:2025-01-31'],
  ['Times tables: Zain to get 25/25 on an MTC practice on 3 separate weeks by 30 May 2025, ready for the June check.', 'date:2025-05-30'],
  ['Leo-James to put his name card on the self-registration board without prompts each morning by Feb hlf trm.', 'term:spring:half-term'],
  ['Brooke – by Feb h/t use her "I need a break" card in lessons rather than shouting out, no more than 3 behaviour points a week on Class Charts.', 'term:spring:half-term'],
  ['Aaron will finish the 12-week boxing programme at the youth centre and take part in the end-of-course bout on 29th March.', 'date:2025-03-29'],
  ['Nasrin will complete the 12 week Functional Skills Maths Entry 3 course and sit the test on 25 March 2025. Tutor to send result to PA.', 'date:2025-03-25'],
  // Near-misses kept as they were.
  ['Kayla will complete the 12-week Prince\'s Trust \'Team\' programme, attending at least 10 of the 12 weeks.', 'relative:84'],
  ['Harvey will complete the 12-week Prince\'s Trust Team programme starting 3rd March and achieve the Level 1 Employability qualification at the end of it.', 'none'],
  ['Zak to learn his tables b4 Feb HT.', 'term:spring:half-term'],
  ['To work hard in time for SATs week.', 'academic-year-end~'],
];

describe('development texts of the three forms', () => {
  it('reads each as labelled', () => {
    expect(misreadRows(LABELLED)).toEqual([]);
  });
});

/**
 * The reviewer's probes the branch broke or missed, with the guide's labels at the meeting of 15 January 2025: an opener
 * inside a later step of its own ("be ready for lessons on time each morning", "arrive in time for registration every
 * day") does not introduce the later point, so the final point stays (Deadline labels); another person's day after a plan's
 * weeks ("her carer will report back to school on 7th March") and a past day ("agreed with her carer on 10 January") do not
 * end the plan; "so his teacher has time to mount them" is a purpose after the target's own "by" point.
 */
const REVIEW: readonly (readonly [string, string])[] = [
  ['Ellie will complete her reading log by 28 February, be ready for lessons on time each morning, and read 10 books in March.', 'date:2025-03-31'],
  ['Sam will learn 20 spellings by 28 Feb, arrive in time for registration every day, and have 95% attendance in March.', 'date:2025-03-31'],
  ['Kim will complete the 10-week Thrive programme and her carer will report back to school on 7th March about her sleep.', 'relative:70'],
  ['Oscar will finish 6 pieces for his art portfolio by 7 March, so his teacher has time to mount them before the exhibition in April.', 'date:2025-03-07'],
  ['Jo will finish her ID application by 31 Jan so Mum has time for the passport office on 14 March, and travel on 3 April.', 'date:2025-04-03'],
  // Near-misses kept: the opener introducing the event's point, the weeks with the child's own dated step.
  ['Zara will complete 3 past maths papers by 28 Feb 2025, ahead of the March mocks.', 'date:2025-02-28'],
  ['Evie will complete 4 reading comprehensions by half term, ahead of the SATs in May.', 'term:spring:half-term'],
  ['Ellie will complete the first-aid course by 7 March, ahead of her Duke of Edinburgh expedition in June.', 'date:2025-03-07'],
  ['Omar will complete the 6-week ELSA programme and name 4 feelings; his dad\'s birthday is on 2nd February.', 'relative:42'],
  ['Aaron will finish the 12-week boxing programme at the youth centre and take part in the end-of-course bout on 29th March.', 'date:2025-03-29'],
];

describe("the reviewer's probes of dm", () => {
  it('reads each as labelled', () => {
    expect(misreadRows(REVIEW)).toEqual([]);
  });
});
