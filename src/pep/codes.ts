import type { CodeInfo } from '../core/finding';

const FORMAT = 'pep-rules PEP interchange format, version 1';
const LIB = 'pep-rules';
const SCHEDULE_POLICY = 'pep-rules policy format (a council policy as data), as read by the PEP schedule';
const CARE_PLAN = 'Care Planning, Placement and Case Review (England) Regulations 2010, the care plan and review timetable';
const TIMESCALES = 'Halton Virtual School PEP Policy 2023-24, Information and Guidance (PEP timescales in school days)';
const GRANT = 'DfE pupil premium conditions of grant for local authorities, eligibility';
const PLAC = 'DfE pupil premium conditions of grant, previously looked-after children (claimed by the school through the census)';
const EYPP = "GOV.UK Pupil premium: virtual school heads' responsibilities, early years pupil premium";
const POST_16 = 'DfE pupil premium conditions of grant (Reception to Year 11 only); 16 to 19 Bursary Fund guide';

/**
 * The finding codes of the PEP module: `parsePep` (the PEP format), `pepSchedule` (the dated
 * obligations of a child's PEP) and `ppPlusEligibility` (which the PEP facts step uses), with
 * severity, meaning and source. `docs/codes.md` is generated from this and the other modules'
 * catalogues (`npm run codes`).
 * @example
 * import { PEP_CODES } from 'pep-rules';
 * PEP_CODES['PEP-SCHEMA-VERSION'].severity;
 * //=> 'error'
 */
