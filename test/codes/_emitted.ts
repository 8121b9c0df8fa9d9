import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import * as lib from '../../src/index';

/*
 * Collects the finding codes the library emits, by running its public functions (through the root
 * entry point, so files may move without breaking this) over inputs that trigger many findings:
 * the example PEPs under every preset policy, hand-made bad inputs, and seeded fast-check runs of
 * arbitrary JSON and of mutated example PEPs. Seeded, so the set is the same on every run.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const TODAYS = ['2025-03-01', '2025-06-30', '2026-04-02', '2019-01-01'] as const;

/** Code → the severities it was seen with. */
export type Emitted = Map<string, Set<string>>;

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** The example PEPs, calendars and council policies shipped in `examples/`. */
export function examples(): { peps: unknown[]; calendars: unknown[]; policies: unknown[]; cohort: unknown[] } {
  const dir = (sub: string) => join(root, 'examples', sub);
  const list = (sub: string) =>
    readdirSync(dir(sub))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => readJson(join(dir(sub), f)));
  const cohort = readFileSync(join(root, 'examples', 'cohort.ndjson'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as unknown);
  return { peps: list('peps'), calendars: list('calendars'), policies: list('policies'), cohort };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** Walks a result and records every Finding-shaped object and every string listed under a `codes` key. */
export function record(value: unknown, into: Emitted, seen = new Set<unknown>()): void {
  if (!isObject(value) || seen.has(value)) return;
  seen.add(value);
  if (typeof value['code'] === 'string' && typeof value['severity'] === 'string' && typeof value['message'] === 'string') {
    add(into, value['code'], value['severity']);
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'codes' && Array.isArray(child)) for (const c of child) if (typeof c === 'string') add(into, c, '?');
    if (isObject(child)) record(child, into, seen);
  }
}

function add(into: Emitted, code: string, severity: string): void {
  const set = into.get(code) ?? new Set<string>();
  set.add(severity);
  into.set(code, set);
}

/** Calls `fn`, recording what it returns; a throw is some other test's business. */
function run(into: Emitted, fn: () => unknown): void {
  try {
    record(fn(), into);
  } catch {
    /* thrown errors are checked by the hardening tests */
  }
}

type Fn = (...args: unknown[]) => unknown;
/** A public function by name, so a renamed or moved export fails loudly here. */
function api(name: string): Fn {
  const fn = (lib as Record<string, unknown>)[name];
  if (typeof fn !== 'function') throw new Error(`pep-rules exports no function ${name}`);
  return fn as Fn;
}

function presets(): unknown[] {
  return Object.values(lib.policies as Record<string, unknown>);
}

/** Every PEP entry point over every example PEP, preset and `today`. */
function pepEntryPoints(into: Emitted, peps: readonly unknown[], calendars: readonly unknown[]): void {
  const cals = calendars.map((c) => (api('createSchoolCalendar')(c) as { calendar?: unknown }).calendar).filter((c) => c != null);
  for (const pep of peps) {
    run(into, () => api('parsePep')(pep));
    for (const policy of presets()) {
      for (const today of TODAYS) {
        for (const calendar of [undefined, ...cals]) {
          const options = calendar === undefined ? { policy, today } : { policy, today, calendar };
          run(into, () => api('validatePep')(pep, options));
          run(into, () => api('assessPep')(pep, options));
        }
      }
      run(into, () => api('validatePep')(pep, { policy }));
      run(into, () => api('gradePep')(pep, { policy, today: '2025-03-01' }));
    }
    run(into, () => api('validatePep')(pep, { today: 'not a date' }));
    run(into, () => api('validatePep')(pep, { policy: { id: 'broken' }, today: '2025-03-01' }));
    run(into, () => api('assessPep')(pep, { policy: 42, today: '2025-03-01' }));
  }
}

