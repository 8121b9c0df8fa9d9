import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy';
import { policies } from '../../src/policy/presets/index';
import type { Policy } from '../../src/policy/schema';
import { createSchoolCalendar } from '../../src/deadlines/createSchoolCalendar';
import { validatePep } from '../../src/rules/validatePep';
import type { ValidatePepOptions } from '../../src/rules/types';
import { diff, example, unset, type CodePath, type ExampleName } from './_helpers';

/*
 * One behaviour per row: a good example PEP, one change, and exactly the findings the change adds
 * and removes (code and path), compared whole. Baseline and changed PEP are validated with the same
 * options (policy england and today 2025-03-01 unless the row says otherwise).
 */

const policy = (overrides: Parameters<typeof definePolicy>[0], base: Policy = policies.england): Policy => {
  const r = definePolicy(overrides, base);
  if (!r.success) throw new Error('test policy invalid');
  return r.data;
};

interface Row {
  name: string;
  from: ExampleName;
  change: (pep: Record<string, any>) => void;
  options?: ValidatePepOptions;
  added: CodePath[];
  removed?: CodePath[];
}

const TODAY = '2025-03-01';

function run(row: Row) {
  const options: ValidatePepOptions = { today: TODAY, ...row.options };
  const base = validatePep(example(row.from), options);
  const changed = example(row.from);
  row.change(changed);
  const after = validatePep(changed, options);
  expect(base.pep).toBeDefined(); // the baseline parses
  expect(after.pep).toBeDefined(); // and so does the changed PEP
  return diff(base.findings, after.findings);
}

