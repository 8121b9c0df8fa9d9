/**
 * The six hand-written example PEPs (a good and a poor one per phase). Every person, school and
 * detail is fictional. Written as data so `scripts/generate-examples.ts` can write them out and
 * the cohort generator can reuse them as templates.
 */

type Item = 0 | 1 | 2 | null;
const teacherSdq = (items: Item[], completedOn: string) => ({ informant: 'teacher', completedOn, items });

export const schoolAgeGood = {
  schemaVersion: 1,
  id: 'example-school-age-good',
  phase: 'school-age',
  kind: 'termly',
  core: true,
  term: { academicYear: '2024/25', term: 'spring' },
  meeting: { date: '2025-01-15', time: '13:30', venue: 'Larkfield Primary School, meeting room 2', format: 'in-person' },
  nextMeeting: { date: '2025-04-30', time: '13:30', venue: 'Larkfield Primary School, meeting room 2' },
  attendees: [
    { name: 'Ms Orla Pennant', role: 'designated-teacher', attended: true, invited: true },
    { name: 'Mr Idris Fenwick', role: 'social-worker', attended: true, invited: true },
    { name: 'Mrs Dana Quill', role: 'carer', attended: true, invited: true },
    { name: 'Jaylen Examplefield', role: 'child', attended: true, invited: true },
    { name: 'Mr Tobias Wren', role: 'virtual-school', attended: true, invited: true },
  ],
  child: {
    id: 'child-0001',
    upn: 'A123456789012',
    forename: 'Jaylen',
    surname: 'Examplefield',
    dateOfBirth: '2015-03-12',
    yearGroup: '4',
    legalStatus: 'C2',
    enteredCare: '2022-06-01',
    uasc: false,
  },
  carePlacement: { type: 'foster care (long-term)', startDate: '2022-07-15', outOfArea: false, changedSinceLastPep: false },
  education: {
    setting: { name: 'Larkfield Primary School', urn: '100001', type: 'community primary', ofsted: 'good', outOfArea: false },
    startDate: '2022-09-05',
    fullTime: true,
    alternativeProvision: { inUse: false },
    changedSinceLastPep: false,
  },
  attendance: { periodStart: '2024-09-04', periodEnd: '2025-01-10', percentage: 96.4, sessionsPossible: 138, unauthorisedSessions: 1, codeBSessions: 0 },
  exclusions: { suspensions: [], permanent: false },
  sen: { status: 'sen-support', primaryNeed: 'SEMH' },
  attainment: [
    { subject: 'Reading', current: 'working towards', target: 'expected', progress: 'below' },
    { subject: 'Writing', current: 'working towards', target: 'expected', progress: 'in-line' },
    { subject: 'Maths', current: 'expected', target: 'expected', progress: 'in-line' },
  ],
  sdq: [teacherSdq([1, 0, 1, 1, 2, 1, 0, 2, 1, 1, 0, 1, 1, 1, 2, 1, 0, 1, 0, 1, 2, 1, 0, 1, 2], '2025-01-06')],
  semh: {
    needs: 'Finds transitions between lessons and unstructured times hard; can become withdrawn after contact weekends.',
    interventions: [{ description: 'Weekly ELSA session (Thursday, 30 minutes)' }, { description: 'Morning check-in with class TA' }],
  },
  views: {
    child: {
      text: 'I like science and football club. I find reading out loud hard. I want to be a vet.',
      howGathered: 'Talked with the DT before the meeting using the "my views" sheet.',
    },
    carer: { text: 'Reading at home has improved; bedtime reading most nights. Would like help with spelling practice at home.' },
    socialWorker: { text: 'Placement is stable and long-term. Contact arrangements unchanged. Supportive of ELSA continuing.' },
    designatedTeacher: { text: 'Settled and well liked. Reading fluency is the main barrier; phonics catch-up has helped.' },
  },
  previousTargets: [
    {
      id: 'prev-1',
      text: 'Read 3 times a week at home and record it in the reading diary until the spring PEP.',
      outcome: 'achieved',
      progressScale: 5,
      comment: 'Reading diary shows 4 sessions most weeks.',
    },
    {
      id: 'prev-2',
      text: 'Know the 3, 4 and 8 times tables by the end of autumn term.',
      outcome: 'partly-achieved',
      progressScale: 3,
      comment: '3 and 4 secure; 8 in progress.',
    },
    { id: 'prev-3', text: 'Attend football club every Wednesday in the autumn term.', outcome: 'achieved', progressScale: 5 },
  ],
  targets: [
    {
      id: 't1',
      area: 'academic',
      text: 'Jaylen will read a Year 4 book band text aloud at 90 words per minute with 95% accuracy by the end of the spring term.',
      actions: '15 minutes of paired reading with a TA three times a week; reading diary at home.',
      responsible: 'Class teacher and TA; carer at home',
      deadline: '2025-04-04',
      expectedOutcome: 'Reading fluency at 90 wpm on the termly running record.',
      baseline: '68 words per minute, 88% accuracy (running record, January 2025).',
    },
    {
      id: 't2',
      area: 'academic',
      text: 'Jaylen will recall the 6, 7 and 8 times tables with 20 out of 25 correct on the weekly quiz by Easter.',
      actions: 'TT Rockstars 10 minutes a day; weekly quiz.',
      responsible: 'Class teacher',
      deadline: 'by Easter',
      expectedOutcome: '20/25 or better on three consecutive weekly quizzes.',
      baseline: '12/25 on the 6, 7 and 8 times tables quiz (January 2025).',
    },
    {
      id: 't3',
      area: 'semh',
      text: 'Jaylen will use his calm card to ask for a 5-minute break, instead of leaving the classroom, on 4 out of 5 occasions by the next PEP.',
      actions: 'ELSA to practise the calm card routine weekly; class TA to log uses.',
      responsible: 'ELSA and class TA',
      deadline: 'next PEP',
      expectedOutcome: 'Log shows the calm card used on at least 4 of 5 occasions.',
      baseline: 'Left the classroom 6 times in the autumn term.',
    },
  ],
  ppPlus: {
    eligible: true,
    requests: [
      {
        targetIds: ['t1'],
        description: 'Paired reading with a TA, 3 × 15 minutes a week for 11 weeks',
        category: 'tuition',
        amount: 495,
        breakdown: [{ item: 'TA time, 33 sessions', quantity: 33, unitCost: 15, amount: 495 }],
      },
      {
        targetIds: ['t3'],
        description: 'ELSA sessions, weekly for 11 weeks',
        category: 'semh-support',
        amount: 330,
        breakdown: [{ item: 'ELSA session', quantity: 11, unitCost: 30, amount: 330 }],
      },
    ],
    spendToDate: [{ description: 'Phonics catch-up (autumn)', amount: 600, impact: 'Reading age up 8 months in one term.' }],
  },
  aspirations: 'To be a vet; enjoys science and animals.',
  signOff: { designatedTeacher: { date: '2025-01-17' }, socialWorker: { date: '2025-01-20' }, submitted: '2025-01-20' },
};

