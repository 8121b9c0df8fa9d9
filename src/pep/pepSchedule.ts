import * as z from 'zod/mini';
import { _zodIssuesToFindings } from '../core/_zodIssues';
import { PEP_KINDS, SDQ_INFORMANTS, TERMS, type PepKind, type Phase, type SdqInformant, type Term, type YearGroup } from '../core/enums';
import { finding, type Finding } from '../core/finding';
import { addCalendarMonths, fromDayNumber, type IsoDate, isoDateOf, isoParts, toDayNumberOrNull } from '../core/isoDate';
import { PolicySchema, type Policy, type PolicyDuration } from '../policy/schema';
import { sdqRequirement } from '../sdq/sdqRequirement';
import { academicYearOf, academicYearStarting, ncYearGroup } from '../deadlines/academicYear';
import { _addDuration, type _DurationEnv } from '../deadlines/_addDuration';
import { _readCalendar } from '../deadlines/_schoolDays';
import { _addWorking, _coverageFindings, _isFeed, _resolveOptions } from '../deadlines/_workingDays';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import type { InjectedHolidays } from '../deadlines/types';

/** A PEP meeting, held (on or before `today`) or planned (after it). */
export interface PepScheduleMeeting {
  readonly date: IsoDate;
  readonly kind?: PepKind;
  /** A core PEP (Milton Keynes: SDQ before each core PEP). */
  readonly core?: boolean;
  /** When the PEP was allocated to the designated teacher. */
  readonly allocatedOn?: IsoDate;
  /** When the completed PEP was submitted. */
  readonly submittedOn?: IsoDate;
  /** When the updated PEP reached every participant. */
  readonly distributedOn?: IsoDate;
}

/** A change of school or care placement. */
export interface PlacementChange {
  readonly date: IsoDate;
  readonly kind: 'school' | 'care';
}

/** Input of {@link pepSchedule}. */
export interface PepScheduleInput {
  /** The day the child became looked after. */
  readonly enteredCare: IsoDate;
  readonly dateOfBirth: IsoDate;
  /** The date statuses are judged on. Always explicit: the library never reads the clock. */
  readonly today: IsoDate;
  readonly meetings?: readonly PepScheduleMeeting[];
  /** Dates of statutory care-plan reviews already held (CPPCR 2010 reg 33). */
  readonly careReviews?: readonly IsoDate[];
  /** Completed SDQs. */
  readonly sdqs?: readonly { readonly informant: SdqInformant; readonly completedOn: IsoDate }[];
  readonly placementChanges?: readonly PlacementChange[];
  /** Date of an EHCP annual review (the last held or the next planned). */
  readonly ehcpAnnualReview?: IsoDate;
  /** The child's school calendar, for school-day timescales and term ends. */
  readonly calendar?: SchoolCalendar;
  /** An injected GOV.UK feed (from `bankHolidaysFromGovUk`). */
  readonly holidays?: InjectedHolidays;
  /** Window for `'due-soon'`, in working days after `today`. Default 10. */
  readonly dueSoonWorkingDays?: number;
}

/** Kinds of scheduled item. */
export type ScheduleItemKind =
  | 'initial-pep'
  | 'initial-pep-complete'
  | 'first-care-review'
  | 'care-review'
  | 'termly-pep'
  | 'submission'
  | 'distribution'
  | 'allocation'
  | 'reminder'
  | 'sdq-due'
  | 'placement-change-review'
  | 'ehcp-annual-review-pep';

/** Status of an item against `today`. */
export type ScheduleStatus = 'done' | 'upcoming' | 'due-soon' | 'overdue';

/** One dated obligation. */
export interface ScheduleItem {
  readonly kind: ScheduleItemKind;
  readonly due: IsoDate;
  /** The rule and its source (from the policy value's `source`). */
  readonly basis: string;
  readonly status: ScheduleStatus;
  /** When it was done, from the input (a meeting, a review, a submission date). */
  readonly completedOn?: IsoDate;
  /** Index into `input.meetings` for items that belong to a meeting. */
  readonly meeting?: number;
  /** Index into `input.placementChanges`. */
  readonly placementChange?: number;
  /** The term, for termly PEPs. */
  readonly term?: { readonly academicYear: string; readonly term: Term };
}

/** The result of {@link pepSchedule}. */
export interface PepSchedule {
  /** Items sorted by due date. Empty when the input or policy is unusable. */
  readonly items: readonly ScheduleItem[];
  readonly findings: readonly Finding[];
}

