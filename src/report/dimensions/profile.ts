/*
 * The performance profile (The Virtual School Handbook (NAVSH, 2014) §3h): the cohort broken down by year group, phase, SEN status and
 * education and care placement in or out of area. Internal: not re-exported.
 */
import { YEAR_GROUPS } from '../../core/enums';
import { _proportion } from '../_cohortStats';
import type { _AssessedPep } from '../_assessRecord';
import type { CohortBreakdown, CohortDimension, CohortGroup, CohortPepStatus } from '../types';
import type { FlaggedReading } from './_flagged';
import { isCurrent } from './pepStatus';
import { isGoodGrade, type QaSlot } from './qaGrades';

interface Dimension {
  readonly dimension: CohortDimension;
  readonly label: string;
  readonly keys: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  /** The child's group in this dimension. */
  readonly keyOf: (a: _AssessedPep) => string;
}

const area = (v: boolean | undefined): string => (v === true ? 'out-of-area' : v === false ? 'in-area' : 'not-recorded');
const AREA_KEYS = ['in-area', 'out-of-area', 'not-recorded'];
const AREA_LABELS = { 'in-area': 'In area', 'out-of-area': 'Out of area', 'not-recorded': 'Not recorded' };
const yearGroupLabel = (g: string): string => (g === 'N1' ? 'Nursery 1' : g === 'N2' ? 'Nursery 2' : g === 'R' ? 'Reception' : `Year ${g}`);

const DIMENSIONS: readonly Dimension[] = [
  {
    dimension: 'year-group',
    label: 'National curriculum year group',
    keys: [...YEAR_GROUPS, 'not-known'],
    labels: Object.fromEntries([...YEAR_GROUPS.map((g) => [g, yearGroupLabel(g)]), ['not-known', 'Not known']]),
    keyOf: (a) => a.yearGroup ?? 'not-known',
  },
  {
    dimension: 'phase',
    label: 'Phase',
    keys: ['early-years', 'school-age', 'post-16'],
    labels: { 'early-years': 'Early years', 'school-age': 'School age', 'post-16': 'Post-16' },
    keyOf: (a) => a.pep.phase,
  },
  {
    dimension: 'sen',
    label: 'SEN status',
    keys: ['none', 'sen-support', 'ehcp', 'not-recorded'],
    labels: { none: 'No SEN', 'sen-support': 'SEN support', ehcp: 'EHC plan', 'not-recorded': 'Not recorded' },
    keyOf: (a) => a.pep.sen?.status ?? 'not-recorded',
  },
  { dimension: 'education-area', label: 'Education placement in or out of area', keys: AREA_KEYS, labels: AREA_LABELS, keyOf: (a) => area(a.pep.education.setting.outOfArea) },
  { dimension: 'care-area', label: 'Care placement in or out of area', keys: AREA_KEYS, labels: AREA_LABELS, keyOf: (a) => area(a.pep.carePlacement?.outOfArea) },
];

/** The child's group in each dimension: the index of its key, 5 bits each in DIMENSIONS order (one number: compact). */
export interface ProfileSlot {
  groups: number;
}

/** How the profile reads a child of the other dimensions. */
export interface ProfileReading {
  readonly status: CohortPepStatus;
  readonly grade: QaSlot['grade'];
  readonly sdq: FlaggedReading;
  readonly attendance: FlaggedReading;
}

interface Tally {
  children: number;
  upToDate: number;
  overdue: number;
  good: number;
  graded: number;
  concern: number;
  sdq: number;
  below: number;
  attendance: number;
}

function count(t: Tally, r: ProfileReading): void {
  t.children += 1;
  if (isCurrent(r.status)) t.upToDate += 1;
  else if (r.status === 'overdue') t.overdue += 1;
  if (r.grade !== null) {
    t.graded += 1;
    if (isGoodGrade(r.grade)) t.good += 1;
  }
  if (r.sdq.band !== null) {
    t.sdq += 1;
    if (r.sdq.flagged) t.concern += 1;
  }
  if (r.attendance.band !== null) {
    t.attendance += 1;
    if (r.attendance.flagged) t.below += 1;
  }
}

function breakdown(d: Dimension, tallies: ReadonlyMap<string, Tally>, smallBelow: number): CohortBreakdown {
  const groups: CohortGroup[] = d.keys
    .filter((k) => tallies.has(k))
    .map((k) => {
      const t = tallies.get(k) as Tally;
      return {
        key: k,
        label: d.labels[k] ?? k,
        children: t.children,
        small: t.children < smallBelow,
        upToDate: _proportion(t.upToDate, t.children, smallBelow),
        overdue: t.overdue,
        goodQa: _proportion(t.good, t.graded, smallBelow),
        sdqConcern: _proportion(t.concern, t.sdq, smallBelow),
        attendanceBelow: _proportion(t.below, t.attendance, smallBelow),
      };
    });
  return { dimension: d.dimension, label: d.label, groups, smallGroups: groups.filter((g) => g.small).length };
}

/** The performance profile: one breakdown per dimension. */
export const profile = {
  add: (a: _AssessedPep): ProfileSlot => ({
    groups: DIMENSIONS.reduce((packed, d, i) => packed | (Math.max(0, d.keys.indexOf(d.keyOf(a))) << (5 * i)), 0),
  }),
  /** `readings[i]` is how the other dimensions read `cohort[i]`. */
  result(cohort: readonly ProfileSlot[], readings: readonly ProfileReading[], smallBelow: number): CohortBreakdown[] {
    return DIMENSIONS.map((d, i) => {
      const tallies = new Map<string, Tally>();
      cohort.forEach((c, n) => {
        const key = d.keys[(c.groups >> (5 * i)) & 31] as string;
        const t = tallies.get(key) ?? { children: 0, upToDate: 0, overdue: 0, good: 0, graded: 0, concern: 0, sdq: 0, below: 0, attendance: 0 };
        count(t, readings[n] as ProfileReading);
        tallies.set(key, t);
      });
      return breakdown(d, tallies, smallBelow);
    });
  },
};