export const schoolAgePoor = {
  schemaVersion: 1,
  id: 'example-school-age-poor',
  phase: 'school-age',
  kind: 'termly',
  core: true,
  term: { academicYear: '2024/25', term: 'spring' },
  meeting: { date: '2025-01-22' },
  attendees: [
    { role: 'designated-teacher', attended: true },
    { role: 'social-worker', attended: false },
  ],
  child: {
    id: 'child-0002',
    forename: 'Skye',
    surname: 'Sampleton',
    dateOfBirth: '2011-11-02',
    enteredCare: '2023-02-14',
  },
  education: { setting: { name: 'Ashmoor Academy' } },
  attendance: { percentage: 81.5 },
  sdq: [{ informant: 'teacher', completedOn: '2024-06-10', totalDifficulties: 22 }],
  views: {},
  targets: [
    { id: 't1', area: 'other', text: 'Improve behaviour.' },
    { id: 't2', area: 'academic', text: 'Try harder in maths and be more confident.' },
  ],
  ppPlus: {
    requests: [
      { targetIds: ['t9'], description: 'School uniform', category: 'clothing-uniform', amount: 120 },
      { targetIds: [], description: 'Tuition', amount: 1500 },
    ],
  },
};

export const earlyYearsGood = {
  schemaVersion: 1,
  id: 'example-early-years-good',
  phase: 'early-years',
  kind: 'termly',
  core: true,
  term: { academicYear: '2024/25', term: 'spring' },
  meeting: { date: '2025-02-04', time: '10:00', venue: 'Little Acorns Nursery, parents room', format: 'in-person' },
  nextMeeting: { date: '2025-05-13', time: '10:00', venue: 'Little Acorns Nursery, parents room' },
  attendees: [
    { name: 'Ms Priya Lantern', role: 'designated-teacher', attended: true, invited: true },
    { name: 'Ms Hollis Brae', role: 'social-worker', attended: true, invited: true },
    { name: 'Mr and Mrs Corrie Vale', role: 'carer', attended: true, invited: true },
    { name: 'Mia Testwood', role: 'child', attended: false, invited: true },
    { name: 'Ms Fern Ashby', role: 'virtual-school', attended: true, invited: true },
  ],
  child: {
    id: 'child-0003',
    forename: 'Mia',
    surname: 'Testwood',
    dateOfBirth: '2021-05-20',
    yearGroup: 'N2',
    legalStatus: 'C1',
    enteredCare: '2024-03-11',
  },
  carePlacement: { type: 'foster care', startDate: '2024-03-11', outOfArea: false },
  education: {
    setting: { name: 'Little Acorns Nursery', urn: '200002', type: 'private nursery', ofsted: 'good' },
    startDate: '2024-09-02',
    fullTime: false,
    hoursPerWeek: 15,
  },
  attendance: { periodStart: '2024-09-02', periodEnd: '2025-01-31', percentage: 93.8 },
  sen: { status: 'none' },
  attainment: [
    { subject: 'Communication and language', current: 'emerging', target: 'developing', progress: 'below' },
    { subject: 'Personal, social and emotional development', current: 'developing', target: 'secure', progress: 'in-line' },
    { subject: 'Physical development', current: 'secure', target: 'secure', progress: 'in-line' },
  ],
  semh: {
    needs: 'Separation at drop-off is hard on Mondays.',
    interventions: [{ description: 'Key person meets Mia at the gate with a transition object' }],
  },
  views: {
    child: {
      text: 'Mia points to the sand tray and the bikes when asked what she likes best.',
      howGathered: 'Observation by the key person and a photo choice board.',
    },
    carer: { text: 'Mia is talking more at home, mostly two-word phrases.' },
    socialWorker: { text: 'Care proceedings ongoing; placement stable.' },
    designatedTeacher: { text: 'Key person reports growing confidence with peers at snack time.' },
  },
  previousTargets: [
    {
      id: 'prev-1',
      text: 'Mia will settle with her key person within 10 minutes of drop-off on 4 out of 5 days by half term.',
      outcome: 'partly-achieved',
      progressScale: 3,
    },
  ],
  targets: [
    {
      id: 't1',
      area: 'communication',
      text: 'Mia will use 3-word phrases to ask for what she wants at snack time on 4 out of 5 days by the end of the spring term.',
      actions: 'Key person models 3-word phrases at snack time daily; Wellcomm activities twice a week.',
      responsible: 'Key person',
      deadline: 'end of spring term',
      expectedOutcome: '3-word phrases on 4 of 5 days in the key person log.',
      baseline: 'Uses 1–2 word phrases (Wellcomm screen, January 2025).',
    },
    {
      id: 't2',
      area: 'semh',
      text: 'Mia will separate from her carer at the gate and join an activity within 5 minutes on 4 out of 5 mornings by Easter.',
      actions: 'Transition object and a visual timetable at the gate.',
      responsible: 'Key person and carer',
      deadline: 'by Easter',
      baseline: 'Settles within 15 minutes on most days.',
    },
    {
      id: 't3',
      area: 'independence',
      text: 'Mia will put on her own coat and shoes without help before outdoor play on 3 out of 5 days by the end of the spring term.',
      responsible: 'Key person',
      deadline: 'end of spring term',
    },
  ],
  // Early years: the early years pupil premium (EYPP), not PP+, funds the setting (domain/statutory.md §2.2).
  earlyYears: {
    fundedHoursPerWeek: 15,
    eypp: true,
    keyPerson: true,
    learningAndDevelopment: 'Communication and language is the prime area for focus.',
  },
  aspirations: 'For Mia to be ready and happy to start Reception in September 2025.',
  signOff: { designatedTeacher: { date: '2025-02-06' }, socialWorker: { date: '2025-02-07' }, submitted: '2025-02-07' },
};

