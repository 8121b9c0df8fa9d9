import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy';
import { policies } from '../../src/policy/presets/index';
import type { Policy } from '../../src/policy/schema';
import { COHORT, COHORT_PATH, examplePep, expected } from './_pep';
import { Fixtures, ndjson, ROOT, runCli } from './_run';
import { runInProcess } from './_inProcess';

// Each test runs the built CLI as a child process, several times: allow for a busy machine. Option
// parsing and formatting run in this process (runInProcess, the same _runCli as dist/cli.js); exit
// codes, the working directory, the time zone, --version and stdout that is not a terminal each keep a
// run of the built command.
vi.setConfig({ testTimeout: 120_000 });

const TODAY = '2025-03-01';
const fx = new Fixtures();
afterAll(() => fx.cleanup());

const GOOD = examplePep('school-age-good');
const INCOMPLETE = { schemaVersion: 1, id: 'opt-incomplete', phase: 'school-age', kind: 'termly' };
const EXAMPLESHIRE = join(ROOT, 'examples', 'policies', 'exampleshire.json');
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;

function records(stdout: string): Record<string, unknown>[] {
  return ndjson(stdout).filter((o) => o.type === 'record');
}

describe('exit codes and --fail-on', () => {
  it('exits 1 when a record has an error finding (default --fail-on error) and 0 when none has', () => {
    const bad = runCli(['validate', '--today', TODAY, fx.file('incomplete.ndjson', JSON.stringify(INCOMPLETE))]);
    expect(bad.code).toBe(1);
    const clean = COHORT.filter((p) => !expected('validate', p, TODAY).findings.some((f) => f.severity === 'error'));
    const file = fx.file('clean.ndjson', clean.map((p) => JSON.stringify(p)).join('\n'));
    expect(clean.length).toBeGreaterThan(0);
    expect(runCli(['validate', '--today', TODAY, file]).code).toBe(0);
  });

  it('applies each threshold to the cohort exactly as the library findings and grades say', async () => {
    const ex = COHORT.map((p) => expected('grade', p, TODAY));
    const anyError = ex.some((e) => e.findings.some((f) => f.severity === 'error'));
    const anyWarning = ex.some((e) => e.findings.some((f) => f.severity !== 'info'));
    const anyAmberOrWorse = ex.some((e) => e.grade === null || e.grade === 'amber' || e.grade === 'red');
    const anyRed = ex.some((e) => e.grade === null || e.grade === 'red');
    const codes = (['error', 'warning', 'amber', 'red'] as const).map((level) => runCli(['grade', '--fail-on', level, '--today', TODAY, COHORT_PATH]).code);
    expect(codes).toEqual([anyError, anyWarning, anyAmberOrWorse, anyRed].map((b) => (b ? 1 : 0)));
    const failed: number[] = [];
    for (const level of ['error', 'warning', 'amber', 'red'] as const) {
      failed.push((ndjson((await runInProcess(['grade', '-f', 'ndjson', '--fail-on', level, '--today', TODAY, COHORT_PATH])).stdout).at(-1) as { failed: number }).failed);
    }
    expect(failed).toEqual([
      ex.filter((e) => e.findings.some((f) => f.severity === 'error')).length,
      ex.filter((e) => e.findings.some((f) => f.severity !== 'info')).length,
      ex.filter((e) => e.grade === null || e.grade === 'amber' || e.grade === 'red').length,
      ex.filter((e) => e.grade === null || e.grade === 'red').length,
    ]);
  });

  it('refuses --fail-on amber or red for validate, which gives no grades (usage error, exit 2)', () => {
    const r = runCli(['validate', '--fail-on', 'amber', COHORT_PATH]);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      'pep-rules validate: --fail-on amber needs grades: use `pep-rules grade`\nRun `pep-rules validate --help` for usage.\n',
    ]);
  });

  it.each([
    [['--format', 'xml'], '--format must be one of text, json, ndjson, junit, github, csv'],
    [['--fail-on', 'info'], '--fail-on must be one of error, warning, amber, red'],
    [['--today', '2025-02-30'], '--today must be a real date written YYYY-MM-DD'],
    [['--today', '01/03/2025'], '--today must be a real date written YYYY-MM-DD'],
    [['--max-record-mb', '0'], '--max-record-mb must be a number from 0 to 1024'],
    [['--bogus'], 'unknown option --bogus'],
    [['--today'], 'option --today needs a value'],
    [['--verbose=yes'], 'option --verbose takes no value'],
    [['-', '-'], 'stdin (-) can be read only once'],
  ])('exits 2 with a usage message for %j', async (args, message) => {
    const r = await runInProcess(['grade', ...(args.includes('-') ? [] : [COHORT_PATH]), ...args]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `pep-rules grade: ${message}\nRun \`pep-rules grade --help\` for usage.\n`]);
  });

  it('exits 2 for an unknown command, and prints the overview to stderr when no command is given', async () => {
    expect(await runInProcess(['frobnicate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pep-rules: unknown command "frobnicate" (commands: validate, grade, sdq, deadlines, schema, policies, report, summary, web)\nRun `pep-rules --help` for usage.\n',
    });
    const none = await runInProcess([]);
    expect([none.code, none.stdout, none.stderr.split('\n')[0]]).toEqual([2, '', 'pep-rules: check Personal Education Plans (PEPs) for looked-after children']);
  });
});

