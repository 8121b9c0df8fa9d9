import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessPep } from '../../src/rules/assessPep';
import { PEP_LIFECYCLE, pepLifecycle } from '../../src/rules/lifecycle';
import { nextPepActions, PEP_ACTIONS, type NextPepActions } from '../../src/rules/nextPepActions';
import { policies } from '../../src/policy/index';
import * as root from '../../src/index';
import * as rulesEntry from '../../src/rules/index';

const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../examples/peps/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const good = example('school-age-good'); // meeting 2025-01-15, submitted 2025-01-20, gold, PP+ £825 allowed
const poor = example('school-age-poor'); // meeting 2025-01-22, not submitted, errors
const rows = (n: NextPepActions) => n.actions.map((a) => [a.role, a.action, a.due, a.status]);
const lifecycleRows = (n: NextPepActions) => n.actions.filter((a) => a.from === 'lifecycle').map((a) => [a.role, a.action, a.due, a.status]);

describe('Halton Virtual School PEP Policy 2023-24, Process: submitted, quality-assured, PP+ released', () => {
  const a = assessPep(good, { today: '2025-01-28' });

  it('a clean submitted PEP waits for the virtual school\'s QA, with the library\'s grade as its proposal', () => {
    const n = nextPepActions(a);
    expect(n.lifecycle).toEqual({
      stage: 'submitted',
      since: '2025-01-20',
      from: 'assessment',
      grade: 'gold',
      missing: [],
      signedOff: { designatedTeacher: true, socialWorker: true },
      ppPlus: { requested: 825, allowed: 825 },
      ignoredEvents: 0,
    });
    expect(lifecycleRows(n)).toEqual([['virtual-school', 'quality-assure-pep', null, 'open']]);
  });

  it('"Following completion of a satisfactory PEP, the amount of PPG requested for the term will be released": the virtual school releases it', () => {
    const n = nextPepActions(a, { events: [{ stage: 'quality-assured', date: '2025-01-27', grade: 'green' }] });
    expect([n.lifecycle?.stage, n.lifecycle?.grade, n.lifecycle?.from]).toEqual(['quality-assured', 'green', 'event']);
    expect(lifecycleRows(n)).toEqual([['virtual-school', 'release-ppplus', null, 'open']]);
    const released = nextPepActions(a, { events: [{ stage: 'quality-assured', date: '2025-01-27' }, { stage: 'ppplus-released', date: '2025-01-28' }] });
    expect(lifecycleRows(released)).toEqual([['designated-teacher', 'spend-ppplus-as-planned', null, 'open']]);
  });

  it('nothing to release when the PEP requested no PP+', () => {
    const { ppPlus: _dropped, ...noRequest } = good;
    const n = nextPepActions(assessPep(noRequest, { today: '2025-01-28' }), { events: [{ stage: 'quality-assured', date: '2025-01-27' }] });
    expect(lifecycleRows(n)).toEqual([]);
  });

  it('"the form will be returned for this information to be supplied": a submitted PEP with errors is returned, each error what is missing', () => {
    const submitted = { ...poor, signOff: { submitted: '2025-01-24' } };
    const assessed = assessPep(submitted, { today: '2025-01-28' });
    const n = nextPepActions(assessed);
    const errors = assessed.findings.filter((f) => f.severity === 'error').map((f) => f.code);
    expect(errors.length).toBeGreaterThan(0);
    expect(n.lifecycle?.stage).toBe('returned');
    expect(n.lifecycle?.missing.map((m) => m.code)).toEqual(errors);
    expect(lifecycleRows(n)).toEqual([
      ['designated-teacher', 'amend-and-resubmit-pep', null, 'open'],
      ['social-worker', 'amend-and-resubmit-pep', null, 'open'],
    ]);
    expect(n.actions.find((x) => x.action === 'amend-and-resubmit-pep')?.missing).toEqual(n.lifecycle?.missing);
  });

  it('"If the PEP is sent to the Virtual School without these sections having been completed, the form will be returned": no carer\'s voice under Halton\'s policy', () => {
    const views = { ...(good.views as Record<string, unknown>) };
    delete views.carer;
    const assessed = assessPep({ ...good, views }, { today: '2025-01-28', policy: policies.halton });
    const n = nextPepActions(assessed, { policy: policies.halton });
    expect([n.lifecycle?.stage, n.lifecycle?.missing, n.lifecycle?.ppPlus]).toEqual([
      'returned',
      [{ code: 'PPPLUS-WITHHELD-SECTIONS-MISSING', path: ['views'] }],
      { requested: 825, allowed: 0 },
    ]);
    expect(lifecycleRows(n).map((r) => r[1])).toEqual(['amend-and-resubmit-pep', 'amend-and-resubmit-pep']);
  });

  it('a host event wins over the PEP until the PEP is submitted again after it', () => {
    const returned = nextPepActions(a, { events: [{ stage: 'returned', date: '2025-01-22', missing: ['carer-views'] }] });
    // The PEP was submitted on 20 January, before the return: the event stands.
    expect([returned.lifecycle?.stage, returned.lifecycle?.missing]).toEqual(['returned', [{ code: 'carer-views' }]]);
    const resubmitted = nextPepActions(a, { events: [{ stage: 'returned', date: '2025-01-18' }] });
    expect(resubmitted.lifecycle?.stage).toBe('submitted');
  });

  it('ignores events that are not a known stage on a real date, and counts them', () => {
    const n = nextPepActions(a, { events: [{ stage: 'approved', date: '2025-01-27' }, { stage: 'quality-assured', date: '27/01/2025' }, null] as never });
    expect([n.lifecycle?.stage, n.lifecycle?.ignoredEvents]).toEqual(['submitted', 3]);
  });
});