/** SDQ functions over bad and borderline questionnaires. */
function sdqInputs(into: Emitted): void {
  const scoreSdq = api('scoreSdq');
  const full = (v: number | null) => Array.from({ length: 25 }, () => v);
  const sparse = full(1).map((v, i) => (i % 5 < 3 ? null : v));
  const inputs: unknown[] = [
    null,
    'sdq',
    {},
    { informant: 'nurse', items: full(1) },
    { items: full(1) },
    { informant: 'parent' },
    { informant: 'parent', items: 'x' },
    { informant: 'parent', items: full(1).slice(0, 20) },
    { informant: 'parent', items: [...full(2).slice(0, 22), '1', 3, 1.5] },
    { informant: 'parent', items: [...full(2).slice(0, 24), { x: 1 }] },
    { informant: 'self', ageBand: '2-4', items: full(1) },
    { informant: 'teacher', ageBand: '2-4', items: full(1) },
    { informant: 'parent', ageBand: '2-4', items: full(1) },
    { informant: 'parent', ageBand: '9-99', items: full(1) },
    { informant: 'parent', items: sparse },
    { informant: 'parent', items: full(null) },
    { informant: 'parent', items: [1, 1, null, null, 1, ...full(2).slice(5)] },
    { informant: 'parent', items: full(2), impact: 'x' },
    { informant: 'parent', items: full(2), impact: { difficulties: 0, distress: 2 } },
    { informant: 'parent', items: full(2), impact: { difficulties: 2 } },
    { informant: 'parent', items: full(2), impact: { distress: 2, homeLife: 1 } },
    { informant: 'parent', items: full(2), impact: { difficulties: 2, distress: 1, colour: 3 } },
    { informant: 'parent', items: full(2), impact: { difficulties: 2, distress: '1', homeLife: 7, leisure: 1.5 } },
    { informant: 'parent', items: full(2), impact: { difficulties: 2, friendships: 1, peerRelations: 2 } },
    { informant: 'teacher', items: full(2), impact: { difficulties: 2, homeLife: 1, classroomLearning: 2 } },
    { informant: 'teacher', ageBand: '2-4', items: full(2), impact: { difficulties: 3, distress: 3, peerRelations: 3, classroomLearning: 3 } },
  ];
  for (const input of inputs) {
    run(into, () => scoreSdq(input));
    run(into, () => scoreSdq(input, { concernThreshold: 10 }));
  }
  run(into, () => scoreSdq({ informant: 'parent', items: full(1) }, 'x'));
  run(into, () => scoreSdq({ informant: 'parent', items: full(1) }, { concernThreshold: 99 }));
  const low = scoreSdq({ informant: 'parent', items: full(0) });
  const high = scoreSdq({ informant: 'teacher', items: full(2) });
  const young = scoreSdq({ informant: 'parent', ageBand: '2-4', items: full(2) });
  const bad = scoreSdq({ informant: 'x' });
  for (const [a, b] of [[low, high], [low, young], [bad, low], [null, low], [{ ok: true }, low], [{ ok: true, informant: 'parent', ageBand: '9' }, high]]) {
    run(into, () => api('compareSdq')(a, b));
  }
  const req = api('sdqRequirement');
  const reqInputs: unknown[] = [
    null,
    {},
    { dateOfBirth: '2014-01-01', enteredCare: '2020-01-01', onDate: 'x' },
    { dateOfBirth: '2014-01-01', enteredCare: '2020-01-01', onDate: '2025-03-01', sdqs: 'x', corePepDates: 'x' },
    { dateOfBirth: '2014-01-01', enteredCare: '2020-01-01', onDate: '2025-03-01', sdqs: [{ informant: 'x' }, { informant: 'parent', completedOn: '2026-01-01' }], corePepDates: ['x', '2025-06-01'] },
    { dateOfBirth: '2014-01-01', enteredCare: '2020-01-01', onDate: '2025-03-01', sdqs: [{ informant: 'parent', completedOn: '2022-01-01' }] },
    { dateOfBirth: '2008-09-01', enteredCare: '2018-01-01', onDate: '2024-10-01' },
    { dateOfBirth: '2009-03-01', enteredCare: '2012-01-01', onDate: '2025-01-01', corePepDates: [] },
  ];
  for (const input of reqInputs) for (const policy of presets()) run(into, () => req(input, policy));
}