describe('--today', () => {
  it('is passed to the rules and reported in the summary', async () => {
    const r = await runInProcess(['validate', '-f', 'ndjson', '--today', '2024-10-01', COHORT_PATH]);
    expect((ndjson(r.stdout).at(-1) as { today: string }).today).toBe('2024-10-01');
    expect(records(r.stdout).map((x) => x.findings)).toEqual(COHORT.map((p) => expected('validate', p, '2024-10-01').findings));
  });

  it("defaults to the machine's local date (in its time zone, not UTC)", () => {
    const zone = 'Pacific/Kiritimati'; // UTC+14: differs from the UTC date for 14 hours a day
    const before = new Date().toLocaleDateString('en-CA', { timeZone: zone });
    const r = runCli(['validate', '-f', 'ndjson', COHORT_PATH], { env: { TZ: zone } });
    const after = new Date().toLocaleDateString('en-CA', { timeZone: zone });
    expect([before, after]).toContain((ndjson(r.stdout).at(-1) as { today: string }).today);
  });
});

describe('--policy', () => {
  const run = (policy: string): Promise<{ code: number | null; stdout: string; stderr: string }> =>
    runInProcess(['validate', '-f', 'ndjson', '--today', TODAY, '--policy', policy, COHORT_PATH]);
  const findingsUnder = (policy: Policy) => COHORT.map((p) => expected('validate', p, TODAY, policy).findings);

  it('takes a preset by name, in kebab-case or camelCase, and applies it', async () => {
    for (const name of ['milton-keynes', 'miltonKeynes']) {
      const r = await run(name);
      expect((ndjson(r.stdout).at(-1) as { policy: string }).policy).toBe('miltonKeynes');
      expect(records(r.stdout).map((x) => x.findings)).toEqual(findingsUnder(policies.miltonKeynes));
    }
    expect(records((await run('halton')).stdout).map((x) => x.findings)).toEqual(findingsUnder(policies.halton));
  });

  it('takes a council policy file, checks it with definePolicy and applies it', async () => {
    const defined = definePolicy(JSON.parse(readFileSync(EXAMPLESHIRE, 'utf8')));
    if (!defined.success) throw new Error('the example policy should be valid');
    const r = await run(EXAMPLESHIRE);
    expect((ndjson(r.stdout).at(-1) as { policy: string }).policy).toBe(EXAMPLESHIRE);
    expect(records(r.stdout).map((x) => x.findings)).toEqual(findingsUnder(defined.data));
  });

  it('exits 2 with the policy findings when the policy file is not valid', async () => {
    const overrides = { id: 'Bad Id', targets: { minimumCount: { value: -1, source: 'Badshire PEP policy §1' } }, sdq: { concernThreshold: { totalDifficulties: 17 } } };
    const file = fx.file('bad-policy.json', JSON.stringify(overrides));
    const defined = definePolicy(overrides);
    if (defined.success) throw new Error('the fixture policy should be invalid');
    const r = await run(file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        `pep-rules validate: --policy ${file}: the policy is not valid (${defined.issues.length} problem(s)):`,
        ...defined.issues.map((f) => `  ${f.code}${f.path !== undefined && f.path.length > 0 ? ` at ${f.path.join('.')}` : ''}: ${f.message}`),
        '',
      ].join('\n'),
    );
    expect(defined.issues.length).toBeGreaterThan(1);
  });

  it('exits 2 for a policy file that is not JSON, and for a name that is neither preset nor file', async () => {
    const notJson = fx.file('policy.txt', 'minimumCount = 3');
    expect(await run(notJson)).toEqual({ code: 2, stdout: '', stderr: `pep-rules validate: --policy ${notJson}: the policy file is not valid JSON at line 1, column 1: an unexpected character where a value should be.\n` });
    expect(await run('lancashire')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pep-rules validate: --policy lancashire: no such preset or file (presets: england, milton-keynes, barnet, halton, bolton; or a JSON file).\n',
    });
  });

  it('reads a relative policy path from the working directory', () => {
    const r = runCli(['validate', '-f', 'ndjson', '--today', TODAY, '--policy', 'examples/policies/exampleshire.json', 'examples/cohort.ndjson'], { cwd: ROOT });
    expect(r.code === 0 || r.code === 1).toBe(true);
    expect((ndjson(r.stdout).at(-1) as { policy: string; records: number }).records).toBe(60);
  });
});

