import { afterAll, describe, expect, it, vi } from 'vitest';
import { COHORT, COHORT_PATH, COHORT_TEXT, examplePep, expected } from './_pep';
import { Fixtures, ndjson, runCli, runCliAsync, type RunResult } from './_run';
import { runInProcess } from './_inProcess';

// Each test runs the CLI several times: allow for a busy machine. Layouts and damaged bytes are read
// by the same _runCli in this process (runInProcess); NDJSON from a file, stdin and files that are not
// there keep runs of the built command (validateBuilt).
vi.setConfig({ testTimeout: 120_000 });

// Every run pins --today so results do not depend on the day the tests run.
const TODAY = '2025-03-01';
const fx = new Fixtures();
afterAll(() => fx.cleanup());

/** Splits `validate --format ndjson` output into record, file and summary objects. */
function split(r: RunResult) {
  const objects = ndjson(r.stdout);
  return {
    code: r.code,
    stderr: r.stderr,
    records: objects.filter((o) => o.type === 'record'),
    files: objects.filter((o) => o.type === 'file'),
    summary: objects.find((o) => o.type === 'summary') as Record<string, unknown>,
  };
}

/** Runs `validate --format ndjson` in this process (the same _runCli as dist/cli.js) and splits its output. */
async function validate(args: string[], input?: string | Uint8Array) {
  return split(await runInProcess(['validate', '--format', 'ndjson', '--today', TODAY, ...args], input === undefined ? {} : { input }));
}

/** Runs the built command's `validate --format ndjson` as a child process and splits its output. */
function validateBuilt(args: string[], input?: string | Uint8Array) {
  return split(runCli(['validate', '--format', 'ndjson', '--today', TODAY, ...args], input === undefined ? {} : { input }));
}

const GOOD = examplePep('school-age-good');
const line = (value: unknown): string => JSON.stringify(value);
const withId = (id: string): Record<string, unknown> => ({ ...GOOD, id });

describe('input layouts are detected and streamed', () => {
  it('reads NDJSON: one record per line, identified by file, line and PEP id, with the library findings', async () => {
    const r = validateBuilt([COHORT_PATH]);
    expect(r.records).toHaveLength(60);
    expect(r.records.map((x) => [x.line, x.id])).toEqual(COHORT.map((p, i) => [i + 1, p.id]));
    for (const [i, rec] of r.records.entries()) {
      const want = expected('validate', COHORT[i], TODAY);
      expect({ valid: rec.valid, findings: rec.findings }).toEqual({ valid: want.valid, findings: want.findings });
    }
    expect(r.summary.records).toBe(60);
    expect(r.summary.malformed).toBe(0);
  });

  it('streams a JSON array written on one line, element by element (every record on line 1)', async () => {
    const file = fx.file('cohort-array.json', JSON.stringify(COHORT));
    const r = await validate([file]);
    expect(r.records.map((x) => [x.line, x.id])).toEqual(COHORT.map((p) => [1, p.id]));
  });

  it('gives each element of a pretty-printed array the line it starts on', async () => {
    const text = JSON.stringify(COHORT.slice(0, 5), null, 2);
    const starts = text.split('\n').flatMap((l, i) => (l === '  {' ? [i + 1] : []));
    const r = await validate([fx.file('pretty-array.json', text)]);
    expect(starts).toHaveLength(5);
    expect(r.records.map((x) => x.line)).toEqual(starts);
    expect(r.records.map((x) => x.id)).toEqual(COHORT.slice(0, 5).map((p) => p.id));
  });

  it('reads one pretty-printed PEP (a JSON document) as one record on line 1', async () => {
    const r = await validate([fx.file('one.json', JSON.stringify(GOOD, null, 2))]);
    expect(r.records.map((x) => [x.line, x.id, x.malformed])).toEqual([[1, 'example-school-age-good', false]]);
    expect(r.records[0]?.findings).toEqual(expected('validate', GOOD, TODAY).findings);
  });

  it('reads pretty-printed PEPs one after another, each from the line it starts on', async () => {
    const a = JSON.stringify(withId('doc-a'), null, 2);
    const b = JSON.stringify(withId('doc-b'), null, 2);
    const r = await validate([fx.file('two-docs.json', `${a}\n\n${b}\n`)]);
    expect(r.records.map((x) => [x.line, x.id])).toEqual([
      [1, 'doc-a'],
      [a.split('\n').length + 2, 'doc-b'],
    ]);
  });

  it('reads a one-line JSON object file as a single record', async () => {
    const r = await validate([fx.file('compact.json', line(withId('compact-1')))]);
    expect(r.records.map((x) => [x.line, x.id, x.valid])).toEqual([[1, 'compact-1', expected('validate', GOOD, TODAY).valid]]);
  });
});

