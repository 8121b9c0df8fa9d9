import { z } from 'zod';
import {
  ATTENDEE_ROLES,
  LEGAL_STATUS_CODE_LIST,
  PEP_KINDS,
  PHASES,
  PREVIOUSLY_LOOKED_AFTER_ROUTES,
  PROGRESS_LEVELS,
  SDQ_INFORMANTS,
  SEN_STATUSES,
  TARGET_AREAS,
  TARGET_OUTCOMES,
  TERMS,
  YEAR_GROUPS,
} from '../core/enums';

/*
 * PEP interchange format, version 1 (DESIGN.md "PEP interchange format"). Every object is loose:
 * unknown extra fields are kept and ignored, because ePEP exports carry more than we read.
 * Missing optional sections are the rules' business, not the schema's.
 */

const date = () => z.iso.date().describe("A civil date, 'YYYY-MM-DD'.");
const time = () =>
  z
    .string()
    .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { message: "a time written 'HH:MM'" })
    .describe("A time of day, 'HH:MM' (24-hour).");
const text = () => z.string().max(100_000);
const id = () => z.string().min(1).max(200);

const AttendeeSchema = z.looseObject({
  name: text().optional(),
  role: z.enum(ATTENDEE_ROLES),
  attended: z.boolean(),
  invited: z.boolean().optional(),
});

const ChildSchema = z.looseObject({
  id: id(),
  upn: z
    .string()
    .regex(/^[A-Z]\d{11}[0-9A-Z]$/, { message: 'a 13-character unique pupil number' })
    .optional(),
  forename: text(),
  surname: text(),
  dateOfBirth: date(),
  yearGroup: z.enum(YEAR_GROUPS).optional(),
  legalStatus: z.enum(LEGAL_STATUS_CODE_LIST as [string, ...string[]]).optional(),
  enteredCare: date(),
  leftCare: date().optional(),
  previouslyLookedAfter: z.enum(PREVIOUSLY_LOOKED_AFTER_ROUTES).optional(),
  uasc: z.boolean().optional(),
});

const CarePlacementSchema = z.looseObject({
  type: text().optional(),
  startDate: date().optional(),
  outOfArea: z.boolean().optional(),
  changedSinceLastPep: z.boolean().optional(),
});

const EducationSchema = z.looseObject({
  setting: z.looseObject({
    name: text(),
    urn: z.string().regex(/^\d{6,7}$/, { message: 'a 6- or 7-digit URN' }).optional(),
    type: text().optional(),
    ofsted: z.enum(['outstanding', 'good', 'requires-improvement', 'inadequate', 'not-inspected']).optional(),
    outOfArea: z.boolean().optional(),
  }),
  startDate: date().optional(),
  fullTime: z.boolean().optional(),
  hoursPerWeek: z.number().min(0).max(60).optional(),
  alternativeProvision: z
    .looseObject({
      inUse: z.boolean(),
      provider: text().optional(),
      hoursPerWeek: z.number().min(0).max(60).optional(),
    })
    .optional(),
  changedSinceLastPep: z.boolean().optional(),
});

const AttendanceSchema = z.looseObject({
  periodStart: date().optional(),
  periodEnd: date().optional(),
  percentage: z.number().min(0).max(100),
  sessionsPossible: z.number().int().min(0).optional(),
  unauthorisedSessions: z.number().int().min(0).optional(),
  codeBSessions: z.number().int().min(0).optional(),
});

const ExclusionsSchema = z.looseObject({
  suspensions: z.array(
    z.looseObject({
      startDate: date(),
      days: z.number().positive().max(45),
    }),
  ),
  permanent: z.boolean().optional(),
});

const SenSchema = z.looseObject({
  status: z.enum(SEN_STATUSES),
  primaryNeed: text().optional(),
  ehcpAnnualReview: date().optional(),
});

const AttainmentSchema = z.looseObject({
  subject: text().min(1),
  current: text().optional(),
  target: text().optional(),
  progress: z.enum(PROGRESS_LEVELS).optional(),
});

const SdqItem = z.union([z.literal(0), z.literal(1), z.literal(2), z.null()]);
const SdqRecordSchema = z.looseObject({
  informant: z.enum(SDQ_INFORMANTS),
  completedOn: date(),
  items: z.array(SdqItem).length(25).optional(),
  totalDifficulties: z.number().int().min(0).max(40).optional(),
});

const SemhSchema = z.looseObject({
  needs: text().optional(),
  interventions: z.array(z.looseObject({ description: text() })).optional(),
});

const ViewSchema = z.looseObject({
  text: text().optional(),
  howGathered: text().optional(),
});

const ViewsSchema = z.looseObject({
  child: ViewSchema.optional(),
  carer: ViewSchema.optional(),
  socialWorker: ViewSchema.optional(),
  designatedTeacher: ViewSchema.optional(),
  others: z.array(z.looseObject({ role: text(), text: text() })).optional(),
});

