import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/core/isoDate';
import { policies } from '../../src/policy/index';
import { assessPep } from '../../src/rules/assessPep';
import { PEP_LIFECYCLE_STAGES } from '../../src/rules/lifecycle';
import { nextPepActions, PEP_ACTIONS } from '../../src/rules/nextPepActions';

/*
 * Properties of nextPepActions over PEPs whose dates, suspensions, sign-off, host events and policy
 * vary: it never throws, is deterministic, sorts by due date (undated last), never calls a date
 * before today upcoming (overdue exactly when due before today, open exactly when undated), gives
 * only the actions it declares, and asks again for nothing due before the PEP's own meeting except
 * duties owed until done.
 */

const good = JSON.parse(readFileSync(new URL('../../examples/peps/school-age-good.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const OWED = new Set(['sdq-due', 'school-place', 'suspension-provision']);
const declared = new Set(PEP_ACTIONS.map((a) => `${a.role} ${a.action}`));
const presets = [policies.england, policies.miltonKeynes, policies.barnet, policies.halton, policies.bolton];

const scenario = fc.record({
  careDays: fc.integer({ min: 0, max: 2000 }),
  meetingDays: fc.integer({ min: 0, max: 600 }),
  todayDays: fc.integer({ min: -60, max: 400 }),
  submittedDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  suspensions: fc.array(fc.record({ start: fc.integer({ min: -30, max: 300 }), days: fc.integer({ min: 1, max: 45 }) }), { maxLength: 3 }),
  schoolPlace: fc.option(fc.integer({ min: -100, max: 200 }), { nil: undefined }),
  events: fc.array(fc.record({ stage: fc.constantFrom(...PEP_LIFECYCLE_STAGES), offset: fc.integer({ min: -20, max: 60 }) }), { maxLength: 3 }),
  policy: fc.constantFrom(...presets),
});


describe('nextPepActions properties', () => {
  it('sorted, consistent statuses, declared actions, deterministic, nothing stale', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(scenario, (s) => {
        const enteredCare = addCalendarDays('2019-09-02', s.careDays);
        const meeting = addCalendarDays(enteredCare, s.meetingDays);
        const today = addCalendarDays(meeting, s.todayDays);
        const child = { ...(good.child as object), enteredCare, dateOfBirth: '2013-03-12', yearGroup: undefined };
        const pep = {
          ...good,
          child,
          meeting: { date: meeting },
          nextMeeting: { date: addCalendarDays(meeting, 100) },
          signOff: s.submittedDays === undefined ? undefined : { submitted: addCalendarDays(meeting, s.submittedDays) },
          exclusions: { suspensions: s.suspensions.map((x) => ({ startDate: addCalendarDays(meeting, x.start), days: x.days })) },
          sdq: [],
        };
        const assessment = assessPep(pep, { today, policy: s.policy });
        const options = {
          policy: s.policy,
          events: s.events.map((e) => ({ stage: e.stage, date: addCalendarDays(meeting, e.offset) })),
          ...(s.schoolPlace !== undefined ? { schoolPlaces: [{ from: addCalendarDays(meeting, s.schoolPlace) }] } : {}),
        };
        const n = nextPepActions(assessment, options);
        expect(nextPepActions(assessment, options)).toEqual(n);
        expect(n.lifecycle).not.toBeNull();
        const dues = n.actions.map((a) => a.due);
        const firstNull = dues.indexOf(null);
        if (firstNull >= 0) expect(dues.slice(firstNull).every((d) => d === null)).toBe(true);
        const dated = dues.filter((d): d is string => d !== null);
        expect([...dated].sort()).toEqual(dated);
        if (n.lifecycle !== null) seen.add(n.lifecycle.stage);
        for (const a of n.actions) {
          seen.add(a.status);
          seen.add(a.from);
          expect(declared.has(`${a.role} ${a.action}`)).toBe(true);
          expect(a.status === 'open').toBe(a.due === null);
          if (a.due !== null) expect(a.status === 'overdue').toBe(a.due < today);
          if (a.due !== null && meeting <= today && a.due < meeting) expect(OWED.has(a.from)).toBe(true);
          expect(a.basis.length).toBeGreaterThan(20);
        }
      }),
      { seed: 42, numRuns: 150 },
    );
    // The scenarios reach every stage and status and the new obligations, so the checks above bite.
    for (const x of [...PEP_LIFECYCLE_STAGES, 'overdue', 'due-soon', 'upcoming', 'open', 'suspension-provision', 'school-place', 'transition-pep', 'sdq-due']) expect(seen).toContain(x);
  }, 60_000);

  it('never throws on any JSON value as assessment or options', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, o) => {
        const n = nextPepActions(a as never, o as never);
        expect(n.actions).toEqual([]);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws on junk options with a real assessment', () => {
    const assessment = assessPep(good, { today: '2025-01-28' });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('today', 'events', 'meetings', 'careReviews', 'placementChanges', 'schoolPlaces', 'dueSoonWorkingDays', 'calendar', 'policy'), fc.jsonValue()), (o) => {
        const n = nextPepActions(assessment, o as never);
        expect(Array.isArray(n.actions)).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
