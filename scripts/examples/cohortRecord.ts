/**
 * One bundled cohort record: a fixed skeleton (cohortSkeleton.ts) dressed in content of its quality
 * tier (cohortContent.ts). Also decides each record's tier and faults from the content stream.
 */
import { addDays, contentStream, dates, setting, targets, termOf, yearGroup, type Draw, type Fault, type Tier } from './cohortContent';
import type { Skeleton } from './cohortSkeleton';

type Rec = Record<string, unknown>;

const ADULTS = {
  'designated-teacher': ['Ms Orla Pennant', 'Mr Hari Lowther', 'Mrs Bea Castellan', 'Mr Tomas Greave'],
  'social-worker': ['Mr Idris Fenwick', 'Ms Ada Roscoe', 'Ms Nia Halloway'],
  carer: ['Mrs Dana Quill', 'Mr and Mrs Tarrant', 'Ms Effie Brannock', 'Mr Lew Ashdown'],
  'virtual-school': ['Mr Tobias Wren', 'Ms Kezia Moor'],
} as const;

const CHILD_VIEWS = [
  'I like science and football club. I find reading out loud hard. I want to be a vet.',
  'I like art and PE best. Maths is hard but I want to get better at it. My friends help me at lunch.',
  'I am happy with my friends. I want more help with reading and I would like to join the drama club.',
  'I like my teacher and the calm corner. Mornings are hard after contact. I want to be a chef.',
];
const HOW_GATHERED = [
  'Talked with the designated teacher before the meeting using the "my views" sheet.',
  'Wrote their own views on the pupil voice form with their key adult.',
  'Shared views with the social worker on a visit the week before the meeting.',
];
const ASPIRATIONS = ['To be a vet; enjoys science and animals.', 'To be a chef and to cook for the family at weekends.', 'To play football for a team and to be a PE teacher.', 'To go to college to study art and design.'];

/** The faults of each tier: amber records carry one or two (mostly warnings), red ones several. */
const AMBER_FAULTS: readonly Fault[] = [
  'carer-views-missing', 'social-worker-views-missing', 'dt-views-missing', 'vague-target',
  'how-gathered-missing', 'previous-targets-missing',
];
/**
 * Faults that leave the england grade as it is: a late submission and an SDQ concern with no SEMH
 * target (only some councils' policies look for them), the meeting's time and venue, attendance
 * below 90% (warnings outside the grid).
 */
const SIDE_FAULTS: readonly Fault[] = ['late-submission', 'sdq-concern-no-semh-target', 'meeting-details-missing', 'low-attendance'];
const AMBER_INVALID_FAULTS: readonly Fault[] = ['ppplus-unlinked', 'child-views-missing'];
const RED_FAULTS: readonly Fault[] = [
  'vague-target', 'child-views-missing', 'carer-views-missing', 'social-worker-views-missing', 'ppplus-unlinked',
  'sdq-concern-no-semh-target', 'low-attendance', 'late-submission', 'attendance-missing', 'previous-targets-missing',
  'attainment-missing', 'how-gathered-missing',
];

const SHARES: readonly [Tier, number][] = [['gold', 0.1875], ['green', 0.4375], ['amber', 0.375]];
const PHASE_ORDER = ['early-years', 'school-age', 'post-16'];

/**
 * Tiers in the documented proportions: of the records with a next meeting, 3 in 16 gold, 7 in 16
 * green and 6 in 16 amber (9, 21 and 18 of 48), spread evenly over each phase (the records are taken
 * phase by phase in a shuffled order and each gets the tier furthest behind its share); the records
 * with no next meeting are red (12 of 60).
 */