const rows: Row[] = [
  // Meeting and next meeting (Halton non-negotiable: date, venue and time of the next meeting).
  { name: 'meeting time missing', from: 'school-age-good', change: (p) => unset(p, 'meeting.time'), added: [['PEP-MEETING-TIME-MISSING', ['meeting', 'time']]] },
  { name: 'meeting venue missing', from: 'school-age-good', change: (p) => unset(p, 'meeting.venue'), added: [['PEP-MEETING-VENUE-MISSING', ['meeting', 'venue']]] },
  {
    name: 'no venue needed for a virtual meeting',
    from: 'school-age-good',
    change: (p) => {
      unset(p, 'meeting.venue');
      p.meeting.format = 'virtual';
    },
    added: [],
  },
  { name: 'next meeting date missing', from: 'school-age-good', change: (p) => unset(p, 'nextMeeting.date'), added: [['PEP-NEXT-MEETING-MISSING', ['nextMeeting', 'date']]] },
  { name: 'next meeting section missing: date, time and venue', from: 'school-age-good', change: (p) => unset(p, 'nextMeeting'), added: [
    ['PEP-NEXT-MEETING-MISSING', ['nextMeeting', 'date']],
    ['PEP-NEXT-MEETING-TIME-MISSING', ['nextMeeting', 'time']],
    ['PEP-NEXT-MEETING-VENUE-MISSING', ['nextMeeting', 'venue']],
  ] },
  { name: 'next meeting time missing', from: 'school-age-good', change: (p) => unset(p, 'nextMeeting.time'), added: [['PEP-NEXT-MEETING-TIME-MISSING', ['nextMeeting', 'time']]] },
  { name: 'next meeting venue missing', from: 'school-age-good', change: (p) => unset(p, 'nextMeeting.venue'), added: [['PEP-NEXT-MEETING-VENUE-MISSING', ['nextMeeting', 'venue']]] },
  {
    name: 'next meeting date before today (20 Feb, today 1 March) is overdue',
    from: 'school-age-good',
    change: (p) => (p.nextMeeting.date = '2025-02-20'),
    added: [['PEP-NEXT-MEETING-OVERDUE', ['nextMeeting', 'date']]],
  },
  // Attendees.
  { name: 'attendee without a name', from: 'school-age-good', change: (p) => unset(p, 'attendees.1.name'), added: [['PEP-ATTENDEE-NAME-MISSING', ['attendees', 1, 'name']]] },
  {
    name: 'carer not in the attendee list',
    from: 'school-age-good',
    change: (p) => p.attendees.splice(2, 1),
    added: [['PEP-ATTENDEES-ROLE-MISSING', ['attendees']]],
  },
  {
    name: 'designated teacher listed as absent',
    from: 'school-age-good',
    change: (p) => (p.attendees[0].attended = false),
    added: [['PEP-DT-NOT-PRESENT', ['attendees']]],
  },
  {
    name: 'child neither attended nor invited',
    from: 'school-age-good',
    change: (p) => {
      p.attendees[3].attended = false;
      p.attendees[3].invited = false;
    },
    added: [['PEP-CHILD-NOT-INVITED', ['attendees']]],
  },
  {
    name: 'child invited but absent is enough (early years example: invited, not attended)',
    from: 'early-years-good',
    change: (p) => (p.attendees[3].invited = false),
    added: [['PEP-CHILD-NOT-INVITED', ['attendees']]],
  },
  {
    name: 'no attendees at all',
    from: 'school-age-good',
    change: (p) => (p.attendees = []),
    added: [
      // errors first, then warnings
      ['PEP-ATTENDEES-MISSING', ['attendees']],
      ['PEP-DT-NOT-PRESENT', ['attendees']],
      ['PEP-CHILD-NOT-INVITED', ['attendees']],
      ['PEP-ATTENDEES-ROLE-MISSING', ['attendees']], // social worker
      ['PEP-ATTENDEES-ROLE-MISSING', ['attendees']], // carer
    ],
  },
  // Views and contributions (Halton: the voice of the child, social worker and carer).
  { name: "child's views missing", from: 'school-age-good', change: (p) => unset(p, 'views.child'), added: [['PEP-CHILD-VIEWS-MISSING', ['views', 'child', 'text']]] },
  {
    name: "child's views blank (spaces only)",
    from: 'school-age-good',
    change: (p) => (p.views.child.text = '   '),
    added: [['PEP-CHILD-VIEWS-MISSING', ['views', 'child', 'text']]],
  },
  { name: "how the child's views were gathered missing", from: 'school-age-good', change: (p) => unset(p, 'views.child.howGathered'), added: [['PEP-CHILD-VIEWS-HOW-GATHERED-MISSING', ['views', 'child', 'howGathered']]] },
  {
    name: "child's views brief: 'Finds maths hard but wants to get better.' (8 words < 12)",
    from: 'school-age-good',
    change: (p) => (p.views.child.text = 'Finds maths hard but wants to get better.'),
    added: [['PEP-CHILD-VIEWS-BRIEF', ['views', 'child', 'text']]],
  },
  { name: "carer's contribution missing", from: 'school-age-good', change: (p) => unset(p, 'views.carer'), added: [['PEP-CARER-VIEWS-MISSING', ['views', 'carer', 'text']]] },
  { name: "social worker's contribution missing", from: 'school-age-good', change: (p) => unset(p, 'views.socialWorker'), added: [['PEP-SOCIAL-WORKER-VIEWS-MISSING', ['views', 'socialWorker', 'text']]] },
  { name: "designated teacher's contribution missing", from: 'school-age-good', change: (p) => unset(p, 'views.designatedTeacher'), added: [['PEP-DT-VIEWS-MISSING', ['views', 'designatedTeacher', 'text']]] },
  {
    name: "a carer comment 'Fine.' lacks detail (1 word < 5)",
    from: 'school-age-good',
    change: (p) => (p.views.carer.text = 'Fine.'),
    added: [['PEP-CONTRIBUTION-BRIEF', ['views', 'carer', 'text']]],
  },
  {
    name: "another contributor's brief comment is flagged at its index",
    from: 'school-age-good',
    change: (p) => (p.views.others = [{ role: 'SENCO', text: 'Agreed with the plan and the ELSA support.' }, { role: 'CAMHS', text: 'No concerns.' }]),
    added: [['PEP-CONTRIBUTION-BRIEF', ['views', 'others', 1, 'text']]],
  },
  // Profile.
  { name: 'attendance missing', from: 'school-age-good', change: (p) => unset(p, 'attendance'), added: [['PEP-ATTENDANCE-MISSING', ['attendance']]] },
  {
    name: 'attendance 81.5% is below the England 90% threshold',
    from: 'school-age-good',
    change: (p) => (p.attendance.percentage = 81.5),
    added: [['PEP-ATTENDANCE-BELOW-THRESHOLD', ['attendance', 'percentage']]],
  },
  {
    name: 'attendance of exactly 90% is not below the threshold',
    from: 'school-age-good',
    change: (p) => (p.attendance.percentage = 90),
    added: [],
  },
  {
    name: 'a council threshold of 92% (exampleshire) flags 91.2%, and 92% clears it',
    from: 'post-16-good',
    options: { policy: policy({ attendance: { concernBelowPercent: { value: 92, source: 'Exampleshire attendance strategy 2025, §1' } } }) },
    change: (p) => (p.attendance.percentage = 92),
    added: [],
    removed: [['PEP-ATTENDANCE-BELOW-THRESHOLD', ['attendance', 'percentage']]],
  },
  { name: 'exclusions not recorded (school age)', from: 'school-age-good', change: (p) => unset(p, 'exclusions'), added: [['PEP-EXCLUSIONS-MISSING', ['exclusions']]] },
  { name: 'exclusions are not asked of a post-16 PEP', from: 'post-16-good', change: (p) => unset(p, 'exclusions'), added: [] },
  {
    name: 'alternative provision not recorded (school age)',
    from: 'school-age-good',
    change: (p) => unset(p, 'education.alternativeProvision'),
    added: [['PEP-ALTERNATIVE-PROVISION-NOT-RECORDED', ['education', 'alternativeProvision']]],
  },
  {
    name: 'part-time education without hours',
    from: 'school-age-good',
    change: (p) => (p.education.fullTime = false),
    added: [['PEP-EDUCATION-HOURS-MISSING', ['education', 'hoursPerWeek']]],
  },
  { name: 'part-time with hours recorded (15 a week, early years example)', from: 'early-years-good', change: () => {}, added: [] },
  { name: 'SEN status missing', from: 'school-age-good', change: (p) => unset(p, 'sen'), added: [['PEP-SEN-STATUS-MISSING', ['sen', 'status']], ] },
  { name: 'attainment missing (school age)', from: 'school-age-good', change: (p) => unset(p, 'attainment'), added: [['PEP-ATTAINMENT-MISSING', ['attainment']]] },
  { name: 'attainment entry without its current level', from: 'school-age-good', change: (p) => unset(p, 'attainment.0.current'), added: [['PEP-ATTAINMENT-INCOMPLETE', ['attainment', 0, 'current']]] },
  { name: 'post-16 course progress missing', from: 'post-16-good', change: (p) => unset(p, 'attainment'), added: [['PEP-PROGRESS-MISSING', ['attainment']]] },
  {
    name: 'early years: learning and development alone is enough progress data',
    from: 'early-years-good',
    change: (p) => unset(p, 'attainment'),
    added: [],
  },
  {
    name: 'early years: no attainment and no learning and development',
    from: 'early-years-good',
    change: (p) => {
      unset(p, 'attainment');
      unset(p, 'earlyYears.learningAndDevelopment');
    },
    added: [['PEP-PROGRESS-MISSING', ['attainment']]],
  },
  // SDQ and SEMH.
  {
    name: 'SDQ required (aged 9, in care since 2022) and none carried',
    from: 'school-age-good',
    change: (p) => unset(p, 'sdq'),
    added: [['PEP-SDQ-MISSING', ['sdq']]],
    removed: [['PEP-SDQ-INFORMANT-MISSING', ['sdq']]],
  },
  {
    // Appendix 3, Context: an SDQ "completed on them by: Their carers ... A teacher": with the carer's SDQ beside
    // the teacher's, nothing is missing (the teacher-only case is in test/policy/presets.sections.test.ts).
    name: 'Milton Keynes asks for the carer SDQ as well as the teacher SDQ',
    from: 'school-age-good',
    options: { policy: policies.miltonKeynes },
    change: (p) => p.sdq.push({ ...p.sdq[0], informant: 'parent' }),
    added: [],
    removed: [['PEP-SDQ-INFORMANT-MISSING', ['sdq']]],
  },
  {
    name: 'Milton Keynes: a teacher SDQ from June 2024 does not cover the January 2025 core PEP (window 6 months)',
    from: 'school-age-good',
    options: { policy: policies.miltonKeynes },
    change: (p) => (p.sdq[0].completedOn = '2024-06-10'),
    added: [['PEP-SDQ-OUT-OF-DATE', ['sdq', 0, 'completedOn']]],
  },
  {
    name: 'Bolton termly SDQ: one from the autumn term is out of date at a spring PEP',
    from: 'school-age-good',
    options: { policy: policies.bolton },
    change: (p) => (p.sdq[0].completedOn = '2024-11-20'),
    added: [['PEP-SDQ-OUT-OF-DATE', ['sdq', 0, 'completedOn']]],
  },
  {
    name: 'England annual carer SDQ: a recent one (2 December 2024) clears the informant finding',
    from: 'school-age-good',
    change: (p) => p.sdq.push({ informant: 'parent', completedOn: '2024-12-02', totalDifficulties: 12 }),
    added: [],
    removed: [['PEP-SDQ-INFORMANT-MISSING', ['sdq']]],
  },
  {
    name: 'England annual carer SDQ from 15 February 2024: current at the meeting, due again before today',
    from: 'school-age-good',
    change: (p) => p.sdq.push({ informant: 'parent', completedOn: '2024-02-15', totalDifficulties: 12 }),
    added: [['PEP-SDQ-STALE', ['sdq']]],
    removed: [['PEP-SDQ-INFORMANT-MISSING', ['sdq']]],
  },
  {
    name: 'recorded total 5 disagrees with the total scored from the items',
    from: 'school-age-good',
    change: (p) => (p.sdq[0].totalDifficulties = 5),
    added: [['PEP-SDQ-TOTAL-MISMATCH', ['sdq', 0, 'totalDifficulties']]],
  },
  {
    name: 'SDQ items with the emotional scale (items 3, 8, 13, 16, 24) mostly unanswered give no total',
    from: 'school-age-good',
    change: (p) => {
      for (const i of [2, 7, 12]) p.sdq[0].items[i] = null;
    },
    added: [['PEP-SDQ-UNSCORABLE', ['sdq', 0, 'items']]],
  },
  {
    name: 'Bolton: an SDQ of 22 (17+) needs an SEMH target',
    from: 'school-age-good',
    options: { policy: policies.bolton },
    change: (p) => {
      p.sdq = [{ informant: 'teacher', completedOn: '2025-01-06', totalDifficulties: 22 }];
      p.targets[2].area = 'other';
    },
    added: [['PEP-SDQ-CONCERN-NO-SEMH-TARGET', ['targets']]],
  },
  {
    name: 'England does not ask for an SEMH target after an SDQ of 22',
    from: 'school-age-good',
    change: (p) => {
      p.sdq = [{ informant: 'teacher', completedOn: '2025-01-06', totalDifficulties: 22 }];
      p.targets[2].area = 'other';
    },
    added: [],
  },
  { name: 'SEMH need indicated (SEMH primary need, SEMH target) but not described', from: 'school-age-good', change: (p) => unset(p, 'semh.needs'), added: [['PEP-SEMH-NEEDS-MISSING', ['semh', 'needs']]] },
  { name: 'SEMH need indicated but no interventions', from: 'school-age-good', change: (p) => unset(p, 'semh.interventions'), added: [['PEP-SEMH-INTERVENTIONS-MISSING', ['semh', 'interventions']]] },
  { name: 'no SEMH signal: no SEMH section needed (post-16 example)', from: 'post-16-good', change: (p) => unset(p, 'semh'), added: [] },
  // Previous targets.
  { name: 'previous targets not reviewed (termly PEP)', from: 'school-age-good', change: (p) => unset(p, 'previousTargets'), added: [['PEP-PREVIOUS-TARGETS-MISSING', ['previousTargets']]] },
  {
    name: 'an initial PEP has no previous targets to review',
    from: 'school-age-good',
    change: (p) => {
      unset(p, 'previousTargets');
      p.kind = 'initial';
    },
    added: [],
  },
  {
    name: 'a reviewed target with an outcome only (no comment, no progress scale)',
    from: 'school-age-good',
    change: (p) => unset(p, 'previousTargets.2.progressScale'),
    added: [['PEP-PREVIOUS-TARGET-NOT-EVIDENCED', ['previousTargets', 2]]],
  },
  // Targets.
  {
    name: 'Barnet: two targets are fewer than the three outcomes asked for',
    from: 'post-16-good',
    options: { policy: policies.barnet },
    change: (p) => p.targets.splice(1, 1),
    // The third target has no baseline (Barnet, 5. Setting SMART Outcomes: "Make sure you use a baseline"); removing the second moves it up.
    added: [['PEP-TARGETS-TOO-FEW', ['targets']], ['PEP-TARGET-BASELINE-MISSING', ['targets', 1, 'baseline']]],
    removed: [['PEP-TARGET-BASELINE-MISSING', ['targets', 2, 'baseline']]],
  },
  {
    name: 'Halton: no academic target',
    from: 'school-age-good',
    options: { policy: policies.halton },
    change: (p) => {
      p.targets[0].area = 'communication';
      p.targets[1].area = 'other';
    },
    // Halton, Appendix B, Smart Targets: "should present a balance of academic and personal development targets".
    added: [
      ['PEP-TARGETS-NO-ACADEMIC', ['targets']],
      ['PEP-TARGETS-UNBALANCED', ['targets']],
    ],
  },
  {
    name: 'balance required: three academic targets and no personal one',
    from: 'school-age-good',
    options: { policy: policy({ targets: { balanceRequired: { value: true, source: 'test policy' } } }) },
    change: (p) => (p.targets[2].area = 'academic'),
    added: [['PEP-TARGETS-UNBALANCED', ['targets']]],
  },
  {
    name: 'a target repeating another target id',
    from: 'post-16-good',
    change: (p) => (p.targets[1].id = 't1'),
    added: [['PEP-TARGET-ID-DUPLICATE', ['targets', 1, 'id']]],
  },
  // PP+.
  {
    name: 'a PP+ request linked to no target',
    from: 'school-age-good',
    change: (p) => (p.ppPlus.requests[1].targetIds = []),
    added: [['PEP-PPPLUS-REQUEST-UNLINKED', ['ppPlus', 'requests', 1, 'targetIds']]],
  },
  {
    name: 'a PP+ request naming target t9, which does not exist',
    from: 'school-age-good',
    change: (p) => (p.ppPlus.requests[0].targetIds = ['t1', 't9']),
    added: [['PEP-PPPLUS-TARGET-UNKNOWN', ['ppPlus', 'requests', 0, 'targetIds', 1]]],
  },
  {
    name: 'Milton Keynes: an uncosted request is reported by the funding check (pass-through)',
    from: 'school-age-good',
    options: { policy: policies.miltonKeynes },
    change: (p) => unset(p, 'ppPlus.requests.1.breakdown'),
    added: [['PPPLUS-REQUEST-NOT-COSTED', ['ppPlus', 'requests', 1, 'breakdown']]],
  },
  {
    name: 'Bolton: uniform is a disallowed category (pass-through)',
    from: 'school-age-good',
    options: { policy: policies.bolton },
    change: (p) => (p.ppPlus.requests[1].category = 'clothing-uniform'),
    added: [['PPPLUS-CATEGORY-DISALLOWED', ['ppPlus', 'requests', 1, 'category']]],
  },
  // Early years.
  { name: 'early years section missing', from: 'early-years-good', change: (p) => unset(p, 'earlyYears'), added: [['PEP-EY-SECTION-MISSING', ['earlyYears']]] },
  { name: 'EYPP not recorded', from: 'early-years-good', change: (p) => unset(p, 'earlyYears.eypp'), added: [['PEP-EY-EYPP-NOT-RECORDED', ['earlyYears', 'eypp']]] },
  { name: 'key person not recorded', from: 'early-years-good', change: (p) => unset(p, 'earlyYears.keyPerson'), added: [['PEP-EY-KEY-PERSON-NOT-RECORDED', ['earlyYears', 'keyPerson']]] },
  { name: 'funded hours not recorded', from: 'early-years-good', change: (p) => unset(p, 'earlyYears.fundedHoursPerWeek'), added: [['PEP-EY-FUNDED-HOURS-MISSING', ['earlyYears', 'fundedHoursPerWeek']]] },
  // Post-16.
  { name: 'post-16 section missing', from: 'post-16-good', change: (p) => unset(p, 'post16'), added: [['PEP-POST16-SECTION-MISSING', ['post16']]] },
  { name: 'destination unknown', from: 'post-16-good', change: (p) => (p.post16.destination = 'unknown'), added: [['PEP-POST16-DESTINATION-MISSING', ['post16', 'destination']]] },
  { name: 'careers guidance not recorded', from: 'post-16-good', change: (p) => unset(p, 'post16.careersGuidance'), added: [['PEP-POST16-CAREERS-GUIDANCE-NOT-RECORDED', ['post16', 'careersGuidance']]] },
  { name: 'bursary not recorded for a young person in education', from: 'post-16-good', change: (p) => unset(p, 'post16.bursary'), added: [['PEP-POST16-BURSARY-NOT-RECORDED', ['post16', 'bursary']]] },
  {
    name: 'no bursary question for a young person in employment',
    from: 'post-16-good',
    change: (p) => {
      unset(p, 'post16.bursary');
      p.post16.destination = 'employment';
    },
    added: [],
  },
  { name: 'pathway plan not recorded', from: 'post-16-good', change: (p) => unset(p, 'post16.pathwayPlan'), added: [['PEP-POST16-PATHWAY-PLAN-NOT-RECORDED', ['post16', 'pathwayPlan']]] },
  // EHCP annual review (Halton aligns one PEP a year with it).
  {
    name: 'Halton: EHCP without its annual review date',
    from: 'school-age-good',
    options: { policy: policies.halton },
    change: (p) => (p.sen = { status: 'ehcp', primaryNeed: 'SEMH' }),
    added: [['PEP-EHCP-REVIEW-DATE-MISSING', ['sen', 'ehcpAnnualReview']]],
  },
  {
    // The Virtual School Handbook (NAVSH, 2014), Reviewing the PEP: "ensure, where a child has a statement of special
    // educational needs, that the PEP review is linked with the annual review of the statement".
    name: 'England links the PEP review with the EHCP annual review: an EHCP without its review date',
    from: 'school-age-good',
    change: (p) => (p.sen = { status: 'ehcp', primaryNeed: 'SEMH' }),
    added: [['PEP-EHCP-REVIEW-DATE-MISSING', ['sen', 'ehcpAnnualReview']]],
  },
  {
    name: 'Halton: annual review on 10 March falls between the 15 January and 30 April PEPs',
    from: 'school-age-good',
    options: { policy: policies.halton },
    change: (p) => (p.sen = { status: 'ehcp', primaryNeed: 'SEMH', ehcpAnnualReview: '2025-03-10' }),
    added: [['PEP-EHCP-REVIEW-NOT-ALIGNED', ['sen', 'ehcpAnnualReview']]],
  },
  {
    name: 'Halton: annual review on 24 April is within 14 days of the 30 April PEP',
    from: 'school-age-good',
    options: { policy: policies.halton },
    change: (p) => (p.sen = { status: 'ehcp', primaryNeed: 'SEMH', ehcpAnnualReview: '2025-04-24' }),
    added: [],
  },
  // Transition (Barnet §6: Year 6 spring and summer terms).
  {
    name: 'Year 6 spring PEP without transition content',
    from: 'school-age-good',
    change: (p) => (p.child.yearGroup = '6'),
    added: [['PEP-TRANSITION-MISSING', ['transition']]],
  },
  {
    name: 'Year 6 spring PEP naming the secondary school',
    from: 'school-age-good',
    change: (p) => {
      p.child.yearGroup = '6';
      p.transition = { nextSetting: 'Ashmoor Academy' };
    },
    added: [],
  },
  {
    name: 'Year 6 autumn PEP: transition not yet asked for',
    from: 'school-age-good',
    change: (p) => {
      p.child.yearGroup = '6';
      p.term.term = 'autumn';
    },
    added: [],
  },
  // Submission window.
  {
    name: 'Milton Keynes: submitted 8 days after a Wednesday meeting is past 5 working days (due 22 January)',
    from: 'school-age-good',
    options: { policy: policies.miltonKeynes },
    change: (p) => (p.signOff.submitted = '2025-01-23'),
    added: [['PEP-SUBMISSION-LATE', ['signOff', 'submitted']]],
  },
  {
    name: 'Milton Keynes: submitted on the fifth working day is on time',
    from: 'school-age-good',
    options: { policy: policies.miltonKeynes },
    change: (p) => (p.signOff.submitted = '2025-01-22'),
    added: [],
  },
  {
    name: 'Milton Keynes: not submitted and today is past the window',
    from: 'school-age-good',
    options: { policy: policies.miltonKeynes },
    change: (p) => unset(p, 'signOff.submitted'),
    added: [['PEP-SUBMISSION-OVERDUE', ['signOff', 'submitted']]],
  },
  // Dates.
  {
    name: 'submitted before the meeting',
    from: 'school-age-good',
    change: (p) => (p.signOff.submitted = '2025-01-10'),
    added: [['PEP-DATES-SUBMITTED-BEFORE-MEETING', ['signOff', 'submitted']]],
  },
  {
    name: 'next meeting on the same day as this one',
    from: 'post-16-good',
    change: (p) => (p.nextMeeting.date = '2025-01-22'),
    added: [
      ['PEP-DATES-NEXT-MEETING-NOT-AFTER', ['nextMeeting', 'date']], // error
      ['PEP-NEXT-MEETING-OVERDUE', ['nextMeeting', 'date']], // warning: 22 January is before today too
    ],
  },
  {
    name: 'a meeting dated 5 March, after today (1 March), and so after its own submission',
    from: 'post-16-good',
    change: (p) => (p.meeting.date = '2025-03-05'),
    added: [
      ['PEP-DATES-SUBMITTED-BEFORE-MEETING', ['signOff', 'submitted']],
      ['PEP-DATES-MEETING-AFTER-TODAY', ['meeting', 'date']],
    ],
  },
  {
    name: 'entered care (1 January 2008) before birth (9 April 2008)',
    from: 'post-16-good',
    change: (p) => (p.child.enteredCare = '2008-01-01'),
    added: [['PEP-DATES-CARE-BEFORE-BIRTH', ['child', 'enteredCare']]],
  },
  {
    name: 'left care before entering it, and the meeting after leaving',
    from: 'post-16-good',
    change: (p) => (p.child.leftCare = '2019-09-01'),
    added: [
      ['PEP-DATES-LEFT-CARE-BEFORE-ENTERED', ['child', 'leftCare']],
      ['PEP-DATES-MEETING-AFTER-LEFT-CARE', ['meeting', 'date']],
    ],
  },
  {
    name: 'a meeting (22 January 2025) before the child entered care (1 February 2025)',
    from: 'post-16-good',
    change: (p) => (p.child.enteredCare = '2025-02-01'),
    added: [['PEP-DATES-MEETING-BEFORE-CARE', ['meeting', 'date']]],
    removed: [['PEP-SDQ-MISSING', ['sdq']]], // not 12 months in care: no SDQ required
  },
  {
    name: 'a transition PEP without transition content',
    from: 'post-16-good',
    change: (p) => (p.kind = 'transition'),
    added: [['PEP-TRANSITION-MISSING', ['transition']]],
  },
  {
    name: 'year group 12 on a school-age PEP',
    from: 'school-age-good',
    change: (p) => (p.child.yearGroup = '12'),
    added: [
      ['PPPLUS-NOT-ELIGIBLE', ['child']], // the funding check believes the recorded year group: Year 12 is not funded
      ['PEP-PHASE-YEAR-GROUP-MISMATCH', ['child', 'yearGroup']],
      ['PPPLUS-ELIGIBLE-FLAG-DIFFERS', ['ppPlus', 'eligible']],
    ],
  },
];

