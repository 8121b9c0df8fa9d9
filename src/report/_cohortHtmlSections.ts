/*
 * The sections of the cohort report page, top to bottom. Each gives its lines of HTML; the page
 * joins them with newlines. Internal: not re-exported.
 */
import { _CSS } from './_cohortCss';
import { _breakdownTable, _codeTable, _colourOf, _distributionPanel, _dueList, _int, _more, _notKnownList, _panel, _pct, _pounds, _refList, _table, _td, _th, _timeOf } from './_cohortHtml';
import { _barChart, type _BarGroup } from './_cohortSvg';
import { _bandSchemeLabel, _meaningOf, _severityLabel } from './_cohortWords';
import { _html, _trusted } from './_html';
import type { CohortBreakdown, CohortSummary } from './types';

/** What every section reads: the summary and the page's settings. */
export interface _Page {
  readonly s: CohortSummary;
  /** The small-cohort threshold. */
  readonly below: number;
  /** Print child names (in the overdue list). */
  readonly names: boolean;
  /** Rows printed per list. */
  readonly max: number;
  readonly title: string;
}

/** The document head and the page header: title, report date, policy, privacy notice. */
export function _header({ s, names, title }: _Page): string[] {
  return [
    `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="pep-rules">`,
    String(_html`<title>${title}</title><style>${_trusted(_CSS)}</style></head><body><main>`),
    String(_html`<header><h1>${title}</h1>`),
    String(_html`<p class="meta">Position on <strong>${_trusted(_timeOf(s.today))}</strong> · policy: ${s.policy.name} (${s.policy.id}, version ${s.policy.version})</p>`),
    names
      ? `<p class="privacy names" id="privacy">Contains personal data: child names appear in the overdue list. Store and share this report as personal data.</p>`
      : `<p class="privacy" id="privacy">No names: children appear by PEP id and child id only.</p>`,
    `</header>`,
  ];
}

/** Key figures as tiles, then the run's own findings. */
export function _keyFigures({ s, below }: _Page): string[] {
  const tiles: [string, string, string][] = [
    ['tile-children', _int(s.records.children), 'children (current PEP each)'],
    ['tile-up-to-date', s.upToDate.of === 0 ? '–' : _pct(s.upToDate.percent, s.upToDate.small, below), `PEP up to date (${_int(s.upToDate.count)} of ${_int(s.upToDate.of)})`],
    ['tile-overdue', _int(s.overdue.length), 'PEPs overdue'],
    ['tile-due-soon', _int(s.dueSoon.length), `PEPs due within ${s.definitions.dueSoonDays} working days`],
    ['tile-sdq-concern', _int(s.sdq.concern.count), `SDQ total ${s.definitions.sdqConcernThreshold}+ (of ${_int(s.sdq.concern.of)} with an SDQ)`],
    ['tile-attendance', _int(s.attendance.below.count), `attendance below ${s.definitions.attendanceBelowPercent}% (of ${_int(s.attendance.below.of)})`],
    ['tile-ppplus', _pounds(s.ppPlus.total.allowed), `PP+ allowed of ${_pounds(s.ppPlus.total.requested)} requested`],
    ['tile-invalid', _int(s.records.invalid), `records not readable as PEPs (of ${_int(s.records.read)})`],
  ];
  const out = [
    `<section aria-label="Key figures" class="tiles">`,
    ...tiles.map(([id, n, l]) => String(_html`<div class="tile" id="${id}"><span class="n">${n}</span><span class="l">${l}</span></div>`)),
    `</section>`,
  ];
  if (s.findings.length > 0) {
    out.push(
      `<section class="list"><h3>About this run</h3><ul id="run-findings">`,
      ...s.findings.map((f) =>
        String(_html`<li><code>${f.code}</code> (${_severityLabel(f.severity)}): ${f.message}${_meaningOf(f.code) ? _html` <span class="meaning">${_meaningOf(f.code)}</span>` : ''}</li>`),
      ),
      `</ul></section>`,
    );
  }
  return out;
}

/** Compliance: the PEP position chart, then the overdue, due-soon and (when any) not-known lists. */
export function _compliance({ s, below, names, max }: _Page): string[] {
  return [
    `<h2>Compliance: is every child's PEP up to date?</h2>`,
    _distributionPanel('status', 'PEP position', s.definitions.upToDate, 'Children', s.status, below),
    `<section class="list"><h3>Overdue PEPs (${_int(s.overdue.length)})</h3>`,
    _dueList('table-overdue', 'Overdue PEPs, most overdue first', s.overdue, true, names, max),
    `</section>`,
    `<section class="list"><h3>PEPs due soon (${_int(s.dueSoon.length)})</h3>`,
    _dueList('table-due-soon', `PEPs due within ${s.definitions.dueSoonDays} working days, soonest first`, s.dueSoon, false, false, max),
    `</section>`,
    ...(s.notKnown.length === 0
      ? []
      : [`<section class="list"><h3>PEP position not known (${_int(s.notKnown.length)})</h3>`, _notKnownList('table-not-known', 'Children whose PEP position is not known, and why', s.notKnown, max), `</section>`]),
  ];
}

