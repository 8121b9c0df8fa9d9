import { describe, expect, it } from 'vitest';
import { spring2025AndSummer } from './_calendars';
import { policies } from '../../src/policy/index';
import type { Pep } from '../../src/pep/schema';
import { checkSmartTarget } from '../../src/smart/index';
import type { Deadline, SmartContext } from '../../src/smart/index';

const MEETING = { meetingDate: '2025-01-15' } as const; // smart-dev.json reference: Spring 1, 2024/25
const HALTON = 'Halton Virtual School PEP Policy 2023-24, Appendix C QA of SMART Targets';
const deadlineOf = (text: string, context: SmartContext = MEETING): Deadline | null => checkSmartTarget(text, context).deadline;
const codes = (text: unknown, context: SmartContext = MEETING): string[] => checkSmartTarget(text as string, context).findings.map((f) => f.code);

describe('checkSmartTarget: deadlines in UK phrasing (issue 5 list), meeting 15 January 2025', () => {
  it.each<[string, Deadline]>([
    ['Tom will read 20 words by 31st October.', { kind: 'date', date: '2025-10-31' }], // next 31 October on or after the meeting
    ['Tom will read 20 words by 24/07/2020.', { kind: 'date', date: '2020-07-24' }], // Halton timescale cell, year kept as written
    ['Tom will read 20 words by w/c 3rd March.', { kind: 'date', date: '2025-03-03' }],
    ['Tom will read 20 words by Feb half term.', { kind: 'term', term: 'spring', part: 'half-term' }],
    ['Tom will read 20 words by the end of Autumn 2.', { kind: 'term', term: 'autumn', part: 'end' }], // autumn 2025, the next one
    ['Tom will read 20 words by Easter.', { kind: 'date', date: '2025-04-20' }], // Easter Sunday 2025
    ['Tom will read 20 words within 6 weeks.', { kind: 'relative', days: 42 }],
    ['Tom will read 20 words by the next PEP.', { kind: 'next-review' }],
    ['Tom will read 20 words by the end of the academic year.', { kind: 'academic-year-end' }],
    ['Tom will read 20 words by 3/4/25.', { kind: 'date', date: '2025-04-03' }], // UK order: 3 April
    ['Tom will read 20 words by mid-March.', { kind: 'date', date: '2025-03-15' }],
    ['Tom will read 20 words by the end of Febuary.', { kind: 'date', date: '2025-02-28' }], // typo, month end
    ['Tom will read 20 words by Christmas.', { kind: 'term', term: 'autumn', part: 'end' }],
    ['Tom will read 20 words within a fortnight.', { kind: 'relative', days: 14 }],
    ['Tom will read 20 words by the end of Year 4.', { kind: 'academic-year-end', approximate: true }], // inferred from the year group
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('keeps the final of several deadlines (Milton Keynes: 50% by April 2022, 60% by June 2022)', () => {
    const text = 'To access the regulation station 50% of the time by April 2022, and 60% of the time by June 2022.';
    expect(deadlineOf(text)).toEqual({ kind: 'date', date: '2022-06-30' });
  });

  it('lets a day-precise date refine a month deadline: "by the February deadline (Fri 21/02)"', () => {
    expect(deadlineOf('Sami will hand in sections 1–3 of his NEA by the February deadline (Fri 21/02).')).toEqual({ kind: 'date', date: '2025-02-21' });
  });

  it('ignores baseline terms: "(he had 12 lates in Autumn 2)" is not the deadline', () => {
    expect(deadlineOf('Ellis will have 0 lates to registration over the next 6 weeks (he had 12 lates in Autumn 2).')).toEqual({ kind: 'relative', days: 42 });
  });

  it('resolves "end of term" and "this half term" to the term current at the meeting', () => {
    expect(deadlineOf('Kobe will have no detentions. Timescale: end of term.')).toEqual({ kind: 'term', term: 'spring', part: 'end' });
    // Labelling guide, Time-bound: "this term" is the term's end (term:spring:end), so "this half term" is the
    // end of this half, the half-term (the labels of the corpus agree); "the rest of this half term" lasts until that
    // half-term too (labelling guide, Time-bound (T): "for the rest of the half term", as "the rest of the term" is its end).
    expect(deadlineOf('I will get 0 detentions this half term.')).toEqual({ kind: 'term', term: 'spring', part: 'half-term' });
    expect(deadlineOf('I will get 0 detentions for the rest of this half term.')).toEqual({ kind: 'term', term: 'spring', part: 'half-term' });
    expect(deadlineOf('I will get 0 detentions by half term.', { meetingDate: '2024-10-09' })).toEqual({ kind: 'term', term: 'autumn', part: 'half-term' });
  });

  it('moves Easter to the next year once it has passed (meeting 7 May 2025 → Easter Sunday 2026)', () => {
    expect(deadlineOf('Ava will read 15 minutes a day by Easter.', { meetingDate: '2025-05-07' })).toEqual({ kind: 'date', date: '2026-04-05' });
  });

  it.each([
    ['a start date with no end', 'Harvey will wear full uniform every day from 6th January.'],
    ['a background date', 'Since September 2023 Ali has had 4 suspensions.'],
    ['a frequency', 'Ciaran will go over Stave 3 with his tutor on Thursdays.'],
    ['a frequency of terms', 'Tom will meet his mentor once a term.'],
    ['a conditional window', 'Tegan will have a restorative conversation within 2 days of any fall-out.'],
    ['an unanchored window', 'Freya will stay in class for 4 consecutive weeks.'],
    ['a past meeting', 'At the PEP on 12/11 Nina said she wants to be a vet.'],
  ])('finds no deadline in %s', (_why, text) => {
    const r = checkSmartTarget(text, MEETING);
    expect([r.deadline, r.timeBound.met]).toEqual([null, false]);
  });

  it('flags vague timing with SMART-DEADLINE-VAGUE and quotes it only in the evidence', () => {
    const r = checkSmartTarget('Noah will keep using Makaton signs at nursery, ongoing.', MEETING);
    expect(r.timeBound).toEqual({ met: false, confidence: 'high', evidence: ['ongoing'], advice: "Replace vague timing ('ongoing', 'soon', 'over time', 'going forward') with a date or a review point." });
    expect(r.findings.find((f) => f.code === 'SMART-DEADLINE-VAGUE')).toEqual({
      code: 'SMART-DEADLINE-VAGUE',
      severity: 'warning',
      message: 'The target gives only vague timing (such as ongoing, soon or over time), not a deadline.',
      path: [],
      source: 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 1 (SMART targets)',
    });
  });

  it('warns about a stale date copied from an old PEP but still counts it as a deadline', () => {
    const r = checkSmartTarget('Kaden will hand in all 8 Science write-ups by 20/12/2023.', MEETING);
    expect([r.timeBound.met, r.deadline]).toEqual([true, { kind: 'date', date: '2023-12-20' }]);
    expect(r.findings).toEqual([
      { code: 'SMART-DEADLINE-PAST', severity: 'warning', message: 'The deadline is before the meeting date (perhaps copied from an earlier PEP).', path: [], source: HALTON },
    ]);
  });

  it('needs the meeting date to resolve a partial date, and says so', () => {
    const r = checkSmartTarget('Tom will read 20 words by 31st October.');
    expect([r.timeBound.met, r.deadline, r.findings.map((f) => f.code)]).toEqual([true, null, ['SMART-DEADLINE-UNRESOLVED']]);
  });

  it('takes the meeting date from the PEP when the context has none', () => {
    const pep = { meeting: { date: '2024-10-09' } } as unknown as Pep;
    expect(checkSmartTarget('Corey will submit his Unit 10 assignment by 31st October.', { pep }).deadline).toEqual({ kind: 'date', date: '2024-10-31' });
  });

  it('dates term deadlines from a school calendar (last school day before the half-term break)', () => {
    const calendar = spring2025AndSummer();
    const context = { meetingDate: '2025-01-15', calendar };
    expect(deadlineOf('Tom will read 20 words by Feb half term.', context)).toEqual({ kind: 'term', term: 'spring', part: 'half-term', date: '2025-02-14' });
    expect(deadlineOf('Tom will read 20 words by the end of the Summer term.', context)).toEqual({ kind: 'term', term: 'summer', part: 'end', date: '2025-07-22' });
  });
});

describe('checkSmartTarget: specific, measurable', () => {
  it.each(['Jordan will improve behaviour.', 'Ayesha will be more confident in maths.', 'Harper to try harder in class.', 'Jamal will engage more with his learning.', 'Kamal will respect all adults.'])(
    'flags the vague aim "%s" as not specific (Barnet section 5 examples)',
    (text) => {
      expect(checkSmartTarget(text, MEETING).specific.met).toBe(false);
    },
  );

  it.each(['Sam (Year 7) will work on his reading.', 'Work on Unit 10 of the course.', 'Work through KS2 revision.', 'Sam will work on chapter 9.', 'Revise for his GCSE.'])('does not count a number that names something as a measure: "%s"', (text) => {
    expect(checkSmartTarget(text, MEETING).measurable.met).toBe(false);
  });

  it.each([
    ['a proportion', 'Scarlett will feed herself on 4 out of 5 days.', 'feed herself on 4 out of 5 days'],
    ['a percentage', 'Sean will attend college 90% of the time (currently 71%).', '90% of the time'],
    ['a limit', 'Ellis will have 0 lates to registration.', '0 lates to registration'],
    ['a grade', 'Ruby-Mae will get a grade 6 or above in her Spanish mock.', '6 or above in'],
    ['a frequency', 'Charlie will join a lunchtime club at least once a week.', 'once'],
    ['a one-off event', 'Chloe will submit her UCAS application for Midwifery.', 'submit her UCAS application for'],
    ['a can-do skill', 'Bobby will tie his own shoelaces.', 'tie his own shoelaces'],
  ])('finds %s as the measure', (_why, text, evidence) => {
    const r = checkSmartTarget(text, MEETING);
    expect(r.measurable.met).toBe(true);
    expect(r.measurable.evidence).toContain(evidence);
  });

  it('does not count a baseline without a target figure, and explains comparatives', () => {
    const r = checkSmartTarget('Aaliyah will improve her attendance (currently 85%).', MEETING);
    expect(r.measurable).toEqual({
      met: false,
      confidence: 'high',
      evidence: ['improve her'],
      advice:
        "Say how success will be measured: a number, percentage, grade, frequency (e.g. '4 out of 5 days') or a one-off event (e.g. 'submit the application'), with a target figure, not only a baseline. Words like 'more', 'fewer' or 'improve' need a figure: say how many, how often or to what level.",
    });
    expect(r.specific.met).toBe(true); // attendance is a concrete behaviour
  });

  it('does not take adult provision for a child outcome', () => {
    expect(checkSmartTarget('Key person will model language during play.', MEETING).specific.met).toBe(false);
    expect(checkSmartTarget('Mohammed will attend Lego therapy.', MEETING).specific.met).toBe(false);
  });

  it('reads a Halton target table row: the expected outcome carries the measure and the timescale cell the deadline', () => {
    // seed 003 Appendix B, KS2 row (timescale 28/02/2019).
    const r = checkSmartTarget(
      {
        text: 'To be able to recognise her name in written form.',
        actions: "Gracie to play games to support this. Gracie to have a name card as a place setting at the dinner table.",
        responsible: 'Gracie Class teacher Foster carers',
        deadline: '27/05/2020',
        expectedOutcome: "Gracie will be able to pick out her name from a group of other names beginning with a 'G'.",
      },
      MEETING,
    );
    expect([r.specific.met, r.measurable.met, r.timeBound.met, r.deadline]).toEqual([true, true, true, { kind: 'date', date: '2020-05-27' }]);
    expect(r.findings).toEqual([
      { code: 'SMART-DEADLINE-PAST', severity: 'warning', message: 'The deadline is before the meeting date (perhaps copied from an earlier PEP).', path: ['deadline'], source: HALTON },
    ]);
  });

  it('reads "Ongoing" in the timescale cell as vague', () => {
    expect(codes({ text: 'Noah will use 10 Makaton signs at nursery.', deadline: 'Ongoing' })).toEqual(['SMART-DEADLINE-VAGUE']);
  });
});

describe('checkSmartTarget: rating (Halton Appendix C: 5/5 outstanding, 4/5 good, below requires improvement)', () => {
  const pep = {
    phase: 'school-age',
    meeting: { date: '2025-01-15' },
    attendance: { percentage: 84 },
    sdq: [{ informant: 'parent', completedOn: '2024-12-01', totalDifficulties: 21 }],
    ppPlus: { requests: [{ targetIds: ['t2'], description: 'Tuition', amount: 300 }] },
    targets: [],
  } as unknown as Pep;

  it('rates a SMART attendance target for a child below 90% attendance outstanding (5/5)', () => {
    const r = checkSmartTarget({ text: 'Skye will attend school every day over the next 4 weeks.', area: 'attendance' }, { pep, policy: policies.england });
    expect([r.score, r.outOf, r.rating]).toEqual([5, 5, 'outstanding']);
    expect(r.relevant.evidence).toEqual(['attendance 84% is below the policy threshold of 90%']);
  });

  it('rates 4/5 good when one criterion is missed', () => {
    const r = checkSmartTarget({ text: 'Skye will attend school every day.', area: 'attendance' }, { pep });
    expect([r.score, r.outOf, r.rating, r.timeBound.met]).toEqual([4, 5, 'good', false]);
  });

  it('links a SEMH target to an SDQ of 21 (parent, very high) and rates an unmeasured, untimed one requires improvement', () => {
    const r = checkSmartTarget({ text: 'Dan will manage his emotions better.', area: 'semh' }, { pep });
    expect(r.relevant).toEqual({ met: true, confidence: 'high', evidence: ['latest SDQ total difficulties 21 is high or very high (parent four-band, 17+)'] });
    expect([r.score, r.rating]).toEqual([2, 'requires-improvement']);
  });

  it('finds a target relevant when a PP+ request names its id', () => {
    const r = checkSmartTarget({ id: 't2', text: 'Tom will learn to play the guitar.', area: 'other' }, { pep });
    expect(r.relevant.met).toBe(true);
    expect(r.relevant.evidence).toContain('a PP+ request is linked to this target');
  });

  it('finds a target in an area with no identified need not relevant', () => {
    const calm = { ...pep, attendance: { percentage: 98 }, sdq: [] } as unknown as Pep;
    const r = checkSmartTarget({ text: 'Skye will attend school every day by Easter.', area: 'attendance' }, { pep: calm });
    expect(r.relevant.met).toBe(false);
    expect(r.findings.map((f) => f.code)).toEqual(['SMART-NOT-RELEVANT']);
  });

  it('finds three grades in eight weeks not achievable (one grade a term allowed)', () => {
    const r = checkSmartTarget({ text: 'Kyle will get a grade 6 in his Maths mock by 12/03/2025 (currently grade 3).', area: 'academic' }, { pep });
    expect(r.achievable).toEqual({ met: false, confidence: 'high', evidence: ['grade 3 to 6 in 56 days'], advice: 'The step from the baseline to the target is large for the time allowed: set a nearer step for this review.' });
  });

  it('leaves achievable and relevant unjudged without the PEP, and rates on the three judged criteria', () => {
    const r = checkSmartTarget('Tom will read 20 words by Easter.', MEETING);
    expect([r.achievable.met, r.relevant.met, r.score, r.outOf, r.rating]).toEqual([null, null, 3, 3, 'outstanding']);
  });
});

describe('checkSmartTarget: bad input never throws', () => {
  it.each<[string, unknown, string[]]>([
    ['undefined', undefined, ['SMART-INPUT-INVALID']],
    ['a number', 42, ['SMART-INPUT-INVALID']],
    ['an array', ['Tom will read'], ['SMART-INPUT-INVALID']],
    ['an object with a numeric text', { text: 7 }, ['SMART-INPUT-INVALID']],
    ['an empty string', '', ['SMART-TEXT-EMPTY']],
    ['whitespace', ' \n\t ', ['SMART-TEXT-EMPTY']],
    ['an empty HTML template', '<p>&nbsp;</p>', ['SMART-TEXT-EMPTY']],
    ['emoji only', '😊😊😊', ['SMART-TEXT-EMPTY']],
    ['N/A', 'N/A', ['SMART-TEXT-PLACEHOLDER']],
    ['a reference to the last PEP', 'As per last PEP.', ['SMART-TEXT-PLACEHOLDER']],
    ['a repeated phrase', 'improve behaviour '.repeat(300), ['SMART-TEXT-REPETITIVE']],
  ])('%s gives a report with the right finding', (_why, input, expected) => {
    const r = checkSmartTarget(input as string, MEETING);
    expect(r.findings.map((f) => f.code)).toEqual(expected);
    expect([r.specific.met, r.measurable.met, r.timeBound.met, r.deadline, r.rating]).toEqual([false, false, false, null, 'requires-improvement']);
  });

  it('reports the invalid input with its path', () => {
    expect(checkSmartTarget({ text: 7 } as never).findings).toEqual([
      { code: 'SMART-INPUT-INVALID', severity: 'error', message: 'The target has no text, or its text is not a string.', path: ['text'] },
    ]);
  });

  it('analyses a target wrapped in HTML', () => {
    expect(deadlineOf('<ul><li>Ella will read 10 tricky words by Easter</li></ul>')).toEqual({ kind: 'date', date: '2025-04-20' });
  });

  it('reports a malformed context and carries on with what is usable', () => {
    const r = checkSmartTarget('Tom will read 20 words by Easter.', { meetingDate: '15/01/2025' } as SmartContext);
    expect(r.findings.map((f) => [f.code, f.path])).toEqual([
      ['SMART-CONTEXT-INVALID', ['meetingDate']],
      ['SMART-DEADLINE-UNRESOLVED', []],
    ]);
  });

  it('never puts the target text in a message (free text may hold personal data)', () => {
    const text = 'Zainab Okonkwo-Smith will improve her behaviour at Greenfield Academy soonish';
    const r = checkSmartTarget(text, MEETING);
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) for (const word of ['Zainab', 'Okonkwo', 'Greenfield', 'soonish']) expect(f.message).not.toContain(word);
  });
});