describe('Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, 5. PEPs: submit within 5 working days, signed off', () => {
  it('a draft after the meeting: the designated teacher submits by the fifth working day, and both sign off by then', () => {
    const { signOff: _none, ...draft } = good;
    const n = nextPepActions(assessPep(draft, { today: '2025-01-17', policy: policies.miltonKeynes }), { policy: policies.miltonKeynes });
    expect(n.lifecycle?.stage).toBe('draft');
    // 5 working days after Wednesday 15 January 2025: 16, 17, 20, 21, 22.
    expect(n.actions.filter((x) => x.role !== 'virtual-school' && x.due === '2025-01-22').map((x) => [x.role, x.action, x.status])).toEqual([
      ['designated-teacher', 'sign-off-pep', 'due-soon'],
      ['designated-teacher', 'submit-pep', 'due-soon'],
      ['social-worker', 'sign-off-pep', 'due-soon'],
    ]);
  });
});

describe('Halton Virtual School PEP Policy 2023-24, Process: before the meeting', () => {
  it('the designated teacher meets the child and the carer is encouraged to attend, by the meeting date', () => {
    const planned: Record<string, unknown> = { ...good, meeting: { date: '2025-02-05' } };
    const { signOff: _none, ...draft } = planned;
    const n = nextPepActions(assessPep(draft, { today: '2025-01-28' }));
    expect(lifecycleRows(n)).toEqual([
      ['designated-teacher', 'gather-child-views', '2025-02-05', 'due-soon'],
      ['carer', 'attend-pep-meeting', '2025-02-05', 'due-soon'],
    ]);
  });
});

describe('The Virtual School Handbook: a school place and sixth-day provision as actions', () => {
  it('2e: the virtual school secures a school place within 20 school days (without a calendar, counted as working days)', () => {
    const n = nextPepActions(assessPep(good, { today: '2025-01-28' }), { schoolPlaces: [{ from: '2025-01-27' }] });
    expect(n.actions.filter((x) => x.from === 'school-place').map((x) => [x.role, x.action, x.due, x.status])).toEqual([
      ['virtual-school', 'secure-school-place', '2025-02-24', 'upcoming'],
    ]);
    expect(n.findings.map((f) => f.code)).toContain('DEADLINE-SCHEDULE-CALENDAR-MISSING');
  });

  it('3e(i): the school provides full-time education from day 6 of a current suspension; a finished one asks nothing', () => {
    const suspended = { ...good, exclusions: { suspensions: [{ startDate: '2025-01-06', days: 6 }, { startDate: '2025-01-27', days: 10 }] } };
    const n = nextPepActions(assessPep(suspended, { today: '2025-01-28' }));
    // Day 1 Monday 27 January … day 6 Monday 3 February; the January 6 suspension ended on 13 January.
    expect(n.actions.filter((x) => x.from === 'suspension-provision').map((x) => [x.role, x.action, x.due, x.status])).toEqual([
      ['designated-teacher', 'arrange-full-time-provision', '2025-02-03', 'due-soon'],
    ]);
    // An export that records when full-time provision began (an extra field the PEP format keeps) closes it.
    const provided = { ...good, exclusions: { suspensions: [{ startDate: '2025-01-27', days: 10, provisionFrom: '2025-01-28' }] } };
    expect(nextPepActions(assessPep(provided, { today: '2025-01-28' })).actions.filter((x) => x.from === 'suspension-provision')).toEqual([]);
  });
});

