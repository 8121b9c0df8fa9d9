import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ATTENDEE_ROLES, PEP_KINDS, PHASES, SDQ_INFORMANTS, TARGET_AREAS, TARGET_OUTCOMES, YEAR_GROUPS } from '../../src/core/enums';
import { policies } from '../../src/policy/presets/index';
import { assessPep } from '../../src/rules/assessPep';
import { gradePep } from '../../src/rules/gradePep';
import { validatePep } from '../../src/rules/validatePep';
import type { QaGrade } from '../../src/rules/types';
import { deepFreeze, example, unset, type ExampleName } from './_helpers';

const TODAY = '2025-03-01';
const PRESETS = ['england', 'miltonKeynes', 'barnet', 'halton', 'bolton'] as const;
const RANK: Record<QaGrade, number> = { gold: 0, green: 1, amber: 2, red: 3 };
const GOOD: readonly ExampleName[] = ['school-age-good', 'early-years-good', 'post-16-good'];

/** Optional fields and sections of a PEP (never a whole target: see docs/rules.md on monotonicity). */
function removablePaths(pep: Record<string, any>): string[] {
  const paths = [
    'core', 'term', 'meeting.time', 'meeting.venue', 'meeting.format', 'nextMeeting', 'nextMeeting.date', 'nextMeeting.time',
    'nextMeeting.venue', 'carePlacement', 'education.alternativeProvision', 'education.fullTime', 'education.hoursPerWeek',
    'education.startDate', 'attendance', 'exclusions', 'sen', 'sen.primaryNeed', 'attainment', 'sdq', 'semh', 'semh.needs',
    'semh.interventions', 'views.child', 'views.child.text', 'views.child.howGathered', 'views.carer', 'views.socialWorker',
    'views.designatedTeacher', 'previousTargets', 'aspirations', 'signOff', 'signOff.submitted', 'earlyYears',
    'earlyYears.fundedHoursPerWeek', 'earlyYears.eypp', 'earlyYears.keyPerson', 'earlyYears.learningAndDevelopment', 'post16',
    'post16.destination', 'post16.bursary', 'post16.careersGuidance', 'post16.pathwayPlan', 'post16.course', 'child.yearGroup',
  ];
  (pep.attendees ?? []).forEach((_: unknown, i: number) => paths.push(`attendees.${i}.name`, `attendees.${i}.invited`));
  (pep.targets ?? []).forEach((_: unknown, i: number) =>
    paths.push(...['actions', 'responsible', 'deadline', 'expectedOutcome', 'baseline'].map((f) => `targets.${i}.${f}`)),
  );
  (pep.previousTargets ?? []).forEach((_: unknown, i: number) => paths.push(`previousTargets.${i}.comment`, `previousTargets.${i}.progressScale`));
  (pep.attainment ?? []).forEach((_: unknown, i: number) => paths.push(`attainment.${i}.current`, `attainment.${i}.target`, `attainment.${i}.progress`));
  return paths;
}

const gradeOf = (pep: unknown, policy: (typeof PRESETS)[number]): QaGrade => {
  const r = gradePep(pep, { policy: policies[policy], today: TODAY });
  if (!r.ok) throw new Error(`not graded: ${r.findings.map((f) => `${f.code} ${f.path?.join('.')}`).join(', ')}`);
  return r.grade;
};