export const earlyYearsPoor = {
  schemaVersion: 1,
  id: 'example-early-years-poor',
  phase: 'early-years',
  kind: 'termly',
  meeting: { date: '2025-02-11', venue: 'Nursery' },
  nextMeeting: { date: '2025-05-20' },
  attendees: [{ role: 'designated-teacher', attended: true }],
  child: {
    id: 'child-0004',
    forename: 'Noah',
    surname: 'Placeholderby',
    dateOfBirth: '2021-10-30',
    enteredCare: '2024-11-18',
  },
  education: { setting: { name: 'Brightstart Day Nursery' } },
  views: { carer: { text: 'Fine.' } },
  targets: [{ id: 't1', area: 'semh', text: 'Be happier at nursery.' }],
};

export const post16Good = {
  schemaVersion: 1,
  id: 'example-post-16-good',
  phase: 'post-16',
  kind: 'termly',
  core: true,
  term: { academicYear: '2024/25', term: 'spring' },
  meeting: { date: '2025-01-22', time: '15:45', venue: 'Riverside College, student services', format: 'in-person' },
  nextMeeting: { date: '2025-05-07', time: '15:45', venue: 'Riverside College, student services' },
  attendees: [
    { name: 'Mr Colm Harrow', role: 'designated-teacher', attended: true, invited: true },
    { name: 'Ms Gwen Tollard', role: 'social-worker', attended: true, invited: true },
    { name: 'Ms Renata Oake', role: 'carer', attended: true, invited: true },
    { name: 'Kai Demonstrov', role: 'child', attended: true, invited: true },
    { name: 'Ms Ines Marlow', role: 'virtual-school', attended: true, invited: true },
  ],
  child: {
    id: 'child-0005',
    forename: 'Kai',
    surname: 'Demonstrov',
    dateOfBirth: '2008-04-09',
    yearGroup: '12',
    legalStatus: 'C2',
    enteredCare: '2019-10-01',
  },
  carePlacement: { type: 'supported lodgings', startDate: '2024-08-01' },
  education: {
    setting: { name: 'Riverside College', urn: '130003', type: 'further education college' },
    startDate: '2024-09-09',
    fullTime: true,
  },
  attendance: { periodStart: '2024-09-09', periodEnd: '2025-01-17', percentage: 91.2 },
  sen: { status: 'none' },
  attainment: [
    { subject: 'Level 3 Extended Diploma in IT (Unit 1)', current: 'Merit', target: 'Distinction', progress: 'in-line' },
    { subject: 'GCSE English resit', current: '3', target: '4', progress: 'below' },
  ],
  views: {
    child: {
      text: 'I want to do an apprenticeship in software after college. English is the thing holding me back.',
      howGathered: 'Own words at the meeting.',
    },
    carer: { text: 'Kai manages travel to college independently now.' },
    socialWorker: { text: 'Pathway plan reviewed in December; moving to semi-independent living in summer.' },
    designatedTeacher: { text: 'Strong coursework; attendance dips on Mondays.' },
  },
  previousTargets: [{ id: 'prev-1', text: 'Submit Unit 1 assignment by 13 December.', outcome: 'achieved', progressScale: 5 }],
  targets: [
    {
      id: 't1',
      area: 'academic',
      text: 'Kai will achieve a grade 4 in the GCSE English mock by attending 2 tutoring sessions a week, by 31st March 2025.',
      actions: 'Two 1:1 English tutoring sessions a week.',
      responsible: 'English tutor; Kai',
      deadline: '2025-03-31',
      expectedOutcome: 'Grade 4 in the March mock.',
      baseline: 'Grade 3 in the November mock.',
    },
    {
      id: 't2',
      area: 'attendance',
      text: 'Kai will raise his attendance to 95% or more, with no missed Monday sessions, by the end of the spring term.',
      responsible: 'Personal tutor; Kai',
      deadline: 'end of spring term',
      baseline: '91.2% (autumn term).',
    },
    {
      id: 't3',
      area: 'post-16',
      text: 'Kai will submit 3 apprenticeship applications in software development by 30th April 2025.',
      actions: 'Careers adviser meeting in February; CV workshop.',
      responsible: 'Careers adviser; Kai',
      deadline: '2025-04-30',
    },
  ],
  post16: { destination: 'education', course: 'Level 3 Extended Diploma in IT', bursary: true, careersGuidance: true, pathwayPlan: true },
  aspirations: 'Software apprenticeship, then a degree apprenticeship.',
  signOff: { designatedTeacher: { date: '2025-01-24' }, socialWorker: { date: '2025-01-27' }, submitted: '2025-01-27' },
};

