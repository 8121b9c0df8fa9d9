import { afterAll, describe, expect, it, vi } from 'vitest';
import { COHORT, examplePep } from './_pep';
import { Fixtures, runCli } from './_run';
import { runInProcess } from './_inProcess';

// Each test runs the CLI several times: allow for a busy machine. Every format keeps one run of the
// built command (a child process); the other runs are the same _runCli in this process (runInProcess).
vi.setConfig({ testTimeout: 120_000 });

// Every name and free-text field of the test PEPs carries this marker; no output may contain it.
const MARKER = 'Zqxmarker';
const TODAY = '2025-03-01';
const fx = new Fixtures();
afterAll(() => fx.cleanup());

const FREE_TEXT = new Set([
  'name', 'forename', 'surname', 'upn', 'venue', 'text', 'howGathered', 'comment', 'actions', 'responsible',
  'expectedOutcome', 'baseline', 'description', 'item', 'impact', 'aspirations', 'needs', 'subject', 'type', 'primaryNeed',
]);

/** A copy of `value` with the marker added to every name and free-text string (the text itself is kept). */
function mark(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => mark(v, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v, k)]));
  }
  return typeof value === 'string' && FREE_TEXT.has(key) ? `${value} ${MARKER}` : value;
}

const EXAMPLES = ['early-years-good', 'early-years-poor', 'school-age-good', 'school-age-poor', 'post-16-good', 'post-16-poor'].map((n) =>
  mark(examplePep(n)) as Record<string, unknown>,
);
const marked = EXAMPLES[2] as { child: Record<string, unknown>; id: string };
const hostile: unknown[] = [
  ...EXAMPLES,
  ...COHORT.slice(0, 20).map((p) => mark(p)),
  // Personal data where the schema expects something else: the findings must point, not quote.
  { ...marked, id: 'pep-dob', child: { ...marked.child, dateOfBirth: `${MARKER} 12/03/2015`, upn: 12345 } },
  { ...marked, id: 'pep-enum', phase: `${MARKER} phase`, kind: MARKER, attendees: [{ role: `${MARKER} role`, attended: MARKER }] },
  { ...marked, id: `Jaylen ${MARKER}'s PEP` }, // an id that is free text is not printed
  { ...marked, id: 'pep-extra', [`${MARKER}Key`]: `${MARKER} value`, notes: { free: MARKER } },
  { ...marked, id: 'pep-targets', targets: [{ id: `${MARKER}-t1`, area: 'academic', text: MARKER }, { id: `${MARKER}-t1`, area: MARKER, text: 5 }] },
  `${MARKER} a string record`,
  [MARKER],
];
const lines = [
  ...hostile.map((v) => JSON.stringify(v)),
  `{"child": {"forename": "${MARKER}" oops}}`, // broken JSON around a name
  `{"child": {"forename": "${MARKER}`, // truncated inside a name
];
const invalidUtf8 = Buffer.concat([Buffer.from(`{"child":{"forename":"${MARKER}`), Buffer.from([0xff]), Buffer.from('"}}\n')]);
const NDJSON = fx.file('marked.ndjson', Buffer.concat([Buffer.from(`${lines.join('\n')}\n`), invalidUtf8]));
const ARRAY = fx.file('marked.json', JSON.stringify(hostile, null, 2));

describe('no personal data in any output', () => {
  it.each(['text', 'json', 'ndjson', 'junit', 'github'])('validate and grade --format %s never print names or free text', async (format) => {
    for (const command of ['validate', 'grade']) {
      for (const extra of [[], ['--verbose'], ['--policy', 'halton']]) {
        const args = [command, '-f', format, '--today', TODAY, ...extra, NDJSON, ARRAY];
        // The built command for grade --verbose (the most output), this process for the rest.
        const r = command === 'grade' && extra[0] === '--verbose' ? runCli(args) : await runInProcess(args);
        expect(r.code).toBe(1); // ran, found problems
        expect(r.stdout.length).toBeGreaterThan(1000); // there is output to check
        expect(r.stdout.toLowerCase()).not.toContain(MARKER.toLowerCase());
        expect(r.stderr.toLowerCase()).not.toContain(MARKER.toLowerCase());
      }
    }
  });

  it('identifies records by PEP id and line, never by a name', async () => {
    const r = await runInProcess(['validate', '-f', 'ndjson', '--today', TODAY, NDJSON]);
    const ids = r.stdout
      .split('\n')
      .filter((l) => l.startsWith('{"type":"record"'))
      .map((l) => JSON.parse(l) as { id: string | null; line: number })
      .map((o) => o.id);
    expect(ids.slice(0, 6)).toEqual(EXAMPLES.map((e) => e.id));
    expect(ids.slice(26, 31)).toEqual(['pep-dob', 'pep-enum', null, 'pep-extra', 'pep-targets']);
  });

  it('does not print the real-looking names in the unmarked examples either', async () => {
    const names = ['Jaylen', 'Examplefield', 'Orla Pennant', 'Idris Fenwick', 'Dana Quill', 'A123456789012'];
    const raw = fx.file('examples.json', JSON.stringify(['school-age-good', 'school-age-poor'].map(examplePep)));
    for (const format of ['text', 'json', 'junit', 'github']) {
      const out = (await runInProcess(['grade', '-f', format, '--verbose', '--today', TODAY, raw])).stdout;
      for (const n of names) expect(out).not.toContain(n);
    }
  });

  it('does not print SDQ or deadline input beyond scores and dates', async () => {
    const r = await runInProcess(['sdq', '-f', 'ndjson'], { input: JSON.stringify({ informant: 'parent', childName: MARKER, items: Array(25).fill(MARKER) }) });
    expect(r.stdout + r.stderr).not.toContain(MARKER);
    const d = runCli(['deadlines', '--today', TODAY, NDJSON]);
    expect(d.stdout + d.stderr).not.toContain(MARKER);
  });
});