const SOURCE_INPUT = 'pepSchedule input';
const DUE_SOON_DEFAULT = 10;
const MAX_CHAIN = 80;
const NAVSH_DISTRIBUTION: PolicyDuration = Object.freeze({
  n: 5,
  unit: 'working-days' as const,
  source:
    'practice default, not statutory: seed 004 NAVSH Virtual School Handbook (2014) Appendix 2 (all participants receive the updated PEP within 5 working days); the policy sets no figure',
});
const EHCP_SOURCE = 'Children and Families Act 2014 s44 (EHC plan reviewed at least every 12 months)';
const CARE_ENDS_SOURCE = 'Children Act 1989 s105(1) (a child is a person under 18)';

const Day = z.iso.date();
const maybe = z.nullish;
const InputSchema = z.object({
  enteredCare: Day,
  dateOfBirth: Day,
  today: Day,
  meetings: maybe(
    z
      .array(
        z.object({
          date: Day,
          kind: maybe(z.enum(PEP_KINDS)),
          core: maybe(z.boolean()),
          allocatedOn: maybe(Day),
          submittedOn: maybe(Day),
          distributedOn: maybe(Day),
        }),
      )
      .check(z.maxLength(1000)),
  ),
  careReviews: maybe(z.array(Day).check(z.maxLength(500))),
  sdqs: maybe(z.array(z.object({ informant: z.enum(SDQ_INFORMANTS), completedOn: Day })).check(z.maxLength(1000))),
  placementChanges: maybe(z.array(z.object({ date: Day, kind: z.enum(['school', 'care']) })).check(z.maxLength(500))),
  ehcpAnnualReview: maybe(Day),
  calendar: maybe(
    z.custom<SchoolCalendar>((v) => _readCalendar(v) !== null, {
      message: 'must be the calendar returned by createSchoolCalendar',
      params: { code: 'CALENDAR-INVALID' },
    }),
  ),
  holidays: maybe(
    z.custom<InjectedHolidays>((v) => _isFeed(v), {
      message: 'must be the data returned by bankHolidaysFromGovUk',
      params: { code: 'HOLIDAYS-INVALID' },
    }),
  ),
  dueSoonWorkingDays: maybe(z.int().check(z.minimum(0), z.maximum(260))),
});

const UNIT_WORDS: Readonly<Record<PolicyDuration['unit'], [string, string]>> = Object.freeze({
  'working-days': ['working day', 'working days'],
  'school-days': ['school day', 'school days'],
  'calendar-days': ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
});

function describe(d: PolicyDuration): string {
  const [one, many] = UNIT_WORDS[d.unit];
  return `${d.n} ${d.n === 1 ? one : many}`;
}

const KIND_ORDER: readonly ScheduleItemKind[] = [
  'initial-pep',
  'initial-pep-complete',
  'first-care-review',
  'care-review',
  'placement-change-review',
  'allocation',
  'reminder',
  'sdq-due',
  'termly-pep',
  'ehcp-annual-review-pep',
  'submission',
  'distribution',
];

function phaseOf(group: YearGroup): Phase {
  if (group === 'N1' || group === 'N2') return 'early-years';
  if (group === '12' || group === '13') return 'post-16';
  return 'school-age';
}

function birthday(dateOfBirth: IsoDate, age: number): IsoDate {
  const { year, month, day } = isoParts(dateOfBirth);
  return isoDateOf(year + age, month, day) ?? `${year + age}-03-01`;
}