const PreviousTargetSchema = z.looseObject({
  id: id(),
  text: text(),
  outcome: z.enum(TARGET_OUTCOMES),
  progressScale: z.number().int().min(1).max(5).optional(),
  comment: text().optional(),
});

const TargetSchema = z.looseObject({
  id: id(),
  area: z.enum(TARGET_AREAS),
  text: text(),
  actions: text().optional(),
  responsible: text().optional(),
  deadline: text().optional(),
  expectedOutcome: text().optional(),
  baseline: text().optional(),
});

const MoneyAmount = z.number().describe('Pounds, at most two decimal places (checked by the funding rules).');

const PpPlusRequestSchema = z.looseObject({
  targetIds: z.array(id()),
  description: text(),
  category: z.string().max(100).optional(),
  amount: MoneyAmount,
  breakdown: z
    .array(
      z.looseObject({
        item: text(),
        amount: MoneyAmount,
        quantity: z.number().optional(),
        unitCost: MoneyAmount.optional(),
      }),
    )
    .optional(),
});

const PpPlusSchema = z.looseObject({
  eligible: z.boolean().optional(),
  requests: z.array(PpPlusRequestSchema),
  spendToDate: z.array(z.looseObject({ description: text(), amount: MoneyAmount, impact: text().optional() })).optional(),
});

const SignOffSchema = z.looseObject({
  designatedTeacher: z.looseObject({ name: text().optional(), date: date().optional() }).optional(),
  socialWorker: z.looseObject({ name: text().optional(), date: date().optional() }).optional(),
  submitted: date().optional(),
});

const EarlyYearsSchema = z.looseObject({
  fundedHoursPerWeek: z.number().min(0).max(60).optional(),
  eypp: z.boolean().optional(),
  twoYearCheck: date().optional(),
  learningAndDevelopment: text().optional(),
  keyPerson: z.boolean().optional(),
});

const Post16Schema = z.looseObject({
  destination: z.enum(['education', 'employment', 'training', 'apprenticeship', 'neet', 'unknown']).optional(),
  course: text().optional(),
  bursary: z.boolean().optional(),
  careersGuidance: z.boolean().optional(),
  pathwayPlan: z.boolean().optional(),
});

const TransitionSchema = z.looseObject({
  nextSetting: text().optional(),
  plan: text().optional(),
});

/**
 * The zod schema of a PEP (interchange format version 1). Unknown fields are kept.
 * @example
 * import { PepSchema } from 'pep-rules/rules';
 * PepSchema.safeParse({ schemaVersion: 1 }).success;
 * //=> false
 */
export const PepSchema = z.looseObject({
  schemaVersion: z.literal(1),
  id: id(),
  phase: z.enum(PHASES),
  kind: z.enum(PEP_KINDS),
  core: z.boolean().optional(),
  term: z
    .looseObject({
      academicYear: z.string().regex(/^\d{4}\/\d{2}$/, { message: "an academic year written '2024/25'" }),
      term: z.enum(TERMS),
    })
    .optional(),
  meeting: z.looseObject({
    date: date(),
    time: time().optional(),
    venue: text().optional(),
    format: z.enum(['in-person', 'virtual', 'phone']).optional(),
  }),
  nextMeeting: z
    .looseObject({
      date: date().optional(),
      time: time().optional(),
      venue: text().optional(),
    })
    .optional(),
  attendees: z.array(AttendeeSchema),
  child: ChildSchema,
  carePlacement: CarePlacementSchema.optional(),
  education: EducationSchema,
  attendance: AttendanceSchema.optional(),
  exclusions: ExclusionsSchema.optional(),
  sen: SenSchema.optional(),
  attainment: z.array(AttainmentSchema).optional(),
  sdq: z.array(SdqRecordSchema).optional(),
  semh: SemhSchema.optional(),
  views: ViewsSchema,
  previousTargets: z.array(PreviousTargetSchema).optional(),
  targets: z.array(TargetSchema),
  ppPlus: PpPlusSchema.optional(),
  aspirations: text().optional(),
  signOff: SignOffSchema.optional(),
  earlyYears: EarlyYearsSchema.optional(),
  post16: Post16Schema.optional(),
  transition: TransitionSchema.optional(),
});

/** A parsed PEP (interchange format version 1). */
export type Pep = z.infer<typeof PepSchema>;
/** One PEP target. */
export type PepTarget = z.infer<typeof TargetSchema>;
/** One PP+ request in a PEP. */
export type PepPpPlusRequest = z.infer<typeof PpPlusRequestSchema>;
/** One SDQ record in a PEP. */
export type PepSdqRecord = z.infer<typeof SdqRecordSchema>;
/** An attendee of a PEP meeting. */
export type PepAttendee = z.infer<typeof AttendeeSchema>;
/** The child section of a PEP. */
export type PepChild = z.infer<typeof ChildSchema>;