/** SMART checks over poor targets, alone and as a set with a PEP for context. */
function smartInputs(into: Emitted, peps: readonly unknown[]): void {
  const texts: unknown[] = [
    '',
    '!!!',
    'N/A',
    'TBC',
    'see EHCP',
    'read read read read read read read read read read read read read read read read',
    'Improve behaviour.',
    'Try harder in maths.',
    'Be happier ongoing.',
    'Read 20 minutes each day by 31st October.',
    'Improve attendance to 95% by Easter.',
    'Achieve grade 9 in all subjects by next week.',
    'Reach age-related expectations in reading by the end of the summer term 2019.',
    'Spell 10 key words correctly by Feb half term.',
    'x'.repeat(12_000),
    { text: 42 },
    { text: 'Read daily', deadline: 'soon', area: 'semh' },
    { text: 'Attend every day by the end of the autumn term', area: 'academic', deadline: '2030-01-01' },
    42,
    null,
  ];
  const check = api('checkSmartTarget');
  const contexts: unknown[] = [undefined, 'x', { pep: 'x' }, { meetingDate: '2025-01-22', nextReviewDate: '2025-04-01' }];
  for (const pep of peps) contexts.push({ pep, meetingDate: '2025-01-22', nextReviewDate: '2025-03-01' });
  for (const text of texts) for (const ctx of contexts) run(into, () => check(text, ctx));
  const set = api('checkTargetSet');
  for (const ctx of contexts) {
    run(into, () => set('x', ctx));
    run(into, () => set(['Improve behaviour.', 'improve behaviour', 'Be happier ongoing.'], ctx));
    run(into, () => set([], ctx));
    run(into, () => set([{ text: 'Make friends at lunch by Easter', area: 'personal' }], ctx));
  }
}

/** PP+ checks over bad requests, ledgers and children. */
function fundingInputs(into: Emitted, peps: readonly unknown[]): void {
  const check = api('checkPpPlusRequest');
  const requests: unknown[] = [
    'x',
    [],
    [null, { targetIds: 'x', amount: 'ten' }, { targetIds: [], description: 'Tuition', amount: 5000, category: 'transport' }],
    [
      { targetIds: ['t1'], description: 'Tutor', amount: 300, category: 3, breakdown: [{ item: 'a', amount: 100, date: 'x' }] },
      { targetIds: ['t1'], description: 'Tutor', amount: 300, breakdown: [{ item: 'a', amount: 100, quantity: 2 }] },
      { targetIds: ['t1', 'zz'], description: 'Books', amount: 120.5, quantity: 3, unitCost: 40 },
      { targetIds: ['t1'], description: 'Trip', amount: 2000, breakdown: 'x' },
      { targetIds: ['t1'], description: 'Kit', amount: 10, quantity: -1, unitCost: 10 },
      { targetIds: ['t1'], description: 'Club', amount: 0.001 },
    ],
  ];
  const ledgers: unknown[] = [
    undefined,
    'x',
    [null, { date: 'x', amount: 1 }, { date: '2025-01-10', amount: 900, financialYear: '2023-24', setting: 'Other school' }, { date: '2025-02-01', amount: 'x', pepId: '' }, { date: '2025-02-01', amount: 10, financialYear: 'bad' }, { date: '2022-05-01', amount: 100 }, { date: '2025-01-15', amount: -5000 }],
  ];
  const qas: unknown[] = [undefined, 'x', { grade: 'red', robustPlan: false }, { grade: 'amber' }, {}];
  for (const policy of presets()) {
    for (const pep of [...peps, null, { meeting: { date: 'x' } }, { meeting: { date: '2031-06-01' }, child: { dateOfBirth: '2015-01-01', enteredCare: '2016-01-01' }, core: false }]) {
      for (const req of [undefined, ...requests]) {
        for (const ledger of ledgers) {
          for (const qa of qas) run(into, () => check({ pep, requests: req, ledger, qa }, policy));
        }
      }
    }
  }
  run(into, () => check(null));
  run(into, () => check({ pep: peps[0] }, { id: 'broken' }));
  const eligibility = api('ppPlusEligibility');
  const children: unknown[] = [
    null,
    {},
    { dateOfBirth: 'x' },
    { dateOfBirth: '2030-01-01' },
    { dateOfBirth: '2015-01-01', enteredCare: 'x', leftCare: 'y', previouslyLookedAfter: 'z', yearGroup: 'Q' },
    { dateOfBirth: '2015-01-01', enteredCare: '2020-01-01', leftCare: '2019-01-01' },
    { dateOfBirth: '2015-01-01', enteredCare: '2026-01-01' },
    { dateOfBirth: '2015-01-01', enteredCare: '2020-01-01', leftCare: '2022-01-01' },
    { dateOfBirth: '2015-01-01', enteredCare: '2020-01-01', previouslyLookedAfter: 'adoption' },
    { dateOfBirth: '2015-01-01', previouslyLookedAfter: 'adopted-from-abroad' },
    { dateOfBirth: '2015-01-01', previouslyLookedAfter: 'special-guardianship' },
    { dateOfBirth: '2015-01-01' },
    { dateOfBirth: '2021-06-01', enteredCare: '2022-01-01' },
    { dateOfBirth: '2021-06-01', previouslyLookedAfter: 'adoption' },
    { dateOfBirth: '2024-06-01', enteredCare: '2024-07-01' },
    { dateOfBirth: '2007-06-01', enteredCare: '2010-01-01' },
    { dateOfBirth: '2007-06-01', previouslyLookedAfter: 'adoption' },
    { dateOfBirth: '2015-01-01', enteredCare: '2020-01-01', yearGroup: '9' },
    { yearGroup: '5' },
  ];
  for (const child of children) {
    for (const on of ['2022-06-01', '2025-03-01', 'x']) for (const policy of presets()) run(into, () => eligibility(child, on, policy));
  }
  for (const ledger of ledgers) run(into, () => api('totalLedgerByFinancialYear')(ledger));
}