describe('awkward bytes', () => {
  it('skips a byte-order mark, accepts CRLF line ends and ignores blank lines (line numbers stay true)', async () => {
    const body = `\uFEFF${line(withId('bom-1'))}\r\n\r\n   \r\n${line(withId('bom-2'))}\r\n\r\n`;
    const r = await validate([fx.file('bom-crlf.ndjson', body)]);
    expect(r.records.map((x) => [x.line, x.id, x.malformed])).toEqual([
      [1, 'bom-1', false],
      [4, 'bom-2', false],
    ]);
    expect(r.records[1]?.findings).toEqual(expected('validate', withId('bom-2'), TODAY).findings);
  });

  it('skips a byte-order mark before a JSON array and before a pretty document', async () => {
    const arr = await validate([fx.file('bom-array.json', `\uFEFF${JSON.stringify([withId('a1'), withId('a2')])}`)]);
    expect(arr.records.map((x) => x.id)).toEqual(['a1', 'a2']);
    const doc = await validate([fx.file('bom-doc.json', `\uFEFF${JSON.stringify(withId('d1'), null, 2)}`)]);
    expect(doc.records.map((x) => [x.line, x.id])).toEqual([[1, 'd1']]);
  });

  it('reports a line of invalid UTF-8 with its line number and reads on', async () => {
    const bad = Buffer.concat([Buffer.from('{"id":"latin1-'), Buffer.from([0xe9, 0xff]), Buffer.from('"}\n')]);
    const bytes = Buffer.concat([Buffer.from(`${line(withId('u1'))}\n`), bad, Buffer.from(`${line(withId('u3'))}\n`)]);
    const r = await validate([fx.file('bad-utf8.ndjson', bytes)]);
    expect(r.records.map((x) => [x.line, x.id, x.malformed])).toEqual([
      [1, 'u1', false],
      [2, null, true],
      [3, 'u3', false],
    ]);
    expect(r.records[1]?.findings).toEqual([
      { code: 'CLI-UTF8-INVALID', severity: 'error', message: 'The record is not valid UTF-8 (check the export encoding).' },
    ]);
    expect(r.code).toBe(1);
  });

  it('reads a very long line (a 3 MB free-text field) as one record', async () => {
    const long = { ...withId('long-1'), views: { child: { text: 'a'.repeat(3_000_000) } } };
    const r = await validate([fx.file('long.ndjson', `${line(long)}\n${line(withId('after-long'))}\n`)]);
    expect(r.records.map((x) => [x.line, x.id, x.malformed])).toEqual([
      [1, 'long-1', false],
      [2, 'after-long', false],
    ]);
  });

  it('skips a record over --max-record-mb without buffering it, reports it, and reads on', async () => {
    const long = { ...withId('long-2'), views: { child: { text: 'b'.repeat(1_200_000) } } };
    const ndjsonFile = fx.file('too-long.ndjson', `${line(long)}\n${line(withId('after-too-long'))}\n`);
    const r = await validate(['--max-record-mb', '1', ndjsonFile]);
    expect(r.records.map((x) => [x.line, x.id, x.malformed])).toEqual([
      [1, null, true],
      [2, 'after-too-long', false],
    ]);
    expect(r.records[0]?.findings).toEqual([
      {
        code: 'CLI-RECORD-TOO-LARGE',
        severity: 'error',
        message: 'The record is larger than the limit of 1048576 bytes and was skipped (raise it with --max-record-mb).',
      },
    ]);
    const arrayFile = fx.file('too-long.json', JSON.stringify([long, withId('after-too-long')]));
    const a = await validate(['--max-record-mb', '1', arrayFile]);
    expect(a.records.map((x) => [x.id, (x.findings as { code: string }[])[0]?.code ?? null])).toEqual([
      [null, 'CLI-RECORD-TOO-LARGE'],
      ['after-too-long', (expected('validate', withId('x'), TODAY).findings[0]?.code ?? null)],
    ]);
  });
});

