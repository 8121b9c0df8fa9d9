/*
 * The building blocks of the cohort report page: numbers as printed, table cells, tables, panels
 * (a chart beside its table) and the lists. Every text is escaped: values go through the `_html`
 * template, and markup these builders made is passed on as `_trusted`. Internal: not re-exported.
 */
import { formatPence } from '../core/money';
import { _barChart, type _BarGroup } from './_cohortSvg';
import { _kindLabel, _longDate, _meaningOf, _severityLabel } from './_cohortWords';
import { _html, _trusted } from './_html';
import type { CohortBreakdown, CohortCodeCount, CohortDistribution, CohortDueItem, CohortNotKnownItem, CohortPepRef, CohortProportion } from './types';

const COLOURS: Readonly<Record<string, string>> = {
  'up-to-date': '#2e7d32',
  'due-soon': '#b7791f',
  'not-known': '#6b7280',
  overdue: '#c62828',
  gold: '#b8860b',
  green: '#2e7d32',
  amber: '#d97706',
  red: '#c62828',
  outstanding: '#2e7d32',
  good: '#4f7fbf',
  'requires-improvement': '#c62828',
  normal: '#2e7d32',
  'close-to-average': '#2e7d32',
  borderline: '#d97706',
  'slightly-raised': '#d97706',
  high: '#c2410c',
  abnormal: '#c62828',
  'very-high': '#c62828',
  'not-banded': '#6b7280',
  below: '#c62828',
  'at-or-above': '#2e7d32',
  requested: '#4f7fbf',
  allowed: '#2e7d32',
};
export const _colourOf = (key: string): string => COLOURS[key] ?? '#4f7fbf';

export const _int = (n: number): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
export const _pounds = (n: number): string => formatPence(Math.round(n * 100));

/** The percentage as printed: suppressed for a small group (`n<5`), a dash for none. */
export function _pct(percent: number | null, small: boolean, below: number): string {
  if (small) return `n<${below}`;
  return percent === null ? '–' : `${percent.toFixed(1)}%`;
}

/** `'12 / 20 (60.0%)'`, or `'3 / 4 (n<5)'` for a small group, or `'–'` when there is nothing to count. */
export function _proportionText(p: CohortProportion, below: number): string {
  if (p.of === 0) return '–';
  return `${_int(p.count)} / ${_int(p.of)} (${_pct(p.percent, p.small, below)})`;
}

export function _th(text: string, scope: 'col' | 'row' = 'col', cls = ''): string {
  return String(_html`<th scope="${scope}"${cls ? _html` class="${cls}"` : ''}>${text}</th>`);
}
export const _td = (text: string, cls = 'num'): string => String(_html`<td${cls ? _html` class="${cls}"` : ''}>${text}</td>`);

/** A date cell: `<time datetime="2025-03-31">31 March 2025</time>` (machines read the attribute, people the text). */
export const _dateTd = (iso: string): string => String(_html`<td>${_trusted(_timeOf(iso))}</td>`);

/** A date for people, with the ISO date kept for machines when it is one. */
export function _timeOf(iso: string): string {
  const long = _longDate(iso);
  return String(long === iso ? _html`${iso}` : _html`<time datetime="${iso}">${long}</time>`);
}

export function _table(id: string, caption: string, head: readonly string[], rows: readonly string[], foot = ''): string {
  const headCells = head.map((h) => _trusted(_th(h)));
  const tfoot = foot ? _html`<tfoot>${_trusted(foot)}</tfoot>` : '';
  return String(
    _html`<table id="${id}"><caption>${caption}</caption><thead><tr>${headCells}</tr></thead><tbody>${rows.map(_trusted)}</tbody>${tfoot}</table>`,
  );
}

/** A chart and the table that holds its figures, side by side on screen and paper. */
export function _panel(heading: string, intro: string, chart: string, tableHtml: string, note = '', stacked = false): string {
  return String(
    _html`<section class="panel"><h3>${heading}</h3>${intro ? _html`<p class="intro">${intro}</p>` : ''}` +
      String(_html`<div class="${stacked ? 'stack' : 'pair'}"><figure>${_trusted(chart)}</figure><div class="table-wrap">${_trusted(tableHtml)}</div></div>`) +
      String(_html`${note ? _html`<p class="note">${note}</p>` : ''}</section>`),
  );
}