/** Policy, calendar, working-day and bank-holiday functions over bad input. */
function calendarAndPolicyInputs(into: Emitted, calendars: readonly unknown[], policies: readonly unknown[]): void {
  const define = api('definePolicy');
  const bad: unknown[] = [
    null,
    'x',
    [],
    { id: 'Bad Id' },
    { sdq: { requiredFor: { minAge: 17, maxAge: 4, source: 'Council X, section 1' } } },
    { sdq: { concernThreshold: { value: 12 } } },
    { ppPlus: { perPepCap: { pounds: 5000, source: 'Council X' }, perFinancialYearCap: { pounds: 100, source: 'Council X' } } },
    { timescales: { termlyDeadlines: [{ academicYear: '2024/25', term: 'autumn', date: '2024-11-08' }, { academicYear: '2024/25', term: 'autumn', date: '2024-11-09' }], source: 'Council X' } },
    { timescales: { termlyDeadlines: [{ academicYear: '2024', term: 'winter', date: 'x' }] } },
    { ppPlus: { perPepCap: { pounds: 1.234, source: 'x' } } },
    { region: 'mars', qa: { minimumGrade: 'platinum' } },
    { attendance: { concernBelowPercent: { value: 140, source: 'x' } } },
    ...policies,
  ];
  for (const overrides of bad) run(into, () => define(overrides));
  const create = api('createSchoolCalendar');
  const badCalendars: unknown[] = [
    null,
    {},
    { terms: 'x' },
    { terms: [] },
    { terms: [{ term: 'winter', start: 'x', end: '2025-01-01' }], region: 'mars', closures: ['x'], holidays: 'x' },
    { terms: [{ term: 'autumn', start: '2024-12-01', end: '2024-09-01' }] },
    { terms: [{ term: 'autumn', start: '2024-09-01', end: '2025-08-30' }] },
    { terms: [{ term: 'summer', start: '2025-07-20', end: '2025-09-10' }] },
    { terms: [{ term: 'autumn', start: '2024-09-02', end: '2024-12-20' }, { term: 'spring', start: '2024-12-01', end: '2025-03-28' }] },
    { terms: [{ term: 'autumn', start: '2024-09-02', end: '2024-12-20', halfTerms: [{ start: '2024-10-30', end: '2024-10-28' }, { start: '2025-02-01', end: '2025-02-05' }], insetDays: ['2025-01-10'] }] },
    { terms: [{ term: 'autumn', start: '2030-09-02', end: '2030-12-20' }] },
    ...calendars,
  ];
  for (const input of badCalendars) run(into, () => create(input));
  const cal = (create(calendars[0]) as { calendar?: unknown }).calendar;
  const dates: unknown[] = ['2025-01-10', 'x', '9999-12-30', '1990-05-01', '2031-01-01', '1000-01-02'];
  const amounts: unknown[] = [5, 1.5, 'x', 10_000_000, -20, 100_000];
  const options: unknown[] = [undefined, 'x', { region: 'mars' }, { closures: ['x'] }, { closures: 'x' }, { holidays: 'x' }];
  for (const d of dates) {
    for (const n of amounts) {
      for (const o of options) {
        run(into, () => api('addWorkingDaysChecked')(d, n, o));
        run(into, () => api('workingDaysBetweenChecked')(d, '2032-01-01', o));
      }
      for (const c of [cal, 'x', null]) {
        run(into, () => api('addSchoolDaysChecked')(d, n, c));
        run(into, () => api('schoolDaysBetweenChecked')(d, '2025-03-01', c));
      }
    }
  }
  for (const year of [2025, 1980, 2040, 'x', 20000, 1.5]) for (const o of options) run(into, () => api('bankHolidaysChecked')(year, 'england-and-wales', o));
  run(into, () => api('bankHolidaysChecked')(2025, 'mars'));
  const feeds: unknown[] = [
    '{not json',
    {},
    { 'england-and-wales': { division: 'scotland', events: [] } },
    { 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'New Year', date: '2025-01-01' }, { title: 'Again', date: '2025-01-01' }] } },
    { 'england-and-wales': { division: 'england-and-wales', events: [{ title: '', date: 'x' }] } },
    { scotland: 'x' },
  ];
  for (const feed of feeds) run(into, () => api('bankHolidaysFromGovUk')(feed));
  for (const v of [null, 'x', Infinity, 1e12, 1.234, 0, -5, 12.5]) run(into, () => api('poundsToPence')(v));
}

