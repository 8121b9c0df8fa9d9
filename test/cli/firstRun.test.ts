/**
 * First run and CI behaviour: `npm start` (the `summary` command on the bundled cohort), runs that
 * read no records, and the GitHub annotation limits. Every test runs the built CLI
 * (`npx tsup --silent` first).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cohortSummary } from '../../src/report/cohortSummary';
import { COHORT, COHORT_PATH, examplePep } from './_pep';
import { Fixtures, ndjson, ROOT, runCli } from './_run';
import { runInProcess } from './_inProcess';

vi.setConfig({ testTimeout: 120_000 });
// Every command and exit code here keeps a run of the built command; the second runs of a case
// (--allow-empty, the other format, help) run the same _runCli in this process (runInProcess).

const fx = new Fixtures();
afterAll(() => fx.cleanup());

/** The date `npm start` judges the bundled cohort on. */
const START_TODAY = '2025-06-30';
const NO_RECORDS = 'no records read';
const NO_RECORDS_LINE = (command: string): string =>
  `pep-rules ${command}: ${NO_RECORDS}: every input was empty, blank or an empty array, or could not be read. Use --allow-empty to exit 0 on an empty input.\n`;
const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n');

describe('npm start: a short, readable summary of the bundled cohort', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

  it('runs the summary command on examples/cohort.ndjson at a fixed date', () => {
    expect(pkg.scripts.start).toBe(`node dist/cli.js summary examples/cohort.ndjson --today ${START_TODAY}`);
  });

  it('exits 0 and fits one screen (at most 25 lines, 100 columns), with nothing on stderr', () => {
    // The start script itself, run the way npm runs it (dist/ is already built).
    const r = spawnSync('sh', ['-c', pkg.scripts.start as string], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout).length).toBeLessThanOrEqual(25);
    expect(Math.max(...lines(r.stdout).map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  const r = runCli(['summary', 'examples/cohort.ndjson', '--today', START_TODAY], { cwd: ROOT });
  const want = cohortSummary(COHORT, { today: START_TODAY });

  it('gives the QA grades and PEP positions of the cohort report, with counts and percentages', () => {
    expect(r.code).toBe(0);
    const row = (label: string) => lines(r.stdout).find((l) => l.includes(`  ${label} `)) ?? '';
    for (const d of [want.qaGrades, want.status]) {
      for (const x of d.rows) {
        // "Amber (requires improvement)  18  30.0%": the label, then its own count and percentage.
        expect(row(x.label)).toMatch(new RegExp(`${x.label.replace(/[()]/g, '\\$&')} +${x.count} +${(x.percent as number).toFixed(1)}%`));
      }
    }
    expect(lines(r.stdout)[1]).toBe(`60 records: 60 PEPs, 0 unreadable · ${want.records.children} children, ${want.upToDate.count} up to date`);
  });

  it('lists the five most overdue PEPs by id with what is due and when, and how many more there are', () => {
    expect(want.overdue.length).toBeGreaterThan(5);
    const out = lines(r.stdout);
    const head = out.findIndex((l) => l.startsWith(`Overdue: ${want.overdue.length} (`));
    expect(head).toBeGreaterThan(0);
    const listed = out.slice(head + 1, head + 6);
    expect(listed.map((l) => l.trim().split(/ +/).slice(0, 2))).toEqual(want.overdue.slice(0, 5).map((o) => [o.pepId, o.childId]));
    for (const [i, l] of listed.entries()) expect(l).toContain(`, ${(want.overdue[i] as { days: number }).days} days overdue`);
    expect(out[head + 6]).toBe(`  … and ${want.overdue.length - 5} more in the full report`);
  });

  it('ends with the commands for the full report and for every finding, with the same date', async () => {
    const out = lines(r.stdout);
    expect(out.slice(-3)).toEqual([
      `Full report:    pep-rules report examples/cohort.ndjson --today ${START_TODAY} --html cohort-report.html`,
      `Every finding:  pep-rules grade examples/cohort.ndjson --today ${START_TODAY}`,
      '                (add --format junit or --format json for CI)',
    ]);
    // The hinted report command works and gives the same overdue count.
    const report = await runInProcess(['report', 'examples/cohort.ndjson', '--today', START_TODAY, '--json', '-'], { cwd: ROOT });
    expect((JSON.parse(report.stdout) as { overdue: unknown[] }).overdue).toHaveLength(want.overdue.length);
  });

  it('never prints a name or a date of birth from the cohort', () => {
    for (const p of COHORT) {
      const child = p.child as { forename: string; surname: string; dateOfBirth: string };
      expect(r.stdout).not.toContain(child.surname);
      expect(r.stdout).not.toContain(child.dateOfBirth);
    }
  });

  it('repeats --policy and --calendar in its hints, and exits 1 when a record cannot be read', () => {
    const file = fx.file('two.ndjson', `${JSON.stringify(COHORT[0])}\n{"id": "broken",\n`);
    const s = runCli(['summary', file, '--today', START_TODAY, '--policy', 'halton']);
    expect(s.code).toBe(1);
    expect(lines(s.stdout)[1]).toBe('2 records: 1 PEP, 1 unreadable · 1 child, 1 up to date');
    expect(s.stdout).toContain(`pep-rules report ${file} --today ${START_TODAY} --policy halton --html cohort-report.html`);
  });

  it('has its own help, and is listed in the overview', async () => {
    expect(runCli(['summary', '--help']).stdout).toMatch(/^Usage: pep-rules summary \[options\] <cohort file\|->/);
    expect((await runInProcess(['--help'])).stdout).toContain('\n  summary <file|->      A cohort on one screen');
  });
});

describe('no records read: exit 2 with "no records read", or 0 with --allow-empty', () => {
  const empties = {
    'empty stdin': { args: [] as string[], input: '' },
    'empty file': { args: [fx.file('empty.ndjson', '')], input: '' },
    'blank file': { args: [fx.file('blank.ndjson', '\n \r\n')], input: '' },
    'empty array': { args: [fx.file('empty-array.json', '[]')], input: '' },
  };
  for (const command of ['validate', 'grade'] as const) {
    for (const [what, { args, input }] of Object.entries(empties)) {
      it(`${command}: ${what}`, async () => {
        const r = runCli([command, '--today', START_TODAY, ...args], { input });
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(NO_RECORDS_LINE(command));
        expect(lines(r.stdout).at(-1)).toMatch(new RegExp(`^pep-rules ${command}: 0 records in 1 file · .* · error: ${NO_RECORDS}$`));
        const allowed = await runInProcess([command, '--allow-empty', '--today', START_TODAY, ...args], { input });
        expect([allowed.code, allowed.stderr]).toEqual([0, '']);
        expect(lines(allowed.stdout).at(-1)).toMatch(/ · pass$/);
      });
    }
  }

  it('says so in the machine-readable summary too (exit code 2), and --allow-empty also passes --fail-on warning', async () => {
    const r = runCli(['grade', '-f', 'ndjson', '--today', START_TODAY], { input: '' });
    expect(ndjson(r.stdout).at(-1)).toMatchObject({ type: 'summary', records: 0, ioErrors: 0, exitCode: 2 });
    expect(r.stderr).toContain(`error: ${NO_RECORDS}`);
    expect((await runInProcess(['validate', '--allow-empty', '--fail-on', 'warning', '--today', START_TODAY], { input: '' })).code).toBe(0);
  });

  it('counts records over every input: one empty file beside one with a record is not "no records"', () => {
    const one = fx.file('one.ndjson', `${JSON.stringify(COHORT[0])}\n`);
    const r = runCli(['validate', '--today', START_TODAY, one, fx.file('also-empty.ndjson', '')]);
    expect(r.stderr).not.toContain(NO_RECORDS);
    expect(r.code).not.toBe(2);
  });

  it('a file of malformed records is not empty: it fails (exit 1) and every record is counted', () => {
    const r = runCli(['grade', '-f', 'ndjson', '--fail-on', 'red', '--today', START_TODAY], { input: '{"a":\n{"b"\n' });
    const s = ndjson(r.stdout).at(-1) as { records: number; valid: number; invalid: number; malformed: number };
    expect(s).toMatchObject({ records: 2, malformed: 2, exitCode: 1 });
    expect(s.valid + s.invalid + s.malformed).toBe(s.records);
    expect(r.code).toBe(1);
  });

  it('summary: exit 2 on an empty input, 0 with --allow-empty', async () => {
    expect(runCli(['summary', '--today', START_TODAY], { input: '' })).toEqual({
      code: 2,
      stdout: '',
      stderr: NO_RECORDS_LINE('summary'),
    });
    const allowed = await runInProcess(['summary', '--allow-empty', '--today', START_TODAY], { input: '' });
    expect(allowed.code).toBe(0);
    expect(lines(allowed.stdout)[1]).toBe('0 records: 0 PEPs, 0 unreadable · 0 children, 0 up to date');
  });
});

describe('--format github: GitHub shows 10 annotations of each kind per step', () => {
  const annotationCounts = (stdout: string) => {
    const c = { error: 0, warning: 0, notice: 0 };
    for (const l of lines(stdout)) {
      const m = /^::(error|warning|notice) /.exec(l);
      if (m !== null) c[m[1] as keyof typeof c]++;
    }
    return c;
  };

  it('over the limit: a notice, then the summary line, then a last line with the full counts and how to get the rest', async () => {
    const r = runCli(['grade', '--format', 'github', '--today', START_TODAY, COHORT_PATH]);
    const c = annotationCounts(r.stdout);
    expect(c.error).toBeGreaterThan(10);
    expect(c.warning).toBeGreaterThan(10);
    const out = lines(r.stdout);
    expect(out.at(-3)).toBe(
      `::notice title=More annotations than GitHub shows::${c.error} error and ${c.warning} warning annotations were written; ` +
        'GitHub shows the first 10 of each kind per step. The step log has them all; --format junit or --format json gives every finding.',
    );
    expect(out.at(-2)).toMatch(/^pep-rules grade: 60 records in 1 file · /);
    expect(out.at(-1)).toBe(
      `pep-rules grade: annotations written: ${c.error} error, ${c.warning} warning, ${c.notice} notice. ` +
        'GitHub shows the first 10 of each kind per step (50 per job); every annotation is in this log above, and --format junit or --format json gives every finding as a report.',
    );
    // Every annotation is still written: one per error and warning finding, plus one per red or amber PEP.
    const json = ndjson((await runInProcess(['grade', '--format', 'ndjson', '--today', START_TODAY, COHORT_PATH])).stdout);
    const summary = json.at(-1) as { findings: { error: number; warning: number }; grades: { red: number; amber: number } };
    expect([c.error, c.warning]).toEqual([summary.findings.error + summary.grades.red, summary.findings.warning + summary.grades.amber]);
  });

  it('within the limit: no notice and no extra line', async () => {
    const file = fx.file('one-good.json', JSON.stringify(examplePep('school-age-good')));
    const r = await runInProcess(['validate', '--format', 'github', '--today', '2025-03-01', file]);
    const c = annotationCounts(r.stdout);
    expect(c.error).toBeLessThanOrEqual(10);
    expect(c.warning).toBeLessThanOrEqual(10);
    expect(r.stdout).not.toContain('More annotations than GitHub shows');
    expect(lines(r.stdout).at(-1)).toMatch(/^pep-rules validate: 1 record in 1 file · /);
  });
});
