/**
 * The skeleton of each bundled cohort record: id, phase, kind, core, the child (id, names, date of
 * birth, entered care), the meeting date and the next meeting date where there is one. These fields
 * are what examples/ssda903 (the synthetic roster of the same children) was written from, so they
 * must never change. `legacyCohort` below is the first cohort generator, kept verbatim so that its
 * seeded stream is replayed draw for draw; `skeletons` keeps only the fixed fields of its records.
 * The content is filled from a separate stream (scripts/examples/cohortContent.ts).
 */

/** mulberry32: a small, fast, seeded PRNG (public-domain algorithm). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fixed part of one cohort record. */
export interface Skeleton {
  index: number;
  id: string;
  phase: 'early-years' | 'school-age' | 'post-16';
  kind: 'termly' | 'review' | 'placement-change';
  core: boolean;
  meetingDate: string;
  nextMeetingDate: string | null;
  child: { id: string; forename: string; surname: string; dateOfBirth: string; enteredCare: string };
}

const FORENAMES = ['Arlo', 'Bea', 'Cass', 'Dev', 'Elin', 'Finn', 'Gus', 'Hana', 'Ivo', 'Juno', 'Kit', 'Lyra', 'Milo', 'Nell', 'Otto', 'Pia'];
const SURNAMES = ['Fictor', 'Madeup', 'Notreal', 'Imagino', 'Samplewell', 'Testbury', 'Demoford', 'Pretendo'];
const SCHOOLS = ['Hollowbrook Primary', 'Eastmere Academy', 'St Example CE Primary', 'Northgate High', 'Riverside College', 'Willowfield Nursery'];
const SMART_ACADEMIC = [
  'will spell 20 of the Year {y} common exception words correctly in a weekly test by the end of the spring term.',
  'will score 60% or more on the end of unit fractions assessment by 28th March 2025.',
  'will write a paragraph of 5 sentences using capital letters and full stops correctly in 4 out of 5 pieces of work by Easter.',
  'will read 3 times a week at home, recorded in the reading diary, and move up one book band by the next PEP.',
];
const SMART_PERSONAL = [
  'will arrive at school before 8:45 on at least 9 out of 10 days by the end of the spring term.',
  'will use the agreed time-out card instead of leaving the room on 4 out of 5 occasions by the next PEP.',
  'will attend lunchtime chess club every Tuesday and take part in 6 sessions by 4th April 2025.',
];
const VAGUE = ['Improve behaviour.', 'Be more confident in class.', 'Engage more with learning.', 'Try harder.', 'Work on reading.'];
const VIEWS = ['Likes art and PE.', 'Finds maths hard but wants to get better.', 'Happy with friends; wants more help with reading.'];
const DAY_MS = 86_400_000;
const MEETINGS = ['2024-10-09', '2024-11-13', '2025-01-15', '2025-02-05', '2025-03-12', '2025-05-14', '2025-06-18'];

