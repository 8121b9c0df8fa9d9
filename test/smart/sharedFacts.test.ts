import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bankHolidays, createSchoolCalendar } from '../../src/deadlines/index';
import { termOfDate } from '../../src/deadlines/termOfDate';
import type { Pep } from '../../src/pep/schema';
import { definePolicy, policies } from '../../src/policy/index';
import { SDQ_BAND_TABLES } from '../../src/sdq/index';
import { _DEADLINE_PHRASES } from '../../src/smart/_deadline';
import { _pepNeeds } from '../../src/smart/_context';
import { _readContext } from '../../src/smart/checkSmartTarget';
import { checkSmartTarget, checkTargetSet } from '../../src/smart/index';
import type { Deadline, SmartContext } from '../../src/smart/index';

/* Issue 14: SMART reads the facts every module shares (the term of a date, the SEMH vocabulary, the
 * SDQ bands, the gated policy), and its deadline phrases are a table. */

const deadlineOf = (text: string, context: SmartContext): Deadline | null => checkSmartTarget(text, context).deadline;

describe('deadline phrase table: the spring bank holiday', () => {
  it.each<[string, SmartContext, Deadline | null]>([
    ['Ava will read 20 words by the spring bank holiday.', { meetingDate: '2026-01-15' }, { kind: 'date', date: '2026-05-25' }], // last Monday in May 2026
    ['Ava will read 20 words by spring bank holiday.', { meetingDate: '2025-01-15' }, { kind: 'date', date: '2025-05-26' }],
    ['Ava will read 20 words before the Spring Bank Hol.', { meetingDate: '2026-06-10' }, { kind: 'date', date: '2027-05-31' }], // the next one after the meeting
    ['Ava will read 20 words by the spring bank holiday 2022.', { meetingDate: '2021-09-01' }, { kind: 'date', date: '2022-06-02' }], // moved for the Platinum Jubilee
  ])('%s (meeting %o)', (text, context, expected) => {
    expect(deadlineOf(text, context)).toEqual(expected);
  });

  it('is the same day as the deadlines module says (bankHolidays)', () => {
    const spring = bankHolidays(2026).find((h) => h.name === 'Spring bank holiday');
    expect(deadlineOf('Ava will read 20 words by the spring bank holiday.', { meetingDate: '2026-01-15' })).toEqual({ kind: 'date', date: spring?.date });
  });

  it('is not the end of the spring term, and "May half term" is still the summer half-term', () => {
    const context = { meetingDate: '2026-01-15' };
    expect(deadlineOf('Ava will read 20 words by the end of the spring term.', context)).toEqual({ kind: 'term', term: 'spring', part: 'end' });
    expect(deadlineOf('Ava will read 20 words by May half term.', context)).toEqual({ kind: 'term', term: 'summer', part: 'half-term' });
  });

  it('needs the meeting date to resolve, like Easter', () => {
    const r = checkSmartTarget('Ava will read 20 words by the spring bank holiday.');
    expect([r.timeBound.met, r.deadline, r.findings.map((f) => f.code)]).toEqual([true, null, ['SMART-DEADLINE-UNRESOLVED']]);
  });

  it('works in the "Timescale (When)" cell', () => {
    expect(checkSmartTarget({ text: 'Ava will read 20 tricky words.', deadline: 'Spring bank holiday' }, { meetingDate: '2026-01-15' }).deadline).toEqual({ kind: 'date', date: '2026-05-25' });
  });
});

describe('deadline phrase table: entries', () => {
  it('each entry has its own name, and docs/smart.md lists it with a one-line description', () => {
    const docs = readFileSync(new URL('../../docs/smart.md', import.meta.url), 'utf8');
    const names = _DEADLINE_PHRASES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      const row = new RegExp(`^\\| [0-9a-z]+ \\| \`${name}\` \\| [^|\\n]{20,}`, 'm');
      expect(docs, name).toMatch(row);
    }
    // And the table lists no entry that is gone.
    const listed = [...docs.matchAll(/^\| [0-9a-z]+ \| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...names].sort());
  });
});

describe('one term: the meeting term is termOfDate', () => {
  it('reads a meeting on 2 April 2026 as the summer term: "by the end of this term" is the end of the summer term 2026', () => {
    expect(termOfDate('2026-04-02')?.term).toBe('summer');
    const text = 'Ava will read 20 words by the end of this term.';
    expect(deadlineOf(text, { meetingDate: '2026-04-02' })).toEqual({ kind: 'term', term: 'summer', part: 'end' });
    // Summer 2026, not summer 2027: after a review on 1 July 2026, before one on 31 July 2026.
    expect(checkSmartTarget(text, { meetingDate: '2026-04-02', nextReviewDate: '2026-07-01' }).findings.map((f) => f.code)).toEqual(['SMART-DEADLINE-AFTER-REVIEW']);
    expect(checkSmartTarget(text, { meetingDate: '2026-04-02', nextReviewDate: '2026-07-31' }).findings).toEqual([]);
  });

  it.each(['2025-09-01', '2025-10-31', '2025-11-01', '2025-12-22', '2026-01-05', '2026-02-21', '2026-02-22', '2026-03-31', '2026-04-01', '2026-04-10', '2026-05-31', '2026-06-01', '2026-08-31'])(
    'gives the meeting on %s the term and half of termOfDate',
    (meetingDate) => {
      const of = termOfDate(meetingDate);
      expect(_readContext({ meetingDate }).terms.current).toEqual({ term: of?.term, half: of?.half });
      expect(deadlineOf('Ava will read 20 words by the end of this term.', { meetingDate })).toMatchObject({ kind: 'term', term: of?.term, part: 'end' });
    },
  );

  it('reads the term from the school calendar when one is given', () => {
    const cal = createSchoolCalendar({
      terms: [
        { term: 'spring', start: '2026-01-05', end: '2026-04-02', halfTerms: [{ start: '2026-02-16', end: '2026-02-20' }] },
        { term: 'summer', start: '2026-04-20', end: '2026-07-22', halfTerms: [{ start: '2026-05-25', end: '2026-05-29' }] },
      ],
    });
    if (!cal.ok) throw new Error('calendar');
    const context = { meetingDate: '2026-04-02', calendar: cal.calendar };
    expect(_readContext(context).terms.current).toEqual({ term: termOfDate('2026-04-02', cal.calendar)?.term, half: 2 });
    expect(deadlineOf('Ava will read 20 words by the end of this term.', context)).toEqual({ kind: 'term', term: 'spring', part: 'end', date: '2026-04-02' });
  });
});

