/**
 * The content of each bundled cohort record, drawn from its own seeded stream by quality tier, around
 * a fixed skeleton (scripts/examples/cohortSkeleton.ts). Good records are modelled on the hand-written
 * *-good examples (examples/peps); poor ones carry the faults the checks exist to find. Every date in a
 * record follows from its meeting date and is on or before the cohort's "today" (2025-06-30), except
 * the plans (next meeting, target deadlines), which lie ahead as they would in a real PEP.
 * The mix is documented in examples/README.md.
 */
import { prng, type Skeleton } from './cohortSkeleton';

/** A record's quality tier: the grade it is written to earn under the england preset. */
export type Tier = 'gold' | 'green' | 'amber' | 'red';

/** The faults an amber or red record may carry (each one a check the library makes). */
export const FAULTS = [
  'vague-target',
  'child-views-missing',
  'child-not-invited',
  'carer-views-missing',
  'social-worker-views-missing',
  'dt-views-missing',
  'ppplus-unlinked',
  'sdq-concern-no-semh-target',
  'low-attendance',
  'late-submission',
  'attendance-missing',
  'previous-targets-missing',
  'attainment-missing',
  'next-meeting-details-missing',
  'meeting-details-missing',
  'how-gathered-missing',
] as const;
/** One fault. */
export type Fault = (typeof FAULTS)[number];

type Rand = () => number;
type Rec = Record<string, unknown>;

const SCHOOLS_PRIMARY = ['Hollowbrook Primary', 'St Example CE Primary', 'Larkmoor Primary'];
const SCHOOLS_SECONDARY = ['Eastmere Academy', 'Northgate High'];
const NURSERIES = ['Willowfield Nursery', 'Little Fern Pre-school'];
const COLLEGES = ['Riverside College', 'Eastmere Sixth Form'];
const TODAY = '2025-06-30';
const DAY_MS = 86_400_000;

/**
 * `iso` plus `days` (negative to go back), as an ISO date.
 * @example
 * addDays('2025-06-18', 14) // '2025-07-02'
 */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const minIso = (a: string, b: string): string => (a < b ? a : b);
const maxIso = (a: string, b: string): string => (a > b ? a : b);

/** The school term a meeting falls in, and how a plan made at it names the end of that term. */
function termOf(meeting: string): { term: 'autumn' | 'spring' | 'summer'; by: string[] } {
  const month = Number(meeting.slice(5, 7));
  if (month >= 9) return { term: 'autumn', by: ['the end of the autumn term', 'Christmas', 'the next PEP'] };
  if (month <= 3) return { term: 'spring', by: ['the end of the spring term', 'Easter', 'the next PEP'] };
  return { term: 'summer', by: ['the end of the summer term', 'the next PEP'] };
}

/**
 * National curriculum year group in 2024/25 from the date of birth ('R' for Reception, 'N2' and 'N1' below it).
 * @example
 * yearGroup('2015-03-12') // '5'
 */
export function yearGroup(dateOfBirth: string): string {
  const year = Number(dateOfBirth.slice(0, 4));
  const cohortYear = Number(dateOfBirth.slice(5, 7)) >= 9 ? year + 1 : year;
  const n = 2020 - cohortYear;
  if (n >= 1) return String(n);
  return n === 0 ? 'R' : n === -1 ? 'N2' : 'N1';
}

interface TargetTemplate {
  area: string;
  text: string;
  actions: string;
  responsible: string;
  outcome: string;
  baseline: string;
}

const PRIMARY_ACADEMIC: TargetTemplate[] = [
  {
    area: 'academic',
    text: '{n} will read a Year {y} book band text aloud at 90 words per minute with 95% accuracy by {by}.',
    actions: '15 minutes of paired reading with a TA three times a week; reading diary at home.',
    responsible: 'Class teacher and TA; carer at home',
    outcome: 'Reading fluency at 90 words per minute on the termly running record.',
    baseline: '70 words per minute, 88% accuracy on the last running record.',
  },
  {
    area: 'academic',
    text: '{n} will recall the 6, 7 and 8 times tables with 20 out of 25 correct on the weekly quiz by {by}.',
    actions: 'Times tables practice 10 minutes a day; weekly quiz.',
    responsible: 'Class teacher',
    outcome: '20 out of 25 or better on three weekly quizzes in a row.',
    baseline: '12 out of 25 on the last weekly quiz.',
  },
  {
    area: 'academic',
    text: '{n} will write a paragraph of 5 sentences using capital letters and full stops correctly in 4 out of 5 pieces of work by {by}.',
    actions: 'Sentence-level modelling in guided writing twice a week.',
    responsible: 'Class teacher',
    outcome: '4 of 5 marked pieces meet the checklist.',
    baseline: '1 of the last 5 pieces met the checklist.',
  },
];

