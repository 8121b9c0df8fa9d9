import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/core/finding';
import { examplePep, expected } from './_pep';
import { Fixtures, ndjson, runCli } from './_run';
import { parseJunit, type XmlElement } from './_xml';

// Each test runs the built CLI as a child process, several times: allow for a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const TODAY = '2025-03-01';
const fx = new Fixtures();
afterAll(() => fx.cleanup());

const GOOD = examplePep('school-age-good');
// A record the schema rejects (no meeting, no child…): its findings are the library's, whatever they are.
const INCOMPLETE = { schemaVersion: 1, id: 'fmt-incomplete', phase: 'school-age', kind: 'termly' };
const BAD_LINE = '{"id": "fmt-broken",';
const BAD_LINE_FINDING: Finding = {
  code: 'CLI-JSON-SYNTAX',
  severity: 'error',
  message: 'The record is not valid JSON: the record ends before it is complete (truncated?), at line 2, column 21.',
};
// Line 1: the good example; line 2: broken JSON; line 3: a PEP the schema rejects.
const FILE = fx.file('mixed.ndjson', [JSON.stringify(GOOD), BAD_LINE, JSON.stringify(INCOMPLETE)].join('\n'));
const expGood = expected('validate', GOOD, TODAY);
const expIncomplete = expected('validate', INCOMPLETE, TODAY);

const pathText = (f: Finding): string =>
  (f.path ?? []).reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc === '' ? seg : `${acc}.${seg}`), '');
const textLine = (f: Finding): string => `  ${f.severity.padEnd(7)} ${f.code}  ${pathText(f) === '' ? '' : `${pathText(f)}: `}${f.message}`;
const count = (fs: Finding[], sev: string): number => fs.filter((f) => f.severity === sev).length;

