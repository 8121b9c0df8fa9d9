import type { CodeInfo } from '../core/finding';

/**
 * The finding codes of the PEP rules (one per rule in the registry, `rules`), with severity,
 * meaning and source. A test checks that every rule in the registry is here with the same
 * severity. `validatePep` and `assessPep` also pass on codes from `PEP_CODES`, `SMART_CODES`
 * and `FUNDING_CODES`. `docs/codes.md` is generated from this and the other modules' catalogues
 * (`npm run codes`).
 * @example
 * import { RULE_CODES } from 'pep-rules/rules';
 * RULE_CODES['PEP-NEXT-MEETING-MISSING'].severity;
 * //=> 'error'
 */
export const RULE_CODES = {
  'PEP-ALTERNATIVE-PROVISION-NOT-RECORDED': {
    severity: 'warning',
    meaning: 'Whether the child attends alternative provision is not recorded.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: profile including alternative provision',
  },
  'PEP-ASPIRATIONS-MISSING': {
    severity: 'warning',
    meaning: "The PEP records no longer term aspirations for a child in or past the policy's year group (policy.pep.aspirationsFromYearGroup; england: Year 7).",
    source: 'The Virtual School Handbook (NAVSH, 2014), Appendix 2 – The personal education planning cycle (from the lower secondary age, the longer term aspirations of the child); Halton Virtual School PEP Policy 2023-24, During the PEP Meeting (long term plans and aspirations)',
  },
  'PEP-ATTAINMENT-INCOMPLETE': {
    severity: 'info',
    meaning: 'An attainment entry lacks its current level or its target.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: all academic data has been recorded',
  },
  'PEP-ATTAINMENT-MISSING': {
    severity: 'error',
    meaning: 'No attainment data is recorded.',
    source: 'Care Planning, Placement and Case Review (England) Regulations 2010, Sch 1 para 2 (academic achievements); Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: all academic data has been recorded',
  },
  'PEP-ATTENDANCE-BELOW-THRESHOLD': {
    severity: 'warning',
    meaning: 'Attendance is below the policy\'s concern threshold.',
    source: "The council's attendance level of concern (England: below 90%, the DfE persistent absence measure)",
  },
  'PEP-ATTENDANCE-MISSING': {
    severity: 'error',
    meaning: 'The child\'s attendance is not recorded.',
    source: 'Care Planning, Placement and Case Review (England) Regulations 2010, Sch 1 para 2 (attendance and conduct record); Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: profile including attendance',
  },
  'PEP-ATTENDEE-NAME-MISSING': {
    severity: 'warning',
    meaning: 'An attendee is recorded by role only, without a name.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria (non-negotiables): attendees of the meeting have been recorded fully',
  },
  'PEP-ATTENDEES-MISSING': {
    severity: 'error',
    meaning: 'No attendees of the PEP meeting are recorded.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria (non-negotiables): attendees of the meeting have been recorded fully',
  },
  'PEP-ATTENDEES-ROLE-MISSING': {
    severity: 'warning',
    meaning: 'The social worker or the carer is not in the attendee list, neither as present nor as absent.',
    source: 'Halton Virtual School PEP Policy 2023-24, Frequently Asked Questions (PEP meetings are attended by the DT, social worker, foster carer and child)',
  },
  'PEP-CARER-VIEWS-MISSING': {
    severity: 'warning',
    meaning: 'The carer\'s contribution is not recorded.',
    source: 'Halton Virtual School PEP Policy 2023-24, Process (it is essential that PEPs include the voice of the social worker and carer; PEPs without them are returned before PP+ is issued)',
  },
  'PEP-CHILD-NOT-INVITED': {
    severity: 'error',
    meaning: 'There is no evidence that the child attended or was invited to the PEP meeting.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria (non-negotiables): evidence the child has attended or been invited to attend; Barnet Virtual School PEP Guidance, The PEP Meeting (inviting them to plan and attend)',
  },
  'PEP-CHILD-VIEWS-BRIEF': {
    severity: 'info',
    meaning: 'The child\'s views are brief (fewer than 12 words).',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: student views (Amber: students views are brief)',
  },
  'PEP-CHILD-VIEWS-HOW-GATHERED-MISSING': {
    severity: 'warning',
    meaning: 'The child\'s views are recorded but not how they were gathered.',
    source: 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 2 Facilitating Pupil Centred PEPs',
  },
  'PEP-CHILD-VIEWS-MISSING': {
    severity: 'error',
    meaning: 'The child\'s views are not recorded.',
    source: "DfE statutory guidance, Promoting the education of looked-after children and previously looked-after children (2018): the child's views; Halton Virtual School PEP Policy 2023-24, Process (it is essential that PEPs include the voice of the child; PEPs without it are returned)",
  },
  'PEP-CONTRIBUTION-BRIEF': {
    severity: 'info',
    meaning: 'A contributor\'s comment is lacking detail (fewer than 5 words).',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: contributor comments (Amber: some contributor comments are missing or lacking detail)',
  },
  'PEP-DATES-ATTENDANCE-AFTER-TODAY': {
    severity: 'warning',
    meaning: 'The attendance period starts or ends after today: attendance on record is attendance already measured.',
    source: 'pep-rules data consistency (PEP interchange format v1)',
  },
  'PEP-DATES-ATTENDANCE-REVERSED': {
    severity: 'error',
    meaning: 'The attendance period ends before it starts.',
    source: 'pep-rules data consistency (PEP interchange format v1)',
  },
  'PEP-DATES-BIRTH-AFTER-MEETING': {
    severity: 'error',
    meaning: 'The date of birth is after the PEP meeting date.',
    source: 'pep-rules data consistency (PEP interchange format v1)',
  },
  'PEP-DATES-BIRTH-TOO-EARLY': {
    severity: 'error',
    meaning: "The date of birth is more than 25 years before the PEP meeting: a PEP is for a looked-after child (under 18), so the date is taken as mistyped (25, the age to which care leavers are supported, is the library's margin).",
    source: 'pep-rules data consistency (PEP interchange format v1); Children Act 1989, s 105(1) (a child is a person under eighteen)',
  },
  'PEP-DATES-CARE-BEFORE-BIRTH': {
    severity: 'error',
    meaning: 'The date the child entered care is before the date of birth.',
    source: 'pep-rules data consistency (PEP interchange format v1)',
  },
  'PEP-DATES-LEFT-CARE-BEFORE-ENTERED': {
    severity: 'error',
    meaning: 'The date the child left care is before the date the child entered care.',
    source: 'pep-rules data consistency (PEP interchange format v1)',
  },
  'PEP-DATES-MEETING-AFTER-LEFT-CARE': {
    severity: 'warning',
    meaning: 'The PEP meeting is after the date the child left care (previously looked-after children have no PEP).',
    source: 'pep-rules data consistency (PEP interchange format v1); DfE statutory guidance, Promoting the education of looked-after children and previously looked-after children (2018) (previously looked-after children have no PEP)',
  },
  'PEP-DATES-MEETING-AFTER-TODAY': {
    severity: 'warning',
    meaning: 'The meeting date is after today: a PEP records a meeting that has taken place.',
    source: 'pep-rules data consistency (PEP interchange format v1)',
  },
  'PEP-DATES-MEETING-BEFORE-CARE': {
    severity: 'error',
    meaning: 'The PEP meeting date is before the date the child entered care.',
    source: 'pep-rules data consistency (PEP interchange format v1); Care Planning, Placement and Case Review (England) Regulations 2010, reg 5(b)(ii) (the PEP is part of the care plan)',
  },
  'PEP-DATES-NEXT-MEETING-NOT-AFTER': {
    severity: 'error',
    meaning: 'The next meeting date is on or before this meeting date.',
    source: 'pep-rules data consistency (PEP interchange format v1)',
  },
  'PEP-DATES-EVENT-BEFORE-BIRTH': {
    severity: 'error',
    meaning: 'An SDQ, attendance period, suspension or education start date is before the date of birth.',
    source: 'pep-rules data consistency (PEP interchange format v1)',
  },
  'PEP-DATES-SDQ-AFTER-TODAY': {
    severity: 'warning',
    meaning: 'An SDQ is dated after today: an SDQ on record is one that has been completed.',
    source: 'pep-rules data consistency (PEP interchange format v1)',
  },
  'PEP-DATES-SUBMITTED-BEFORE-MEETING': {
    severity: 'error',
    meaning: 'The submission date is before the meeting date.',
    source: 'pep-rules data consistency (PEP interchange format v1)',
  },
  'PEP-DT-NOT-PRESENT': {
    severity: 'error',
    meaning: 'No designated teacher (or setting lead) is recorded as attending the PEP meeting.',
    source: 'Halton Virtual School PEP Policy 2023-24, Information and Guidance (the DT should take the lead with chairing the PEP meeting); DfE statutory guidance, Promoting the education of looked-after children and previously looked-after children (2018)',
  },
  'PEP-DT-VIEWS-MISSING': {
    severity: 'warning',
    meaning: 'The designated teacher\'s contribution is not recorded.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: contributor comments have been fully recorded',
  },
  'PEP-EDUCATION-HOURS-BELOW-FULL-TIME': {
    severity: 'warning',
    meaning: "A school-age child's recorded weekly hours of education are below the policy's full-time figure (policy.pep.fullTimeHoursPerWeek; england: 23).",
    source: 'The Virtual School Handbook (NAVSH, 2014), i) Principles underlying placement choice (a full-time place, generally taken to be 23-25 hours depending on age)',
  },
  'PEP-EDUCATION-HOURS-MISSING': {
    severity: 'warning',
    meaning: 'The PEP does not say whether education is full-time, or gives no hours for part-time education.',
    source: 'Care Planning, Placement and Case Review (England) Regulations 2010, Sch 1 para 2 (existing arrangements for education); The Virtual School Handbook (NAVSH, 2014), Quality Assuring the PEP (provision where a child is not in school)',
  },
  'PEP-EHCP-REVIEW-DATE-MISSING': {
    severity: 'warning',
    meaning: 'The child has an EHCP and the date of its annual review is not recorded.',
    source: "Halton Virtual School PEP Policy 2023-24, Process (one PEP per year should coincide with the EHCP Annual Review); The Virtual School Handbook (NAVSH, 2014), Reviewing the PEP (when the council's policy asks for it)",
  },
  'PEP-EHCP-REVIEW-NOT-ALIGNED': {
    severity: 'info',
    meaning: 'The EHCP annual review falls between this PEP meeting and the next, more than 14 days from both.',
    source: "Halton Virtual School PEP Policy 2023-24, Process (one PEP per year should coincide with the EHCP Annual Review) (when the council's policy asks for it)",
  },
  'PEP-EXCLUSIONS-MISSING': {
    severity: 'warning',
    meaning: 'Exclusions are not recorded (record an empty list when there are none).',
    source: 'Care Planning, Placement and Case Review (England) Regulations 2010, Sch 1 para 2 (conduct record); Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: profile including exclusions',
  },
  'PEP-EY-EYPP-NOT-RECORDED': {
    severity: 'warning',
    meaning: 'The early years section does not say whether the early years pupil premium (EYPP) is claimed.',
    source: "GOV.UK Pupil premium: virtual school heads' responsibilities (EYPP managed by the VSH, usually through the PEP)",
  },
  'PEP-EY-FUNDED-HOURS-MISSING': {
    severity: 'warning',
    meaning: 'The early years section does not record the funded hours taken up.',
    source: 'The Virtual School Handbook (NAVSH, 2014), Quality Assuring the PEP (details of access to early years provision); EYPP is paid per funded hour',
  },
  'PEP-EY-KEY-PERSON-NOT-RECORDED': {
    severity: 'warning',
    meaning: 'The early years section does not say whether the child has a key person.',
    source: 'EYFS statutory framework (each child is assigned a key person); Halton Virtual School PEP Policy 2023-24, Appendix B (Early Years target examples: key person)',
  },
  'PEP-EY-SECTION-MISSING': {
    severity: 'warning',
    meaning: 'An early years PEP has no early years section (funded hours, EYPP, key person).',
    source: 'Barnet Virtual School PEP Guidance, §2 (a separate Early Years PEP); The Virtual School Handbook (NAVSH, 2014), Quality Assuring the PEP (access to early years provision)',
  },
  'PEP-MEETING-TIME-MISSING': {
    severity: 'warning',
    meaning: 'The time of the PEP meeting is not recorded.',
    source: 'Barnet Virtual School PEP Guidance, §3 The role of the Social Worker (organise the date and time of the meeting)',
  },
  'PEP-MEETING-VENUE-MISSING': {
    severity: 'warning',
    meaning: 'The venue of the PEP meeting is not recorded (virtual and phone meetings excepted).',
    source: 'Halton Virtual School PEP Policy 2023-24, Process (agree where the meeting is taking place)',
  },
  'PEP-NEXT-MEETING-MISSING': {
    severity: 'error',
    meaning: 'The date of the next PEP meeting is not recorded.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria (non-negotiables): date, venue and time of the next meeting; Barnet Virtual School PEP Guidance, The PEP Meeting (establishing and recording the date of the next PEP meeting)',
  },
  'PEP-NEXT-MEETING-OVERDUE': {
    severity: 'warning',
    meaning: 'The next PEP meeting date is before today: if this is the child\'s latest PEP, the review is overdue.',
    source: 'DfE statutory guidance, Promoting the education of looked-after children and previously looked-after children (2018): the PEP is reviewed each school term',
  },
  'PEP-NEXT-MEETING-TIME-MISSING': {
    severity: 'warning',
    meaning: 'The time of the next PEP meeting is not recorded.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria (non-negotiables): date, venue and time of the next meeting',
  },
  'PEP-NEXT-MEETING-VENUE-MISSING': {
    severity: 'warning',
    meaning: 'The venue of the next PEP meeting is not recorded.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria (non-negotiables): date, venue and time of the next meeting',
  },
  'PEP-PHASE-YEAR-GROUP-MISMATCH': {
    severity: 'warning',
    meaning: 'The PEP\'s phase does not match the child\'s year group (early years: nursery and Reception; school age: Reception to Year 11; post-16: Years 12 and 13).',
    source: 'Barnet Virtual School PEP Guidance, §2 (three PEPs: Early Years, Year 1 – Year 11, Post 16)',
  },
  'PEP-POLICY-INVALID': {
    severity: 'error',
    meaning: 'The policy given is not a valid council policy (use a preset or build one from the council\'s settings), so the PEP was not checked.',
    source: 'pep-rules policy format (a council policy as data)',
  },
  'PEP-POST16-BURSARY-NOT-RECORDED': {
    severity: 'warning',
    meaning: 'The young person is in education or training and the post-16 section does not say whether the 16-19 bursary is in place.',
    source: 'The Virtual School Handbook (NAVSH, 2014), ix) Supporting transition to adulthood (each eligible young person knows about the 16-19 Bursary Fund)',
  },
  'PEP-POST16-CAREERS-GUIDANCE-NOT-RECORDED': {
    severity: 'warning',
    meaning: 'The post-16 section does not say whether the young person has had careers advice and guidance.',
    source: 'DfE statutory guidance, Promoting the education of looked-after children and previously looked-after children (2018): careers advice and guidance',
  },
  'PEP-POST16-DESTINATION-MISSING': {
    severity: 'warning',
    meaning: 'The post-16 section does not record the young person\'s destination (or records it as unknown).',
    source: 'The Virtual School Handbook (NAVSH, 2014), ix) Supporting transition to adulthood; cohort data: destination pathway',
  },
  'PEP-POST16-NEET-NO-PLAN': {
    severity: 'error',
    meaning: 'The young person is NEET and no post-16 target reaching the policy\'s SMART pass score plans the route back into education, employment or training.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C Post-16 SMART targets (targets are SMART for young people who are NEET too); The Virtual School Handbook (NAVSH, 2014), ix) Supporting transition to adulthood',
  },
  'PEP-POST16-PATHWAY-PLAN-NOT-RECORDED': {
    severity: 'info',
    meaning: 'The post-16 section does not say whether a pathway plan is in place.',
    source: 'The Virtual School Handbook (NAVSH, 2014), ix) Supporting transition to adulthood (the PEP is maintained as part of the pathway plan)',
  },
  'PEP-POST16-SECTION-MISSING': {
    severity: 'warning',
    meaning: 'A post-16 PEP has no post-16 section (destination, careers guidance, bursary).',
    source: 'Barnet Virtual School PEP Guidance, §2 (a separate Post 16 PEP); The Virtual School Handbook (NAVSH, 2014), ix) Supporting transition to adulthood',
  },
  'PEP-PPPLUS-REQUEST-UNLINKED': {
    severity: 'error',
    meaning: 'A PP+ request is not linked to any PEP target.',
    source: "DfE PP+ conditions of grant (used for the child's needs as described in the PEP); Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: PP+ spending directly linked to SMART targets; Bolton Virtual School PEP guidance 2021/22, Pupil Premium",
  },
  'PEP-PPPLUS-TARGET-NOT-SMART': {
    severity: 'warning',
    meaning: 'A PP+ request is linked only to targets that do not reach the policy\'s SMART pass score.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: PP+ spending directly linked to SMART targets',
  },
  'PEP-PPPLUS-TARGET-UNKNOWN': {
    severity: 'error',
    meaning: 'A PP+ request names a target id that is not among the PEP targets.',
    source: 'pep-rules data consistency (PEP interchange format v1); Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: PP+ spending directly linked to SMART targets',
  },
  'PEP-PREVIOUS-TARGET-NOT-EVIDENCED': {
    severity: 'info',
    meaning: 'A reviewed previous target has an outcome but neither a comment nor a progress scale.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: previous targets fully reviewed and recorded (Amber: some evidence); Barnet Virtual School PEP Guidance, five-point progress scale',
  },
  'PEP-PREVIOUS-TARGETS-MISSING': {
    severity: 'warning',
    meaning: 'The previous PEP\'s targets are not reviewed (every PEP but the initial one).',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: previous targets have been fully reviewed (n/a for an initial PEP); Halton Virtual School PEP Policy 2023-24, Information and Guidance (the previous PEP is the starting point); Barnet Virtual School PEP Guidance, The PEP Meeting',
  },
  'PEP-PROGRESS-MISSING': {
    severity: 'warning',
    meaning: 'No progress data is recorded (early years: attainment or learning and development; post-16: attainment on the course).',
    source: 'The Virtual School Handbook (NAVSH, 2014), Quality Assuring the PEP (key educational outcomes from the EYFS onwards); Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: all academic data has been recorded',
  },
  'PEP-RULE-FAILED': {
    severity: 'error',
    meaning: 'A rule failed to run (a bug in pep-rules: please report it); the other rules still ran.',
    source: 'pep-rules engine',
  },
  'PEP-SCHOOL-CHANGE-KEY-STAGE-4': {
    severity: 'warning',
    meaning: 'The PEP records a change of school in Key Stage 4 (a start at the current setting on or after 1 September of Year 10, or a change since the last PEP in Year 10 or 11).',
    source: 'The Virtual School Handbook (NAVSH, 2014), e) Placement decisions (no changes to the education placement once they begin Key Stage 4)',
  },
  'PEP-SDQ-CONCERN-NO-SEMH-TARGET': {
    severity: 'warning',
    meaning: 'The latest SDQ total is at or above the concern threshold and no target addresses SEMH.',
    source: "Bolton Virtual School PEP guidance 2021/22, SDQs (a score of 17 or above should be addressed within the target setting section) (when the council's policy asks for it)",
  },
  'PEP-SDQ-INFORMANT-MISSING': {
    severity: 'info',
    meaning: 'The PEP carries SDQs, but none from an informant the policy names.',
    source: "The council's SDQ informants (England: the carer SDQ of the DfE SSDA903 return); Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 3",
  },
  'PEP-SDQ-MISSING': {
    severity: 'warning',
    meaning: 'The policy requires an SDQ for this child and the PEP carries none.',
    source: "The council's SDQ requirement (England: DfE SSDA903 guide, validation rule 186: aged 4–16 and in care 12 months); Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, §5 PEPs; Bolton Virtual School PEP guidance 2021/22, SDQs",
  },
  'PEP-SDQ-OUT-OF-DATE': {
    severity: 'warning',
    meaning: 'The latest SDQ from an informant was already due again at the meeting under the policy\'s frequency.',
    source: "The council's SDQ frequency (England: annual, DfE SSDA903 guide); Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 3 (before each core PEP); Bolton Virtual School PEP guidance 2021/22, SDQs (termly)",
  },
  'PEP-SDQ-STALE': {
    severity: 'info',
    meaning: 'The latest SDQ in this PEP from an informant the policy names is due again before today under the policy\'s frequency.',
    source: "The council's SDQ frequency and requirement (England: annual for children aged 4–16 in care 12 months, DfE SSDA903 guide)",
  },
  'PEP-SDQ-TOTAL-MISMATCH': {
    severity: 'warning',
    meaning: 'The recorded SDQ total difficulties differs from the total scored from the 25 items.',
    source: 'pep-rules data consistency (PEP interchange format v1); Youthinmind, Scoring the Strengths & Difficulties Questionnaire for age 4-17 (sdqinfo.org)',
  },
  'PEP-SDQ-UNSCORABLE': {
    severity: 'warning',
    meaning: 'The SDQ items give no total difficulties score (a difficulty scale has fewer than 3 of its 5 items answered), so any recorded total is used instead.',
    source: 'Youthinmind, Scoring the Strengths & Difficulties Questionnaire for age 4-17 (sdqinfo.org) (a scale is prorated from at least 3 of its 5 items)',
  },
  'PEP-SEMH-INTERVENTIONS-MISSING': {
    severity: 'warning',
    meaning: 'The PEP indicates an SEMH need but records no SEMH interventions.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: complete picture of SEMH needs and interventions (where applicable)',
  },
  'PEP-SEMH-NEEDS-MISSING': {
    severity: 'warning',
    meaning: 'The PEP indicates an SEMH need (SDQ at concern level, an SEMH target, an SEMH primary need or SEMH interventions) but does not describe it.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: complete picture of SEMH needs and interventions (where applicable)',
  },
  'PEP-SEN-STATUS-MISSING': {
    severity: 'warning',
    meaning: 'The child\'s special educational needs status is not recorded.',
    source: 'Care Planning, Placement and Case Review (England) Regulations 2010, Sch 1 para 2 (any special educational needs)',
  },
  'PEP-SETTING-OFSTED-INADEQUATE': {
    severity: 'warning',
    meaning: "The school's Ofsted judgement is recorded as inadequate.",
    source: "The Virtual School Handbook (NAVSH, 2014), i) Principles underlying placement choice (never placed in a school judged by Ofsted to be 'inadequate', unless there are exceptional, evidence-based reasons)",
  },
  'PEP-SOCIAL-WORKER-ABSENT': {
    severity: 'warning',
    meaning: 'The social worker is listed as absent from the PEP meeting, and no social worker attended.',
    source: 'The Virtual School Handbook (NAVSH, 2014), vii) The role of the VSH in personal education planning (social workers always attend PEP meetings); Bolton Virtual School PEP guidance 2021/22, Post-PEP (Social Worker will attend and contribute)',
  },
  'PEP-SOCIAL-WORKER-VIEWS-MISSING': {
    severity: 'warning',
    meaning: 'The social worker\'s contribution is not recorded.',
    source: 'Halton Virtual School PEP Policy 2023-24, Process (it is essential that PEPs include the voice of the social worker and carer; PEPs without them are returned before PP+ is issued)',
  },
  'PEP-SUBMISSION-LATE': {
    severity: 'warning',
    meaning: 'The PEP was submitted after the policy\'s window from the meeting.',
    source: "The council's submission window: Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, §5 PEPs step 11; Halton Virtual School PEP Policy 2023-24, Information and Guidance; Bolton Virtual School PEP guidance 2021/22, Process",
  },
  'PEP-SUBMISSION-OVERDUE': {
    severity: 'warning',
    meaning: 'The PEP has no submission date and today is past the policy\'s submission window.',
    source: "The council's submission window: Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, §5 PEPs step 11; Halton Virtual School PEP Policy 2023-24, Information and Guidance; Bolton Virtual School PEP guidance 2021/22, Process",
  },
  'PEP-TARGET-BASELINE-MISSING': {
    severity: 'warning',
    meaning: 'A target records no baseline to measure it from (when policy.targets.baselineRequired; Barnet).',
    source: 'Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes (use a baseline for the outcome so you can measure it); Allocation of Pupil Premium Funding (the action plan shows the baseline data)',
  },
  'PEP-TARGET-DEADLINE-AFTER-NEXT-PEP': {
    severity: 'warning',
    meaning: "A target's deadline falls after the next PEP meeting (when policy.targets.deadlineByNextPep; Milton Keynes).",
    source: 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 1 (Time-bound: will this target be achieved in time for the next PEP meeting?)',
  },
  'PEP-TARGET-DUPLICATE': {
    severity: 'warning',
    meaning: 'A target repeats the text of an earlier target (ignoring case, spacing and punctuation).',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix B (targets driven by the outcomes for each identified need)',
  },
  'PEP-TARGET-ID-DUPLICATE': {
    severity: 'error',
    meaning: 'Two targets share an id, so PP+ requests and reviews cannot tell them apart.',
    source: 'pep-rules data consistency (PEP interchange format v1)',
  },
  'PEP-TARGET-NOT-SMART': {
    severity: 'warning',
    meaning: 'A target meets fewer SMART criteria than the policy\'s pass score.',
    source: "The council's SMART pass score: Halton Virtual School PEP Policy 2023-24, Appendix C QA of SMART Targets (5/5 outstanding, 4/5 good); Halton Virtual School PEP Policy 2023-24, Process (all targets are SMART)",
  },
  'PEP-TARGET-RESPONSIBLE-MISSING': {
    severity: 'warning',
    meaning: 'A target names no person responsible for taking it forward.',
    source: 'The Virtual School Handbook (NAVSH, 2014), Appendix 2 – The personal education planning cycle (details of who will take the plan forward)',
  },
  'PEP-TARGETS-MISSING': {
    severity: 'error',
    meaning: 'The PEP sets no targets.',
    source: 'DfE statutory guidance, Promoting the education of looked-after children and previously looked-after children (2018): SMART targets; Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria: targets are missing (Red)',
  },
  'PEP-TARGETS-NO-ACADEMIC': {
    severity: 'warning',
    meaning: 'No target is academic, and the policy asks for at least one.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix B (PEP targets should always include at least one academic target)',
  },
  'PEP-TARGETS-TOO-FEW': {
    severity: 'warning',
    meaning: 'The PEP has fewer targets than the policy\'s minimum.',
    source: "The council's minimum number of targets: Barnet Virtual School PEP Guidance, The PEP Meeting (a robust Action Plan with at least three outcomes)",
  },
  'PEP-TARGETS-UNBALANCED': {
    severity: 'warning',
    meaning: 'The targets are all academic or all personal, and the policy asks for a balance of both.',
    source: 'Halton Virtual School PEP Policy 2023-24, Appendix B (targets should present a balance of academic and personal development targets)',
  },
  'PEP-TODAY-INVALID': {
    severity: 'error',
    meaning: 'The date given for today is not a real date written YYYY-MM-DD; it was ignored.',
    source: 'pep-rules input conventions (dates are civil dates written YYYY-MM-DD)',
  },
  'PEP-TODAY-NOT-GIVEN': {
    severity: 'info',
    meaning: "Rules that compare with today's date were skipped because no date for today was given.",
    source: 'pep-rules input conventions (today is always given, never read from a clock)',
  },
  'PEP-TRANSITION-MISSING': {
    severity: 'warning',
    meaning: 'A transition PEP, or a Year 6 or Year 11 PEP in the spring or summer term, records neither the next setting nor a transition plan.',
    source: 'Barnet Virtual School PEP Guidance, §6 Supporting Transitions (Year 6 spring term: identify transition needs; summer term: transition PEP); Halton Virtual School PEP Policy 2023-24, Process (key year groups such as Year 11 or Year 6); The Virtual School Handbook (NAVSH, 2014), Quality Assuring the PEP (ensure effective transition)',
  },
} as const satisfies Record<string, CodeInfo>;

/** A finding code of the PEP rules: a key of {@link RULE_CODES}. */
export type RuleCode = keyof typeof RULE_CODES;