describe('malformed records are reported with file and line, and the run goes on', () => {
  it('reports each bad NDJSON line with what is wrong and where, without quoting it', async () => {
    const body = [
      line(withId('m1')), // 1: fine
      '{"id": "m2", "schemaVersion":', // 2: truncated
      'not json', // 3: not JSON at all
      '{"id": "m4"}}', // 4: extra content
      "{'id': 'm5'}", // 5: single quotes
      line(withId('m6')), // 6: fine
    ].join('\n');
    const r = await validate([fx.file('malformed.ndjson', body)]);
    expect(r.records.map((x) => [x.line, x.id, x.malformed])).toEqual([
      [1, 'm1', false],
      [2, null, true],
      [3, null, true],
      [4, null, true],
      [5, null, true],
      [6, 'm6', false],
    ]);
    expect(r.records.slice(1, 5).map((x) => x.findings)).toEqual([
      [{ code: 'CLI-JSON-SYNTAX', severity: 'error', message: 'The record is not valid JSON: the record ends before it is complete (truncated?), at line 2, column 30.' }],
      [{ code: 'CLI-JSON-SYNTAX', severity: 'error', message: 'The record is not valid JSON: an unexpected character where a value should be, at line 3, column 1.' }],
      [{ code: 'CLI-JSON-SYNTAX', severity: 'error', message: 'The record is not valid JSON: extra content after the end of the record, at line 4, column 13.' }],
      [{ code: 'CLI-JSON-SYNTAX', severity: 'error', message: 'The record is not valid JSON: a property name that is not in double quotes, at line 5, column 2.' }],
    ]);
    expect(r.summary).toMatchObject({ records: 6, malformed: 4, exitCode: 1 });
    expect(r.code).toBe(1);
  });

  it('treats a bad first line followed by a record as NDJSON, not as the start of a document', async () => {
    const r = await validate([fx.file('bad-first.ndjson', `{"id": "x",\n${line(withId('second'))}\n`)]);
    expect(r.records.map((x) => [x.line, x.id, x.malformed])).toEqual([
      [1, null, true],
      [2, 'second', false],
    ]);
  });

  it('points at the line and column inside a pretty-printed record', async () => {
    const r = await validate([fx.file('pretty-bad.json', '{\n  "id": "p1",\n  "targets": [1, 2\n}\n')]);
    expect(r.records.map((x) => x.findings)).toEqual([
      [{ code: 'CLI-JSON-SYNTAX', severity: 'error', message: "The record is not valid JSON: a missing ',' or ']', at line 4, column 1." }],
    ]);
  });

  it('reports the faults of a broken JSON array and still reads every readable element', async () => {
    const body = `[\n${line(withId('e1'))},\n${line(withId('e2'))} ${line(withId('e3'))},\n,\n{"a": },\n${line(withId('e6'))},\n]\nextra\n`;
    const r = await validate([fx.file('broken-array.json', body)]);
    expect(r.records.map((x) => [x.line, x.id, (x.findings as { code: string; message: string }[]).filter((f) => f.code.startsWith('CLI')).map((f) => f.message)])).toEqual([
      [2, 'e1', []],
      [3, 'e2', []],
      [3, null, ['The JSON array has a missing comma between two records.']],
      [3, 'e3', []],
      [4, null, ['The JSON array has an empty element (two commas, or a comma first).']],
      [5, null, ['The record is not valid JSON: a value is missing (a trailing comma?), at line 5, column 7.']],
      [6, 'e6', []],
      [7, null, ['The JSON array has a comma with no record after it.']],
      [8, null, ['The input has content after the end of the JSON array.']],
    ]);
  });

  it('reports an array that is never closed (a truncated export) after reading what is there', async () => {
    const r = await validate([fx.file('unclosed.json', `[${line(withId('t1'))},\n${line(withId('t2'))}`)]);
    expect(r.records.map((x) => [x.line, x.id])).toEqual([
      [1, 't1'],
      [2, 't2'],
      [2, null],
    ]);
    expect(r.records[2]?.findings).toEqual([
      { code: 'CLI-JSON-ARRAY-UNCLOSED', severity: 'error', message: 'The JSON array is not closed with `]`: the export may be truncated.' },
    ]);
  });

  it('reports an element cut off by the end of the input where it goes wrong', async () => {
    const r = await validate([fx.file('cut.json', `[${line(withId('c1'))}, {"id": "c2", "phase": "scho`)]);
    expect(r.records.map((x) => [x.id, x.findings])).toEqual([
      ['c1', expected('validate', withId('c1'), TODAY).findings],
      [null, [{ code: 'CLI-JSON-SYNTAX', severity: 'error', message: `The record is not valid JSON: a string that is never closed, at line 1, column ${line(withId('c1')).length + 26}.` }]],
    ]);
  });
});