interface TermSlot {
  readonly academicYear: string;
  readonly term: Term;
  readonly due: IsoDate;
  readonly basis: string;
  /** Meetings in [from, to] count for this term. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly approximate: boolean;
}

/**
 * Every dated obligation for one looked-after child under a council policy, each
 * `{ kind, due, basis, status }` judged against an explicit `today`:
 *
 * - `initial-pep` (`policy.timescales.initiatePep` from entering care) and `initial-pep-complete`
 *   (`completeInitialPep`), done by the initial PEP meeting / its submission date (the meeting
 *   marked `kind: 'initial'`, else the first meeting held since entering care);
 * - `first-care-review` (20 working days, CPPCR 2010 reg 33(1)) and the `care-review` chain
 *   (3 months, then every 6 months, calendar months clamped), chained from the actual last review
 *   when `careReviews` gives it, from the due date otherwise, until the first one due after today;
 * - `termly-pep` for each term after the one the initial PEP falls in, up to the first term ending
 *   after today, while the child's year group is in a phase the policy runs PEPs for: due on the
 *   policy's `termlyDeadlines` date for that term, else the end of the term in `calendar`, else an
 *   approximation (the last working day on or before 20 December, 31 March, 20 July);
 * - after each meeting: `submission` and `distribution` (the policy value; distribution falls back
 *   to the NAVSH practice default of 5 working days, flagged); before each planned meeting:
 *   `allocation` and `reminder` items;
 * - `sdq-due` from `sdqRequirement` (pep-rules/sdq), `placement-change-review` for each school or
 *   care placement change (due within the policy's PEP initiation timescale), and
 *   `ehcp-annual-review-pep` (a PEP in the same term as the EHCP annual review) when the policy aligns them.
 *
 * School-day timescales need `calendar`; without one (or beyond it) they are counted as working
 * days, which can only make a deadline earlier, and `DEADLINE-SCHEDULE-CALENDAR-MISSING` /
 * `-CALENDAR-NOT-COVERED` says so. Status: `done` when the input shows it done, else `overdue`
 * when due before today, `due-soon` when due within `dueSoonWorkingDays` (default 10) working
 * days, else `upcoming`. Bad input (invalid dates, entering care before birth) gives findings and
 * no items, never a throw.
 * @param input - `{ enteredCare, dateOfBirth, today, meetings?, careReviews?, sdqs?, placementChanges?, ehcpAnnualReview?, calendar?, holidays?, dueSoonWorkingDays? }`.
 * @param policy - A council `Policy` (e.g. `policies.miltonKeynes`).
 * @returns `{ items, findings }`.
 * @example
 * import { pepSchedule } from 'pep-rules/rules';
 * import { policies } from 'pep-rules/policy';
 * const s = pepSchedule({ enteredCare: '2024-12-02', dateOfBirth: '2014-05-01', today: '2024-12-09' }, policies.england);
 * s.items.slice(0, 2).map((i) => [i.kind, i.due, i.status]);
 * //=> [['initial-pep', '2024-12-16', 'due-soon'], ['initial-pep-complete', '2025-01-02', 'upcoming']]
 */
export function pepSchedule(input: unknown, policy: Policy): PepSchedule {
  const parsed = InputSchema.safeParse(input);
  const findings: Finding[] = [];
  if (!parsed.success) findings.push(..._zodIssuesToFindings(parsed.error.issues, input, 'DEADLINE-SCHEDULE', SOURCE_INPUT));
  const checkedPolicy = PolicySchema.safeParse(policy);
  if (!checkedPolicy.success) findings.push(..._zodIssuesToFindings(checkedPolicy.error.issues, policy, 'DEADLINE-POLICY', 'policy'));
  if (!parsed.success || !checkedPolicy.success) {
    const raw = (input ?? {}) as { enteredCare?: unknown; dateOfBirth?: unknown };
    if (toDayNumberOrNull(raw.enteredCare) !== null && toDayNumberOrNull(raw.dateOfBirth) !== null && (raw.enteredCare as string) < (raw.dateOfBirth as string)) {
      findings.push(finding('DEADLINE-SCHEDULE-CARE-BEFORE-BIRTH', 'error', 'The child cannot enter care before being born.', ['enteredCare'], SOURCE_INPUT));
    }
    return { items: [], findings };
  }
  const data = parsed.data;
  const p = checkedPolicy.data;
  const ts = p.timescales;
  const { enteredCare, dateOfBirth, today } = data;

  if (enteredCare < dateOfBirth) {
    findings.push(finding('DEADLINE-SCHEDULE-CARE-BEFORE-BIRTH', 'error', 'The child cannot enter care before being born.', ['enteredCare'], SOURCE_INPUT));
  }
  if (today < dateOfBirth) {
    findings.push(finding('DEADLINE-SCHEDULE-TODAY-BEFORE-BIRTH', 'error', '`today` is before the date of birth.', ['today'], SOURCE_INPUT));
  }
  const adult = birthday(dateOfBirth, 18);
  if (enteredCare >= adult) {
    findings.push(
      finding('DEADLINE-SCHEDULE-CARE-AFTER-18', 'error', 'The child was 18 or over on entering care, so is not a looked-after child.', ['enteredCare'], CARE_ENDS_SOURCE),
    );
  }
  if (findings.length > 0) return { items: [], findings };

  const resolved = _resolveOptions({ region: p.region, ...(data.holidays ? { holidays: data.holidays } : {}) });
  const ctx = resolved.ctx;
  if (ctx === null) return { items: [], findings: resolved.findings };
  const cal = data.calendar ? _readCalendar(data.calendar) : null;
  const env: _DurationEnv = { ctx, calendar: cal };
  const todayDay = toDayNumberOrNull(today) as number;
  const soonDay = _addWorking(todayDay, data.dueSoonWorkingDays ?? DUE_SOON_DEFAULT, ctx) ?? todayDay;
  const soon = fromDayNumber(soonDay);

  const notes = new Map<string, Finding>();
  const note = (f: Finding): void => {
    if (!notes.has(f.code)) notes.set(f.code, f);
  };
  const items: ScheduleItem[] = [];
  const add = (
    d: PolicyDuration,
    from: IsoDate,
    direction: 1 | -1 = 1,
  ): { date: IsoDate | null; suffix: string } => {
    const r = _addDuration(from, d, env, direction);
    if (r.fallback === 'no-calendar') {
      note(
        finding(
          'DEADLINE-SCHEDULE-CALENDAR-MISSING',
          'warning',
          'A timescale is in school days but no school calendar was given: school days were counted as working days, which can only make the deadline earlier.',
          ['calendar'],
          d.source,
        ),
      );
      return { date: r.date, suffix: '; school days counted as working days (no school calendar given)' };
    }
    if (r.fallback === 'not-covered') {
      note(
        finding(
          'DEADLINE-SCHEDULE-CALENDAR-NOT-COVERED',
          'warning',
          'A school-day timescale runs outside the school calendar: those school days were counted as working days, which can only make the deadline earlier.',
          ['calendar'],
          d.source,
        ),
      );
      return { date: r.date, suffix: '; school days counted as working days (outside the school calendar)' };
    }
    return { date: r.date, suffix: '' };
  };
  const push = (item: Omit<ScheduleItem, 'status'>, path: readonly (string | number)[] | null): void => {
    const status: ScheduleStatus =
      item.completedOn !== undefined ? 'done' : item.due < today ? 'overdue' : item.due <= soon ? 'due-soon' : 'upcoming';
    items.push({ ...item, status });
    if (item.completedOn !== undefined && item.completedOn > item.due) {
      findings.push(
        finding('DEADLINE-SCHEDULE-LATE', 'warning', `The ${item.kind} item was done after its due date.`, path ?? undefined, item.basis),
      );
    }
  };

  // Held evidence, in this care episode.
  const meetings = (data.meetings ?? []).map((m, index) => ({ ...m, index }));
  meetings.forEach((m) => {
    if (m.date < enteredCare) {
      findings.push(
        finding('DEADLINE-SCHEDULE-MEETING-BEFORE-CARE', 'warning', `Meeting ${m.index} is before the child entered care; it is ignored.`, ['meetings', m.index, 'date'], SOURCE_INPUT),
      );
    }
  });
  const inCare = meetings.filter((m) => m.date >= enteredCare).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
  const held = inCare.filter((m) => m.date <= today);
  const planned = inCare.filter((m) => m.date > today);
  const doneOn = (d: IsoDate | null | undefined): IsoDate | undefined => (d !== null && d !== undefined && d <= today ? d : undefined);
  const reviews: IsoDate[] = [];
  (data.careReviews ?? []).forEach((d, i) => {
    if (d < enteredCare) {
      findings.push(
        finding('DEADLINE-SCHEDULE-REVIEW-BEFORE-CARE', 'warning', `Care review ${i} is before the child entered care; it is ignored.`, ['careReviews', i], SOURCE_INPUT),
      );
    } else if (d > today) {
      findings.push(
        finding('DEADLINE-SCHEDULE-REVIEW-AFTER-TODAY', 'warning', `Care review ${i} is dated after today; only held reviews count.`, ['careReviews', i], SOURCE_INPUT),
      );
    } else reviews.push(d);
  });
  reviews.sort();

  // Initial PEP: the meeting marked `initial`, else the first meeting held in care.
  const first = held.find((m) => m.kind === 'initial') ?? (inCare.some((m) => m.kind === 'initial') ? undefined : held[0]);
  const initiate = add(ts.initiatePep, enteredCare);
  let initialDue = initiate.date;
  if (initiate.date !== null) {
    push(
      {
        kind: 'initial-pep',
        due: initiate.date,
        basis: `Initial PEP initiated within ${describe(ts.initiatePep)} of entering care (${ts.initiatePep.source})${initiate.suffix}`,
        ...(first ? { completedOn: first.date, meeting: first.index } : {}),
      },
      first ? ['meetings', first.index, 'date'] : null,
    );
  }
  if (ts.completeInitialPep !== null) {
    const complete = add(ts.completeInitialPep, enteredCare);
    if (complete.date !== null) {
      initialDue = complete.date;
      const submitted = first ? doneOn(first.submittedOn) : undefined;
      push(
        {
          kind: 'initial-pep-complete',
          due: complete.date,
          basis: `Initial PEP completed within ${describe(ts.completeInitialPep)} of entering care (${ts.completeInitialPep.source})${complete.suffix}`,
          ...(submitted !== undefined && first ? { completedOn: submitted, meeting: first.index } : {}),
        },
        first && submitted !== undefined ? ['meetings', first.index, 'submittedOn'] : null,
      );
    }
  }

  // Care-plan reviews.
  const firstReview = add(ts.firstCareReview, enteredCare);
  let lastDue: IsoDate | null = null;
  if (firstReview.date !== null) {
    const held0 = reviews[0];
    push(
      {
        kind: 'first-care-review',
        due: firstReview.date,
        basis: `First review of the care plan within ${describe(ts.firstCareReview)} of entering care; the PEP must be available for it (${ts.firstCareReview.source})${firstReview.suffix}`,
        ...(held0 !== undefined ? { completedOn: held0 } : {}),
      },
      held0 !== undefined ? ['careReviews', 0] : null,
    );
    let anchor = held0 ?? firstReview.date;
    lastDue = firstReview.date;
    for (let i = 1; i < MAX_CHAIN; i++) {
      const d = i === 1 ? ts.secondCareReview : ts.laterCareReviews;
      const next = add(d, anchor);
      if (next.date === null || next.date >= adult) break;
      const heldI = reviews[i];
      push(
        {
          kind: 'care-review',
          due: next.date,
          basis: `${i === 1 ? 'Second review' : 'Later review'} of the care plan within ${describe(d)} of the previous review${reviews[i - 1] !== undefined ? '' : "'s due date"} (${d.source})${next.suffix}`,
          ...(heldI !== undefined ? { completedOn: heldI } : {}),
        },
        heldI !== undefined ? ['careReviews', i] : null,
      );
      lastDue = next.date;
      if (heldI === undefined && next.date > today) break;
      anchor = heldI ?? next.date;
    }
  }

  // Termly PEPs.
  const frequency = ts.pepFrequency.value;
  const wanted: readonly Term[] = frequency === 'termly' ? TERMS : frequency === 'twice-yearly' ? ['autumn', 'summer'] : ['summer'];
  const slot = (startYear: number, term: Term): TermSlot | null => {
    const year = academicYearStarting(startYear);
    const label = year.label;
    const monthWindow = (): [IsoDate, IsoDate] =>
      term === 'autumn'
        ? [`${startYear}-09-01`, `${startYear}-12-31`]
        : term === 'spring'
          ? [`${startYear + 1}-01-01`, `${startYear + 1}-03-31`]
          : [`${startYear + 1}-04-01`, `${startYear + 1}-08-31`];
    let [from, to] = monthWindow();
    const parts = cal ? cal.calendar.terms.filter((t) => t.academicYear === label && t.term === term) : [];
    if (parts.length > 0 && cal) {
      const end = parts.reduce((m, t) => (t.end > m ? t.end : m), parts[0]?.end ?? to);
      const start = parts.reduce((m, t) => (t.start < m ? t.start : m), parts[0]?.start ?? from);
      const before = cal.calendar.terms.filter((t) => t.end < start).reduce<IsoDate | null>((m, t) => (m === null || t.end > m ? t.end : m), null);
      from = before !== null && before >= addCalendarMonths(start, -4) ? fromDayNumber((toDayNumberOrNull(before) as number) + 1) : start;
      to = end;
    }
    const deadline = ts.termlyDeadlines.find((d) => d.academicYear === label && d.term === term);
    if (deadline) {
      return { academicYear: label, term, due: deadline.date, basis: `Termly PEP deadline for the ${term} term ${label} (${deadline.source})`, from, to, approximate: false };
    }
    if (parts.length > 0) {
      return {
        academicYear: label,
        term,
        due: to,
        basis: `Termly PEP by the end of the ${term} term ${label} (school calendar; ${ts.pepFrequency.source})`,
        from,
        to,
        approximate: false,
      };
    }
    const nominal = term === 'autumn' ? `${startYear}-12-20` : term === 'spring' ? `${startYear + 1}-03-31` : `${startYear + 1}-07-20`;
    const n = toDayNumberOrNull(nominal) as number;
    const prev = _addWorking(n + 1, -1, ctx) ?? n;
    return {
      academicYear: label,
      term,
      due: fromDayNumber(prev),
      basis: `Termly PEP by the end of the ${term} term ${label}, approximated as the last working day on or before ${nominal.slice(5)} (no term dates or deadline given; ${ts.pepFrequency.source})`,
      from,
      to,
      approximate: true,
    };
  };
  const startYearOf = (d: IsoDate): number => Number((academicYearOf(d)?.start ?? `${d.slice(0, 4)}-09-01`).slice(0, 4));
  const initialAnchor = initialDue ?? enteredCare;
  let approximated = false;
  let count = 0;
  outer: for (let y = startYearOf(enteredCare); y <= 9998; y++) {
    for (const term of TERMS) {
      if (!wanted.includes(term)) continue;
      const s = slot(y, term);
      if (s === null) continue;
      if (s.to < initialAnchor || (s.from <= initialAnchor && initialAnchor <= s.to)) continue; // the initial PEP stands for this term
      if (s.due >= adult) break outer;
      const group = ncYearGroup(dateOfBirth, s.due);
      if (group === null) {
        if (s.due > birthday(dateOfBirth, 5)) break outer;
        continue; // too young for any phase yet
      }
      if (!p.pep.phases.value.includes(phaseOf(group))) continue;
      const met = held.find((m) => m.date >= s.from && m.date <= s.to);
      if (s.approximate) approximated = true;
      push(
        {
          kind: 'termly-pep',
          due: s.due,
          basis: s.basis,
          term: { academicYear: s.academicYear, term: s.term },
          ...(met ? { completedOn: met.date, meeting: met.index } : {}),
        },
        met ? ['meetings', met.index, 'date'] : null,
      );
      count++;
      if ((!met && s.due > today) || s.from > today || count >= MAX_CHAIN) break outer;
    }
  }
  if (approximated) {
    note(
      finding(
        'DEADLINE-SCHEDULE-TERM-DATES-APPROXIMATE',
        'info',
        'Some termly PEP dates are approximate: the policy has no deadline for that term and no school calendar covers it.',
        ['calendar'],
        ts.pepFrequency.source,
      ),
    );
  }

  // After each meeting: submission and distribution.
  const distribution = ts.distributionAfterMeeting ?? NAVSH_DISTRIBUTION;
  if (ts.distributionAfterMeeting === null && inCare.length > 0) {
    note(
      finding(
        'DEADLINE-SCHEDULE-PRACTICE-DEFAULT',
        'info',
        'The policy sets no timescale for distributing the updated PEP; the NAVSH practice default of 5 working days was used.',
        undefined,
        NAVSH_DISTRIBUTION.source,
      ),
    );
  }
  for (const m of inCare) {
    if (ts.submissionAfterMeeting !== null) {
      const due = add(ts.submissionAfterMeeting, m.date);
      const completedOn = doneOn(m.submittedOn);
      if (due.date !== null) {
        push(
          {
            kind: 'submission',
            due: due.date,
            basis: `PEP submitted within ${describe(ts.submissionAfterMeeting)} of the meeting (${ts.submissionAfterMeeting.source})${due.suffix}`,
            meeting: m.index,
            ...(completedOn !== undefined ? { completedOn } : {}),
          },
          completedOn !== undefined ? ['meetings', m.index, 'submittedOn'] : null,
        );
      }
    }
    const due = add(distribution, m.date);
    const completedOn = doneOn(m.distributedOn);
    if (due.date !== null) {
      push(
        {
          kind: 'distribution',
          due: due.date,
          basis: `Updated PEP to every participant within ${describe(distribution)} of the meeting (${distribution.source})${due.suffix}`,
          meeting: m.index,
          ...(completedOn !== undefined ? { completedOn } : {}),
        },
        completedOn !== undefined ? ['meetings', m.index, 'distributedOn'] : null,
      );
    }
  }

  // Before each planned meeting: allocation and reminders.
  for (const m of planned) {
    if (ts.allocationBeforeMeeting !== null) {
      const due = add(ts.allocationBeforeMeeting, m.date, -1);
      const completedOn = doneOn(m.allocatedOn);
      if (due.date !== null) {
        push(
          {
            kind: 'allocation',
            due: due.date,
            basis: `PEP allocated to the designated teacher ${describe(ts.allocationBeforeMeeting)} before the meeting (${ts.allocationBeforeMeeting.source})${due.suffix}`,
            meeting: m.index,
            ...(completedOn !== undefined ? { completedOn } : {}),
          },
          completedOn !== undefined ? ['meetings', m.index, 'allocatedOn'] : null,
        );
      }
    }
    for (const r of ts.remindersBeforeMeeting) {
      const due = add(r, m.date, -1);
      if (due.date !== null) {
        push({ kind: 'reminder', due: due.date, basis: `Reminder ${describe(r)} before the meeting (${r.source})${due.suffix}`, meeting: m.index }, null);
      }
    }
  }

  // SDQ.
  const sdq = sdqRequirement(
    {
      dateOfBirth,
      enteredCare,
      onDate: today,
      sdqs: (data.sdqs ?? []).map((s) => ({ informant: s.informant, completedOn: s.completedOn })),
      corePepDates: inCare.filter((m) => m.core === true).map((m) => m.date),
    },
    p,
  );
  findings.push(...sdq.findings);
  if (sdq.nextDue !== null) push({ kind: 'sdq-due', due: sdq.nextDue, basis: sdq.basis }, null);

  // Placement changes.
  if (p.timescales.reviewOnPlacementChange.value) {
    (data.placementChanges ?? []).forEach((c, i) => {
      if (c.date < enteredCare) {
        findings.push(
          finding('DEADLINE-SCHEDULE-CHANGE-BEFORE-CARE', 'warning', `Placement change ${i} is before the child entered care; it is ignored.`, ['placementChanges', i, 'date'], SOURCE_INPUT),
        );
        return;
      }
      const due = add(ts.initiatePep, c.date);
      const met = held.find((m) => m.date >= c.date);
      if (due.date === null) return;
      push(
        {
          kind: 'placement-change-review',
          due: due.date,
          basis: `PEP review after a ${c.kind} placement change (${ts.reviewOnPlacementChange.source}); due within the PEP initiation timescale, ${describe(ts.initiatePep)} (${ts.initiatePep.source}), as the policy sets no separate figure${due.suffix}`,
          placementChange: i,
          ...(met ? { completedOn: met.date, meeting: met.index } : {}),
        },
        met ? ['meetings', met.index, 'date'] : null,
      );
    });
  }

  // EHCP annual review.
  if (ts.alignWithEhcpAnnualReview.value && data.ehcpAnnualReview) {
    const dates = [data.ehcpAnnualReview];
    if (data.ehcpAnnualReview <= today) dates.push(addCalendarMonths(data.ehcpAnnualReview, 12));
    for (const d of dates) {
      if (d < enteredCare || d >= adult) continue;
      const y = startYearOf(d);
      let window: TermSlot | null = null;
      for (const term of TERMS) {
        const s = slot(y, term);
        if (s !== null && s.from <= d && d <= s.to) window = s;
      }
      const met = window ? held.find((m) => window !== null && m.date >= window.from && m.date <= window.to) : undefined;
      push(
        {
          kind: 'ehcp-annual-review-pep',
          due: d,
          basis: `One PEP a year coincides with the EHCP annual review: a PEP in the same term (${ts.alignWithEhcpAnnualReview.source}); annual reviews every 12 months (${EHCP_SOURCE})`,
          ...(met ? { completedOn: met.date, meeting: met.index } : {}),
        },
        null,
      );
    }
  }

  const sorted = items.sort(
    (a, b) =>
      (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.meeting ?? -1) - (b.meeting ?? -1),
  );
  const lastItem = sorted[sorted.length - 1];
  const far = lastItem ? toDayNumberOrNull(lastItem.due) : null;
  const coverage = far !== null ? _coverageFindings(toDayNumberOrNull(enteredCare) as number, Math.max(far, lastDue ? (toDayNumberOrNull(lastDue) as number) : far), ctx) : [];
  return { items: sorted, findings: [...findings, ...notes.values(), ...coverage] };
}
