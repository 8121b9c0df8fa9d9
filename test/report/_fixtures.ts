/*
 * A hand-written cohort summary for the renderer's tests: every section populated, one small
 * year group, one overdue child with a name, and hostile text in labels and ids.
 */
import type { CohortGroup, CohortSummary } from '../../src/report/types';

const prop = (count: number, of: number, small = of > 0 && of < 5) => ({
  count,
  of,
  percent: of === 0 ? null : Math.round((count / of) * 1000) / 10,
  small,
});

const group = (key: string, label: string, children: number, upToDate: number): CohortGroup => ({
  key,
  label,
  children,
  small: children < 5,
  upToDate: prop(upToDate, children),
  overdue: children - upToDate,
  goodQa: prop(Math.min(children, 2), children),
  sdqConcern: prop(1, children),
  attendanceBelow: prop(0, children),
});

/** A summary with names (includesNames: true) and hostile strings. */
export function handmadeSummary(): CohortSummary {
  return {
    format: 'pep-rules-cohort-summary',
    version: 1,
    today: '2025-06-30',
    policy: { id: 'exampleshire', name: 'Exampleshire <Virtual> School & "Friends"', version: '2025/26' },
    definitions: {
      upToDate: 'Up to date when nothing is overdue.',
      dueSoonDays: 10,
      currentPep: 'Latest meeting per child.',
      smallCohortBelow: 5,
      smallCohortSource: 'seed 004 §5c iii',
      sdqConcernThreshold: 17,
      sdqConcernSource: 'DfE',
      sdqBandScheme: 'three-band',
      attendanceBelowPercent: 90,
      attendanceSource: 'DfE persistent absence',
      yearGroup: 'From date of birth.',
    },
    includesNames: true,
    records: { read: 12, valid: 11, invalid: 1, duplicatePepIds: 0, superseded: 1, futureDated: 0, leftCare: 0, children: 10 },
    upToDate: prop(8, 10),
    status: {
      total: 10,
      small: false,
      rows: [
        { key: 'up-to-date', label: 'Up to date', count: 7, percent: 70 },
        { key: 'due-soon', label: 'Up to date, next PEP due soon', count: 1, percent: 10 },
        { key: 'overdue', label: 'Overdue', count: 2, percent: 20 },
      ],
    },
    overdue: [
      { pepId: 'pep-9', childId: 'child-9', kind: 'termly-pep', due: '2025-03-31', days: 91, basis: 'Termly PEP', childName: 'Zed <b>Secret</b>' },
      { pepId: 'pep-<x>', childId: 'child-8', kind: 'initial-pep', due: '2025-06-01', days: 29, basis: 'Initial PEP' },
    ],
    dueSoon: [{ pepId: 'pep-7', childId: 'child-7', kind: 'termly-pep', due: '2025-07-04', days: 4, basis: 'Termly PEP' }],
    notKnown: [],
    qaGrades: {
      total: 10,
      small: false,
      rows: [
        { key: 'gold', label: 'Gold (outstanding)', count: 1, percent: 10 },
        { key: 'green', label: 'Green (good)', count: 4, percent: 40 },
        { key: 'amber', label: 'Amber (requires improvement)', count: 3, percent: 30 },
        { key: 'red', label: 'Red (inadequate)', count: 2, percent: 20 },
      ],
    },
    smartRatings: {
      total: 24,
      small: false,
      rows: [
        { key: 'outstanding', label: 'Outstanding', count: 10, percent: 41.7 },
        { key: 'good', label: 'Good', count: 8, percent: 33.3 },
        { key: 'requires-improvement', label: 'Requires improvement', count: 6, percent: 25 },
      ],
    },
    sdq: {
      bands: {
        total: 3,
        small: true,
        rows: [
          { key: 'normal', label: 'Normal', count: 1, percent: 33.3 },
          { key: 'borderline', label: 'Borderline', count: 1, percent: 33.3 },
          { key: 'abnormal', label: 'Abnormal (raised)', count: 1, percent: 33.3 },
          { key: 'not-banded', label: 'Not banded', count: 0, percent: 0 },
        ],
      },
      concern: prop(1, 3),
      notRecorded: 7,
      concernChildren: [{ pepId: 'pep-3', childId: 'child-3' }],
    },
    attendance: {
      bands: {
        total: 8,
        small: false,
        rows: [
          { key: 'below', label: 'Below 90%', count: 2, percent: 25 },
          { key: 'at-or-above', label: '90% or more', count: 6, percent: 75 },
        ],
      },
      below: prop(2, 8),
      notRecorded: 2,
      belowChildren: [
        { pepId: 'pep-4', childId: 'child-4' },
        { pepId: 'pep-5', childId: 'child-5' },
      ],
    },
    ppPlus: {
      years: [
        { financialYear: '2024-25', peps: 3, children: 3, requested: 2400, allowed: 1900, capped: 300, refused: 200, capsApplied: { 'per-pep-cap': 1 } },
        { financialYear: '2025-26', peps: 1, children: 1, requested: 450.5, allowed: 450.5, capped: 0, refused: 0, capsApplied: {} },
      ],
      total: { requested: 2850.5, allowed: 2350.5, capped: 300, refused: 200 },
    },
    breakdowns: [
      { dimension: 'year-group', label: 'National curriculum year group', groups: [group('5', 'Year 5', 6, 5), group('9', 'Year 9', 4, 3)], smallGroups: 1 },
      { dimension: 'phase', label: 'Phase', groups: [group('school-age', 'School age', 10, 8)], smallGroups: 0 },
      { dimension: 'sen', label: 'SEN status', groups: [group('none', 'No SEN', 7, 6), group('ehcp', 'EHC plan', 3, 2)], smallGroups: 1 },
      { dimension: 'education-area', label: 'Education placement in or out of area', groups: [group('not-recorded', 'Not recorded', 10, 8)], smallGroups: 0 },
      { dimension: 'care-area', label: 'Care placement in or out of area', groups: [group('not-recorded', 'Not recorded', 10, 8)], smallGroups: 0 },
    ],
    findingsByCode: [{ code: 'PEP-NEXT-MEETING-MISSING', severity: 'error', count: 3 }],
    invalid: {
      count: 1,
      byCode: [{ code: 'PEP-SCHEMA-REQUIRED', severity: 'error', count: 1 }],
      records: [{ record: 12, pepId: null, codes: ['PEP-SCHEMA-REQUIRED'] }],
    },
    findings: [],
  };
}
