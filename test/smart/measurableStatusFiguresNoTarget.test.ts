/**
 * The labelling guide, Measurable rule 6: "a baseline with no target figure" does not measure, nor does "a quantity of
 * provision … rather than of the child's success"; Specific rule 6, a review note is a placeholder of a target. Figures that
 * tell where the child is now (a prediction, a review's result, a figure with the past period it held in), a provision's own
 * timetable with no going, and a provision's rate before a re-check with no figure to reach set no target
 * (src/smart/_statusNote.ts, _statusFigures and _recheckPointAlone; src/smart/_fragment.ts). A baseline with its target, a new
 * or carried-forward target, a figure to reach at the re-check and the child's own rate keep measuring; Time-bound never moves.
 * Texts are written for these tests, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { smt } from './_judge';

describe('Measurable rule 6 (a baseline with no target figure) and Specific rule 6 (review notes): figures of where the child is now', () => {
  it.each([
    // A prediction alone.
    ['Predicted grades: English 5, Maths 4, Science 4-4.', [false, false, false]],
    ['Predicted: Maths 5, English 6.', [false, false, false]],
    // A review's result, with only "continue" after it.
    ['Target partly met - 7/10. Continue.', [false, false, false]],
    ['Achieved. Mia now knows her 3s, 4s and 8s.', [false, false, false]],
    ['Target met. Now 8/10 on the weekly spelling check.', [false, false, false]],
    // A figure with the past period it held in.
    ['Attendance at the unit - 61% autumn term', [false, false, false]],
  ] as const)('%s: not measurable (nor specific)', (text, want) => {
    expect(smt(text)).toEqual(want);
  });

  it.each([
    // A baseline with its target.
    ['Predicted 5 in maths, target 6.', [true, true, false]],
    ['Merit predicted. Target Distinction', [false, true, false]],
    ['Predicted grades: English 5, Maths 4. Aim: grade 5 in maths by June.', [true, true, true]],
    ['Attendance 71% autumn term. Target 90%', [true, true, false]],
    // A new target, or the target carried forward, after the review's result.
    ['Partly met - 7/10. New target: 9/10 by Easter.', [false, true, true]],
    ['Previous target partly met - 5/10. Next target: 8/10.', [false, true, false]],
    ['Met – no detentions this half term. Carried forward.', [true, true, true]],
    // A result after the figure reviews the target in its row ("on time 9/10 days | Partly met"): the figure is the target's.
    ['Spellings: 8/10 on the weekly test - partly met', [true, true, false]],
    // "met" as the child's verb with its object; a prediction with its point.
    ['Sam met his target of 8/10 spellings', [true, true, false]],
    ['Predicted grade 5 in maths by the summer', [true, true, true]],
  ] as const)('%s: still measurable', (text, want) => {
    expect(smt(text)).toEqual(want);
  });
});

describe('Measurable rule 6, "a quantity of provision": a provision\'s own timetable with no verb of going, whatever the rate is written as', () => {
  it.each([
    ['Nessy 3 times per week', [false, false, false]],
    ['Nessy 2 x wk', [false, false, false]],
    ['Shared reading with TA, 3 x 10 mins per week', [false, false, false]],
    ['Paired reading with TA, 2 x 15 mins per week', [false, false, false]],
    // Before a re-check or review with no figure to reach: its point still dates the text (Time-bound unchanged).
    ['Spelling age 7.2 (Y5). Nessy 3x a week. Retest in June', [false, false, true]],
    ['Spelling age 7.2 (Y5). Nessy 3x a week. Review in June', [false, false, true]],
  ] as const)('%s: not measurable', (text, want) => {
    expect(smt(text)).toEqual(want);
  });

  it.each([
    // The child's own rate, at home with a carer.
    ['Read 3 times per week with carer', [true, true, false]],
    ['Reading - 20 mins daily with foster carer', [false, true, false]],
    // A figure to reach at the re-check.
    ['Nessy 3x a week. Reach level 5 by the June retest', [true, true, true]],
    ['Spelling age 7.2. Nessy 3x a week. Retest in June: spelling age 8.0', [true, true, true]],
  ] as const)('%s: still measurable', (text, want) => {
    expect(smt(text)).toEqual(want);
  });
});

describe('Measurable rule 6, "a quantity of provision": an early-years setting attended for its hours, named only as the hours the child has', () => {
  it.each([
    'Attend Sunflowers nursery for her 15 funded hours',
    'Kian to attend Tiny Steps pre-school 15 hrs',
    'Attending Tiny Tots playgroup 30 hrs. Attendance.',
    'Ella to attend pre-school 15 hrs',
    'Noah will attend nursery for his 15 hrs each wk',
  ])('%s: not measurable', (text) => {
    expect(smt(text)[1]).toBe(false);
  });

  it.each([
    // The whole of the hours, or a percentage: how much the child goes (Settled cases, a rate of going).
    'Attend all 15 funded hours at nursery each week',
    'To attend nursery for his full 15 hours a week',
    'Attend nursery 15 hrs a week, with 95% attendance',
    // A school or college attended for some hours: a part-time timetable, how much the child goes.
    'Kai will attend school for 15 hours a week',
    'Kai to attend college 12 hrs',
  ])('%s: still measurable', (text) => {
    expect(smt(text)[1]).toBe(true);
  });
});

describe('Measurable rule 6 ("a baseline with no target figure"), after review: what sets a figure to reach beside the present\'s', () => {
  it.each([
    // A target's mark, a bound or an arrow before the second figure: a baseline with its target.
    ['Attendance 61% summer term. Expected outcome: 90%.', [true, true, false]],
    ['Attendance 61% summer term. Success criteria: 90%.', [true, true, false]],
    ['Attendance 61% summer term. At least 90%.', [true, true, true]],
    ['Attendance 61% summer term => 90%.', [true, true, true]],
    ['Predicted 3. Expected: 4.', [false, true, false]],
    ['Predicted grade 3 -> 4 in English.', [true, true, false]],
    ['Predicted 3 | Aspirational 4', [false, true, false]],
    ['Predicted grade 3; desired grade 4.', [false, true, false]],
    // The child's act with the result or the period: the new target.
    ['Achieved - now spell 15 of the 20 Year 4 words.', [true, true, false]],
    ['Partly met - keep 9/10 days in full uniform.', [true, true, false]],
    ['Meet predicted grades: Science 5, History 4.', [false, true, false]],
    ['Keep punctuality at 98% spring term.', [true, true, false]],
    ['Punctuality - 98% autumn term - maintain.', [true, true, false]],
    // A term written with a year after the meeting's: still to come.
    ['Punctuality 98% autumn term 2025.', [true, true, false]],
    // "Carry over" carries the target on.
    ['Met - 9/10 days on time over the autumn term. Carry over.', [true, true, true]],
  ] as const)('%s: measurable', (text, want) => {
    expect(smt(text)).toEqual(want);
  });

  it.each([
    // A double grade's dash is no arrow; "over" a period carries nothing; a term of a past year held.
    ['Predicted grades: Eng 3, Maths 4, Sci 4-4.', [false, false, false]],
    ['Met - 9/10 over the half term.', [false, false, false]],
    ['Partly met - 6/10 over the term.', [false, false, false]],
    ['Punctuality 98% autumn term 2024.', [false, false, false]],
    // "Now" before a figure, "continue": the state, no act.
    ['Target met. Now 9/10 on the weekly times-tables check.', [false, false, false]],
    ['Partly met - 7/10. Continue.', [false, false, false]],
  ] as const)('%s: still not measurable', (text, want) => {
    expect(smt(text)).toEqual(want);
  });
});

describe('Measurable rule 6 ("a quantity of provision"), after review: early-years hours only, the child\'s own practice, a re-check after provision only', () => {
  it.each([
    // A school, college, course or "setting" for some hours, funded or not: how much the child goes.
    'Attend sixth form college for 12 funded hours.',
    'Attend college 12 hrs a week (funded).',
    'Attend her pre-16 course for 10 hours a week.',
    'Attend the setting for 20 hours a week by Easter.',
    // The hours built up to by a point, or the child's act joined to them.
    'Attend nursery for 30 hours by the end of the spring term.',
    'Attend Rainbow nursery for her 15 funded hours and name 5 colours.',
    'Attend the school nursery for 15 hrs and name 10 objects.',
    // The child's own work or practice at home, at a rate however written.
    'Homework 3 times per week.',
    'Spellings 4 x wk.',
    'Lexia 3 times per week at home.',
    'Homework 3 x wk. Review at Easter.',
    'Nessy at home 4 x a week. Review at Easter.',
    // A figure of the child's before a review: a figure to reach, reviewed then (labels: "Attendance 97% - review at next PEP").
    'Reading age 9y 4m. Review in June.',
    'Reading age 9y 4m - review in June.',
    'Spelling 14/20. Review in June.',
    'Spelling 14/20; review in June.',
  ])('%s: measurable', (text) => {
    expect(smt(text)[1]).toBe(true);
  });

  it.each([
    'Attend Rainbow nursery for her 15 funded hours',
    'Attend Tiny Tots playgroup 15 hrs',
    'Lexia 3 times per week.',
    // A provision's rate before a re-check, however the re-check is set off or spelt.
    'Nessy 4 x a week. Review at Easter.',
    'Nessy 4 x a week; review at Easter.',
    'Nessy 4 x a week - review at Easter.',
    'Reading age 7.2 (Y5). Nessy 3x a week. Re-test in June',
    'Reading age 7.2 (Y5). Nessy 3x a week. Re-assess in June',
  ])('%s: not measurable', (text) => {
    expect(smt(text)[1]).toBe(false);
  });
});