const SECONDARY_ACADEMIC: TargetTemplate[] = [
  {
    area: 'academic',
    text: '{n} will score 60% or more on the end of unit algebra assessment by attending 2 maths catch-up sessions a week, by {by}.',
    actions: 'Two 30-minute maths catch-up sessions a week with a tutor.',
    responsible: 'Maths teacher and tutor',
    outcome: '60% or more on the end of unit assessment.',
    baseline: '38% on the last end of unit assessment.',
  },
  {
    area: 'academic',
    text: '{n} will hand in 4 out of 5 English homework tasks on time, as logged in the planner, by {by}.',
    actions: 'Homework club on Tuesdays and Thursdays; carer checks the planner on Sundays.',
    responsible: 'English teacher; carer',
    outcome: 'Planner shows 4 of 5 tasks handed in on time.',
    baseline: '2 of the last 5 tasks handed in on time.',
  },
];

const SEMH_TARGET: TargetTemplate = {
  area: 'semh',
  text: '{n} will use the agreed calm card to ask for a 5-minute break, instead of leaving the classroom, on 4 out of 5 occasions by {by}.',
  actions: 'Weekly ELSA session to practise the calm card routine; TA logs each use.',
  responsible: 'ELSA and class TA',
  outcome: 'The log shows the calm card used on at least 4 of 5 occasions.',
  baseline: 'Left the classroom 6 times last half term.',
};

const ATTENDANCE_TARGET: TargetTemplate = {
  area: 'attendance',
  text: '{n} will arrive at school before 8:45 on at least 9 out of 10 days by {by}.',
  actions: 'Carer and school agree a morning routine; key adult greets at the gate.',
  responsible: 'Key worker and carer',
  outcome: 'Register shows arrival before 8:45 on 9 of 10 days.',
  baseline: 'Arrived late on 6 of the last 20 days.',
};

const EARLY_YEARS_TARGETS: TargetTemplate[] = [
  {
    area: 'communication',
    text: '{n} will use 3-word phrases to ask for what they want at snack time on 4 out of 5 days by {by}.',
    actions: 'Key person models 3-word phrases at snack time daily; language activities twice a week.',
    responsible: 'Key person',
    outcome: '3-word phrases on 4 of 5 days in the key person log.',
    baseline: 'Uses 1 to 2 word phrases at snack time.',
  },
  {
    area: 'semh',
    text: '{n} will separate from their carer at the gate and join an activity within 5 minutes on 4 out of 5 mornings by {by}.',
    actions: 'Transition object and a visual timetable at the gate.',
    responsible: 'Key person and carer',
    outcome: 'Settles within 5 minutes on 4 of 5 mornings in the key person log.',
    baseline: 'Settles within 15 minutes on most days.',
  },
  {
    area: 'academic',
    text: '{n} will count objects to 10 correctly in play on 4 out of 5 days by {by}.',
    actions: 'Counting songs and counting in play every day; key person notes each count.',
    responsible: 'Key person',
    outcome: 'Counts to 10 correctly on 4 of 5 days in the key person log.',
    baseline: 'Counts to 5 with help.',
  },
];

const POST16_TARGETS: TargetTemplate[] = [
  {
    area: 'academic',
    text: '{n} will achieve a grade 4 in the GCSE English resit mock by attending 2 tutoring sessions a week, by {by}.',
    actions: 'Two 1:1 English tutoring sessions a week.',
    responsible: 'English tutor; {n}',
    outcome: 'Grade 4 in the mock.',
    baseline: 'Grade 3 in the last mock.',
  },
  {
    area: 'semh',
    text: '{n} will meet the college wellbeing mentor for 30 minutes every week and attend 8 of 10 sessions by {by}.',
    actions: 'Weekly slot with the wellbeing mentor; reminder the day before.',
    responsible: 'Wellbeing mentor; {n}',
    outcome: '8 of 10 sessions attended on the mentor log.',
    baseline: 'No sessions last half term.',
  },
  {
    area: 'post-16',
    text: '{n} will submit 3 apprenticeship applications by {by}.',
    actions: 'Careers adviser meeting; CV workshop.',
    responsible: 'Careers adviser; {n}',
    outcome: '3 applications submitted.',
    baseline: 'CV drafted; no applications yet.',
  },
];