describe('files that are not there, not files, or empty', () => {
  it('warns about an empty file, a blank file, a file with only a byte-order mark, and an empty array', async () => {
    const files = [fx.file('empty.json', ''), fx.file('blank.ndjson', '\n  \r\n\n'), fx.file('bom-only.json', '\uFEFF'), fx.file('empty-array.json', '[ ]')];
    const r = await validate(files);
    const empty = { code: 'CLI-FILE-EMPTY', severity: 'warning', message: 'The input holds no records (it is empty, blank, or an empty array).' };
    expect(r.files).toEqual(files.map((file) => ({ type: 'file', file, findings: [empty] })));
    // No record read from any input: exit 2 (see firstRun.test.ts), or 0 with --allow-empty.
    expect(r.code).toBe(2);
    expect((await validate(['--allow-empty', ...files])).code).toBe(0);
    // An empty input among others that hold records is a warning: it fails --fail-on warning only.
    const one = fx.file('one.ndjson', `${line(withId('one'))}\n`);
    const mixed = await validate(['--fail-on', 'warning', one, files[0] as string]);
    expect(mixed.files).toEqual([{ type: 'file', file: files[0], findings: [empty] }]);
    expect(mixed.summary).toMatchObject({ records: 1, exitCode: 1 });
  });

  it('reports a missing file and a directory (exit 2) and still reads the other files', async () => {
    const good = fx.file('present.ndjson', `${line(withId('present'))}\n`);
    const r = validateBuilt([fx.path('missing.json'), fx.dir, good]);
    expect(r.files.map((f) => f.findings)).toEqual([
      [{ code: 'CLI-FILE-NOT-FOUND', severity: 'error', message: 'The input file does not exist.' }],
      [{ code: 'CLI-FILE-IS-DIRECTORY', severity: 'error', message: 'The input is a directory; give the PEP files inside it (e.g. dir/*.json).' }],
    ]);
    expect(r.records.map((x) => x.id)).toEqual(['present']);
    expect(r.summary).toMatchObject({ files: 3, ioErrors: 2, exitCode: 2 });
    expect(r.code).toBe(2);
  });
});

describe('stdin', () => {
  it('reads stdin for -, named <stdin>', async () => {
    const r = validateBuilt(['-'], COHORT_TEXT);
    expect(r.records).toHaveLength(60);
    expect(r.records[0]).toMatchObject({ file: '<stdin>', line: 1, id: 'cohort-0001' });
  });

  it('reads piped stdin when no file is given, and a JSON array from stdin too', async () => {
    const r = validateBuilt([], JSON.stringify(COHORT.slice(0, 3)));
    expect(r.records.map((x) => [x.file, x.id])).toEqual(COHORT.slice(0, 3).map((p) => ['<stdin>', p.id]));
  });

  it('reads files and stdin in the order given', async () => {
    const file = fx.file('first.ndjson', `${line(withId('from-file'))}\n`);
    const r = await runCliAsync(['validate', '-f', 'ndjson', '--today', TODAY, file, '-'], { input: `${line(withId('from-stdin'))}\n` });
    expect(ndjson(r.stdout).filter((o) => o.type === 'record').map((o) => [o.file, o.id])).toEqual([
      [file, 'from-file'],
      ['<stdin>', 'from-stdin'],
    ]);
  });

  it('warns when stdin is empty', async () => {
    const r = validateBuilt(['-'], '');
    expect(r.files).toEqual([{ type: 'file', file: '<stdin>', findings: [{ code: 'CLI-FILE-EMPTY', severity: 'warning', message: 'The input holds no records (it is empty, blank, or an empty array).' }] }]);
  });
});