describe('nextPepActions: the whole list', () => {
  it('lists each role\'s next actions by due date, undated last, with the schedule\'s own basis', () => {
    const n = nextPepActions(assessPep(good, { today: '2025-01-28' }));
    expect(rows(n)).toEqual([
      // The carer's SDQ (england: yearly from 12 months in care) is owed until done, however old.
      ['social-worker', 'arrange-sdq', '2023-06-01', 'overdue'],
      ['virtual-school', 'distribute-pep', '2025-01-22', 'overdue'],
      ['social-worker', 'update-pep-for-care-review', '2025-04-01', 'upcoming'],
      // After the next meeting the PEP records (30 April 2025).
      ['virtual-school', 'distribute-pep', '2025-05-08', 'upcoming'],
      ['social-worker', 'arrange-pep-meeting', '2025-07-18', 'upcoming'],
      ['virtual-school', 'quality-assure-pep', null, 'open'],
    ]);
    expect(n.actions[1]?.basis).toMatch(/^Updated PEP to every participant within 5 working days of the meeting \(practice default, not statutory: The Virtual School Handbook .*\. Who: Milton Keynes/);
  });

  it('does not ask again for what fell due before this PEP\'s meeting (a past term, a past review), only for duties owed until done', () => {
    const n = nextPepActions(assessPep(good, { today: '2025-01-28' }));
    expect(n.actions.filter((x) => x.due !== null && x.due < '2025-01-15').map((x) => x.from)).toEqual(['sdq-due']);
  });

  it('reminds before the next meeting the PEP records (Milton Keynes: allocated two weeks ahead)', () => {
    const n = nextPepActions(assessPep(good, { today: '2025-01-28', policy: policies.miltonKeynes }), { policy: policies.miltonKeynes });
    expect(n.actions.filter((x) => x.from === 'allocation').map((x) => [x.role, x.action, x.due])).toEqual([['virtual-school', 'allocate-pep', '2025-04-16']]);
  });

  it('is the same for an assessment read back from JSON, and never names the child', () => {
    const a = assessPep(good, { today: '2025-01-28' });
    const n = nextPepActions(a);
    expect(nextPepActions(JSON.parse(JSON.stringify(a)))).toEqual(n);
    const text = JSON.stringify(n);
    for (const secret of ['Jaylen', 'Examplefield', 'A123456789012', '2015-03-12']) expect(text).not.toContain(secret);
  });

  it('gives only the lifecycle, undated, without a today', () => {
    const n = nextPepActions(assessPep(good));
    expect(rows(n)).toEqual([['virtual-school', 'quality-assure-pep', null, 'open']]);
    expect(n.findings).toEqual([]);
  });

  it('answers an assessment that is not one with nothing, never a throw', () => {
    for (const junk of [undefined, null, 'x', 42, [], {}, { pep: {} }, { pep: null, findings: 'no' }, assessPep('not a PEP')]) {
      expect(nextPepActions(junk as never, 'nonsense' as never)).toEqual({ lifecycle: null, actions: [], findings: [] });
      expect(pepLifecycle(junk as never)).toBeNull();
    }
  });

  it('passes bad host dates to the schedule, which reports them', () => {
    const n = nextPepActions(assessPep(good, { today: '2025-01-28' }), { careReviews: ['not a date'] as never });
    expect(n.findings.map((f) => [f.code, f.path])).toEqual([['DEADLINE-SCHEDULE-DATE', ['careReviews', 0]]]);
    expect(rows(n)).toEqual([['virtual-school', 'quality-assure-pep', null, 'open']]);
  });

  it('every action it can give is listed in PEP_ACTIONS, and every lifecycle stage has a source', () => {
    expect(PEP_LIFECYCLE.map((s) => s.stage)).toEqual(['draft', 'submitted', 'returned', 'quality-assured', 'ppplus-released']);
    for (const s of PEP_LIFECYCLE) expect(s.source).toMatch(/Halton|Milton Keynes|Barnet|Virtual School Handbook/);
    expect(Object.isFrozen(PEP_LIFECYCLE) && Object.isFrozen(PEP_LIFECYCLE[0]) && Object.isFrozen(PEP_ACTIONS)).toBe(true);
    expect(new Set(PEP_ACTIONS.map((x) => `${x.role} ${x.action}`)).size).toBe(PEP_ACTIONS.length);
  });

  it('is exported from pep-rules/rules and the root', () => {
    expect(rulesEntry.nextPepActions).toBe(nextPepActions);
    expect(root.nextPepActions).toBe(nextPepActions);
    expect(root.pepLifecycle).toBe(pepLifecycle);
  });
});
