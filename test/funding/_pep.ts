import type { Pep, PepTarget } from '../../src/pep/schema';

/** Three complete targets (text, responsible, deadline), after Halton's target table (seed 003). */
export const COMPLETE_TARGETS: readonly PepTarget[] = [
  {
    id: 't1',
    area: 'academic',
    text: 'Improve from a grade 3 to a grade 4 in Maths (trigonometry and algebra).',
    actions: '1:1 tuition for an hour each week',
    responsible: 'Maths teacher',
    deadline: '2025-02-28',
    expectedOutcome: 'Grade 4 in the February mock exam',
  },
  {
    id: 't2',
    area: 'semh',
    text: 'Work as part of a group of up to 5 children and listen to others.',
    actions: 'Small circle time activities (15 minutes)',
    responsible: 'Class teacher',
    deadline: 'end of spring term',
    expectedOutcome: 'Takes part in circle time and team games',
  },
  {
    id: 't3',
    area: 'attendance',
    text: 'Raise attendance to 96% by February half term.',
    actions: 'Meet and greet at the start of each day',
    responsible: 'Key worker',
    deadline: 'February half term',
  },
];

/** Overrides for {@link makePep}: top-level fields replace; `child`, `meeting` and `education` merge one level. */
export type PepOverrides = Partial<Omit<Pep, 'child' | 'meeting' | 'education'>> & {
  child?: Partial<Pep['child']>;
  meeting?: Partial<Pep['meeting']>;
  education?: Partial<Pep['education']>;
};

/**
 * A valid PEP (PepSchema, interchange format v1) for funding tests: a core termly PEP for a child
 * in Year 6 in 2024/25 (born 1 May 2014, in care since 1 February 2023), meeting on 12 November
 * 2024 at a school with URN 123456, the views of the child, social worker and carer, three
 * complete targets, no PP+ requests.
 */
export function makePep(overrides: PepOverrides = {}): Pep {
  const { child, meeting, education, ...rest } = overrides;
  return {
    schemaVersion: 1,
    id: 'pep-2024-autumn',
    phase: 'school-age',
    kind: 'termly',
    core: true,
    term: { academicYear: '2024/25', term: 'autumn' },
    meeting: { date: '2024-11-12', format: 'in-person', ...meeting },
    attendees: [
      { role: 'designated-teacher', attended: true },
      { role: 'social-worker', attended: true },
      { role: 'carer', attended: true },
      { role: 'child', attended: true },
    ],
    child: {
      id: 'child-1',
      forename: 'Test',
      surname: 'Child',
      dateOfBirth: '2014-05-01',
      enteredCare: '2023-02-01',
      ...child,
    },
    education: { setting: { name: 'Oak Primary School', urn: '123456' }, ...education },
    views: {
      child: { text: 'I like maths club.' },
      socialWorker: { text: 'Settled in placement; supports the maths target.' },
      carer: { text: 'Reads with him each evening.' },
    },
    targets: COMPLETE_TARGETS.map((t) => ({ ...t })),
    ppPlus: { requests: [] },
    ...rest,
  };
}
