import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createSchoolCalendar } from '../../src/deadlines/createSchoolCalendar';
import { pepSchedule } from '../../src/pep/pepSchedule';
import { policyJsonSchema } from '../../src/policy/definePolicy';
import { policies } from '../../src/policy/presets/index';
import { pepJsonSchema } from '../../src/pep/parsePep';
import { scoreSdq } from '../../src/sdq/scoreSdq';
import { examplePep } from './_pep';
import { Fixtures, ndjson, ROOT, runCli } from './_run';
import { runInProcess } from './_inProcess';

// Each test runs the CLI, several times: allow for a busy machine. Every command and format keeps a
// run of the built command (a child process); usage errors and the other exit-code cases run the same
// _runCli in this process (runInProcess).
vi.setConfig({ testTimeout: 120_000 });

const fx = new Fixtures();
afterAll(() => fx.cleanup());
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

// The worked example in the SDQ module's documentation (parent form, 4-17).
const PARENT_ITEMS = [2, 2, 1, 2, 1, 0, 1, 0, 2, 2, 2, 0, 1, 1, 2, 0, 2, 0, 0, 2, 1, 0, 0, 0, 1];
const SDQ_OPTIONS = { concernThreshold: policies.england.sdq.concernThreshold.totalDifficulties, concernThresholdSource: policies.england.sdq.concernThreshold.source };

