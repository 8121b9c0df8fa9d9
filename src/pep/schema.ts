import * as z from 'zod/mini';
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

// zod/mini keeps consumers' bundles small: the classic chained API pulls ~90 KiB gzip into every bundle.
/*
 * Patterns that mean the same in every regex engine a JSON Schema host may use (ECMAScript for ajv,
 * Python's `re` for jsonschema): `[0-9]`, never `\d` (which matches other scripts' digits in
 * Python), and no `$` left to pass a trailing newline (Python's `$` matches before one). A pattern of
 * fixed length carries that length in the JSON Schema; a pattern of variable length carries a `not`
 * pattern that rejects any character outside its class. The `z.meta` bounds add nothing the regex
 * does not already enforce in JavaScript, so findings are unchanged. docs/json-schema.md.
 */
// A real calendar date YYYY-MM-DD, leap years included: zod's own date pattern with digits as [0-9]
// and without year 0000, which Python's date type (and so jsonschema's format checker) refuses.
/** @internal The pattern of a date (the structural check answers it without the regular expression). */
export const _ISO_DATE =
  /^(?:(?:[0-9]{2}(?:[2468][048]|[13579][26]|0[48])|(?:0[48]|[2468][048]|[13579][26])00)-02-29|(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8])))$/;
const date = () => z.stringFormat('date', _ISO_DATE).check(z.meta({ minLength: 10, maxLength: 10 }));
/** A string matching `re`, which matches only strings of exactly `length` characters. */
const fixed = (re: RegExp, length: number, message: string) =>
  z.string().check(z.regex(re, { message }), z.meta({ minLength: length, maxLength: length }));
const time = () => fixed(/^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/, 5, "a time written 'HH:MM'");
const text = () => z.string().check(z.maxLength(100_000));
const id = () => z.string().check(z.minLength(1), z.maxLength(200));
const opt = z.optional;
const between = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
const intBetween = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const count = () => z.int().check(z.minimum(0));

const AttendeeSchema = z.looseObject({
  name: opt(text()),
  role: z.enum(ATTENDEE_ROLES),
  attended: z.boolean(),
  invited: opt(z.boolean()),
});

const ChildSchema = z.looseObject({
  id: id(),
  upn: opt(fixed(/^[A-Z][0-9]{11}[0-9A-Z]$/, 13, 'a 13-character unique pupil number')),
  forename: text(),
  surname: text(),
  dateOfBirth: date(),
  yearGroup: opt(z.enum(YEAR_GROUPS)),
  legalStatus: opt(z.enum(LEGAL_STATUS_CODE_LIST as [string, ...string[]])),
  enteredCare: date(),
  leftCare: opt(date()),
  previouslyLookedAfter: opt(z.enum(PREVIOUSLY_LOOKED_AFTER_ROUTES)),
  uasc: opt(z.boolean()),
});

const CarePlacementSchema = z.looseObject({
  type: opt(text()),
  startDate: opt(date()),
  outOfArea: opt(z.boolean()),
  changedSinceLastPep: opt(z.boolean()),
});

const EducationSchema = z.looseObject({
  setting: z.looseObject({
    name: text(),
    urn: opt(
      z.string().check(
        z.regex(/^[0-9]{6,7}$/, { message: 'a 6- or 7-digit URN' }),
        z.meta({ minLength: 6, maxLength: 7, not: { pattern: '[^0-9]' } }),
      ),
    ),
    type: opt(text()),
    ofsted: opt(z.enum(['outstanding', 'good', 'requires-improvement', 'inadequate', 'not-inspected'])),
    outOfArea: opt(z.boolean()),
  }),
  startDate: opt(date()),
  fullTime: opt(z.boolean()),
  hoursPerWeek: opt(between(0, 60)),
  alternativeProvision: opt(
    z.looseObject({
      inUse: z.boolean(),
      provider: opt(text()),
      hoursPerWeek: opt(between(0, 60)),
    }),
  ),
  changedSinceLastPep: opt(z.boolean()),
});

const AttendanceSchema = z.looseObject({
  periodStart: opt(date()),
  periodEnd: opt(date()),
  percentage: between(0, 100),
  sessionsPossible: opt(count()),
  unauthorisedSessions: opt(count()),
  codeBSessions: opt(count()),
});

const ExclusionsSchema = z.looseObject({
  suspensions: z.array(
    z.looseObject({
      startDate: date(),
      days: z.number().check(z.positive(), z.maximum(45)),
    }),
  ),
  permanent: opt(z.boolean()),
});

const SenSchema = z.looseObject({
  status: z.enum(SEN_STATUSES),
  primaryNeed: opt(text()),
  ehcpAnnualReview: opt(date()),
});

const AttainmentSchema = z.looseObject({
  subject: z.string().check(z.minLength(1), z.maxLength(100_000)),
  current: opt(text()),
  target: opt(text()),
  progress: opt(z.enum(PROGRESS_LEVELS)),
});

