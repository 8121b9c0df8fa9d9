/*
 * The roster section of the cohort report page: every child in care on the report date (from the
 * SSDA903 roster), how many have a current PEP, an overdue one or none, and the children needing
 * action, by child id only. Present only when the summary has a roster. Every text is escaped.
 * Internal: not re-exported.
 */
import { _dateTd, _int, _more, _table, _td, _th } from './_cohortHtml';
import type { _Page } from './_cohortHtmlSections';
import { _html, _trusted } from './_html';
import type { CohortRosterAction, CohortRosterSection } from './types';

/** The roster's counts, in the order the page prints them, with their labels. */
const _ROSTER_ROWS: readonly (readonly [keyof CohortRosterSection & string, string])[] = [
  ['children', 'Children in care on the report date (SSDA903 roster)'],
  ['withCurrentPep', 'With a current PEP'],
  ['overdue', 'With an overdue PEP'],
  ['noPep', 'With no PEP'],
  ['initialLate', 'Initial PEP not held within the timescale'],
  ['placementChangeNoReview', 'Placement change with no PEP review after it'],
  ['notOnRoster', 'PEPs for a child not in care on the roster'],
  ['shortBreaks', 'Short breaks only (legal status V3 or V4)'],
];

const STATUS_LABELS: Readonly<Record<CohortRosterAction['status'], string>> = {
  'no-pep': 'No PEP',
  overdue: 'PEP overdue',
  'initial-late': 'Initial PEP late',
  'placement-change-no-review': 'No review after a placement change',
  'not-on-roster': 'Not in care on the roster',
};

/** The roster section, or nothing without a roster. */
export function _roster({ s, max }: _Page): string[] {
  const r = s.roster;
  if (r === undefined) return [];
  const count = (key: (typeof _ROSTER_ROWS)[number][0]) => (r[key] as { count: number }).count;
  const rows = _ROSTER_ROWS.map(([key, label]) => String(_html`<tr data-key="${key}">${_trusted(_th(label, 'row'))}${_trusted(_td(_int(count(key))))}</tr>`));
  const actions = r.actions.slice(0, max).map((a) => String(_html`<tr>${_trusted(_th(a.childId, 'row'))}${_trusted(_td(STATUS_LABELS[a.status], ''))}${_trusted(a.due === null ? _td('–', '') : _dateTd(a.due))}${_trusted(_td(a.daysOverdue === null ? '–' : _int(a.daysOverdue)))}${_trusted(a.latestPep === null ? _td('–', '') : _dateTd(a.latestPep))}${_trusted(_td(a.reasons.join(' '), ''))}</tr>`));
  const matchedBy = r.matchOn === 'upn' ? 'UPN' : 'CHILD id';
  return [
    `<h2 id="roster">Every child in care: the SSDA903 roster</h2>`,
    String(_html`<p class="intro">Children looked after on the report date by the council's SSDA903 return, matched to the PEPs by ${matchedBy}. Children in care = with a current PEP + with an overdue PEP + with no PEP.</p>`),
    _table('table-roster', 'Children in care and their PEPs', ['Children', 'Count'], rows),
    String(_html`<section class="list"><h3>Children needing action (${_int(r.actions.length)})</h3>`),
    r.actions.length === 0
      ? `<p class="none" id="table-roster-actions">None.</p>`
      : _table('table-roster-actions', 'Children needing action, most pressing first', ['Child id', 'Why', 'Due', 'Days overdue', 'Latest PEP', 'Codes'], actions) + _more(r.actions.length, max),
    `</section>`,
  ];
}