export function assignTiers(skels: readonly Skeleton[], rand: () => number): Tier[] {
  const keys = skels.map(() => rand());
  const planned = skels
    .map((_s, i) => i)
    .filter((i) => (skels[i] as Skeleton).nextMeetingDate !== null)
    .sort((a, b) => PHASE_ORDER.indexOf((skels[a] as Skeleton).phase) - PHASE_ORDER.indexOf((skels[b] as Skeleton).phase) || (keys[a] as number) - (keys[b] as number));
  const given = new Map<Tier, number>();
  const tiers: Tier[] = skels.map(() => 'red');
  planned.forEach((i, k) => {
    let best: Tier = 'amber';
    let gap = -Infinity;
    for (const [tier, share] of SHARES) {
      const behind = (k + 1) * share - (given.get(tier) ?? 0);
      if (behind > gap + 1e-9) [best, gap] = [tier, behind];
    }
    given.set(best, (given.get(best) ?? 0) + 1);
    tiers[i] = best;
  });
  return tiers;
}

function chooseFaults(tier: Tier, d: Pick<Draw, 'rand' | 'pick'>): Set<Fault> {
  const out = new Set<Fault>();
  if (tier === 'amber') {
    out.add(d.rand() < 0.12 ? d.pick(AMBER_INVALID_FAULTS) : d.pick(AMBER_FAULTS));
    if (d.rand() < 0.3) out.add(d.pick(AMBER_FAULTS));
  }
  if (tier === 'amber' || tier === 'green') {
    if (d.rand() < (tier === 'amber' ? 0.4 : 0.15)) out.add(d.pick(SIDE_FAULTS));
  }
  if (tier === 'red') {
    out.add('child-not-invited');
    out.add('next-meeting-details-missing');
    const more = 3 + Math.floor(d.rand() * 3);
    while (out.size < 2 + more) out.add(d.pick(RED_FAULTS));
  }
  return out;
}

function attendees(d: Draw): Rec[] {
  const named = (role: keyof typeof ADULTS): Rec => ({ name: d.pick(ADULTS[role]), role, attended: true, invited: true });
  const list: Rec[] = [named('designated-teacher'), named('social-worker')];
  if (d.tier === 'red') {
    for (const a of list) delete a.name;
    return list;
  }
  list.push(named('carer'));
  const { forename, surname } = d.skel.child;
  if (!d.faults.has('child-not-invited')) list.push({ name: `${forename} ${surname}`, role: 'child', attended: d.rand() < 0.85, invited: true });
  if (d.rand() < 0.4) list.push(named('virtual-school'));
  return list;
}

function views(d: Draw): Rec {
  const v: Rec = {};
  if (!d.faults.has('child-views-missing')) {
    v.child = { text: d.pick(CHILD_VIEWS), ...(d.faults.has('how-gathered-missing') ? {} : { howGathered: d.pick(HOW_GATHERED) }) };
  }
  if (!d.faults.has('carer-views-missing')) v.carer = { text: 'Settled at home and keen on school; we read together most evenings and would like ideas for spelling practice.' };
  if (!d.faults.has('social-worker-views-missing')) v.socialWorker = { text: 'Placement is stable and the plan for permanence is on track. Contact arrangements are unchanged.' };
  if (!d.faults.has('dt-views-missing') && d.tier !== 'red') v.designatedTeacher = { text: 'Settled and well liked by peers. The main barrier is confidence in core subjects; catch-up sessions are helping.' };
  return v;
}

function attainment(d: Draw): Rec[] | undefined {
  if (d.faults.has('attainment-missing')) return undefined;
  let first = true;
  const row = (subject: string, current: string, target: string): Rec => {
    // The first subject is behind: the need the academic targets answer.
    const progress = first ? 'below' : d.pick(['below', 'in-line', 'in-line', 'above']);
    first = false;
    return { subject, current, target, progress };
  };
  if (d.skel.phase === 'early-years') {
    return [row('Communication and language', 'emerging', 'developing'), row('Personal, social and emotional development', 'developing', 'secure'), row('Physical development', 'secure', 'secure')];
  }
  if (d.skel.phase === 'post-16') return [row('Level 3 course (Unit 1)', 'Merit', 'Distinction'), row('GCSE English resit', '3', '4')];
  if (Number(yearGroup(d.skel.child.dateOfBirth)) >= 7) return [row('English', '4', '5'), row('Maths', '4', '5'), row('Science', '5', '5')];
  return [row('Reading', 'working towards', 'expected'), row('Writing', 'working towards', 'expected'), row('Maths', 'expected', 'expected')];
}