function legacyCohort(count: number, seed: number): Record<string, any>[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const chance = (p: number) => rand() < p;
  const pad = (n: number) => String(n).padStart(2, '0');
  const peps: Record<string, any>[] = [];
  for (let i = 1; i <= count; i++) {
    const quality = rand(); // 0 = poor … 1 = good
    const phaseRoll = rand();
    const phase = phaseRoll < 0.15 ? 'early-years' : phaseRoll < 0.85 ? 'school-age' : 'post-16';
    const birthYear = phase === 'early-years' ? 2021 : phase === 'post-16' ? 2008 : 2010 + Math.floor(rand() * 9);
    const dateOfBirth = `${birthYear}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
    const meetingDate = pick(MEETINGS);
    // Entered care after birth and at least a month before the meeting.
    const born = Date.UTC(birthYear, Number(dateOfBirth.slice(5, 7)) - 1, Number(dateOfBirth.slice(8, 10)));
    const latest = Date.UTC(Number(meetingDate.slice(0, 4)), Number(meetingDate.slice(5, 7)) - 1, Number(meetingDate.slice(8, 10))) - 31 * DAY_MS;
    const earliest = Math.max(born + 30 * DAY_MS, Date.UTC(2015, 0, 1));
    const enteredCare = new Date(earliest + Math.floor(rand() * Math.max(1, (latest - earliest) / DAY_MS)) * DAY_MS).toISOString().slice(0, 10);
    const forename = pick(FORENAMES);
    const good = quality > 0.45;
    const targets: Record<string, unknown>[] = [];
    const targetCount = good ? 3 : 1 + Math.floor(rand() * 2);
    for (let t = 1; t <= targetCount; t++) {
      const academic = t === 1 || (t === 2 && chance(0.5));
      const text = good || chance(0.3)
        ? `${forename} ${pick(academic ? SMART_ACADEMIC : SMART_PERSONAL).replace('{y}', String(3 + (i % 3)))}`
        : pick(VAGUE);
      const target: Record<string, unknown> = { id: `t${t}`, area: academic ? 'academic' : pick(['semh', 'attendance', 'independence']), text };
      if (good) target.responsible = pick(['Class teacher', 'Designated teacher', 'Key worker and carer']);
      targets.push(target);
    }
    const pep: Record<string, unknown> = {
      schemaVersion: 1,
      id: `cohort-${String(i).padStart(4, '0')}`,
      phase,
      kind: chance(0.85) ? 'termly' : pick(['review', 'placement-change']),
      core: chance(0.67),
      meeting: { date: meetingDate, ...(quality > 0.25 ? { time: '10:00', venue: pick(SCHOOLS) } : {}) },
      attendees: [
        { role: 'designated-teacher', attended: true, ...(good ? { name: 'Fictional Teacher' } : {}) },
        { role: 'social-worker', attended: quality > 0.2, ...(good ? { name: 'Fictional Worker' } : {}) },
        ...(quality > 0.35 ? [{ role: 'carer', attended: true }] : []),
        ...(quality > 0.3 ? [{ role: 'child', attended: chance(0.7), invited: true }] : []),
      ],
      child: {
        id: `child-${String(1000 + i)}`,
        forename,
        surname: pick(SURNAMES),
        dateOfBirth,
        enteredCare,
      },
      education: { setting: { name: pick(SCHOOLS) }, fullTime: chance(0.9) },
      views: quality > 0.3 ? { child: { text: pick(VIEWS) }, ...(good ? { carer: { text: 'Supportive of the plan.' }, socialWorker: { text: 'Placement stable.' } } : {}) } : {},
      targets,
    };
    if (quality > 0.2) {
      pep.nextMeeting = { date: '2025-07-02', ...(quality > 0.4 ? { time: '10:00', venue: 'School' } : {}) };
    }
    if (phase !== 'early-years' && quality > 0.15) pep.attendance = { percentage: Math.round((78 + rand() * 22) * 10) / 10 };
    if (phase === 'school-age' && quality > 0.35) {
      pep.attainment = [
        { subject: 'Reading', current: 'working towards', target: 'expected', progress: pick(['below', 'in-line']) },
        { subject: 'Maths', current: 'expected', target: 'expected', progress: pick(['in-line', 'above']) },
      ];
      pep.sdq = [{ informant: 'teacher', completedOn: meetingDate, totalDifficulties: Math.floor(rand() * 30) }];
    }
    if (quality > 0.6) pep.previousTargets = [{ id: 'p1', text: 'Previous target.', outcome: pick(['achieved', 'partly-achieved', 'not-achieved']) }];
    if (phase === 'school-age' && chance(0.6)) {
      const amount = pick([300, 450, 600, 900, 1200]);
      pep.ppPlus = {
        eligible: true,
        requests: [
          {
            targetIds: good ? ['t1'] : [],
            description: 'Small-group tuition',
            amount,
            ...(good ? { breakdown: [{ item: 'Tuition sessions', quantity: amount / 30, unitCost: 30, amount }] } : {}),
          },
        ],
      };
    }
    if (good) pep.signOff = { submitted: meetingDate };
    peps.push(pep);
  }
  return peps;
}

/**
 * The skeletons of the cohort's records, exactly as the first generator wrote them for this seed.
 * @example
 * skeletons(60, 20250115)[0].child.id // 'child-1001'
 */
export function skeletons(count: number, seed: number): Skeleton[] {
  return legacyCohort(count, seed).map((r, i) => ({
    index: i + 1,
    id: r.id,
    phase: r.phase,
    kind: r.kind,
    core: r.core,
    meetingDate: r.meeting.date,
    nextMeetingDate: r.nextMeeting?.date ?? null,
    child: {
      id: r.child.id,
      forename: r.child.forename,
      surname: r.child.surname,
      dateOfBirth: r.child.dateOfBirth,
      enteredCare: r.child.enteredCare,
    },
  }));
}