describe('no throw, on anything', () => {
  it('validatePep, gradePep and assessPep return results for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const v = validatePep(value, { today: TODAY });
        const g = gradePep(value);
        const a = assessPep(value, { policy: policies.halton, today: TODAY });
        expect(Array.isArray(v.findings)).toBe(true);
        expect(typeof g.ok).toBe('boolean');
        expect(typeof a.valid).toBe('boolean');
      }),
      { seed: 42, numRuns: 300 },
    );
  });
  it('no rule fails on PEPs that lack optional sections, or carry odd but valid values', () => {
    const arb = fc.record({
      name: fc.constantFrom<ExampleName>('school-age-good', 'school-age-poor', 'early-years-good', 'early-years-poor', 'post-16-good', 'post-16-poor'),
      drop: fc.array(fc.nat(200), { maxLength: 25 }),
      phase: fc.constantFrom(...PHASES),
      kind: fc.constantFrom(...PEP_KINDS),
      yearGroup: fc.option(fc.constantFrom(...YEAR_GROUPS), { nil: undefined }),
      dates: fc.array(fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true }), { minLength: 4, maxLength: 4 }),
      policy: fc.constantFrom(...PRESETS),
      texts: fc.array(fc.string({ maxLength: 40 }), { minLength: 3, maxLength: 3 }),
    });
    fc.assert(
      fc.property(arb, ({ name, drop, phase, kind, yearGroup, dates, policy, texts }) => {
        const pep = example(name);
        const paths = removablePaths(pep);
        for (const d of drop) unset(pep, paths[d % paths.length]!);
        const iso = dates.map((d) => d.toISOString().slice(0, 10));
        Object.assign(pep, { phase, kind });
        Object.assign(pep.child, { dateOfBirth: iso[0], enteredCare: iso[1] });
        pep.meeting.date = iso[2];
        if (pep.nextMeeting) pep.nextMeeting.date = iso[3];
        if (yearGroup !== undefined) pep.child.yearGroup = yearGroup;
        pep.targets.push({ id: 't-extra', area: 'academic', text: texts[0], deadline: texts[1], baseline: texts[2] });
        const a = assessPep(pep, { policy: policies[policy], today: TODAY });
        expect(a.pep).not.toBeNull();
        expect(a.findings.filter((f) => f.code === 'PEP-RULE-FAILED')).toEqual([]);
        expect(a.grade?.ok).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('inputs are never mutated', () => {
  it.each(['school-age-good', 'school-age-poor', 'early-years-good', 'post-16-poor'] as const)('%s, deep-frozen, under every preset', (name) => {
    const frozen = deepFreeze(example(name));
    const copy = example(name);
    for (const policy of PRESETS) {
      const a = assessPep(frozen, { policy: policies[policy], today: TODAY });
      expect(a.findings.filter((f) => f.code === 'PEP-RULE-FAILED')).toEqual([]);
    }
    expect(frozen).toEqual(copy);
  });
});

describe('the grade never improves when information is removed', () => {
  it.each(GOOD)('%s: any set of optional fields removed grades no better than the full PEP', (name) => {
    const full = example(name);
    const paths = removablePaths(full);
    for (const policy of PRESETS) {
      const before = gradeOf(full, policy);
      fc.assert(
        fc.property(fc.subarray(paths, { minLength: 1 }), (remove) => {
          const pep = example(name);
          for (const p of remove) unset(pep, p);
          expect(RANK[gradeOf(pep, policy)]).toBeGreaterThanOrEqual(RANK[before]);
        }),
        { seed: 42, numRuns: 60 },
      );
    }
  });
  it.each(GOOD)('%s: removing more never grades better than removing less (nested removals)', (name) => {
    const paths = removablePaths(example(name));
    fc.assert(
      fc.property(fc.subarray(paths), fc.subarray(paths, { minLength: 1 }), fc.constantFrom(...PRESETS), (first, more, policy) => {
        const less = example(name);
        for (const p of first) unset(less, p);
        const most = example(name);
        for (const p of [...first, ...more]) unset(most, p);
        expect(RANK[gradeOf(most, policy)]).toBeGreaterThanOrEqual(RANK[gradeOf(less, policy)]);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('no personal data in any message', () => {
  /** Keys whose values are names or free text: each gets a marker the messages must never contain. */
  const FREE = new Set([
    'forename', 'surname', 'name', 'text', 'howGathered', 'needs', 'description', 'comment', 'actions', 'responsible', 'deadline',
    'expectedOutcome', 'baseline', 'aspirations', 'primaryNeed', 'subject', 'current', 'target', 'venue', 'item', 'impact', 'course',
    'nextSetting', 'plan', 'learningAndDevelopment', 'type', 'provider', 'role',
  ]);
  const ENUMS = new Set<string>([...ATTENDEE_ROLES, ...TARGET_AREAS, ...TARGET_OUTCOMES, ...SDQ_INFORMANTS]);
  let n = 0;
  function mark(value: unknown, key: string | null, markers: string[]): unknown {
    if (Array.isArray(value)) return value.map((v) => mark(v, key, markers));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v, k, markers)]));
    }
    if (typeof value === 'string' && key !== null && FREE.has(key) && !ENUMS.has(value)) {
      const marker = `ZQX${(n += 1)}Q`;
      markers.push(marker);
      return `${marker} ${value}`;
    }
    return value;
  }
  const records = [
    ...['school-age-good', 'school-age-poor', 'early-years-good', 'early-years-poor', 'post-16-good', 'post-16-poor'].map((n) => example(n as ExampleName)),
    ...readFileSync(new URL('../../examples/cohort.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown),
  ];
  it('names, free text, dates of birth and UPNs never appear in a finding message or the grade summary', () => {
    const leaks: string[] = [];
    for (const record of records) {
      const markers: string[] = [];
      const pep = mark(record, null, markers) as Record<string, any>;
      const personal = [pep.child?.dateOfBirth, pep.child?.upn].filter((v): v is string => typeof v === 'string');
      for (const policy of PRESETS) {
        const a = assessPep(pep, { policy: policies[policy], today: TODAY });
        const grading = a.grade;
        const texts = [
          ...a.findings.map((f) => f.message),
          ...(grading !== null ? [grading.summary, ...grading.criteria.flatMap((c) => c.findings.map((f) => f.message))] : []),
        ];
        for (const t of texts) for (const m of [...markers, ...personal]) if (t.includes(m)) leaks.push(`${policy}: ${t}`);
      }
      expect(markers.length).toBeGreaterThan(0);
    }
    expect(leaks).toEqual([]);
  });
});
