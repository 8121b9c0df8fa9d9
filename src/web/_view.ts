/**
 * The page's results as HTML strings, built from the cohort summary and the rows of `_runCohort`.
 * Every text is escaped; children are shown by PEP id and child id, with a name only when the
 * officer asked for names (and the summary carries them). Pure string building.
 */
import { _esc } from '../report/_cohortSvg';
import type { Ssda903Finding } from '../report/ssda903/types';
import type { CohortDistribution, CohortRosterSection, CohortRosterStatus, CohortSummary } from '../report/types';
import type { _PepRow } from './_run';

const GRADE_LABEL: Readonly<Record<string, string>> = { gold: 'Gold', green: 'Green', amber: 'Amber', red: 'Red' };

const pct = (p: { percent: number | null; small: boolean }, smallBelow: number): string =>
  p.percent === null ? '–' : p.small ? `n<${smallBelow}` : `${p.percent.toFixed(1)}%`;

/** One headline figure. */
const tile = (id: string, label: string, value: string): string =>
  `<div class="tile" id="${id}"><span class="n">${_esc(value)}</span> <span class="l">${_esc(label)}</span></div>`;

/**
 * The headline figures: children, up to date, overdue, due soon, position not known, unreadable records.
 * @param s - The cohort summary.
 * @returns HTML.
 * @example
 * _tilesHtml(summary); // '<div class="tiles">…<div class="tile" id="tile-children"><span class="n">60</span>…'
 */
export function _tilesHtml(s: CohortSummary): string {
  const notKnown = s.status.rows.find((r) => r.key === 'not-known')?.count ?? 0;
  return (
    `<div class="tiles">` +
    tile('tile-children', 'children in the cohort', String(s.records.children)) +
    tile('tile-up-to-date', 'with an up-to-date PEP', pct(s.upToDate, s.definitions.smallCohortBelow)) +
    tile('tile-overdue', 'PEPs overdue', String(s.overdue.length)) +
    tile('tile-due-soon', `PEPs due within ${s.definitions.dueSoonDays} days`, String(s.dueSoon.length)) +
    tile('tile-not-known', 'position not known', String(notKnown)) +
    tile('tile-unreadable', 'records not read as PEPs', String(s.records.invalid)) +
    `</div>`
  );
}

/**
 * A distribution as a table: label, children, percentage.
 * @param id - The table's id.
 * @param caption - Its caption.
 * @param d - The distribution.
 * @param smallBelow - The small-cohort threshold: a distribution under it shows no percentages.
 * @returns HTML.
 * @example
 * _distributionHtml('table-qa', 'QA grades of current PEPs', summary.qaGrades, 5);
 */