describe('one SEMH vocabulary and the shared thresholds', () => {
  const needsOf = (pep: object): string[] => _pepNeeds(pep, policies.england).map((n) => `${n.area}: ${n.reason}`);

  it('decides an SEMH primary need with isSemhNeed ("social communication" is a communication need)', () => {
    expect(needsOf({ sen: { status: 'sen-support', primaryNeed: 'SEMH' } })).toEqual(['semh: SEN primary need (semh)']);
    expect(needsOf({ sen: { status: 'ehcp', primaryNeed: 'Social, emotional and mental health' } })).toEqual(['semh: SEN primary need (semh)']);
    expect(needsOf({ sen: { status: 'ehcp', primaryNeed: 'Social communication (ASD)' } })).toEqual(['communication: SEN primary need (communication)']);
    expect(needsOf({ sen: { status: 'ehcp', primaryNeed: 'Dyslexia' } })).toEqual(['academic: SEN primary need (academic)']);
  });

  it('takes the SDQ "high" cut-point per informant from the four-band tables', () => {
    for (const informant of ['parent', 'teacher', 'self'] as const) {
      const table = SDQ_BAND_TABLES.find((t) => t.informant === informant && t.scheme === 'four-band' && t.ageBand === '4-17');
      const high = table?.ranges.total?.[2]?.[0] as number;
      const at = needsOf({ sdq: [{ informant, completedOn: '2025-01-01', totalDifficulties: high }] });
      expect(at[0]).toContain(`(${informant} four-band, ${high}+)`);
    }
  });

  it('takes the concern threshold and attendance threshold from the policy', () => {
    const policy = definePolicy({
      sdq: { concernThreshold: { totalDifficulties: 12, source: 'test council' } },
      attendance: { concernBelowPercent: { value: 95, source: 'test council' } },
    });
    if (!policy.success) throw new Error('policy');
    const needs = _pepNeeds({ sdq: [{ informant: 'teacher', completedOn: '2025-01-01', totalDifficulties: 13 }], attendance: { percentage: 93 } }, policy.data);
    expect(needs.map((n) => n.reason)).toEqual([
      'latest SDQ total difficulties 13 is at or above the policy concern threshold 12',
      'attendance 93% is below the policy threshold of 95%',
    ]);
  });
});

describe('policy read once through the gate', () => {
  it('uses a policy from definePolicy as it is', () => {
    const policy = definePolicy({ targets: { minimumCount: { value: 2, source: 'test council' } } });
    if (!policy.success) throw new Error('policy');
    expect(checkTargetSet(['Ava will read 20 words by Easter.'], { meetingDate: '2025-01-15', policy: policy.data }).findings.map((f) => [f.code, f.source])).toEqual([['SMART-SET-TOO-FEW', 'test council']]);
  });

  it('reports a policy the gate rejects and uses the England preset', () => {
    const bad = { targets: { minimumCount: { value: 'three' } } };
    const set = checkTargetSet(['Ava will read 20 words by Easter.'], { meetingDate: '2025-01-15', policy: bad } as unknown as SmartContext);
    expect(set.findings.map((f) => [f.code, f.path])).toEqual([['SMART-CONTEXT-INVALID', ['policy']]]);
    expect(checkSmartTarget('Ava will read 20 words by Easter.', { policy: 7 } as unknown as SmartContext).findings.map((f) => [f.code, f.path])).toEqual([
      ['SMART-CONTEXT-INVALID', ['policy']],
      ['SMART-DEADLINE-UNRESOLVED', []],
    ]);
  });

  it('judges needs with the PEP under the gated policy (Bolton: an SDQ of 17 needs a SEMH target, an error)', () => {
    const pep = { meeting: { date: '2025-01-15' }, sdq: [{ informant: 'parent', completedOn: '2024-12-01', totalDifficulties: 17 }] } as unknown as Pep;
    const f = checkTargetSet([{ text: 'Ava will read 20 words by Easter.', area: 'academic' }], { pep, policy: policies.bolton }).findings.find((x) => x.code === 'SMART-SET-SEMH-TARGET-MISSING');
    expect([f?.severity, f?.source]).toEqual(['error', policies.bolton.sdq.concernNeedsSemhTarget.source]);
  });
});
