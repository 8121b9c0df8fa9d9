/**
 * Shows a finished check: the headline figures, the distributions, the roster counts, the children
 * needing action, each PEP with its grade and findings (a page at a time, filterable), and the
 * downloads (CSV of the children needing action and of every finding, and the JSON summary; the
 * printable HTML report is `pep-rules report --html`, whose inline SVG carries a namespace URL this
 * page must not).
 */
import { childListCsv, findingsCsv, type FindingCsvRow, type Ssda903Finding } from '../../report/index';
import type { _CohortRun, _PepRow } from '../_run';
import { _actionHtml, _distributionHtml, _pepRowsHtml, _rosterHtml, _rosterProblemsHtml, _tilesHtml } from '../_view';
import { _byId, _downloadLink, _revokeDownloads } from './_dom';

/** PEP rows added to the table per "Show more". */
const PAGE_ROWS = 100;
/** Rows per list of children needing action (the CSV has every one). */
const ACTION_ROWS = 500;

const keep: Readonly<Record<string, (r: _PepRow) => boolean>> = {
  all: () => true,
  errors: (r) => r.errors > 0,
  red: (r) => r.grade === null || r.grade === 'red',
};

/** Every finding of the run, one row each, for the findings CSV: the SSDA903 tables' first (record `header:12`). */
function* findingRows(run: _CohortRun, rosterFindings: readonly Ssda903Finding[]): Iterable<FindingCsvRow> {
  for (const finding of rosterFindings) yield { record: `${finding.file}:${finding.line}`, pepId: null, childId: null, finding };
  for (const r of run.peps) for (const finding of r.findings) yield { record: r.line ?? r.record, pepId: r.pepId, childId: r.childId, finding };
}

/** The download links for a run. */
function downloads(run: _CohortRun, rosterFindings: readonly Ssda903Finding[]): HTMLAnchorElement[] {
  const s = run.summary;
  return [
    _downloadLink(childListCsv(s), 'text/csv;charset=utf-8', 'pep-children-needing-action.csv', 'Children needing action (CSV)'),
    _downloadLink(findingsCsv(findingRows(run, rosterFindings)), 'text/csv;charset=utf-8', 'pep-findings.csv', 'Every finding (CSV)'),
    _downloadLink(`${JSON.stringify(s, null, 2)}\n`, 'application/json', 'pep-summary.json', 'Summary (JSON)'),
  ];
}

/** The PEP table: header, and the rows shown so far under the filter. */
class PepTable {
  private shown = 0;
  private rows: readonly _PepRow[] = [];

  constructor(
    private readonly run: _CohortRun,
    private readonly names: boolean,
  ) {}

  reset(filter: string): void {
    this.rows = this.run.peps.filter(keep[filter] ?? keep.all!);
    this.shown = 0;
    _byId('peps-head').innerHTML =
      `<tr><th scope="col">Where</th><th scope="col">PEP</th><th scope="col">Child</th>${this.names ? '<th scope="col">Name</th>' : ''}` +
      `<th scope="col">Grade</th><th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Findings</th></tr>`;
    _byId('pep-rows').innerHTML = '';
    this.more();
  }

  more(): void {
    const next = this.rows.slice(this.shown, this.shown + PAGE_ROWS);
    _byId('pep-rows').insertAdjacentHTML('beforeend', _pepRowsHtml(next, this.names));
    this.shown += next.length;
    _byId('more-peps').hidden = this.shown >= this.rows.length;
    _byId('peps-shown').textContent = `Showing ${this.shown} of ${this.rows.length} PEPs.`;
  }
}

let table: PepTable | null = null;

/**
 * Shows a run's results in the page and moves focus to the results heading.
 * @param run - From `_runCohort`.
 * @param names - Whether the officer asked for names.
 * @param rosterFindings - The problems `readSsda903` found in the SSDA903 tables (none without a roster).
 * @example
 * _showResults(run, false, []);
 */
export function _showResults(run: _CohortRun, names: boolean, rosterFindings: readonly Ssda903Finding[]): void {
  const s = run.summary;
  _revokeDownloads();
  _byId('downloads').replaceChildren(...downloads(run, rosterFindings));
  _byId('summary-area').innerHTML =
    _tilesHtml(s) +
    _rosterHtml(s) +
    _rosterProblemsHtml(rosterFindings, ACTION_ROWS) +
    _actionHtml(s, ACTION_ROWS) +
    `<div class="layout-two">${_distributionHtml('table-status', 'PEP position of each child', s.status, s.definitions.smallCohortBelow)}` +
    `${_distributionHtml('table-qa', 'QA grades of current PEPs', s.qaGrades, s.definitions.smallCohortBelow)}</div>`;
  table = new PepTable(run, names);
  const filter = _byId<HTMLSelectElement>('pep-filter');
  filter.value = 'all';
  table.reset('all');
  _byId('results').hidden = false;
}

/**
 * Wires the PEP table's filter and "Show more" button (once, at start).
 * @example
 * _wirePepTable();
 */
export function _wirePepTable(): void {
  _byId<HTMLSelectElement>('pep-filter').addEventListener('change', (e) => table?.reset((e.target as HTMLSelectElement).value));
  _byId('more-peps').addEventListener('click', () => table?.more());
}