export function _distributionPanel(
  key: string,
  heading: string,
  intro: string,
  unit: string,
  dist: CohortDistribution,
  below: number,
  note = '',
): string {
  const groups: _BarGroup[] = dist.rows.map((r) => ({
    label: r.label,
    bars: [{ label: r.label, value: r.count, text: dist.small ? _int(r.count) : `${_int(r.count)} (${_pct(r.percent, false, below)})`, colour: _colourOf(r.key) }],
  }));
  const chart = _barChart({
    id: `chart-${key}`,
    title: heading,
    desc: `${unit} by category: ${dist.rows.map((r) => `${r.label} ${r.count}`).join(', ')}; total ${dist.total}.`,
    groups,
  });
  const rows = dist.rows.map((r) => String(_html`<tr data-key="${r.key}">${_trusted(_th(r.label, 'row') + _td(_int(r.count)) + _td(_pct(r.percent, dist.small, below)))}</tr>`));
  const foot = String(_html`<tr>${_trusted(_th('Total', 'row') + _td(_int(dist.total)) + _td(dist.total === 0 ? '–' : _pct(100, dist.small, below)))}</tr>`);
  return _panel(heading, intro, chart, _table(`table-${key}`, heading, ['Category', unit, 'Share'], rows, foot), note);
}

export function _refList(id: string, caption: string, refs: readonly CohortPepRef[], max: number): string {
  if (refs.length === 0) return _none(id);
  const rows = refs.slice(0, max).map((r) => `<tr>${_th(r.pepId, 'row')}${_td(r.childId, '')}</tr>`);
  return _table(id, caption, ['PEP id', 'Child id'], rows) + _more(refs.length, max);
}

export const _more = (n: number, max: number): string =>
  n > max ? String(_html`<p class="note">\u2026and ${_int(n - max)} more (${_int(n)} in all; see the JSON summary).</p>`) : '';

/** The line printed instead of an empty list. */
const _none = (id: string): string => String(_html`<p class="none" id="${id}">None.</p>`);

const NOT_KNOWN_REASONS: Readonly<Record<CohortNotKnownItem['reason'], string>> = {
  'dates-unusable': 'The child’s dates give no schedule (for example entering care before birth).',
  'future-dated': 'Every PEP of the child is dated after the report date; no PEP held by then is in the input.',
};

export function _notKnownList(id: string, caption: string, items: readonly CohortNotKnownItem[], max: number): string {
  if (items.length === 0) return _none(id);
  const rows = items.slice(0, max).map((n) => `<tr>${_th(n.pepId, 'row')}${_td(n.childId, '')}${_td(NOT_KNOWN_REASONS[n.reason], '')}</tr>`);
  return _table(id, caption, ['PEP id', 'Child id', 'Why'], rows) + _more(items.length, max);
}

export function _dueList(id: string, caption: string, items: readonly CohortDueItem[], overdue: boolean, names: boolean, max: number): string {
  if (items.length === 0) return _none(id);
  const head = ['PEP id', 'Child id', ...(names ? ['Child'] : []), 'What is due', 'Due', overdue ? 'Days overdue' : 'Days left'];
  const rows = items
    .slice(0, max)
    .map(
      (d) =>
        `<tr>${_th(d.pepId, 'row')}${_td(d.childId, '')}${names ? _td(d.childName ?? '', 'name') : ''}` +
        `${_td(_kindLabel(d.kind), '')}${_dateTd(d.due)}${_td(_int(d.days))}</tr>`,
    );
  return _table(id, caption, head, rows) + _more(items.length, max);
}

export function _codeTable(id: string, caption: string, codes: readonly CohortCodeCount[], max: number): string {
  if (codes.length === 0) return _none(id);
  const rows = codes
    .slice(0, max)
    .map((c) => `<tr>${_th(c.code, 'row', 'code')}${_td(_meaningOf(c.code) || '–', 'meaning')}${_td(_severityLabel(c.severity), '')}${_td(_int(c.count))}</tr>`);
  return _table(id, caption, ['Code', 'What it means', 'Severity', 'Count'], rows) + _more(codes.length, max);
}

export function _breakdownTable(b: CohortBreakdown, below: number): string {
  const rows = b.groups.map(
    (g) =>
      String(_html`<tr data-key="${g.key}"${g.small ? _html` class="small"` : ''}>`) +
      `${_th(g.small ? `${g.label} †` : g.label, 'row')}${_td(_int(g.children))}${_td(_proportionText(g.upToDate, below))}${_td(_int(g.overdue))}` +
      `${_td(_proportionText(g.goodQa, below))}${_td(_proportionText(g.sdqConcern, below))}${_td(_proportionText(g.attendanceBelow, below))}</tr>`,
  );
  return _table(
    `table-breakdown-${b.dimension}`,
    `${b.label}: ${b.groups.length} ${b.groups.length === 1 ? 'group' : 'groups'}${b.smallGroups > 0 ? `, ${b.smallGroups} with fewer than ${below} children (†)` : ''}`,
    ['Group', 'Children', 'PEP up to date', 'Overdue', 'QA gold or green', 'SDQ concern', 'Attendance below threshold'],
    rows,
  );
}