describe('--format text', () => {
  it('prints a block per record with findings (file:line, PEP id, findings) and a summary line', () => {
    const r = runCli(['validate', '--today', TODAY, FILE]);
    const shown = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info').map(textLine);
    const all = [...expGood.findings, BAD_LINE_FINDING, ...expIncomplete.findings];
    const lines = [
      ...(shown(expGood.findings).length > 0 ? [`${FILE}:1  example-school-age-good`, ...shown(expGood.findings)] : []),
      `${FILE}:2  (no id)  unreadable`,
      textLine(BAD_LINE_FINDING),
      `${FILE}:3  fmt-incomplete`,
      ...shown(expIncomplete.findings),
      `pep-rules validate: 3 records in 1 file · ${expGood.valid ? 1 : 0} valid, ${expGood.valid ? 1 : 2} invalid, 1 malformed · ` +
        `${count(all, 'error')} error${count(all, 'error') === 1 ? '' : 's'}, ${count(all, 'warning')} warning${count(all, 'warning') === 1 ? '' : 's'}, ${count(all, 'info')} info · ` +
        `fail: ${expGood.valid ? 2 : 3} at or above --fail-on error`,
    ];
    expect(r.stdout).toBe(`${lines.join('\n')}\n`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });

  it('shows info findings only with --verbose', () => {
    const plain = runCli(['validate', '--today', TODAY, FILE]).stdout;
    const verbose = runCli(['validate', '--verbose', '--today', TODAY, FILE]).stdout;
    const infos = [...expGood.findings, ...expIncomplete.findings].filter((f) => f.severity === 'info');
    for (const f of infos) {
      expect(verbose).toContain(textLine(f));
      expect(plain).not.toContain(textLine(f));
    }
  });
});

describe('--format json and ndjson', () => {
  it('ndjson: one record object per line, then a summary object', () => {
    const r = runCli(['validate', '-f', 'ndjson', '--today', TODAY, FILE]);
    const objects = ndjson(r.stdout);
    expect(objects).toEqual([
      { type: 'record', file: FILE, line: 1, id: 'example-school-age-good', malformed: false, valid: expGood.valid, failed: !expGood.valid, findings: expGood.findings },
      // A malformed record also gives the byte offset where it starts: after line 1 and its newline.
      { type: 'record', file: FILE, line: 2, id: null, malformed: true, valid: false, offset: Buffer.byteLength(JSON.stringify(GOOD)) + 1, failed: true, findings: [BAD_LINE_FINDING] },
      { type: 'record', file: FILE, line: 3, id: 'fmt-incomplete', malformed: false, valid: false, failed: true, findings: expIncomplete.findings },
      {
        type: 'summary',
        command: 'validate',
        policy: 'england',
        today: TODAY,
        failOn: 'error',
        files: 1,
        records: 3,
        valid: expGood.valid ? 1 : 0,
        invalid: expGood.valid ? 1 : 2,
        malformed: 1,
        findings: {
          error: count([...expGood.findings, ...expIncomplete.findings], 'error') + 1,
          warning: count([...expGood.findings, ...expIncomplete.findings], 'warning'),
          info: count([...expGood.findings, ...expIncomplete.findings], 'info'),
        },
        failed: expGood.valid ? 2 : 3,
        ioErrors: 0,
        exitCode: 1,
      },
    ]);
    // The human summary goes to stderr so stdout stays machine-readable.
    expect(r.stderr).toMatch(/^pep-rules validate: 3 records in 1 file · .* · fail: \d at or above --fail-on error\n$/);
  });

  it('json: the same objects streamed as one JSON array', () => {
    const asNdjson = ndjson(runCli(['validate', '-f', 'ndjson', '--today', TODAY, FILE]).stdout);
    const r = runCli(['validate', '-f', 'json', '--today', TODAY, FILE]);
    expect(JSON.parse(r.stdout)).toEqual(asNdjson);
    expect(r.stdout.startsWith('[\n{"type":"record"')).toBe(true);
  });

  it('json: a run with no records is still a valid JSON array (file problem and summary)', () => {
    const r = runCli(['validate', '-f', 'json', '--today', TODAY, fx.file('nothing.json', '')]);
    const out = JSON.parse(r.stdout) as { type: string }[];
    expect(out.map((o) => o.type)).toEqual(['file', 'summary']);
  });
});

describe('--format junit', () => {
  const children = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name);

  it('writes well-formed JUnit XML: a suite per input, a test case per record, counts that add up', () => {
    const empty = fx.file('empty.ndjson', '');
    const r = runCli(['validate', '-f', 'junit', '--today', TODAY, FILE, empty, fx.path('missing.ndjson')]);
    expect(r.code).toBe(2);
    const root = parseJunit(r.stdout);
    expect(root.name).toBe('testsuites');
    const suites = children(root, 'testsuite');
    expect(suites.map((s) => [s.attrs.name, s.attrs.tests, s.attrs.failures, s.attrs.errors])).toEqual([
      [FILE, '3', expGood.valid ? '1' : '2', '1'],
      [empty, '1', '0', '0'],
      [fx.path('missing.ndjson'), '1', '0', '1'],
    ]);
    expect([root.attrs.tests, root.attrs.failures, root.attrs.errors]).toEqual(['5', expGood.valid ? '1' : '2', '2']);
    const cases = children(suites[0] as XmlElement, 'testcase');
    expect(cases.map((c) => [c.attrs.classname, c.attrs.name, c.children.map((x) => x.name)])).toEqual([
      ['pep-rules.validate', 'example-school-age-good (line 1)', expGood.valid ? (expGood.findings.some((f) => f.severity !== 'info') ? ['system-out'] : []) : ['failure']],
      ['pep-rules.validate', '(no id) (line 2)', ['error']],
      ['pep-rules.validate', 'fmt-incomplete (line 3)', ['failure']],
    ]);
    const error = (cases[1] as XmlElement).children[0] as XmlElement;
    expect([error.attrs.type, error.attrs.message]).toEqual(['CLI-JSON-SYNTAX', BAD_LINE_FINDING.message]);
    const failure = (cases[2] as XmlElement).children[0] as XmlElement;
    const errs = count(expIncomplete.findings, 'error');
    const warns = count(expIncomplete.findings, 'warning');
    expect(failure.attrs.message).toBe(`${errs} error${errs === 1 ? '' : 's'}, ${warns} warning${warns === 1 ? '' : 's'}`);
    expect(failure.attrs.type).toBe(expIncomplete.findings.find((f) => f.severity === 'error')?.code);
    expect(failure.text.split('\n')).toEqual(
      expIncomplete.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.code}${pathText(f) === '' ? '' : ` at ${pathText(f)}`}: ${f.message}`),
    );
    const missing = children(suites[2] as XmlElement, 'testcase')[0] as XmlElement;
    expect(missing.children.map((c) => [c.name, c.attrs.type])).toEqual([['error', 'CLI-FILE-NOT-FOUND']]);
    expect(r.stderr).toMatch(/^pep-rules validate: 3 records in 3 files/);
  });

  it('escapes markup and drops characters XML forbids (a file name with & < > " \' and a control character)', () => {
    const name = fx.file('a&b <"x"> \'y\' \u0001.ndjson', `${JSON.stringify(INCOMPLETE)}\n`);
    const r = runCli(['validate', '-f', 'junit', '--today', TODAY, name]);
    const suite = children(parseJunit(r.stdout), 'testsuite')[0] as XmlElement;
    expect(suite.attrs.name).toBe(name.replace('\u0001', '\uFFFD'));
  });

  it('leaves no spool files behind', async () => {
    const { readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const tmp = fx.path('tmp');
    (await import('node:fs')).mkdirSync(tmp);
    runCli(['validate', '-f', 'junit', '--today', TODAY, FILE], { env: { TMPDIR: tmp } });
    expect(readdirSync(tmp)).toEqual([]);
    expect(tmpdir()).not.toBe(tmp);
  });
});

describe('--format github', () => {
  it('writes one workflow annotation per error and warning, pointing at file and line, then the summary', () => {
    const r = runCli(['validate', '-f', 'github', '--today', TODAY, FILE]);
    const level = (f: Finding): string => (f.severity === 'error' ? 'error' : 'warning');
    const annotate = (line: number, id: string | null, f: Finding): string =>
      `::${level(f)} file=${FILE},line=${line},title=${f.code}::${id === null ? '' : `${id}: `}${pathText(f) === '' ? '' : `${pathText(f)}: `}${f.message}`;
    const want = [
      ...expGood.findings.filter((f) => f.severity !== 'info').map((f) => annotate(1, 'example-school-age-good', f)),
      annotate(2, null, BAD_LINE_FINDING),
      ...expIncomplete.findings.filter((f) => f.severity !== 'info').map((f) => annotate(3, 'fmt-incomplete', f)),
    ];
    const out = r.stdout.split('\n');
    expect(out.slice(0, want.length)).toEqual(want); // the fixture path has no , : or %
    expect(out[want.length]).toMatch(/^pep-rules validate: 3 records in 1 file · /);
    expect(r.code).toBe(1);
  });

  it('escapes %, comma, colon and line breaks as the workflow-command syntax requires', () => {
    const name = fx.file('odd,name:100%\r\nx.ndjson', 'nope\n');
    const r = runCli(['validate', '-f', 'github', '--today', TODAY, name]);
    const escaped = name.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
    expect(escaped).toContain('%0D%0A');
    expect(r.stdout.split('\n')[0]).toBe(
      `::error file=${escaped},line=1,title=CLI-JSON-SYNTAX::The record is not valid JSON: an unexpected character where a value should be, at line 1, column 1.`,
    );
  });

  it('annotates a missing file without a line', () => {
    const r = runCli(['validate', '-f', 'github', '--today', TODAY, fx.path('gone.ndjson')]);
    expect(r.stdout.split('\n')[0]).toBe(`::error file=${fx.path('gone.ndjson')},title=CLI-FILE-NOT-FOUND::The input file does not exist.`);
    expect(r.code).toBe(2);
  });
});

describe('grade in every format', () => {
  const POOR = examplePep('school-age-poor');
  const file = fx.file('grade.ndjson', [JSON.stringify(GOOD), JSON.stringify(POOR), JSON.stringify(INCOMPLETE)].join('\n'));
  const ex = [GOOD, POOR, INCOMPLETE].map((p) => expected('grade', p, TODAY));
  const ids = ['example-school-age-good', 'example-school-age-poor', 'fmt-incomplete'];

  it('ndjson carries the grade, non-negotiables and criterion ratings of each record, and the grade counts', () => {
    const objects = ndjson(runCli(['grade', '-f', 'ndjson', '--today', TODAY, file]).stdout);
    const recs = objects.filter((o) => o.type === 'record');
    expect(recs.map((r) => [r.id, r.grade, r.findings])).toEqual(ex.map((e, i) => [ids[i], e.grade, e.findings]));
    expect((recs[1]?.criteria as { id: string; rating: string }[]).length).toBeGreaterThan(3);
    expect(recs[2]).toMatchObject({ grade: null, criteria: [], nonNegotiables: [] });
    const grades = { gold: 0, green: 0, amber: 0, red: 0, ungraded: 0 };
    for (const e of ex) grades[(e.grade ?? 'ungraded') as keyof typeof grades]++;
    expect(objects.at(-1)).toMatchObject({ type: 'summary', command: 'grade', grades });
    expect(grades.ungraded).toBe(1);
  });

  it('text prints the grade after each record', () => {
    const out = runCli(['grade', '--today', TODAY, file]).stdout.split('\n');
    expect(out.filter((l) => l.startsWith(file))).toEqual(ex.map((e, i) => `${file}:${i + 1}  ${ids[i]}  ${e.grade === null ? 'ungraded' : e.grade.toUpperCase()}`));
    const g = { gold: 0, green: 0, amber: 0, red: 0, ungraded: 0 };
    for (const e of ex) g[(e.grade ?? 'ungraded') as keyof typeof g]++;
    expect(out.at(-2)).toContain(`grades: gold ${g.gold}, green ${g.green}, amber ${g.amber}, red ${g.red}, ungraded ${g.ungraded}`);
  });

  it('junit: with --fail-on red, a red or ungradeable PEP is a failure whatever its findings', () => {
    const suite = parseJunit(runCli(['grade', '-f', 'junit', '--fail-on', 'red', '--today', TODAY, file]).stdout).children[0] as XmlElement;
    const cases = suite.children.filter((c) => c.name === 'testcase');
    expect(cases.map((c) => c.children.find((x) => x.name === 'failure')?.attrs.message?.split(';')[0] ?? 'pass')).toEqual(
      ex.map((e) => (e.grade === null || e.grade === 'red' ? `graded ${e.grade ?? 'ungraded'}` : 'pass')),
    );
  });

  it('github: an annotation for each red (error) or amber (warning) PEP', () => {
    const out = runCli(['grade', '-f', 'github', '--today', TODAY, file]).stdout.split('\n');
    const gradeNotes = out.filter((l) => l.includes('title=PEP graded'));
    expect(gradeNotes).toEqual(
      ex.flatMap((e, i) =>
        e.grade === 'red' || e.grade === 'amber'
          ? [`::${e.grade === 'red' ? 'error' : 'warning'} file=${file},line=${i + 1},title=PEP graded ${e.grade}::${ids[i]}: the PEP is graded ${e.grade} against the QA grid.`]
          : [],
      ),
    );
    expect(gradeNotes.length).toBeGreaterThan(0);
  });
});