const SdqItem = z.union([z.literal(0), z.literal(1), z.literal(2), z.null()]);
const SdqRecordSchema = z.looseObject({
  informant: z.enum(SDQ_INFORMANTS),
  completedOn: date(),
  items: opt(z.array(SdqItem).check(z.length(25))),
  totalDifficulties: opt(intBetween(0, 40)),
});

const SemhSchema = z.looseObject({
  needs: opt(text()),
  interventions: opt(z.array(z.looseObject({ description: text() }))),
});

const ViewSchema = z.looseObject({
  text: opt(text()),
  howGathered: opt(text()),
});

const ViewsSchema = z.looseObject({
  child: opt(ViewSchema),
  carer: opt(ViewSchema),
  socialWorker: opt(ViewSchema),
  designatedTeacher: opt(ViewSchema),
  others: opt(z.array(z.looseObject({ role: text(), text: text() }))),
});

const PreviousTargetSchema = z.looseObject({
  id: id(),
  text: text(),
  outcome: z.enum(TARGET_OUTCOMES),
  progressScale: opt(intBetween(1, 5)),
  comment: opt(text()),
});

const TargetSchema = z.looseObject({
  id: id(),
  area: z.enum(TARGET_AREAS),
  text: text(),
  actions: opt(text()),
  responsible: opt(text()),
  deadline: opt(text()),
  expectedOutcome: opt(text()),
  baseline: opt(text()),
});

// Pounds, at most two decimal places (checked exactly, in pence, by the funding rules).
const MoneyAmount = z.number();

const PpPlusRequestSchema = z.looseObject({
  targetIds: z.array(id()),
  description: text(),
  category: opt(z.string().check(z.maxLength(100))),
  amount: MoneyAmount,
  breakdown: opt(
    z.array(
      z.looseObject({
        item: text(),
        amount: MoneyAmount,
        quantity: opt(z.number()),
        unitCost: opt(MoneyAmount),
      }),
    ),
  ),
});

const PpPlusSchema = z.looseObject({
  eligible: opt(z.boolean()),
  requests: z.array(PpPlusRequestSchema),
  spendToDate: opt(z.array(z.looseObject({ description: text(), amount: MoneyAmount, impact: opt(text()) }))),
});

const SignOffSchema = z.looseObject({
  designatedTeacher: opt(z.looseObject({ name: opt(text()), date: opt(date()) })),
  socialWorker: opt(z.looseObject({ name: opt(text()), date: opt(date()) })),
  submitted: opt(date()),
});

const EarlyYearsSchema = z.looseObject({
  fundedHoursPerWeek: opt(between(0, 60)),
  eypp: opt(z.boolean()),
  twoYearCheck: opt(date()),
  learningAndDevelopment: opt(text()),
  keyPerson: opt(z.boolean()),
});

const Post16Schema = z.looseObject({
  destination: opt(z.enum(['education', 'employment', 'training', 'apprenticeship', 'neet', 'unknown'])),
  course: opt(text()),
  bursary: opt(z.boolean()),
  careersGuidance: opt(z.boolean()),
  pathwayPlan: opt(z.boolean()),
});

const TransitionSchema = z.looseObject({
  nextSetting: opt(text()),
  plan: opt(text()),
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
  core: opt(z.boolean()),
  term: opt(
    z.looseObject({
      academicYear: fixed(/^[0-9]{4}\/[0-9]{2}$/, 7, "an academic year written '2024/25'"),
      term: z.enum(TERMS),
    }),
  ),
  meeting: z.looseObject({
    date: date(),
    time: opt(time()),
    venue: opt(text()),
    format: opt(z.enum(['in-person', 'virtual', 'phone'])),
  }),
  nextMeeting: opt(
    z.looseObject({
      date: opt(date()),
      time: opt(time()),
      venue: opt(text()),
    }),
  ),
  attendees: z.array(AttendeeSchema),
  child: ChildSchema,
  carePlacement: opt(CarePlacementSchema),
  education: EducationSchema,
  attendance: opt(AttendanceSchema),
  exclusions: opt(ExclusionsSchema),
  sen: opt(SenSchema),
  attainment: opt(z.array(AttainmentSchema)),
  sdq: opt(z.array(SdqRecordSchema)),
  semh: opt(SemhSchema),
  views: ViewsSchema,
  previousTargets: opt(z.array(PreviousTargetSchema)),
  targets: z.array(TargetSchema),
  ppPlus: opt(PpPlusSchema),
  aspirations: opt(text()),
  signOff: opt(SignOffSchema),
  earlyYears: opt(EarlyYearsSchema),
  post16: opt(Post16Schema),
  transition: opt(TransitionSchema),
});

/** A parsed PEP (interchange format version 1). */
export type Pep = z.infer<typeof PepSchema>;

/**
 * What a host sends: the PEP interchange format as written (unknown extra fields allowed). The PEP
 * entry points take it for editor help and still accept any value at run time.
 */
export type PepInput = z.input<typeof PepSchema>;
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