function ppPlus(d: Draw, targetList: readonly Rec[]): Rec | undefined {
  // PP+ is requested at a core PEP (Milton Keynes asks for it there only); a red record may ask at any PEP.
  if (d.skel.phase !== 'school-age' || (!d.skel.core && d.tier !== 'red')) return undefined;
  // A school often waits for the missing carer or social worker view before asking (Halton withholds PP+ without them).
  const voiceMissing = d.faults.has('carer-views-missing') || d.faults.has('social-worker-views-missing');
  if (d.tier === 'amber' && voiceMissing && d.rand() < 0.6) return undefined;
  const quantity = d.pick([10, 15, 20, 30]);
  const unitCost = d.pick([15, 25, 30]);
  const linked = d.faults.has('ppplus-unlinked') ? [] : ['t1'];
  const request: Rec = { targetIds: linked, description: `Small-group tuition, ${quantity} sessions`, category: 'tuition', amount: quantity * unitCost };
  if (d.tier !== 'red') request.breakdown = [{ item: 'Tuition session', quantity, unitCost, amount: quantity * unitCost }];
  const requests = [request];
  const semh = targetList.find((t) => t.area === 'semh' && typeof t.actions === 'string');
  if (semh && d.rand() < 0.5) {
    requests.push({ targetIds: [semh.id as string], description: 'ELSA sessions, weekly for 10 weeks', category: 'semh-support', amount: 300, breakdown: [{ item: 'ELSA session', quantity: 10, unitCost: 30, amount: 300 }] });
  }
  return { eligible: true, requests };
}

function phaseSections(d: Draw, pep: Rec): void {
  if (d.skel.phase === 'early-years') {
    pep.earlyYears = { fundedHoursPerWeek: 15, eypp: true, keyPerson: true, learningAndDevelopment: 'Communication and language is the prime area for focus.' };
  }
  if (d.skel.phase === 'post-16') {
    pep.post16 = { destination: 'education', course: 'Level 3 course at college', bursary: true, careersGuidance: true, pathwayPlan: true };
  }
  const year = yearGroup(d.skel.child.dateOfBirth);
  if ((year === '6' || year === '11') && termOf(d.skel.meetingDate).term !== 'autumn') {
    pep.transition = { nextSetting: year === '6' ? 'Eastmere Academy' : 'Riverside College', plan: 'Two extra visits to the new setting with a key adult; records passed on at the end of term.' };
  }
}

function semhAndSdq(d: Draw, pep: Rec, on: ReturnType<typeof dates>, targetList: readonly Rec[]): void {
  const hasSemhTarget = targetList.some((t) => t.area === 'semh');
  pep.semh = {
    needs: hasSemhTarget || d.faults.has('sdq-concern-no-semh-target') ? 'Finds transitions and unstructured times hard; can become withdrawn after contact.' : 'No current SEMH needs beyond those of any child in care; monitored through the SDQ.',
    interventions: [{ description: hasSemhTarget ? 'Weekly ELSA session' : 'Morning check-in with a key adult' }],
  };
  if (d.skel.phase === 'early-years') return;
  const concern = d.faults.has('sdq-concern-no-semh-target') || (hasSemhTarget && d.rand() < 0.5);
  const total = concern ? 17 + Math.floor(d.rand() * 8) : 4 + Math.floor(d.rand() * 9);
  pep.sdq = [{ informant: 'parent', completedOn: on.sdq, totalDifficulties: total }];
}