describe('pep-rules sdq', () => {
  it('scores 25 ticks given as arguments, exactly as scoreSdq does', () => {
    const r = runCli(['sdq', '--informant', 'parent', '-f', 'json', ...PARENT_ITEMS.map(String)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(plain(scoreSdq({ informant: 'parent', items: PARENT_ITEMS }, SDQ_OPTIONS)));
  });

  it('prints the scale table in text: scores, four-band and three-band per measure', () => {
    const r = runCli(['sdq', '--informant', 'parent', PARENT_ITEMS.join(',')]);
    expect(r.stdout.split('\n').slice(0, 12)).toEqual([
      'SDQ parent, ages 4-17',
      '  measure             score   four-band             three-band',
      '  emotional               2   close-to-average      normal',
      '  conduct                 2   close-to-average      normal',
      '  hyperactivity           8   high                  abnormal',
      '  peer problems           1   close-to-average      normal',
      '  prosocial              10   close-to-average      normal',
      '  total difficulties     13   close-to-average      normal',
      '  externalising          10',
      '  internalising           3',
      '  impact                  -   -                     -',
      '  concern: none: total difficulties below 17',
    ]);
  });

  it('takes x for an unanswered item, an age band and the impact supplement', () => {
    const items: (number | null)[] = [...PARENT_ITEMS];
    items[3] = null;
    const impact = { difficulties: 2, distress: 2, classroomLearning: 3, peerRelations: 1 };
    const r = runCli(['sdq', '--informant', 'teacher', '--age-band', '4-17', '--impact', 'difficulties=2,distress=2', '--impact', 'classroomLearning=3,peerRelations=1', '-f', 'json', items.map((i) => (i === null ? 'x' : String(i))).join(',')]);
    expect(JSON.parse(r.stdout)).toEqual(plain(scoreSdq({ informant: 'teacher', ageBand: '4-17', items, impact }, SDQ_OPTIONS)));
  });

  it('uses the council concern threshold from --policy', () => {
    const halton = policies.halton.sdq.concernThreshold;
    const r = runCli(['sdq', '--informant', 'parent', '--policy', 'halton', '-f', 'json', ...PARENT_ITEMS.map(String)]);
    expect(JSON.parse(r.stdout)).toEqual(
      plain(scoreSdq({ informant: 'parent', items: PARENT_ITEMS }, { concernThreshold: halton.totalDifficulties, concernThresholdSource: halton.source })),
    );
  });

  it('exits 1 with the findings when the SDQ cannot be scored (24 items)', async () => {
    const r = await runInProcess(['sdq', '--informant', 'parent', '-f', 'json', ...PARENT_ITEMS.slice(1).map(String)]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual(plain(scoreSdq({ informant: 'parent', items: PARENT_ITEMS.slice(1) }, SDQ_OPTIONS)));
  });

  it('scores a stream of SDQ records from stdin, identified by line, and exits 1 if any could not be scored', () => {
    const records = [{ informant: 'self', items: PARENT_ITEMS }, { informant: 'parent', items: [0, 1] }];
    const r = runCli(['sdq', '-f', 'ndjson'], { input: `${JSON.stringify(records[0])}\n\n${JSON.stringify(records[1])}\n{oops\n` });
    expect(r.code).toBe(1);
    expect(ndjson(r.stdout)).toEqual([
      { file: '<stdin>', line: 1, id: null, ...plain(scoreSdq(records[0], SDQ_OPTIONS)) },
      { file: '<stdin>', line: 3, id: null, ...plain(scoreSdq(records[1], SDQ_OPTIONS)) },
      {
        file: '<stdin>',
        line: 4,
        id: null,
        ok: false,
        issues: [{ code: 'CLI-JSON-SYNTAX', severity: 'error', message: 'The record is not valid JSON: a property name that is not in double quotes, at line 4, column 2.' }],
      },
    ]);
  });

  it('reads SDQ records from --input files as a JSON array', async () => {
    const file = fx.file('sdqs.json', JSON.stringify([{ informant: 'teacher', items: PARENT_ITEMS }]));
    const r = await runInProcess(['sdq', '--input', file, '-f', 'json']);
    expect(JSON.parse(r.stdout)).toEqual([{ file, line: 1, id: null, ...plain(scoreSdq({ informant: 'teacher', items: PARENT_ITEMS }, SDQ_OPTIONS)) }]);
  });

  it.each([
    [['--informant', 'parent', '1', '2', 'a'], 'item 3 must be 0, 1, 2, or x for unanswered'],
    [PARENT_ITEMS.map(String), '--informant is needed with items on the command line (parent, teacher or self)'],
    [['--informant', 'parent', '--impact', 'distress', '0'], '--impact takes name=value pairs, e.g. difficulties=2,distress=1'],
    [['--informant', 'parent'], '--informant, --age-band and --impact go with items on the command line; records carry their own'],
    [['-f', 'junit', '0'], '--format must be text, json or ndjson'],
  ])('exits 2 with a usage message for %j', async (args, message) => {
    expect(await runInProcess(['sdq', ...args])).toEqual({ code: 2, stdout: '', stderr: `pep-rules sdq: ${message}\nRun \`pep-rules sdq --help\` for usage.\n` });
  });

  it('passes a negative tick through to the scorer (not mistaken for an option)', async () => {
    const items = [...PARENT_ITEMS];
    items[7] = -1;
    const r = await runInProcess(['sdq', '--informant', 'parent', '-f', 'json', ...items.map(String)]);
    expect([r.code, JSON.parse(r.stdout)]).toEqual([1, plain(scoreSdq({ informant: 'parent', items }, SDQ_OPTIONS))]);
  });
});

describe('pep-rules deadlines', () => {
  it('gives the schedule for dates on the command line, exactly as pepSchedule does', () => {
    const args = ['--entered-care', '2025-01-06', '--dob', '2014-05-01', '--today', '2025-03-01', '--policy', 'halton'];
    const r = runCli(['deadlines', ...args, '-f', 'json', '--meeting', '2025-01-15', '--sdq', 'teacher:2024-11-20', '--placement-change', 'school:2025-02-03', '--care-review', '2025-02-01']);
    const want = pepSchedule(
      {
        enteredCare: '2025-01-06',
        dateOfBirth: '2014-05-01',
        today: '2025-03-01',
        meetings: [{ date: '2025-01-15' }],
        careReviews: ['2025-02-01'],
        sdqs: [{ informant: 'teacher', completedOn: '2024-11-20' }],
        placementChanges: [{ kind: 'school', date: '2025-02-03' }],
      },
      policies.halton,
    );
    expect(JSON.parse(r.stdout)).toEqual({ policy: 'halton', today: '2025-03-01', ...plain(want) });
    expect(want.items.length).toBeGreaterThan(3);
    expect(r.code).toBe(0);
  });

  it("takes the child's dates, meeting, next meeting and SDQs from a PEP file, and a school calendar", () => {
    const pep = examplePep('school-age-good') as {
      child: { enteredCare: string; dateOfBirth: string };
      meeting: { date: string };
      kind: string;
      core?: boolean;
      nextMeeting?: { date?: string };
      signOff?: { submitted?: string };
      sdq?: { informant: string; completedOn: string }[];
      sen?: { ehcpAnnualReview?: string };
    };
    const calendarPath = join(ROOT, 'examples', 'calendars', 'halton-2024-25.json');
    const r = runCli(['deadlines', join(ROOT, 'examples', 'peps', 'school-age-good.json'), '--today', '2025-03-01', '--calendar', calendarPath, '-f', 'json']);
    const calendar = createSchoolCalendar(JSON.parse(readFileSync(calendarPath, 'utf8')));
    if (!calendar.ok) throw new Error('example calendar should be valid');
    const held: Record<string, unknown> = { date: pep.meeting.date, kind: pep.kind };
    if (pep.core !== undefined) held.core = pep.core;
    if (pep.signOff?.submitted !== undefined) held.submittedOn = pep.signOff.submitted;
    const input: Record<string, unknown> = {
      enteredCare: pep.child.enteredCare,
      dateOfBirth: pep.child.dateOfBirth,
      meetings: [held, ...(pep.nextMeeting?.date !== undefined ? [{ date: pep.nextMeeting.date }] : [])],
      today: '2025-03-01',
      calendar: calendar.calendar,
    };
    if (pep.sdq !== undefined && pep.sdq.length > 0) input.sdqs = pep.sdq.map((s) => ({ informant: s.informant, completedOn: s.completedOn }));
    if (pep.sen?.ehcpAnnualReview !== undefined) input.ehcpAnnualReview = pep.sen.ehcpAnnualReview;
    expect(JSON.parse(r.stdout)).toEqual({ policy: 'england', today: '2025-03-01', ...plain(pepSchedule(input, policies.england)) });
  });

  it('prints one line per item in text: due date, status, kind and the rule it comes from', () => {
    const r = runCli(['deadlines', '--entered-care', '2024-12-02', '--dob', '2014-05-01', '--today', '2024-12-09']);
    const want = pepSchedule({ enteredCare: '2024-12-02', dateOfBirth: '2014-05-01', today: '2024-12-09' }, policies.england);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'Schedule on 2024-12-09 under the england policy',
      ...want.items.slice(0, 2).map((i) => `  ${i.due}  ${i.status.padEnd(9)} ${i.kind.padEnd(24)} ${i.basis}`),
    ]);
    expect(r.stdout.split('\n').slice(1, 3).map((l) => l.slice(2, 45))).toEqual(['2024-12-16  due-soon  initial-pep          ', '2025-01-02  upcoming  initial-pep-complete ']);
  });

  it('exits 1 with the finding when the child is said to enter care before birth', async () => {
    const r = await runInProcess(['deadlines', '--entered-care', '2010-01-06', '--dob', '2014-05-01', '--today', '2025-03-01', '-f', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      policy: 'england',
      today: '2025-03-01',
      ...plain(pepSchedule({ enteredCare: '2010-01-06', dateOfBirth: '2014-05-01', today: '2025-03-01' }, policies.england)),
    });
  });

  it('exits 1 and lists the problems when the PEP file is not a valid PEP', async () => {
    const file = fx.file('not-a-pep.json', JSON.stringify({ schemaVersion: 1, id: 'x' }));
    const r = await runInProcess(['deadlines', file, '--today', '2025-03-01']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(`pep-rules deadlines: ${file}:1: the PEP is not valid, so its dates cannot be used:`);
  });

  it.each([
    [[], 'give --entered-care and --dob, or a PEP file'],
    [['--dob', '2014-02-30'], '--dob must be a real date written YYYY-MM-DD'],
    [['--sdq', 'carer:2024-01-01'], '--sdq takes informant:date, e.g. teacher:2024-11-20'],
    [['--placement-change', '2024-01-01'], '--placement-change takes school:date or care:date'],
    [['a.json', 'b.json'], 'give at most one PEP file'],
  ])('exits 2 with a usage message for %j', async (args, message) => {
    expect(await runInProcess(['deadlines', '--today', '2025-03-01', ...args])).toEqual({ code: 2, stdout: '', stderr: `pep-rules deadlines: ${message}\nRun \`pep-rules deadlines --help\` for usage.\n` });
  });

  it('exits 2 for a calendar file that is not a valid calendar', async () => {
    const file = fx.file('calendar.json', JSON.stringify({ terms: [{ term: 'autumn', start: '2024-12-20', end: '2024-09-02' }] }));
    const r = await runInProcess(['deadlines', '--entered-care', '2024-12-02', '--dob', '2014-05-01', '--today', '2024-12-09', '--calendar', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`pep-rules deadlines: --calendar ${file}: the calendar is not valid:`);
  });
});

describe('pep-rules schema and policies', () => {
  it('prints the PEP and policy JSON Schemas', () => {
    expect(JSON.parse(runCli(['schema', 'pep']).stdout)).toEqual(plain(pepJsonSchema()));
    expect(JSON.parse(runCli(['schema', 'policy']).stdout)).toEqual(plain(policyJsonSchema()));
  });

  it('exits 2 when the schema is not named', async () => {
    expect(await runInProcess(['schema'])).toEqual({ code: 2, stdout: '', stderr: 'pep-rules schema: say which schema: pep or policy\nRun `pep-rules schema --help` for usage.\n' });
    expect((await runInProcess(['schema', 'sdq'])).code).toBe(2);
  });

  it('lists the presets with the name to pass to --policy, version and source', () => {
    const r = runCli(['policies', '-f', 'json']);
    expect(JSON.parse(r.stdout)).toEqual(
      Object.values(policies).map((p, i) => ({
        option: ['england', 'milton-keynes', 'barnet', 'halton', 'bolton'][i],
        id: p.id,
        name: p.name,
        version: p.version,
        effectiveFrom: p.effectiveFrom,
        region: p.region,
        source: p.source,
      })),
    );
    const text = runCli(['policies']).stdout.split('\n');
    expect(text.filter((l) => /^\S/.test(l)).map((l) => l.split(' ')[0])).toEqual(['england', 'milton-keynes', 'barnet', 'halton', 'bolton', 'Use']);
    expect(text[0]).toBe(`england        ${policies.england.name} (version ${policies.england.version})`);
  });
});

describe('pep-rules report (the cohort report command, wired into the dispatcher)', () => {
  it('runs from the built command: the JSON summary on stdout, the one-line summary on stderr', () => {
    const r = runCli(['report', join(ROOT, 'examples', 'cohort.ndjson'), '--json', '-', '--today', '2025-06-30']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { records: { read: number } }).records.read).toBe(60);
    expect(r.stderr.split('\n')[0]).toMatch(/^pep-rules report: 60 records, /);
  });
});