/** pepSchedule over bad and awkward inputs under every preset. */
function scheduleInputs(into: Emitted, calendars: readonly unknown[]): void {
  const schedule = api('pepSchedule');
  const cal = (api('createSchoolCalendar')(calendars[0]) as { calendar?: unknown }).calendar;
  const inputs: unknown[] = [
    null,
    {},
    { enteredCare: 'x', dateOfBirth: '2015-01-01', today: '2025-01-01', calendar: 'x', holidays: 'x', dueSoonWorkingDays: -1 },
    { enteredCare: '2014-01-01', dateOfBirth: '2015-01-01', today: '2025-01-01' },
    { enteredCare: '2034-01-01', dateOfBirth: '2015-01-01', today: '2014-01-01' },
    { enteredCare: '2020-01-01', dateOfBirth: '2000-01-01', today: '2025-01-01' },
    {
      enteredCare: '2024-09-01',
      dateOfBirth: '2012-01-01',
      today: '2025-06-01',
      meetings: [{ date: '2024-08-01' }, { date: '2024-11-30', initial: true, submittedOn: '2025-02-01', distributedOn: '2025-03-01' }],
      careReviews: ['2024-01-01', '2030-01-01', '2024-10-30'],
      placementChanges: [{ date: '2024-01-01', kind: 'school' }, { date: '2025-01-10', kind: 'care' }],
      sdqs: [{ informant: 'parent', completedOn: '2024-10-01' }],
      ehcpAnnualReview: '2025-02-01',
    },
    { enteredCare: '2024-09-01', dateOfBirth: '2012-01-01', today: '2027-06-01', calendar: cal },
  ];
  for (const input of inputs) for (const policy of [...presets(), { id: 'broken' }]) run(into, () => schedule(input, policy));
}

/** The cohort report over the example cohort, a mixed cohort and bad options. */
function cohortInputs(into: Emitted, cohort: readonly unknown[], peps: readonly unknown[]): void {
  const summary = api('cohortSummary');
  const first = cohort[0] as Record<string, unknown>;
  const mixed: unknown[] = [
    ...cohort,
    ...peps,
    null,
    'x',
    { schemaVersion: 2 },
    { ...first, child: { ...(first['child'] as object), id: 'Jane Smith' } },
    { ...first, child: { ...(first['child'] as object), id: 'other-child', enteredCare: '1990-01-01', dateOfBirth: '2000-01-01' } },
  ];
  for (const policy of [undefined, ...presets(), { id: 'broken' }]) {
    for (const today of ['2025-06-30', 'x']) {
      const options = policy === undefined ? { today } : { today, policy };
      run(into, () => summary(mixed, options));
    }
  }
  run(into, () => summary(42, { today: '2025-06-30' }));
  run(into, () =>
    summary(
      (function* () {
        yield cohort[0];
        throw new Error('stop');
      })(),
      { today: '2025-06-30' },
    ),
  );
}