/** Quality: QA grades and SMART ratings. */
export function _quality({ s, below }: _Page): string[] {
  return [
    `<h2>Quality of PEPs</h2>`,
    _distributionPanel('qa', 'QA grades of current PEPs', 'The PEP QA grid grade of each child’s current PEP.', 'PEPs', s.qaGrades, below),
    _distributionPanel('smart', 'SMART ratings of targets', 'Every target in the current PEPs, rated on the SMART criteria it could be judged on.', 'Targets', s.smartRatings, below),
  ];
}

/** Emotional health and attendance: SDQ bands and concerns, attendance below the threshold. */
export function _wellbeing({ s, below, max }: _Page): string[] {
  const d = s.definitions;
  return [
    `<h2>Emotional health and attendance</h2>`,
    _distributionPanel(
      'sdq',
      `SDQ total difficulties (${_bandSchemeLabel(d.sdqBandScheme)})`,
      `The latest SDQ total in each current PEP; ${_int(s.sdq.notRecorded)} current PEPs have none. Concern: ${d.sdqConcernThreshold} or more (${d.sdqConcernSource}).`,
      'Children',
      s.sdq.bands,
      below,
    ),
    String(_html`<section class="list"><h3>Children with an SDQ total of ${d.sdqConcernThreshold} or more (${_int(s.sdq.concern.count)})</h3>`),
    _refList('table-sdq-concern', 'SDQ concern, by identifiers', s.sdq.concernChildren, max),
    `</section>`,
    _distributionPanel(
      'attendance',
      'Attendance',
      `Attendance recorded in each current PEP against the policy threshold of ${d.attendanceBelowPercent}% (${d.attendanceSource}); ${_int(s.attendance.notRecorded)} current PEPs record none.`,
      'Children',
      s.attendance.bands,
      below,
    ),
    String(_html`<section class="list"><h3>Attendance below ${d.attendanceBelowPercent}% (${_int(s.attendance.below.count)})</h3>`),
    _refList('table-attendance-below', 'Attendance below threshold, by identifiers', s.attendance.belowChildren, max),
    `</section>`,
  ];
}

/** The PP+ chart: requested and allowed per financial year, or a note that there were no requests. */
function ppPlusChart(s: CohortSummary): string {
  const years = s.ppPlus.years;
  if (years.length === 0) {
    return `<p class="none">No PP+ requests.</p>` + _barChart({ id: 'chart-ppplus', title: 'PP+ requested and allowed', desc: 'No PP+ requests.', groups: [] });
  }
  const groups: _BarGroup[] = years.map((y) => ({
    label: y.financialYear,
    bars: [
      { label: 'requested', value: y.requested, text: `${_pounds(y.requested)} requested`, colour: _colourOf('requested') },
      { label: 'allowed', value: y.allowed, text: `${_pounds(y.allowed)} allowed`, colour: _colourOf('allowed') },
    ],
  }));
  return (
    `<p class="legend"><i style="background:${_colourOf('requested')}"></i>requested<i style="background:${_colourOf('allowed')}"></i>allowed</p>` +
    _barChart({
      id: 'chart-ppplus',
      title: 'PP+ requested and allowed by financial year',
      desc: years.map((y) => `${y.financialYear}: ${_pounds(y.requested)} requested, ${_pounds(y.allowed)} allowed`).join('; '),
      groups,
    })
  );
}

/** Pupil Premium Plus by financial year: chart and table. */
export function _ppPlus({ s }: _Page): string[] {
  const rows = s.ppPlus.years.map(
    (y) =>
      String(_html`<tr data-key="${y.financialYear}">`) +
      `${_th(y.financialYear, 'row')}${_td(_int(y.peps))}${_td(_int(y.children))}${_td(_pounds(y.requested))}` +
      `${_td(_pounds(y.allowed))}${_td(_pounds(y.capped))}${_td(_pounds(y.refused))}</tr>`,
  );
  const t = s.ppPlus.total;
  const foot = `<tr>${_th('All years', 'row')}${_td('')}${_td('')}${_td(_pounds(t.requested))}${_td(_pounds(t.allowed))}${_td(_pounds(t.capped))}${_td(_pounds(t.refused))}</tr>`;
  return [
    `<h2>Pupil Premium Plus by financial year</h2>`,
    _panel(
      'PP+ requested and allowed',
      'Every PEP’s requests, checked against the policy’s caps and rules; charged to the financial year of the meeting (no carry-forward).',
      ppPlusChart(s),
      _table('table-ppplus', 'PP+ by financial year (pounds)', ['Financial year', 'PEPs', 'Children', 'Requested', 'Allowed', 'Capped', 'Refused'], rows, foot),
      'Capped: taken off by a per-PEP, per-year, per-term or instalment cap. Refused: a request rejected (no target link, disallowed category, not costed) or withheld (not eligible, QA grade).',
      true,
    ),
  ];
}

