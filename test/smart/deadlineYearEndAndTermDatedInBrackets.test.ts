/**
 * The labelling guide, Deadline labels (the final point is the deadline; a range of days is its last day) and the
 * school-time rows "a term with its year" ("by the end of the autumn term (Dec 2026)": a month in brackets restates when it
 * ends), "first year at college (June 2025)", "a point and a bracket straight after it restating it": two forms in which
 * the writer names a school-time point and then writes out when it falls, and their near-misses.
 *
 * Readings (src/smart/_deadline.ts; each counted on the development labels both ways first):
 * - a year's end ("by the end of Year 6", "by the end of Reception", "by the end of the academic year") with a month and
 *   its year alone in the bracket straight after it, "(July 2025)": the month's last day (yearAloneInBracket; development
 *   labels 14 date to 0 year's end, fixed y56-017, y56-050, y56-139, y56-156, y56-247, y57-186, y58-024, y59-153,
 *   y59-165, y61-054). No year ("(July)"), a past year, or words in the bracket keep the year's end;
 * - a term or half with its span of days in brackets straight after it, "during Spring 2 (24 Feb - 4 Apr 2025)", "this
 *   term (16 Jan to 3 Apr 2025)", or its last day after "ends", "for the spring term (ends 4 April 2025)", "Spring 2,
 *   which ends 4 April 2025": that day, when it is within two weeks of the term's end (termEndWritten; development labels
 *   all the day written, fixed y58-021, y58-061, y58-125, y58-149, y60-104). A review, a frequency, a start or a count in
 *   the bracket keeps the term, and a later point of the target's own stays the final point.
 *
 * The probes (test/fixtures/smart/probes-df.json) were written and labelled from the guide's rows before the code
 * changed; each carries the guide's `deadline` label at the meeting of Wednesday 15 January 2025.
 */
import { describe, expect, it } from 'vitest';
import { readProbes, type DeadlineProbe as Probe } from './_probes';
import { guideDeadline, timeBoundOf } from './_deadlineLabel';

const probes = readProbes<Probe>('df');

describe('probes of df: a year\'s end or a term dated in brackets, and their near-misses', () => {
  it('has at least 25 probes of each form and 25 near-misses of each', () => {
    for (const rule of ['a year\'s end restated', 'a term with its span']) {
      const of = probes.filter((p) => p.rule.includes(rule));
      expect(of.filter((p) => !p.rule.includes('near-miss')).length).toBeGreaterThanOrEqual(25);
      expect(of.filter((p) => p.rule.includes('near-miss')).length).toBeGreaterThanOrEqual(25);
    }
  });
  it.each(probes.map((p) => [p.id, p] as const))('%s: deadline and time-bound as labelled', (_id, p) => {
    expect(guideDeadline(p.text), p.text).toBe(p.deadline);
    expect(timeBoundOf(p.text), p.text).toBe(p.timeBound);
  });
});

/** Development texts of both forms, quoted short, with their settled labels. */
const LABELLED: readonly (readonly [string, string])[] = [
  ['Target: Brandon will achieve his Bronze Arts Award by the end of Year 8 (July 2025).', 'date:2025-07-31'],
  ['By the end of Reception (July 2025) Faith will write her first name and a simple CVC word from memory.', 'date:2025-07-31'],
  ['Corey will complete all 6 modules of the Level 1 Bricklaying course by the end of the academic year (July 2025).', 'date:2025-07-31'],
  ['Homework: Kai to hand in at least 9 of 10 homework tasks on Satchel One during Spring 2 (24 Feb - 4 Apr 2025).', 'date:2025-04-04'],
  ['College attendance: Brooke to raise attendance to 90%+ for the spring term (ends 4 April 2025), checked fortnightly.', 'date:2025-04-04'],
  ['Reduce behaviour incidents to 5 or fewer during Spring 2, which ends 4 April 2025.', 'date:2025-04-04'],
  ['Attendance was 81% last term. Target for the spring term (6 Jan - 4 Apr): 92% or above.', 'date:2025-04-04'],
  // Near-misses kept as they were.
  ['Mason will say the k and g sounds with 80% accuracy by the end of the Spring term (SALT review 17/3).', 'term:spring:end'],
  ['Ava will go to swimming every week by the end of Year 6 (currently 10m with a float).', 'academic-year-end~'],
  ['By the end of Key Stage 1 (July 2026) Elijah will read a Book Band Orange text.', 'date:2026-07-31'],
];

/** One test per row: the text's deadline is its label. */
function eachRowDeadline(rows: readonly (readonly [string, string])[]): void {
  it.each(rows.map(([t, d]) => [d, t] as const))('%s: %s', (want, text) => {
    expect(guideDeadline(text)).toBe(want);
  });
}

describe('development texts of the two forms', () => eachRowDeadline(LABELLED));

/**
 * The reviewer's probes that the first version broke (review of df), with the guide's labels: a bracket after a term
 * whose span is a rate's, a count's or a review's keeps the term ("during Spring 2" with no span of its own is the
 * second half, the guide's even-half row), and an exam in the bracket after the plain academic year keeps the year's end.
 */
const REVIEWED: readonly (readonly [string, string])[] = [
  ['During Spring 2 (weekly, 24 Feb - 4 Apr) Noah will read to an adult.', 'term:spring:second-half'],
  ['Ava will go to swimming club every week during Spring 2 (Tuesdays, 25 Feb - 1 Apr 2025).', 'term:spring:second-half'],
  ['During Spring 2 (6 sessions, 24 Feb - 4 Apr 2025) Leo will name 4 feelings.', 'term:spring:second-half'],
  ['During Spring 2 (checked weekly 24 Feb - 4 Apr) Ava will read 3 books.', 'term:spring:second-half'],
  ['Tom will read 5 books during Spring 2 (Mondays 24 Feb - 31 Mar 2025).', 'term:spring:second-half'],
  ['During Spring 2 (review on 24 Feb - 4 Apr) Kai will write 5 sentences.', 'term:spring:second-half'],
  ['During Spring 2 (twice a week, 24 Feb - 4 Apr 2025) Mia will read to her carer.', 'term:spring:second-half'],
  ['During Spring 2 (6 weeks, 24 Feb - 4 Apr 2025) Leo will name 4 feelings.', 'term:spring:second-half'],
  ['Noah will read 20 books by the end of the academic year (SATs in May 2025).', 'academic-year-end'],
  // Near-misses that must still read the span's last day: a date's own week day, or a span after "until".
  ['During Spring 2 (Mon 24 Feb - Fri 4 Apr 2025) Leo will name 4 feelings.', 'date:2025-04-04'],
  ['During Spring 2 (24 Feb until 4 Apr 2025) Leo will name 4 feelings.', 'date:2025-04-04'],
  ['Mia will achieve 95% attendance by the end of the academic year (July 2025).', 'date:2025-07-31'],
];

describe('reviewed probes: a rate, count or review in the bracket, and an exam after the academic year', () => eachRowDeadline(REVIEWED));