/** Seeded fast-check: arbitrary JSON into every function, and example PEPs with one field replaced or removed. */
function fuzz(into: Emitted, peps: readonly unknown[], runs: number): void {
  const json = fc.jsonValue({ maxDepth: 3 });
  const fns: [string, (v: unknown, w: unknown) => unknown][] = [
    ['scoreSdq', (v) => api('scoreSdq')(v)],
    ['compareSdq', (v, w) => api('compareSdq')(v, w)],
    ['sdqRequirement', (v) => api('sdqRequirement')(v, lib.policies.england)],
    ['checkSmartTarget', (v, w) => api('checkSmartTarget')(v, w)],
    ['checkTargetSet', (v, w) => api('checkTargetSet')(v, w)],
    ['checkPpPlusRequest', (v) => api('checkPpPlusRequest')(v, lib.policies.halton)],
    ['ppPlusEligibility', (v, w) => api('ppPlusEligibility')(v, w)],
    ['totalLedgerByFinancialYear', (v) => api('totalLedgerByFinancialYear')(v)],
    ['definePolicy', (v) => api('definePolicy')(v)],
    ['createSchoolCalendar', (v) => api('createSchoolCalendar')(v)],
    ['addWorkingDaysChecked', (v, w) => api('addWorkingDaysChecked')(v, 3, w)],
    ['bankHolidaysFromGovUk', (v) => api('bankHolidaysFromGovUk')(v)],
    ['pepSchedule', (v) => api('pepSchedule')(v, lib.policies.england)],
    ['validatePep', (v) => api('validatePep')(v, { today: '2025-03-01' })],
    ['cohortSummary', (v) => api('cohortSummary')([v], { today: '2025-06-30' })],
  ];
  fns.forEach(([, fn], i) => {
    fc.assert(
      fc.property(json, json, (v, w) => {
        run(into, () => fn(v, w));
      }),
      { numRuns: runs, seed: 1400 + i },
    );
  });
  const pepArb = fc.constantFrom(...peps);
  const mutation = fc.tuple(pepArb, fc.nat(), fc.option(json, { nil: undefined }));
  fc.assert(
    fc.property(mutation, ([pep, at, value]) => {
      const mutated = mutate(pep, at, value);
      for (const policy of presets()) run(into, () => api('assessPep')(mutated, { policy, today: '2025-06-30' }));
    }),
    { numRuns: runs, seed: 1499 },
  );
}

/** A deep copy of `value` with the `at`-th node (depth-first) replaced by `replacement`, or removed when undefined. */
export function mutate(value: unknown, at: number, replacement: unknown): unknown {
  const copy = structuredClone(value);
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((v, i) => (slots.push([node, i]), walk(v)));
    else if (isObject(node)) for (const k of Object.keys(node)) slots.push([node, k]), walk(node[k]);
  };
  walk(copy);
  const slot = slots[at % Math.max(1, slots.length)];
  if (slot === undefined) return copy;
  const [parent, key] = slot;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else (parent as Record<string | number, unknown>)[key] = replacement;
  return copy;
}

/** Every code the library emitted over the inputs above, with the severities seen. */
export function collectEmitted(runs = 150): Emitted {
  const into: Emitted = new Map();
  const ex = examples();
  const peps = [...ex.peps, ...ex.cohort.slice(0, 12)];
  pepEntryPoints(into, peps, ex.calendars);
  sdqInputs(into);
  smartInputs(into, ex.peps);
  fundingInputs(into, ex.peps);
  calendarAndPolicyInputs(into, ex.calendars, ex.policies);
  scheduleInputs(into, ex.calendars);
  cohortInputs(into, ex.cohort, ex.peps);
  fuzz(into, peps, runs);
  return into;
}