export function _distributionHtml(id: string, caption: string, d: CohortDistribution, smallBelow: number): string {
  const rows = d.rows
    .map((r) => `<tr data-key="${_esc(r.key)}"><th scope="row">${_esc(r.label)}</th><td>${r.count}</td><td>${d.small ? `n&#60;${smallBelow}` : r.percent === null ? '–' : `${r.percent.toFixed(1)}%`}</td></tr>`)
    .join('');
  return (
    `<table id="${_esc(id)}"><caption>${_esc(caption)}</caption><thead><tr><th scope="col">Group</th><th scope="col">Children</th><th scope="col">Share</th></tr></thead>` +
    `<tbody>${rows}</tbody><tfoot><tr><th scope="row">Total</th><td>${d.total}</td><td></td></tr></tfoot></table>`
  );
}

const ROSTER_LABELS: readonly (readonly [keyof Omit<CohortRosterSection, 'matchOn' | 'actions'>, string])[] = [
  ['children', 'Children in care on the report date (SSDA903 roster)'],
  ['withCurrentPep', 'with a current PEP'],
  ['overdue', 'with a PEP overdue'],
  ['noPep', 'with no PEP at all'],
  ['initialLate', 'initial PEP not held in time'],
  ['placementChangeNoReview', 'placement change with no PEP review after it'],
  ['shortBreaks', 'looked after only under short breaks (not counted above)'],
  ['notOnRoster', 'PEPs for a child not on the roster'],
];

/**
 * The roster counts, when a roster was given: children in care, with a current PEP, overdue, with no
 * PEP, initial PEP late, placement change without review, short breaks only, PEPs for a child not on the roster.
 * @param s - The cohort summary.
 * @returns HTML, or `''` when the summary has no roster section.
 * @example
 * _rosterHtml(summaryWithRoster); // '<table id="table-roster">…'
 */
export function _rosterHtml(s: CohortSummary): string {
  const roster = s.roster;
  if (roster === undefined) return '';
  const rows = ROSTER_LABELS.map(([key, label]) => `<tr data-key="${key}"><th scope="row">${_esc(label)}</th><td>${roster[key].count}</td></tr>`).join('');
  return `<table id="table-roster"><caption>The whole cohort: the SSDA903 roster against the PEPs</caption><thead><tr><th scope="col">Children</th><th scope="col">Count</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const ROSTER_STATUS: Readonly<Record<CohortRosterStatus, string>> = {
  'no-pep': 'No PEP',
  overdue: 'PEP overdue',
  'initial-late': 'Initial PEP late',
  'placement-change-no-review': 'No review after a placement change',
  'not-on-roster': 'PEP for a child not on the roster',
};

/**
 * With a roster: one row per child needing action, as the child-list CSV has them (child id, status,
 * due date, days overdue, latest PEP, reason codes).
 * @param roster - The summary's roster section.
 * @param limit - Rows shown (the rest are counted; the CSV has every one).
 * @returns HTML.
 * @example
 * _rosterActionHtml(summary.roster, 500); // '<table id="table-action">…'
 */
export function _rosterActionHtml(roster: CohortRosterSection, limit: number): string {
  const shown = roster.actions.slice(0, limit);
  const body = shown
    .map(
      (a) =>
        `<tr><th scope="row">${_esc(a.childId)}</th><td>${_esc(ROSTER_STATUS[a.status] ?? a.status)}</td><td>${_esc(a.due ?? '–')}</td>` +
        `<td>${a.daysOverdue ?? '–'}</td><td>${_esc(a.latestPep ?? 'none')}</td><td>${a.reasons.map((r) => `<code>${_esc(r)}</code>`).join(' ')}</td></tr>`,
    )
    .join('');
  const more = roster.actions.length > shown.length ? `<p>${roster.actions.length - shown.length} more are in the CSV download.</p>` : '';
  return (
    `<table id="table-action"><caption>Children needing action (${roster.actions.length})</caption><thead><tr><th scope="col">Child</th><th scope="col">Status</th>` +
    `<th scope="col">Due</th><th scope="col">Days overdue</th><th scope="col">Latest PEP</th><th scope="col">Reasons</th></tr></thead><tbody>${body}</tbody></table>${more}`
  );
}

/**
 * The children needing action. With a roster, the roster's list (`_rosterActionHtml`); without one,
 * overdue PEPs (most overdue first), then PEPs due soon, then children whose position is not known. By PEP id and child id; the name only when the summary carries names.
 * @param s - The cohort summary.
 * @param limit - Rows shown per list (the rest are counted).
 * @returns HTML.
 * @example
 * _actionHtml(summary, 200); // '<table id="table-action">…'
 */
export function _actionHtml(s: CohortSummary, limit: number): string {
  if (s.roster !== undefined) return _rosterActionHtml(s.roster, limit);
  const names = s.includesNames;
  const rows = [
    ...s.overdue.map((o) => ({ ...o, status: 'Overdue', when: `${o.days} days overdue` })),
    ...s.dueSoon.map((o) => ({ ...o, status: 'Due soon', when: `${o.days} days left` })),
  ];
  const shown = rows.slice(0, limit);
  const body = shown
    .map(
      (r) =>
        `<tr><th scope="row">${_esc(r.pepId)}</th><td>${_esc(r.childId)}</td>${names ? `<td>${_esc(r.childName ?? '')}</td>` : ''}` +
        `<td>${_esc(r.status)}</td><td>${_esc(r.kind)}</td><td>${_esc(r.due)}</td><td>${_esc(r.when)}</td></tr>`,
    )
    .join('');
  const more = rows.length > shown.length ? `<p>${rows.length - shown.length} more are in the CSV download.</p>` : '';
  const unknown = s.notKnown.length > 0 ? `<p>Position not known (dates unusable or PEPs dated after the report date): ${s.notKnown.map((n) => _esc(n.pepId)).join(', ')}.</p>` : '';
  return (
    `<table id="table-action"><caption>Children needing action (${rows.length})</caption><thead><tr><th scope="col">PEP</th><th scope="col">Child</th>` +
    `${names ? '<th scope="col">Name</th>' : ''}<th scope="col">Status</th><th scope="col">What is due</th><th scope="col">Due</th><th scope="col">When</th></tr></thead>` +
    `<tbody>${body}</tbody></table>${more}${unknown}`
  );
}

/** One finding as a list item: severity, code, message, where. */
const findingItem = (f: _PepRow['findings'][number]): string =>
  `<li><span class="sev sev-${f.severity}">${f.severity}</span> <code>${_esc(f.code)}</code> ${_esc(f.message)}` +
  `${f.path !== undefined && f.path.length > 0 ? ` <span class="path">at ${_esc(f.path.join('.'))}</span>` : ''}</li>`;

/**
 * One row per PEP of the export: record, PEP id, child id (name only when asked), grade, error and
 * warning counts, and its findings in a disclosure the keyboard opens.
 * @param rows - The rows to show (a page of them).
 * @param names - Whether names were asked for.
 * @returns The table's body rows, HTML.
 * @example
 * _pepRowsHtml(run.peps.slice(0, 100), false); // '<tr data-record="1">…'
 */
export function _pepRowsHtml(rows: readonly _PepRow[], names: boolean): string {
  return rows
    .map((r) => {
      const grade = r.grade === null ? 'Not graded' : (GRADE_LABEL[r.grade] ?? r.grade);
      const where = r.line === null ? `record ${r.record}` : `line ${r.line}`;
      const details =
        r.findings.length === 0
          ? 'None'
          : `<details><summary>${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}</summary><ul>${r.findings.map(findingItem).join('')}</ul></details>`;
      return (
        `<tr data-record="${r.record}"><td>${_esc(where)}</td><th scope="row">${_esc(r.pepId ?? `#${r.record}`)}</th><td>${_esc(r.childId ?? '')}</td>` +
        `${names ? `<td>${_esc(r.childName ?? '')}</td>` : ''}<td><span class="grade grade-${_esc(r.grade ?? 'none')}">${_esc(grade)}</span></td>` +
        `<td>${r.errors}</td><td>${r.warnings}</td><td>${details}</td></tr>`
      );
    })
    .join('');
}

/**
 * The problems found in the SSDA903 tables (bad rows are left out of the roster, the rest is read):
 * file and line, severity, code and message (never a cell's value).
 * @param findings - From `readSsda903`.
 * @param limit - Rows shown (the findings CSV has every one).
 * @returns HTML, or `''` when there are none.
 * @example
 * _rosterProblemsHtml(read.findings, 100); // '<table id="table-roster-problems">…'
 */
export function _rosterProblemsHtml(findings: readonly Ssda903Finding[], limit: number): string {
  if (findings.length === 0) return '';
  const rows = findings
    .slice(0, limit)
    .map((f) => `<tr><th scope="row">${_esc(f.file)}${f.line > 0 ? ` line ${f.line}` : ''}</th><td><span class="sev sev-${_esc(f.severity)}">${_esc(f.severity)}</span></td><td><code>${_esc(f.code)}</code></td><td>${_esc(f.message)}</td></tr>`)
    .join('');
  const more = findings.length > limit ? `<p>${findings.length - limit} more are in the findings CSV.</p>` : '';
  return (
    `<table id="table-roster-problems"><caption>Problems in the SSDA903 tables (${findings.length})</caption><thead><tr><th scope="col">Where</th>` +
    `<th scope="col">Severity</th><th scope="col">Code</th><th scope="col">Problem</th></tr></thead><tbody>${rows}</tbody></table>${more}`
  );
}
