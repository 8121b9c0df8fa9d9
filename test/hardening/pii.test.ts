import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pepSchedule } from '../../src/pep/index';
import { checkPpPlusRequest, ppPlusEligibility } from '../../src/funding/index';
import { policies } from '../../src/policy/index';
import { assessPep, gradePep, validatePep } from '../../src/rules/index';
import { cohortSummary, renderCohortHtml } from '../../src/report/index';
import { checkSmartTarget, checkTargetSet } from '../../src/smart/index';

/*
 * No personal data in messages (DESIGN principle 5): every identity and free-text field of the
 * example PEPs, and of fuzzed PEPs, carries a unique marker; no finding message, advice, summary
 * or report may contain one. (SMART `evidence` spans quote the target by design and are not
 * messages; the CLI's own privacy tests cover its output.)
 */

const FREE_TEXT_KEYS = new Set([
  'name', 'forename', 'surname', 'text', 'howGathered', 'needs', 'description', 'comment', 'actions', 'responsible',
  'expectedOutcome', 'baseline', 'aspirations', 'item', 'venue', 'type', 'primaryNeed', 'subject', 'current', 'target',
  'nextSetting', 'plan', 'course', 'learningAndDevelopment', 'provider', 'impact', 'role',
]);
const ENUM_PARENTS = new Set(['attendees']); // attendees[].role is an enum, others' role is free text

let counter = 0;
function mark(value: unknown, key = '', parent = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => mark(v, key, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v, k, key)]));
  }
  if (typeof value === 'string' && FREE_TEXT_KEYS.has(key) && !(key === 'role' && ENUM_PARENTS.has(parent))) {
    counter += 1;
    // Keep real words around the marker so the SMART analyser still sees a target.
    return key === 'text' ? `${value} MRKQ${counter}Z` : `MRKQ${counter}Z`;
  }
  return value;
}

function markChild(pep: Record<string, unknown>): Record<string, unknown> {
  const child = pep.child as Record<string, unknown>;
  return { ...pep, child: { ...child, upn: 'Q987654321098', dateOfBirth: shiftDob(String(child.dateOfBirth)) } };
}
// A date of birth that no deadline in these examples can coincide with: the 29th of the same month.
const shiftDob = (dob: string) => `${dob.slice(0, 8)}29`;

const MARKER = /MRKQ\d+Z|Q987654321098/;
const messagesOf = (value: unknown): string[] => {
  const out: string[] = [];
  const walk = (v: unknown, key: string): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    else if (typeof v === 'string' && key !== 'evidence') out.push(v);
  };
  walk(value, '');
  return out;
};

const examples = readdirSync(new URL('../../examples/peps/', import.meta.url))
  .filter((n) => n.endsWith('.json'))
  .map((n) => [n, markChild(mark(JSON.parse(readFileSync(new URL(`../../examples/peps/${n}`, import.meta.url), 'utf8'))) as Record<string, unknown>)] as const);
const dobs = examples.map(([, pep]) => String((pep.child as { dateOfBirth: string }).dateOfBirth));

function expectClean(label: string, value: unknown): void {
  const leaks = messagesOf(value).filter((m) => MARKER.test(m) || dobs.some((d) => m.includes(d)));
  expect(leaks, label).toEqual([]);
}

let seen = 0;

describe('no personal data in messages', () => {
  it.each(examples)('%s: validatePep, gradePep and assessPep under every preset', (_name, pep) => {
    for (const policy of Object.values(policies)) {
      const options = { policy, today: '2025-03-01' };
      const validation = validatePep(pep, options);
      const grading = gradePep(pep, options);
      const assessed = assessPep(pep, options);
      seen += validation.findings.length;
      expectClean('validatePep', validation.findings);
      expectClean('gradePep', { ...grading, targets: undefined });
      expectClean('assessPep', { findings: assessed.findings, grade: { ...assessed.grade, targets: undefined }, facts: assessed.facts, funding: assessed.funding });
    }
  });

  it.each(examples)('%s: SMART, funding and schedule messages', (_name, pep) => {
    const targets = pep.targets as Record<string, unknown>[];
    for (const target of targets) {
      const report = checkSmartTarget(target as { text: string }, { meetingDate: '2025-01-15', pep: pep as never });
      expectClean('checkSmartTarget', report);
    }
    expectClean('checkTargetSet', checkTargetSet(targets as never, { pep: pep as never, policy: policies.barnet }).findings);
    expectClean('checkPpPlusRequest', checkPpPlusRequest({ pep }, policies.bolton));
    expectClean('ppPlusEligibility', ppPlusEligibility(pep.child, '2025-01-15'));
    const child = pep.child as { dateOfBirth: string; enteredCare: string };
    const schedule = pepSchedule({ enteredCare: child.enteredCare, dateOfBirth: child.dateOfBirth, today: '2025-03-01' }, policies.halton);
    expectClean('pepSchedule', schedule.findings);
  });

  it('checked a meaningful number of findings (the poor examples give many)', () => {
    expect(seen).toBeGreaterThan(50);
  });

  it('the cohort summary and HTML report carry no names unless asked', () => {
    const summary = cohortSummary(
      examples.map(([, pep]) => pep),
      { today: '2025-03-01' },
    );
    expectClean('cohortSummary', summary);
    const html = renderCohortHtml(summary);
    expect(MARKER.test(html)).toBe(false);
  });

  it('holds for fuzzed PEPs: markers in random free-text fields never reach a message', () => {
    const base = examples.find(([n]) => n === 'school-age-good.json')?.[1] as Record<string, unknown>;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('views', 'semh', 'targets', 'previousTargets', 'attainment', 'ppPlus', 'nextMeeting', 'attendees'), { maxLength: 4 }), fc.boolean(), (drop, breakDates) => {
        const pep: Record<string, unknown> = { ...base };
        for (const key of drop) delete pep[key];
        if (breakDates) pep.meeting = { ...(pep.meeting as object), date: 'MRKQ0Z' };
        const assessed = assessPep(pep, { policy: policies.halton, today: '2025-03-01' });
        expectClean('assessPep (fuzzed)', { findings: assessed.findings, grade: { ...assessed.grade, targets: undefined } });
      }),
      { seed: 42, numRuns: 60 },
    );
  });
});