/** The year-group breakdown: % up to date as a chart (small groups not drawn), beside its table. */
function yearGroupPanel(yearGroups: CohortBreakdown, below: number): string {
  const groups: _BarGroup[] = yearGroups.groups.map((g) => ({
    label: g.small ? `${g.label} †` : g.label,
    bars: [
      {
        label: g.label,
        value: g.upToDate.small || g.upToDate.percent === null ? null : g.upToDate.percent,
        text: g.upToDate.small ? `n<${below} (not shown)` : g.upToDate.percent === null ? '–' : `${g.upToDate.percent.toFixed(1)}%`,
        colour: _colourOf('up-to-date'),
      },
    ],
  }));
  const chart = _barChart({
    id: 'chart-year-group',
    title: 'Percentage of children with an up-to-date PEP, by national curriculum year group',
    desc: yearGroups.groups.map((g) => `${g.label}: ${g.upToDate.small ? 'small group, not shown' : `${g.upToDate.percent ?? 0}%`}`).join('; '),
    groups,
    fixedMax: 100,
    fixedStep: 25,
    unit: '%',
  });
  return _panel('PEP up to date by year group', '', chart, _breakdownTable(yearGroups, below), '', true);
}

/** The performance profile: the year-group panel, then a table per other dimension. */
export function _profile({ s, below }: _Page): string[] {
  const out = [
    `<h2>Performance profile</h2>`,
    String(
      _html`<p class="intro">Current PEPs by group (The Virtual School Handbook (NAVSH, 2014), §3h). \u2020 fewer than ${below} children: percentages are not printed (n&lt;${below}) because one or two children swing them (The Virtual School Handbook (NAVSH, 2014), §5c iii).</p>`,
    ),
  ];
  const yearGroups = s.breakdowns.find((b) => b.dimension === 'year-group');
  if (yearGroups !== undefined) out.push(yearGroupPanel(yearGroups, below));
  for (const b of s.breakdowns) {
    if (b.dimension === 'year-group') continue;
    out.push(String(_html`<section class="list"><h3>${b.label}</h3>${_trusted(_breakdownTable(b, below))}</section>`));
  }
  return out;
}

/** Data quality: finding codes on current PEPs, unreadable records, and how the records were counted. */
export function _dataQuality({ s, max }: _Page): string[] {
  const out = [
    `<h2>Data quality</h2>`,
    `<section class="list"><h3>Findings on current PEPs</h3>${_codeTable('table-findings', 'Finding codes on current PEPs: errors first, then warnings, then info; most frequent first', s.findingsByCode, max)}</section>`,
    `<section class="list"><h3>Records not readable as PEPs (${_int(s.invalid.count)})</h3>` + _codeTable('table-invalid-codes', 'Codes across unreadable records', s.invalid.byCode, max),
  ];
  if (s.invalid.records.length > 0) {
    const rows = s.invalid.records
      .slice(0, max)
      .map((r) => `<tr>${_th(String(r.record), 'row')}${_td(r.pepId ?? '–', '')}${_td(r.codes.join(', '), 'code')}</tr>`);
    out.push(_table('table-invalid-records', 'Unreadable records', ['Record', 'PEP id', 'Codes'], rows) + _more(s.invalid.count, Math.min(max, s.invalid.records.length)));
  }
  out.push(
    `<p class="note">${_int(s.records.read)} records read: ${_int(s.records.valid)} PEPs, ${_int(s.records.invalid)} unreadable, ` +
      `${_int(s.records.duplicatePepIds)} repeated PEP ids, ${_int(s.records.superseded)} earlier PEPs of the same child.</p></section>`,
  );
  return out;
}

/** How the figures are defined, then the footer. */
export function _definitions({ s }: _Page): string[] {
  const d = s.definitions;
  const defs: [string, string][] = [
    ['Up to date', d.upToDate],
    ['Due soon', `Due within ${d.dueSoonDays} working days of the report date.`],
    ['Current PEP', d.currentPep],
    ['Small groups', `Fewer than ${d.smallCohortBelow} children: ${d.smallCohortSource}`],
    ['Year group', d.yearGroup],
    ['SDQ concern', `Total difficulties ${d.sdqConcernThreshold} or more (${d.sdqConcernSource}); bands: ${_bandSchemeLabel(d.sdqBandScheme)}.`],
    ['Attendance', `Below ${d.attendanceBelowPercent}% (${d.attendanceSource}).`],
  ];
  return [
    `<h2>How the figures are defined</h2><dl class="defs" id="definitions">`,
    ...defs.map(([k, v]) => String(_html`<dt>${k}</dt><dd>${v}</dd>`)),
    `</dl>`,
    String(_html`<footer>Generated by pep-rules from ${_int(s.records.read)} records · format ${s.format} v${s.version}</footer>`),
    `</main></body></html>\n`,
  ];
}