/** The record's content around its skeleton, in the key order of the hand-written examples. */
export function buildRecord(d: Draw): Rec {
  const { skel } = d;
  const on = dates(d);
  const targetList = targets(d);
  const plain = d.faults.has('meeting-details-missing') || d.tier === 'red';
  const pep: Rec = {
    schemaVersion: 1,
    id: skel.id,
    phase: skel.phase,
    kind: skel.kind,
    core: skel.core,
    term: { academicYear: '2024/25', term: termOf(skel.meetingDate).term },
    meeting: { date: skel.meetingDate, ...(plain ? {} : { time: d.pick(['09:30', '10:00', '13:30', '15:30']), venue: 'School meeting room', format: 'in-person' }) },
  };
  if (skel.nextMeetingDate !== null) {
    pep.nextMeeting = { date: skel.nextMeetingDate, ...(d.faults.has('next-meeting-details-missing') ? {} : { time: '10:00', venue: 'School meeting room' }) };
  }
  pep.attendees = attendees(d);
  const year = yearGroup(skel.child.dateOfBirth);
  pep.child = { ...skel.child, ...(skel.phase === 'school-age' ? { yearGroup: year } : {}) };
  pep.carePlacement = { type: skel.phase === 'post-16' ? 'supported lodgings' : 'foster care', startDate: skel.child.enteredCare, changedSinceLastPep: skel.kind === 'placement-change' };
  const early = skel.phase === 'early-years';
  pep.education = { setting: { name: setting(d) }, fullTime: !early, ...(early ? { hoursPerWeek: 15 } : {}), alternativeProvision: { inUse: false } };
  if (!d.faults.has('attendance-missing')) {
    const pct = d.faults.has('low-attendance') ? 78 + d.rand() * 10 : 93 + d.rand() * 7;
    pep.attendance = { periodStart: addDays(skel.meetingDate, -70) > skel.child.enteredCare ? addDays(skel.meetingDate, -70) : skel.child.enteredCare, periodEnd: on.attendanceEnd, percentage: Math.round(pct * 10) / 10 };
  }
  pep.exclusions = { suspensions: [], permanent: false };
  pep.sen = early ? { status: 'sen-support', primaryNeed: 'Speech, language and communication needs' } : { status: d.pick(['none', 'none', 'sen-support']) };
  const att = attainment(d);
  if (att) pep.attainment = att;
  semhAndSdq(d, pep, on, targetList);
  phaseSections(d, pep);
  pep.views = views(d);
  if (!d.faults.has('previous-targets-missing')) {
    pep.previousTargets = [
      { id: 'prev-1', text: 'Read 3 times a week at home and record it in the reading diary until the next PEP.', outcome: d.pick(['achieved', 'partly-achieved']), comment: 'Reading diary shows 3 or more sessions most weeks.' },
      { id: 'prev-2', text: 'Attend a lunchtime club every week until the next PEP.', outcome: d.pick(['achieved', 'partly-achieved', 'not-achieved']), comment: 'Club register checked at the meeting.' },
    ];
  }
  pep.targets = targetList;
  const pp = ppPlus(d, targetList);
  if (pp) pep.ppPlus = pp;
  if (d.tier === 'gold' || (d.tier !== 'red' && d.rand() < 0.5)) pep.aspirations = d.pick(ASPIRATIONS);
  if (on.submitted !== null) {
    pep.signOff = { designatedTeacher: { date: on.signed }, socialWorker: { date: on.submitted }, submitted: on.submitted };
  }
  return pep;
}

/**
 * Every record of the cohort, skeletons kept, content from the second stream.
 * @example
 * cohortRecords(skeletons(60, 20250115), 20250115).length // 60
 */
export function cohortRecords(skels: readonly Skeleton[], seed: number): Rec[] {
  const { rand, pick } = contentStream(seed);
  const tiers = assignTiers(skels, rand);
  return skels.map((skel, i) => {
    const tier = tiers[i] as Tier;
    const faults = chooseFaults(tier, { rand, pick });
    return buildRecord({ rand, pick, skel, tier, faults });
  });
}