describe('--help and --version', () => {
  it.each(['validate', 'grade', 'sdq', 'deadlines', 'schema', 'policies', 'report'])('prints help for %s on stdout and exits 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const r = await runInProcess([command, flag]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout.startsWith(`Usage: pep-rules ${command}`)).toBe(true);
    }
    expect((await runInProcess(['help', command])).stdout).toBe((await runInProcess([command, '--help'])).stdout);
  });

  it('prints a command\'s help on stdout from the built command too, the same text as in this process', async () => {
    const r = runCli(['validate', '--help']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe((await runInProcess(['validate', '--help'])).stdout);
  });

  it('prints the overview for --help, -h and help', async () => {
    const overview = runCli(['--help']);
    expect([overview.code, overview.stdout.split('\n')[0]]).toEqual([0, 'pep-rules: check Personal Education Plans (PEPs) for looked-after children']);
    expect((await runInProcess(['-h'])).stdout).toBe(overview.stdout);
    expect((await runInProcess(['help'])).stdout).toBe(overview.stdout);
  });

  it('prints the package version for --version and -V', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(runCli(['-V']).stdout).toBe(`${version}\n`);
  });

  it('runs from any working directory (the library is bundled into dist/cli.js)', () => {
    const r = runCli(['validate', '-f', 'ndjson', '--today', TODAY, COHORT_PATH], { cwd: '/' });
    expect(records(r.stdout)).toHaveLength(60);
  });
});

describe('colour', () => {
  const file = fx.file('colour.ndjson', `${JSON.stringify(INCOMPLETE)}\n${JSON.stringify(GOOD)}\n`);
  // The colour choice reads the environment and the flags (runs in this process); whether stdout is a
  // terminal is asked of the real one (a run of the built command, its stdout a pipe).
  const text = async (env: Record<string, string>, extra: string[] = []): Promise<string> => (await runInProcess(['grade', '--today', TODAY, ...extra, file], { env })).stdout;

  it('is off when stdout is not a terminal', () => {
    expect(runCli(['grade', '--today', TODAY, file]).stdout).not.toMatch(ANSI);
  });

  it('is on with FORCE_COLOR or --color, and NO_COLOR (any non-empty value) turns it off', async () => {
    expect(await text({ FORCE_COLOR: '1' })).toMatch(ANSI);
    expect(await text({}, ['--color'])).toMatch(ANSI);
    expect(await text({ FORCE_COLOR: '1', NO_COLOR: '1' })).not.toMatch(ANSI);
    expect(await text({ FORCE_COLOR: '1', NO_COLOR: '' })).toMatch(ANSI); // an empty NO_COLOR does not count (no-color.org)
    expect(await text({ FORCE_COLOR: '1' }, ['--no-color'])).not.toMatch(ANSI);
  });

  it('colours only decoration: without the escapes the text is the same', async () => {
    // eslint-disable-next-line no-control-regex
    expect((await text({ FORCE_COLOR: '1' })).replace(/\u001b\[[0-9;]*m/g, '')).toBe(await text({}));
  });
});

describe('--calendar', () => {
  it('passes a school calendar to the rules (Halton counts submission in school days)', async () => {
    const { createSchoolCalendar } = await import('../../src/deadlines/createSchoolCalendar');
    const path = join(ROOT, 'examples', 'calendars', 'halton-2024-25.json');
    const made = createSchoolCalendar(JSON.parse(readFileSync(path, 'utf8')));
    if (!made.ok) throw new Error('the example calendar should be valid');
    const r = await runInProcess(['validate', '-f', 'ndjson', '--today', TODAY, '--policy', 'halton', '--calendar', path, COHORT_PATH]);
    const { _assess } = await import('../../src/cli/_assess');
    expect(records(r.stdout).map((x) => x.findings)).toEqual(
      COHORT.map((p) => JSON.parse(JSON.stringify(_assess('validate', p, { policy: policies.halton, today: TODAY, calendar: made.calendar }).findings))),
    );
  });

  it('exits 2 with the calendar findings when the calendar is not valid', async () => {
    const file = fx.file('bad-calendar.json', JSON.stringify({ terms: [{ term: 'autumn', start: '2024-12-20', end: '2024-09-02' }] }));
    const r = await runInProcess(['validate', '--today', TODAY, '--calendar', file, COHORT_PATH]);
    expect([r.code, r.stdout, r.stderr.split('\n')[0]]).toEqual([2, '', `pep-rules validate: --calendar ${file}: the calendar is not valid:`]);
    expect(r.stderr.split('\n')[1]).toMatch(/^ {2}DEADLINE-[A-Z-]+/);
  });
});

describe('a reader that goes away', () => {
  it('stops writing quietly when stdout is closed early (e.g. piped to head), and keeps the exit code of the run', async () => {
    const { spawn } = await import('node:child_process');
    // 600 records (the cohort ten times): their output is far more than a pipe holds (64 KiB), so the
    // run is still writing when its reader goes away. The claim does not need a larger run.
    const big = fx.file('big.ndjson', `${COHORT.map((p) => JSON.stringify(p)).join('\n')}\n`.repeat(10));
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'validate', '-f', 'ndjson', '--today', TODAY, big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('internal error');
    // The cohort has records with errors, so the run exits 1 whether or not anyone reads its output.
    expect(code).toBe(1);
  });
});