const VAGUE = ['Improve behaviour.', 'Be more confident in class.', 'Engage more with learning.', 'Try harder.', 'Work on reading.'];

/** The context one record's content is drawn in. */
export interface Draw {
  rand: Rand;
  pick: <T>(list: readonly T[]) => T;
  skel: Skeleton;
  tier: Tier;
  faults: ReadonlySet<Fault>;
}

function fill(s: string, d: Draw, by: string): string {
  return s.replaceAll('{n}', d.skel.child.forename).replaceAll('{y}', yearGroup(d.skel.child.dateOfBirth)).replaceAll('{by}', by);
}

/** The three target templates for a record's phase and year group. */
function templates(d: Draw): TargetTemplate[] {
  const { phase } = d.skel;
  if (phase === 'early-years') return EARLY_YEARS_TARGETS;
  if (phase === 'post-16') return POST16_TARGETS;
  const year = Number(yearGroup(d.skel.child.dateOfBirth));
  const academic = year >= 7 ? SECONDARY_ACADEMIC : PRIMARY_ACADEMIC;
  const first = d.pick(academic);
  const second = d.pick(academic.filter((t) => t !== first));
  return [first, second, d.faults.has('low-attendance') ? ATTENDANCE_TARGET : SEMH_TARGET];
}

/** The record's targets: full Halton target tables for gold, one part left out for green, faults for amber and red. */
export function targets(d: Draw): Rec[] {
  const { by } = termOf(d.skel.meetingDate);
  const deadline = d.pick(by);
  const list = templates(d).map((t, i) => {
    const target: Rec = { id: `t${i + 1}`, area: t.area, text: fill(t.text, d, deadline) };
    target.actions = fill(t.actions, d, deadline);
    target.responsible = fill(t.responsible, d, deadline);
    target.deadline = deadline;
    target.expectedOutcome = t.outcome;
    target.baseline = t.baseline;
    return target;
  });
  if (d.tier !== 'gold') {
    // Not every target has a baseline or an expected outcome written down.
    const t = list[1 + Math.floor(d.rand() * (list.length - 1))] as Rec;
    delete t[d.rand() < 0.5 ? 'baseline' : 'expectedOutcome'];
  }
  if (d.faults.has('sdq-concern-no-semh-target')) {
    const i = list.findIndex((t) => t.area === 'semh');
    if (i >= 0) list[i] = { ...(list[i] as Rec), area: 'independence' };
  }
  if (d.faults.has('vague-target')) {
    const count = d.tier === 'red' ? list.length - 1 : 1;
    for (let i = list.length - count; i < list.length; i++) {
      list[i] = { id: `t${i + 1}`, area: (list[i] as Rec).area, text: d.pick(VAGUE) };
    }
  }
  return list;
}

/** Dates of the record's facts, each consistent with its meeting date and never after today. */
export function dates(d: Draw): { sdq: string; attendanceEnd: string; signed: string; submitted: string | null } {
  const m = d.skel.meetingDate;
  const sdq = maxIso(addDays(m, -7 - Math.floor(d.rand() * 21)), addDays(d.skel.child.enteredCare, 1));
  const attendanceEnd = addDays(m, -3 - Math.floor(d.rand() * 4));
  const signed = minIso(addDays(m, 1 + Math.floor(d.rand() * 4)), TODAY);
  let submitted: string | null = minIso(addDays(m, 2 + Math.floor(d.rand() * 5)), TODAY);
  if (d.faults.has('late-submission')) {
    const late = addDays(m, 35 + Math.floor(d.rand() * 20));
    submitted = late <= TODAY ? late : null;
  }
  return { sdq, attendanceEnd, signed, submitted };
}

/** The settings a child of this phase and year group attends. */
export function setting(d: Draw): string {
  if (d.skel.phase === 'early-years') return d.pick(NURSERIES);
  if (d.skel.phase === 'post-16') return d.pick(COLLEGES);
  return d.pick(Number(yearGroup(d.skel.child.dateOfBirth)) >= 7 ? SCHOOLS_SECONDARY : SCHOOLS_PRIMARY);
}

/**
 * A separate stream for the content, so that the skeleton's stream is never disturbed.
 * @example
 * const { rand, pick } = contentStream(20250115);
 * pick(['a', 'b']); rand();
 */
export function contentStream(seed: number): { rand: Rand; pick: <T>(list: readonly T[]) => T } {
  const rand = prng((seed ^ 0x5eed_c0de) >>> 0);
  return { rand, pick: <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T };
}

export { termOf };
