/**
 * A minimal school-age PEP (meeting Monday 20 January 2025) with the given suspensions, for the
 * tests that check a suspension reaches the schedule from every entry point.
 */
export const pepWithSuspensions = (suspensions: readonly Record<string, unknown>[]) => ({
  schemaVersion: 1,
  id: 'p1',
  phase: 'school-age',
  kind: 'termly',
  meeting: { date: '2025-01-20' },
  attendees: [],
  child: { id: 'c1', forename: 'A', surname: 'B', dateOfBirth: '2014-01-10', enteredCare: '2023-05-02' },
  education: { setting: { name: 'School' } },
  views: {},
  targets: [],
  exclusions: { suspensions },
});
