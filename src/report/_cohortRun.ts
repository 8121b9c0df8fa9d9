/*
 * The options of a cohort run, read once: the report date, the policy (through the policy gate),
 * names, the small-cohort threshold, the list limit and the calendar. Internal: not re-exported.
 */
import { _isRecord } from '../core/guards';
import { finding, type Finding } from '../core/finding';
import { isIsoDate, type IsoDate } from '../core/isoDate';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import { _resolvePolicy } from '../policy/definePolicy';
import { _isTrustedPolicy } from '../policy/gate';
import { england } from '../policy/presets/england';
import { PolicySchema, type Policy } from '../policy/schema';
import type { Roster } from './ssda903/types';
import type { CohortSummaryOptions } from './types';

const SMALL_COHORT_BELOW = 5;
const LIST_LIMIT = 100;

/** A cohort run's settings, checked. */
export interface _CohortRun {
  /** Problems with the options (`COHORT-TODAY-INVALID`, `COHORT-POLICY-INVALID`). */
  readonly findings: readonly Finding[];
  /** `false` when `today` or the policy is unusable: records are counted, nothing is worked out. */
  readonly ready: boolean;
  /** The report date (`'1970-01-01'` when `today` is unusable). */
  readonly day: IsoDate;
  /** The gated policy (england when none was given or the one given is unusable). */
  readonly policy: Policy;
  readonly includeNames: boolean;
  readonly smallBelow: number;
  readonly listLimit: number;
  readonly calendar: SchoolCalendar | undefined;
  /** The SSDA903 roster to join, when a usable one was given. */
  readonly roster: Roster | null;
  readonly matchOn: 'child-id' | 'upn';
  readonly shortBreaks: 'exclude' | 'include';
}

/** A roster as `readSsda903` makes it (checked by shape: every child an object with an id and a list of episodes). */
function rosterOf(value: unknown): Roster | null {
  if (!_isRecord(value) || !Array.isArray(value.children)) return null;
  const ok = value.children.every((c: unknown) => _isRecord(c) && typeof c.id === 'string' && Array.isArray(c.episodes));
  return ok ? (value as unknown as Roster) : null;
}

const intAtLeast = (value: unknown, min: number, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min ? value : fallback;

/**
 * The policy gate for a cohort. A policy from definePolicy or the presets is trusted as it is; any
 * other object must be a whole policy (not overrides of one) and is then passed through the gate once.
 */
function gatePolicy(value: unknown): Policy | null {
  if (value !== undefined && !_isTrustedPolicy(value) && !PolicySchema.safeParse(value).success) return null;
  const gated = _resolvePolicy(value);
  return gated.ok ? gated.policy : null;
}

/**
 * Reads the options of {@link cohortSummary}. Never throws.
 * @param options - Anything; a non-object counts as no options (and so an unusable `today`).
 * @returns The run's settings and the findings about them.
 */
export function _readCohortOptions(options: unknown): _CohortRun {
  const findings: Finding[] = [];
  const opts: Partial<CohortSummaryOptions> = _isRecord(options) ? options : {};
  const todayOk = isIsoDate(opts.today);
  if (!todayOk) {
    findings.push(finding('COHORT-TODAY-INVALID', 'error', "`today` must be a date written 'YYYY-MM-DD'; no figures were worked out.", ['today']));
  }
  const gated = gatePolicy(opts.policy);
  if (gated === null) {
    findings.push(finding('COHORT-POLICY-INVALID', 'error', 'The policy is not a valid council policy (use one of the council presets or a checked policy); no figures were worked out.', ['policy']));
  }
  const roster = opts.roster === undefined ? null : rosterOf(opts.roster);
  if (opts.roster !== undefined && roster === null) {
    findings.push(finding('COHORT-ROSTER-INVALID', 'error', 'The roster is not one read by readSsda903; the summary has no roster section.', ['roster']));
  }
  return {
    findings,
    ready: todayOk && gated !== null,
    day: (todayOk ? opts.today : '1970-01-01') as IsoDate,
    // With an unusable policy nothing is worked out; the fallback only fills the header and definitions.
    policy: gated ?? england,
    includeNames: opts.includeNames === true,
    smallBelow: intAtLeast(opts.smallCohortBelow, 1, SMALL_COHORT_BELOW),
    listLimit: intAtLeast(opts.listLimit, 0, LIST_LIMIT),
    calendar: opts.calendar,
    roster,
    matchOn: opts.matchOn === 'upn' ? 'upn' : 'child-id',
    shortBreaks: opts.shortBreaks === 'include' ? 'include' : 'exclude',
  };
}