export const post16Poor = {
  schemaVersion: 1,
  id: 'example-post-16-poor',
  phase: 'post-16',
  kind: 'review',
  meeting: { date: '2025-01-29', format: 'phone' },
  nextMeeting: { venue: 'College' },
  attendees: [
    { role: 'social-worker', attended: true },
    { role: 'other', attended: true },
  ],
  child: {
    id: 'child-0006',
    forename: 'Rowan',
    surname: 'Mockridge',
    dateOfBirth: '2007-12-01',
    enteredCare: '2023-05-30',
  },
  education: { setting: { name: 'Unknown' }, fullTime: false },
  views: { socialWorker: { text: 'YP not engaging.' } },
  targets: [
    { id: 't1', area: 'post-16', text: 'Get a job.' },
    { id: 't2', area: 'other', text: 'Engage more with professionals going forward.' },
  ],
  post16: { destination: 'neet' },
};

/** All six, keyed by the file name they are written to. */
export const examplePeps: Readonly<Record<string, unknown>> = {
  'school-age-good.json': schoolAgeGood,
  'school-age-poor.json': schoolAgePoor,
  'early-years-good.json': earlyYearsGood,
  'early-years-poor.json': earlyYearsPoor,
  'post-16-good.json': post16Good,
  'post-16-poor.json': post16Poor,
};
