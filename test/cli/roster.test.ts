import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { childListCsv, cohortSummary, FINDINGS_COLUMNS, readSsda903, renderCohortHtml, type CohortRosterSection, type CohortSummary } from '../../src/report/index';
import { ROOT, runCli } from './_run';

const TODAY = '2025-06-30';
const COHORT = join(ROOT, 'examples', 'cohort.ndjson');
const HEADER = join(ROOT, 'examples', 'ssda903', 'header.csv');
const EPISODES = join(ROOT, 'examples', 'ssda903', 'episodes.csv');
const KEYS = ['children', 'withCurrentPep', 'overdue', 'noPep', 'initialLate', 'notOnRoster', 'placementChangeNoReview', 'shortBreaks'] as const;
const counts = (r: CohortRosterSection | undefined) => Object.fromEntries(KEYS.map((k) => [k, r?.[k].count]));
const dir = mkdtempSync(join(tmpdir(), 'pep-rules-roster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The summary worked out in-process from the same example files. */
function inProcess(): CohortSummary {
  const records = readFileSync(COHORT, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);
  const { roster } = readSsda903({ header: readFileSync(HEADER, 'utf8'), episodes: readFileSync(EPISODES, 'utf8') });
  return cohortSummary(records, { today: TODAY, roster });
}

/** The roster counts the HTML report prints, by `data-key`. */
function htmlCounts(html: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const m of html.matchAll(/<tr data-key="(\w+)"><th scope="row">[^<]*<\/th><td class="num">([\d,]+)<\/td><\/tr>/g)) {
    if ((KEYS as readonly string[]).includes(m[1]!)) found[m[1]!] = Number(m[2]!.replace(/,/g, ''));
  }
  return found;
}

describe('pep-rules report --roster: the same roster counts in the CLI, cohortSummary and the HTML report', () => {
  const html = join(dir, 'report.html');
  const run = runCli(['report', COHORT, '--roster', HEADER, EPISODES, '--today', TODAY, '--json', '-', '--html', html]);
  const expected = inProcess();

  it('exits 0 and writes the summary with its roster section', () => {
    expect(run.code).toBe(0);
    const cli = JSON.parse(run.stdout) as CohortSummary;
    expect(counts(cli.roster)).toEqual(counts(expected.roster));
    expect(cli.roster).toEqual(expected.roster);
  });

  it('prints the counts the example was built for: children with no PEP, a late initial PEP and an overdue PEP', () => {
    expect(counts(expected.roster)).toEqual({ children: 61, withCurrentPep: 39, overdue: 19, noPep: 3, initialLate: 2, notOnRoster: 2, placementChangeNoReview: 1, shortBreaks: 1 });
  });

  it('prints the same counts in the HTML report (CLI-written and rendered in-process)', () => {
    expect(htmlCounts(readFileSync(html, 'utf8'))).toEqual(counts(expected.roster));
    expect(htmlCounts(renderCohortHtml(expected))).toEqual(counts(expected.roster));
  });

  it('says the roster counts and the bad row (by file and line, never a child id) on stderr', () => {
    expect(run.stderr).toContain(`${EPISODES}:37 ROSTER-EPISODE-END-BEFORE-START`);
    expect(run.stderr).toContain('Roster (SSDA903): 61 children in care: 39 with a current PEP, 19 overdue, 3 with no PEP');
    expect(run.stderr).not.toMatch(/child-10\d\d/);
  });

  it('--format csv writes the child list, the same as childListCsv', () => {
    const csv = runCli(['report', COHORT, '--roster', HEADER, EPISODES, '--today', TODAY, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe(childListCsv(expected));
    expect(csv.stdout.split('\r\n')[0]).toBe('child_id,status,due_date,days_overdue,latest_pep_date,reason_codes');
  });

  it('--format text prints the cohort on one screen with the roster line', () => {
    const text = runCli(['report', COHORT, '--roster', HEADER, EPISODES, '--today', TODAY, '--format', 'text']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Roster (SSDA903): 61 children in care: 39 with a current PEP, 19 overdue, 3 with no PEP');
  });

  it.each([
    [['--roster', HEADER], '--roster needs two files'],
    [['--roster', HEADER, '--format', 'csv'], '--roster needs two files'],
    [['--roster', HEADER, EPISODES, '--match-on', 'name', '--format', 'csv'], '--match-on must be child-id or upn'],
    [['--format', 'xml'], '--format must be one of text, json, csv'],
  ])('exits 2 with a usage message for %j', (args, message) => {
    const r = runCli(['report', COHORT, '--today', TODAY, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('exits 2 when a roster file cannot be read', () => {
    const r = runCli(['report', COHORT, '--today', TODAY, '--roster', join(dir, 'missing.csv'), EPISODES, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.csv: cannot read the SSDA903 file \(ENOENT\)/);
  });
});

describe('pep-rules validate / grade --format csv: every finding as one CSV row', () => {
  it('writes the documented columns and one row per finding the ndjson format lists (info only with --verbose)', () => {
    const csv = runCli(['validate', COHORT, '--today', TODAY, '--format', 'csv']);
    const nd = runCli(['validate', COHORT, '--today', TODAY, '--format', 'ndjson']);
    const rows = Papa.parse<string[]>(csv.stdout, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...FINDINGS_COLUMNS]);
    const findings = nd.stdout
      .split('\n')
      .filter((l) => l.startsWith('{"type":"record"'))
      .flatMap((l) => (JSON.parse(l) as { line: number; id: string; findings: { code: string; severity: string }[] }).findings.filter((f) => f.severity !== 'info').map((f) => [`${COHORT}:${(JSON.parse(l) as { line: number }).line}`, f.code]));
    expect(rows.slice(1).map((r) => [r[0], r[3]])).toEqual(findings);
    expect(csv.code).toBe(nd.code);
  });

  it('writes the same bytes with --jobs 2 as with one job', () => {
    const one = runCli(['grade', COHORT, '--today', TODAY, '--format', 'csv', '--jobs', '1']);
    const two = runCli(['grade', COHORT, '--today', TODAY, '--format', 'csv', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.length).toBeGreaterThan(1000);
  });
});