describe('each rule, one change at a time', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    expect(run(row)).toEqual({ added: row.added, removed: row.removed ?? [] });
  });
});

describe('school days (Halton: submitted within 10 school days of the meeting)', () => {
  const cal = createSchoolCalendar({
    terms: [
      { term: 'spring', start: '2025-01-06', end: '2025-04-04', halfTerms: [{ start: '2025-02-17', end: '2025-02-21' }] },
    ],
  });
  const halton = policies.halton;
  const pep = () => {
    const p = example('school-age-good');
    p.meeting.date = '2025-02-12';
    p.signOff.submitted = '2025-03-03';
    return p;
  };
  it('counts the half term out with a calendar: 3 March is the 9th school day, on time', () => {
    if (!cal.ok) throw new Error('calendar');
    const codes = validatePep(pep(), { policy: halton, today: TODAY, calendar: cal.calendar }).findings.map((f) => f.code);
    expect(codes).not.toContain('PEP-SUBMISSION-LATE');
  });
  it('without a calendar counts working days (due 26 February) and says so', () => {
    const late = validatePep(pep(), { policy: halton, today: TODAY }).findings.filter((f) => f.code === 'PEP-SUBMISSION-LATE');
    expect(late).toEqual([
      {
        code: 'PEP-SUBMISSION-LATE',
        severity: 'warning',
        message:
          'The PEP was submitted more than 10 school days after the meeting (school days counted as working days: no school calendar covering the meeting).',
        path: ['signOff', 'submitted'],
        source: expect.stringContaining("The council's submission window") as string,
      },
    ]);
  });
});