export const PEP_CODES = {
  'DEADLINE-POLICY-DATE': { severity: 'error', meaning: 'A date in the policy given to the PEP schedule is not a real date.', source: SCHEDULE_POLICY },
  'DEADLINE-POLICY-DEADLINE-DUPLICATE': { severity: 'error', meaning: 'The policy given to the PEP schedule has two termly deadlines for one term.', source: SCHEDULE_POLICY },
  'DEADLINE-POLICY-DEADLINE-YEAR': { severity: 'error', meaning: 'A termly deadline in the policy given to the PEP schedule is outside its academic year.', source: SCHEDULE_POLICY },
  'DEADLINE-POLICY-FORMAT': { severity: 'error', meaning: 'A value in the policy given to the PEP schedule is not in the expected format.', source: SCHEDULE_POLICY },
  'DEADLINE-POLICY-INVALID': { severity: 'error', meaning: 'A value in the policy given to the PEP schedule breaks one of its rules.', source: SCHEDULE_POLICY },
  'DEADLINE-POLICY-KEYS': { severity: 'error', meaning: 'The policy given to the PEP schedule has a setting the library does not know (often a typo).', source: SCHEDULE_POLICY },
  'DEADLINE-POLICY-PPPLUS-CAP-ORDER': { severity: 'error', meaning: 'The policy given to the PEP schedule has a PP+ cap per PEP above its yearly cap.', source: SCHEDULE_POLICY },
  'DEADLINE-POLICY-PEP-AGE-RANGE': { severity: 'error', meaning: 'The policy given to the PEP schedule has its PEP age range starting at or after the age it ends.', source: SCHEDULE_POLICY },
  'DEADLINE-POLICY-RANGE': { severity: 'error', meaning: 'A number in the policy given to the PEP schedule is outside its allowed range.', source: SCHEDULE_POLICY },
  'DEADLINE-POLICY-REQUIRED': { severity: 'error', meaning: 'The policy given to the PEP schedule lacks a value it must give.', source: SCHEDULE_POLICY },
  'DEADLINE-POLICY-SDQ-AGE-RANGE': { severity: 'error', meaning: 'The policy given to the PEP schedule has its lowest SDQ age above its highest.', source: SCHEDULE_POLICY },
  'DEADLINE-POLICY-SOURCE-MISSING': { severity: 'error', meaning: 'The policy given to the PEP schedule changes a value without citing its council document.', source: SCHEDULE_POLICY },
  'DEADLINE-POLICY-TOO-DEEP': { severity: 'error', meaning: 'The policy given to the PEP schedule is nested far too deeply to be read.', source: SCHEDULE_POLICY },
  'DEADLINE-POLICY-TYPE': { severity: 'error', meaning: 'The policy given to the PEP schedule, or a value in it, has the wrong type.', source: SCHEDULE_POLICY },
  'DEADLINE-POLICY-UNREADABLE': { severity: 'error', meaning: 'The policy given to the PEP schedule could not be read as plain JSON data.', source: SCHEDULE_POLICY },
  'DEADLINE-POLICY-VALUE': { severity: 'error', meaning: 'A value in the policy given to the PEP schedule is not one of the allowed choices.', source: SCHEDULE_POLICY },
  'DEADLINE-SCHEDULE-CALENDAR-INVALID': { severity: 'error', meaning: 'The school calendar given to the PEP schedule is not one built by createSchoolCalendar.', source: LIB },
  'DEADLINE-SCHEDULE-CALENDAR-MISSING': {
    severity: 'warning',
    meaning: 'A PEP timescale is in school days but no school calendar was given, so working days were counted instead; the deadline can only come out earlier.',
    source: TIMESCALES,
  },
  'DEADLINE-SCHEDULE-CALENDAR-NOT-COVERED': {
    severity: 'warning',
    meaning: 'A PEP timescale in school days runs past the school calendar given, so working days were counted there; the deadline can only come out earlier.',
    source: TIMESCALES,
  },
  'DEADLINE-SCHEDULE-CARE-AFTER-18': { severity: 'error', meaning: 'The child was 18 or over on entering care, so is not a looked-after child and has no PEP.', source: 'Children Act 1989, section 105(1) (a child is a person under 18)' },
  'DEADLINE-SCHEDULE-CARE-BEFORE-BIRTH': { severity: 'error', meaning: 'The date entered care is before the date of birth, so no schedule can be worked out.', source: LIB },
  'DEADLINE-SCHEDULE-CHANGE-BEFORE-CARE': { severity: 'warning', meaning: 'A school or care placement change is dated before the child entered care; it was ignored.', source: LIB },
  'DEADLINE-SCHEDULE-DATE': { severity: 'error', meaning: 'A date given to the PEP schedule is not a real date written YYYY-MM-DD.', source: LIB },
  'DEADLINE-SCHEDULE-HOLIDAYS-INVALID': { severity: 'error', meaning: 'The bank holidays given to the PEP schedule are not the data built from the GOV.UK feed.', source: LIB },
  'DEADLINE-SCHEDULE-INITIAL-AFTER-FIRST-REVIEW': {
    severity: 'warning',
    meaning:
      "The council's deadline for completing the initial PEP falls after the first statutory care review, for which the PEP must be available; the finding names both timescales.",
    source:
      'Care Planning, Placement and Case Review (England) Regulations 2010, reg 33(1) (first review within 20 working days); Barnet Virtual School PEP Guidance, §2 (a PEP available for the first statutory review meeting of the Care Plan, after 20 working days)',
  },
  'DEADLINE-SCHEDULE-LATE': { severity: 'warning', meaning: 'A PEP obligation (meeting, submission, distribution, review or SDQ) was done after its due date.', source: CARE_PLAN },
  'DEADLINE-SCHEDULE-MEETING-BEFORE-CARE': { severity: 'warning', meaning: 'A PEP meeting is dated before the child entered care; it was ignored.', source: LIB },
  'DEADLINE-SCHEDULE-PRACTICE-DEFAULT': {
    severity: 'info',
    meaning: 'The policy sets no timescale for sending the updated PEP to everyone, so the usual practice of 5 working days was used.',
    source: 'The Virtual School Handbook (NAVSH, 2014), Reviewing the PEP (updated PEP to all participants within 5 working days)',
  },
  'DEADLINE-SCHEDULE-RANGE': { severity: 'error', meaning: 'A number or list given to the PEP schedule is outside its allowed range.', source: LIB },
  'DEADLINE-SCHEDULE-REQUIRED': { severity: 'error', meaning: 'The PEP schedule lacks a date it needs (date of birth, date entered care or today).', source: LIB },
  'DEADLINE-SCHEDULE-REVIEW-AFTER-TODAY': { severity: 'warning', meaning: 'A care review is dated after today; only reviews already held count.', source: LIB },
  'DEADLINE-SCHEDULE-REVIEW-BEFORE-CARE': { severity: 'warning', meaning: 'A care review is dated before the child entered care; it was ignored.', source: LIB },
  'DEADLINE-SCHEDULE-TERM-DATES-APPROXIMATE': {
    severity: 'info',
    meaning: 'Some termly PEP dates are approximate: the policy has no deadline for that term and no school calendar covers it.',
    source: 'Halton Virtual School PEP Policy 2023-24, PEP deadline dates',
  },
  'DEADLINE-SCHEDULE-TODAY-BEFORE-BIRTH': { severity: 'error', meaning: 'Today is before the date of birth, so no schedule can be worked out.', source: LIB },
  'DEADLINE-SCHEDULE-TYPE': { severity: 'error', meaning: 'A value given to the PEP schedule has the wrong type.', source: LIB },
  'DEADLINE-SCHEDULE-VALUE': { severity: 'error', meaning: 'A value given to the PEP schedule is not one of the allowed choices (for example a placement change that is neither school nor care).', source: LIB },
  'PEP-SCHEMA-DATE': { severity: 'error', meaning: 'A date in the PEP is not a real date written YYYY-MM-DD.', source: FORMAT },
  'PEP-SCHEMA-FORMAT': { severity: 'error', meaning: 'A value in the PEP is not in the expected format (for example a time not written HH:MM).', source: FORMAT },
  'PEP-SCHEMA-NOT-OBJECT': { severity: 'error', meaning: 'The PEP is not a JSON object, so it cannot be read.', source: FORMAT },
  'PEP-SCHEMA-RANGE': { severity: 'error', meaning: 'A number or list in the PEP is outside its allowed range (for example attendance over 100%).', source: FORMAT },
  'PEP-SCHEMA-REQUIRED': { severity: 'error', meaning: 'The PEP lacks something it must record (for example the meeting date or the child\'s date of birth).', source: FORMAT },
  'PEP-SCHEMA-TYPE': { severity: 'error', meaning: 'A value in the PEP has the wrong type (for example text where a number is expected).', source: FORMAT },
  'PEP-SCHEMA-UNREADABLE': { severity: 'error', meaning: 'The PEP could not be read as plain JSON data.', source: FORMAT },
  'PEP-SCHEMA-VALUE': { severity: 'error', meaning: 'A value in the PEP is not one of the allowed choices (for example an unknown phase or attendee role).', source: FORMAT },
  'PEP-SCHEMA-VERSION': { severity: 'error', meaning: 'The PEP is written in a version of the format this version of the library does not read.', source: FORMAT },
  'PPPLUS-BELOW-NURSERY-AGE': { severity: 'info', meaning: 'The child is too young for nursery, so no pupil premium is due yet.', source: EYPP },
  'PPPLUS-CHILD-INVALID': { severity: 'error', meaning: "The child's details for PP+ eligibility are missing or have no date of birth.", source: LIB },
  'PPPLUS-DATE-INVALID': { severity: 'error', meaning: 'The date PP+ eligibility is judged on is not a real date.', source: LIB },
  'PPPLUS-DOB-AFTER-DATE': { severity: 'error', meaning: 'The date of birth is after the date PP+ eligibility is judged on.', source: LIB },
  'PPPLUS-DOB-INVALID': { severity: 'error', meaning: 'The date of birth is missing or not a real date.', source: LIB },
  'PPPLUS-EARLY-YEARS': {
    severity: 'info',
    meaning: 'A looked-after child of nursery age attracts the early years pupil premium (managed by the virtual school head, usually through the PEP), not PP+.',
    source: EYPP,
  },
  'PPPLUS-ENTERED-CARE-INVALID': { severity: 'error', meaning: 'The date entered care is not a real date; it was ignored.', source: LIB },
  'PPPLUS-LAC-AND-PLAC': { severity: 'info', meaning: 'The child is looked after again, so the looked-after route applies, not the previously-looked-after one.', source: GRANT },
  'PPPLUS-LAC-ELIGIBLE': { severity: 'info', meaning: 'The child is looked after and in a funded year group: PP+ is managed by the virtual school head.', source: GRANT },
  'PPPLUS-LAC-POST-16-LOCAL': { severity: 'info', meaning: "The young person is post-16 and funded by the council's own policy from retained PP+, not by the national grant.", source: POST_16 },
  'PPPLUS-LEFT-BEFORE-ENTERED': { severity: 'error', meaning: 'The date left care is before the date entered care; it was ignored.', source: LIB },
  'PPPLUS-LEFT-CARE': { severity: 'info', meaning: 'The child had left care on this date and no adoption, special guardianship or child arrangements order is recorded.', source: GRANT },
  'PPPLUS-LEFT-CARE-INVALID': { severity: 'error', meaning: 'The date left care is not a real date; it was ignored.', source: LIB },
  'PPPLUS-NOT-LOOKED-AFTER': { severity: 'info', meaning: 'Neither a date entered care nor a previously-looked-after route is recorded, so no PP+ is due.', source: GRANT },
  'PPPLUS-NOT-YET-IN-CARE': { severity: 'info', meaning: 'The child had not yet entered care on this date.', source: GRANT },
  'PPPLUS-PLAC-ABROAD-BEFORE-2023': { severity: 'info', meaning: 'Children adopted from state care outside England and Wales attract the premium only from 1 April 2023.', source: 'DfE pupil premium conditions of grant 2023-24, children adopted from state care outside England and Wales' },
  'PPPLUS-PLAC-EARLY-YEARS': { severity: 'info', meaning: 'A previously looked-after child of nursery age attracts the early years pupil premium, claimed by the early years provider.', source: EYPP },
  'PPPLUS-PLAC-ELIGIBLE': { severity: 'info', meaning: 'The child was previously looked after: the school claims the premium through the census; the virtual school does not hold it.', source: PLAC },
  'PPPLUS-PLAC-POST-16': { severity: 'info', meaning: 'A previously looked-after young person past Year 11 attracts no pupil premium.', source: POST_16 },
  'PPPLUS-PLAC-ROUTE-INVALID': { severity: 'error', meaning: 'The previously-looked-after route is not adoption, special guardianship, a child arrangements order or adoption from abroad; it was ignored.', source: LIB },
  'PPPLUS-POLICY-INVALID': { severity: 'error', meaning: 'The policy given for PP+ is not a valid council policy, so nothing was decided.', source: LIB },
  'PPPLUS-POST-16': { severity: 'info', meaning: 'No pupil premium after Year 11; a young person in care or a care leaver can apply for a 16 to 19 bursary.', source: POST_16 },
  'PPPLUS-YEAR-GROUP-INVALID': { severity: 'error', meaning: 'The recorded year group is not a real year group; it was ignored.', source: LIB },
  'PPPLUS-YEAR-GROUP-NOT-FUNDED': { severity: 'warning', meaning: "The child is looked after but in a year group the council's policy does not fund.", source: GRANT },
  'PPPLUS-YEAR-GROUP-OVERRIDE': { severity: 'info', meaning: 'The child is recorded out of their age group; the recorded year group was used.', source: GRANT },
  'PPPLUS-YEAR-GROUP-UNKNOWN': { severity: 'error', meaning: 'The year group cannot be worked out without a real date of birth or a recorded year group.', source: LIB },
} as const satisfies Record<string, CodeInfo>;

/** A finding code of the PEP module: a key of {@link PEP_CODES}. */
export type PepCode = keyof typeof PEP_CODES;
