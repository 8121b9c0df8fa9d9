import { formatPence } from '../core/money';
import { _barChart, _esc, type _BarGroup } from './_cohortSvg';
import type {
  CohortBreakdown,
  CohortCodeCount,
  CohortDistribution,
  CohortDueItem,
  CohortPepRef,
  CohortProportion,
  CohortSummary,
} from './types';

/** Options for {@link renderCohortHtml}. */
export interface RenderCohortHtmlOptions {
  /**
   * Print child names in the overdue list. Names appear only when the summary carries them
   * (`cohortSummary(…, { includeNames: true })`); with `false` (the default) none are printed even if it does.
   */
  readonly includeNames?: boolean;
  /** The report's title. Default `'Virtual school PEP report'`. */
  readonly title?: string;
  /** Rows printed per list (overdue, due soon, SDQ concern, attendance, invalid); the rest are counted. Default 200. */
  readonly maxListRows?: number;
}

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
const colourOf = (key: string): string => COLOURS[key] ?? '#4f7fbf';

const int = (n: number): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const pounds = (n: number): string => formatPence(Math.round(n * 100));

/** The percentage as printed: suppressed for a small group (`n<5`), a dash for none. */
function pct(percent: number | null, small: boolean, below: number): string {
  if (small) return `n<${below}`;
  return percent === null ? '–' : `${percent.toFixed(1)}%`;
}

/** `'12 / 20 (60.0%)'`, or `'3 / 4 (n<5)'` for a small group, or `'–'` when there is nothing to count. */
function proportion(p: CohortProportion, below: number): string {
  if (p.of === 0) return '–';
  return `${int(p.count)} / ${int(p.of)} (${pct(p.percent, p.small, below)})`;
}

function th(text: string, scope: 'col' | 'row' = 'col', cls = ''): string {
  return `<th scope="${scope}"${cls ? ` class="${cls}"` : ''}>${_esc(text)}</th>`;
}
const td = (text: string, cls = 'num'): string => `<td${cls ? ` class="${cls}"` : ''}>${_esc(text)}</td>`;

function table(id: string, caption: string, head: readonly string[], rows: readonly string[], foot = ''): string {
  return (
    `<table id="${_esc(id)}"><caption>${_esc(caption)}</caption>` +
    `<thead><tr>${head.map((h) => th(h)).join('')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody>${foot ? `<tfoot>${foot}</tfoot>` : ''}</table>`
  );
}

/** A chart and the table that holds its figures, side by side on screen and paper. */
function panel(heading: string, intro: string, chart: string, tableHtml: string, note = '', stacked = false): string {
  return (
    `<section class="panel"><h3>${_esc(heading)}</h3>${intro ? `<p class="intro">${_esc(intro)}</p>` : ''}` +
    `<div class="${stacked ? 'stack' : 'pair'}"><figure>${chart}</figure><div class="table-wrap">${tableHtml}</div></div>` +
    `${note ? `<p class="note">${_esc(note)}</p>` : ''}</section>`
  );
}

function distributionPanel(
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
    bars: [{ label: r.label, value: r.count, text: dist.small ? int(r.count) : `${int(r.count)} (${pct(r.percent, false, below)})`, colour: colourOf(r.key) }],
  }));
  const chart = _barChart({
    id: `chart-${key}`,
    title: heading,
    desc: `${unit} by category: ${dist.rows.map((r) => `${r.label} ${r.count}`).join(', ')}; total ${dist.total}.`,
    groups,
  });
  const rows = dist.rows.map((r) => `<tr data-key="${_esc(r.key)}">${th(r.label, 'row')}${td(int(r.count))}${td(pct(r.percent, dist.small, below))}</tr>`);
  const foot = `<tr>${th('Total', 'row')}${td(int(dist.total))}${td(dist.total === 0 ? '–' : pct(100, dist.small, below))}</tr>`;
  return panel(heading, intro, chart, table(`table-${key}`, heading, ['Category', unit, 'Share'], rows, foot), note);
}

function refList(id: string, caption: string, refs: readonly CohortPepRef[], max: number): string {
  if (refs.length === 0) return `<p class="none" id="${_esc(id)}">None.</p>`;
  const rows = refs.slice(0, max).map((r) => `<tr>${th(r.pepId, 'row')}${td(r.childId, '')}</tr>`);
  return table(id, caption, ['PEP id', 'Child id'], rows) + more(refs.length, max);
}

const more = (n: number, max: number): string =>
  n > max ? `<p class="note">…and ${int(n - max)} more (${int(n)} in all; see the JSON summary).</p>` : '';

function dueList(id: string, caption: string, items: readonly CohortDueItem[], overdue: boolean, names: boolean, max: number): string {
  if (items.length === 0) return `<p class="none" id="${_esc(id)}">None.</p>`;
  const head = ['PEP id', 'Child id', ...(names ? ['Child'] : []), 'What is due', 'Due', overdue ? 'Days overdue' : 'Days left'];
  const rows = items
    .slice(0, max)
    .map(
      (d) =>
        `<tr>${th(d.pepId, 'row')}${td(d.childId, '')}${names ? td(d.childName ?? '', 'name') : ''}` +
        `${td(d.kind.replace(/-/g, ' '), '')}${td(d.due, '')}${td(int(d.days))}</tr>`,
    );
  return table(id, caption, head, rows) + more(items.length, max);
}

function codeTable(id: string, caption: string, codes: readonly CohortCodeCount[], max: number): string {
  if (codes.length === 0) return `<p class="none" id="${_esc(id)}">None.</p>`;
  const rows = codes.slice(0, max).map((c) => `<tr>${th(c.code, 'row', 'code')}${td(c.severity, '')}${td(int(c.count))}</tr>`);
  return table(id, caption, ['Code', 'Severity', 'Count'], rows) + more(codes.length, max);
}

function breakdownTable(b: CohortBreakdown, below: number): string {
  const rows = b.groups.map(
    (g) =>
      `<tr data-key="${_esc(g.key)}"${g.small ? ' class="small"' : ''}>` +
      `${th(g.small ? `${g.label} †` : g.label, 'row')}${td(int(g.children))}${td(proportion(g.upToDate, below))}${td(int(g.overdue))}` +
      `${td(proportion(g.goodQa, below))}${td(proportion(g.sdqConcern, below))}${td(proportion(g.attendanceBelow, below))}</tr>`,
  );
  return table(
    `table-breakdown-${b.dimension}`,
    `${b.label}: ${b.groups.length} ${b.groups.length === 1 ? 'group' : 'groups'}${b.smallGroups > 0 ? `, ${b.smallGroups} with fewer than ${below} children (†)` : ''}`,
    ['Group', 'Children', 'PEP up to date', 'Overdue', 'QA gold or green', 'SDQ concern', 'Attendance below threshold'],
    rows,
  );
}

const CSS = `
:root{--ink:#1f2933;--muted:#52606d;--line:#cbd2d9;--bg:#f5f7fa;--accent:#1d4e89}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:1100px;margin:0 auto;padding:24px 28px}
header{border-bottom:3px solid var(--accent);margin-bottom:16px;padding-bottom:8px}
h1{font-size:24px;margin:0 0 4px;color:var(--accent)}
h2{font-size:18px;margin:22px 0 8px;color:var(--accent);border-bottom:1px solid var(--line);padding-bottom:3px}
h3{font-size:15px;margin:0 0 6px}
p{margin:4px 0}
.meta{color:var(--muted)}
.privacy{border:1px solid var(--line);background:var(--bg);padding:6px 10px;border-radius:4px;margin-top:8px}
.privacy.names{border-color:#c62828;background:#fdecea;font-weight:bold}
.tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;margin:12px 0}
.tile{border:1px solid var(--line);border-radius:6px;padding:8px 10px;background:var(--bg)}
.tile .n{display:block;font-size:22px;font-weight:bold;color:var(--accent)}
.tile .l{color:var(--muted);font-size:12px}
.panel,.list{margin:12px 0 18px}
.pair{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;align-items:start}
.stack figure{max-width:680px}
figure{margin:0}
svg.chart{max-width:100%;height:auto;display:block;font-size:14px}
.chart-label,.chart-value{fill:var(--ink)}
.chart-tick{fill:var(--muted);font-size:12px}
.chart-grid{stroke:#e4e7eb;stroke-width:1}
.chart-axis{stroke:var(--muted);stroke-width:1}
table{border-collapse:collapse;width:100%;font-size:12.5px;margin:4px 0 8px}
caption{text-align:left;font-weight:bold;color:var(--muted);padding:2px 0 4px;caption-side:top}
th,td{border:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}
thead th{background:var(--bg)}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th.code{font-family:"DejaVu Sans Mono",monospace;font-weight:normal}
tr.small th{font-style:italic}
.intro,.note{color:var(--muted);font-size:12.5px}
.none{color:var(--muted);font-style:italic}
.legend{font-size:12px;color:var(--muted)}
.legend i{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px;border-radius:2px}
dl.defs{display:grid;grid-template-columns:200px 1fr;gap:4px 12px;font-size:12.5px}
dl.defs dt{font-weight:bold}
dl.defs dd{margin:0}
footer{margin-top:24px;border-top:1px solid var(--line);padding-top:6px;color:var(--muted);font-size:12px}
@media screen and (max-width:760px){.pair{grid-template-columns:1fr}.tiles{grid-template-columns:repeat(2,1fr)}}
@page{size:A4;margin:14mm 12mm}
@media print{
body{font-size:9.5pt}
main{max-width:none;padding:0}
h2{break-after:avoid;page-break-after:avoid}
h3{break-after:avoid;page-break-after:avoid}
.panel,figure,svg.chart,.tile{break-inside:avoid;page-break-inside:avoid}
table{font-size:8.5pt}
thead{display:table-header-group}
tr{break-inside:avoid;page-break-inside:avoid}
.privacy.names{-webkit-print-color-adjust:exact;print-color-adjust:exact}
svg.chart rect{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

/**
 * Renders a cohort summary as one self-contained HTML page: no scripts and no network assets
 * (a Content-Security-Policy forbids both), inline SVG bar charts each with an accessible table
 * (caption, `th scope`), and print CSS for A4. Every text is escaped. Percentages of groups below
 * the small-cohort threshold are printed as `n<5` and marked. Child names are printed only when
 * both the summary carries them and `includeNames` is `true`, and then only in the overdue list.
 * Pure: a summary in, a string out. Anything that is not a summary gives a short page saying so.
 * @param summary - From `cohortSummary` or `createCohortAccumulator(…).result()`.
 * @param options - `includeNames`, `title`, `maxListRows`.
 * @returns The HTML document.
 * @example
 * import { cohortSummary, renderCohortHtml } from 'pep-rules/report';
 * const html = renderCohortHtml(cohortSummary([], { today: '2025-06-30' }), { title: 'Spring <review>' });
 * [html.startsWith('<!DOCTYPE html>'), html.includes('<title>Spring &#60;review&#62;</title>'), html.includes('<script')];
 * //=> [true, true, false]
 */
export function renderCohortHtml(summary: CohortSummary, options: RenderCohortHtmlOptions = {}): string {
  const opts: RenderCohortHtmlOptions = typeof options === 'object' && options !== null ? options : {};
  const s = summary as unknown;
  const isSummary =
    typeof s === 'object' && s !== null && (s as CohortSummary).format === 'pep-rules-cohort-summary' && (s as CohortSummary).version === 1;
  if (isSummary) {
    try {
      return render(s as CohortSummary, opts);
    } catch {
      // A summary changed by hand so that a section is missing: fall through to the notice.
    }
  }
  return (
    `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Not a cohort summary</title></head>` +
    `<body><p>This is not a cohort summary from pep-rules (format pep-rules-cohort-summary, version 1), so there is nothing to report.</p></body></html>\n`
  );
}

function render(s: CohortSummary, options: RenderCohortHtmlOptions): string {
  const below = s.definitions.smallCohortBelow;
  const names = options.includeNames === true && s.includesNames;
  const max = typeof options.maxListRows === 'number' && options.maxListRows >= 1 ? Math.min(1e6, Math.trunc(options.maxListRows)) : 200;
  const title = typeof options.title === 'string' ? options.title : 'Virtual school PEP report';
  const out: string[] = [];

  out.push(
    `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="pep-rules">`,
    `<title>${_esc(title)}</title><style>${CSS}</style></head><body><main>`,
    `<header><h1>${_esc(title)}</h1>`,
    `<p class="meta">Position on <strong>${_esc(s.today)}</strong> · policy: ${_esc(s.policy.name)} (${_esc(s.policy.id)}, version ${_esc(s.policy.version)})</p>`,
    names
      ? `<p class="privacy names" id="privacy">Contains personal data: child names appear in the overdue list. Store and share this report as personal data.</p>`
      : `<p class="privacy" id="privacy">No names: children appear by PEP id and child id only.</p>`,
    `</header>`,
  );

  // Key figures
  const tiles: [string, string, string][] = [
    ['tile-children', int(s.records.children), 'children (current PEP each)'],
    ['tile-up-to-date', s.upToDate.of === 0 ? '–' : pct(s.upToDate.percent, s.upToDate.small, below), `PEP up to date (${int(s.upToDate.count)} of ${int(s.upToDate.of)})`],
    ['tile-overdue', int(s.overdue.length), 'PEPs overdue'],
    ['tile-due-soon', int(s.dueSoon.length), `PEPs due within ${s.definitions.dueSoonDays} working days`],
    ['tile-sdq-concern', int(s.sdq.concern.count), `SDQ total ${s.definitions.sdqConcernThreshold}+ (of ${int(s.sdq.concern.of)} with an SDQ)`],
    ['tile-attendance', int(s.attendance.below.count), `attendance below ${s.definitions.attendanceBelowPercent}% (of ${int(s.attendance.below.of)})`],
    ['tile-ppplus', pounds(s.ppPlus.total.allowed), `PP+ allowed of ${pounds(s.ppPlus.total.requested)} requested`],
    ['tile-invalid', int(s.records.invalid), `records not readable as PEPs (of ${int(s.records.read)})`],
  ];
  out.push(
    `<section aria-label="Key figures" class="tiles">`,
    ...tiles.map(([id, n, l]) => `<div class="tile" id="${id}"><span class="n">${_esc(n)}</span><span class="l">${_esc(l)}</span></div>`),
    `</section>`,
  );
  if (s.findings.length > 0) {
    out.push(
      `<section class="list"><h3>About this run</h3><ul id="run-findings">`,
      ...s.findings.map((f) => `<li><code>${_esc(f.code)}</code> (${_esc(f.severity)}): ${_esc(f.message)}</li>`),
      `</ul></section>`,
    );
  }

  // Compliance
  out.push(`<h2>Compliance: is every child's PEP up to date?</h2>`);
  out.push(
    distributionPanel(
      'status',
      'PEP position',
      s.definitions.upToDate,
      'Children',
      s.status,
      below,
    ),
  );
  out.push(`<section class="list"><h3>Overdue PEPs (${int(s.overdue.length)})</h3>`);
  out.push(dueList('table-overdue', 'Overdue PEPs, most overdue first', s.overdue, true, names, max), `</section>`);
  out.push(`<section class="list"><h3>PEPs due soon (${int(s.dueSoon.length)})</h3>`);
  out.push(dueList('table-due-soon', `PEPs due within ${s.definitions.dueSoonDays} working days, soonest first`, s.dueSoon, false, false, max), `</section>`);

  // Quality
  out.push(`<h2>Quality of PEPs</h2>`);
  out.push(distributionPanel('qa', 'QA grades of current PEPs', 'The PEP QA grid grade of each child’s current PEP.', 'PEPs', s.qaGrades, below));
  out.push(
    distributionPanel('smart', 'SMART ratings of targets', 'Every target in the current PEPs, rated on the SMART criteria it could be judged on.', 'Targets', s.smartRatings, below),
  );

  // Wellbeing and attendance
  out.push(`<h2>Emotional health and attendance</h2>`);
  out.push(
    distributionPanel(
      'sdq',
      `SDQ total difficulties (${s.definitions.sdqBandScheme})`,
      `The latest SDQ total in each current PEP; ${int(s.sdq.notRecorded)} current PEPs have none. Concern: ${s.definitions.sdqConcernThreshold} or more (${s.definitions.sdqConcernSource}).`,
      'Children',
      s.sdq.bands,
      below,
    ),
  );
  out.push(`<section class="list"><h3>Children with an SDQ total of ${s.definitions.sdqConcernThreshold} or more (${int(s.sdq.concern.count)})</h3>`);
  out.push(refList('table-sdq-concern', 'SDQ concern, by identifiers', s.sdq.concernChildren, max), `</section>`);
  out.push(
    distributionPanel(
      'attendance',
      'Attendance',
      `Attendance recorded in each current PEP against the policy threshold of ${s.definitions.attendanceBelowPercent}% (${s.definitions.attendanceSource}); ${int(s.attendance.notRecorded)} current PEPs record none.`,
      'Children',
      s.attendance.bands,
      below,
    ),
  );
  out.push(`<section class="list"><h3>Attendance below ${s.definitions.attendanceBelowPercent}% (${int(s.attendance.below.count)})</h3>`);
  out.push(refList('table-attendance-below', 'Attendance below threshold, by identifiers', s.attendance.belowChildren, max), `</section>`);

  // PP+
  out.push(`<h2>Pupil Premium Plus by financial year</h2>`);
  const years = s.ppPlus.years;
  const ppGroups: _BarGroup[] = years.map((y) => ({
    label: y.financialYear,
    bars: [
      { label: 'requested', value: y.requested, text: `${pounds(y.requested)} requested`, colour: colourOf('requested') },
      { label: 'allowed', value: y.allowed, text: `${pounds(y.allowed)} allowed`, colour: colourOf('allowed') },
    ],
  }));
  const ppRows = years.map(
    (y) =>
      `<tr data-key="${_esc(y.financialYear)}">${th(y.financialYear, 'row')}${td(int(y.peps))}${td(int(y.children))}${td(pounds(y.requested))}` +
      `${td(pounds(y.allowed))}${td(pounds(y.capped))}${td(pounds(y.refused))}</tr>`,
  );
  const t = s.ppPlus.total;
  const ppFoot = `<tr>${th('All years', 'row')}${td('')}${td('')}${td(pounds(t.requested))}${td(pounds(t.allowed))}${td(pounds(t.capped))}${td(pounds(t.refused))}</tr>`;
  out.push(
    panel(
      'PP+ requested and allowed',
      'Every PEP’s requests, checked against the policy’s caps and rules; charged to the financial year of the meeting (no carry-forward).',
      years.length === 0
        ? `<p class="none">No PP+ requests.</p>` + _barChart({ id: 'chart-ppplus', title: 'PP+ requested and allowed', desc: 'No PP+ requests.', groups: [] })
        : `<p class="legend"><i style="background:${colourOf('requested')}"></i>requested<i style="background:${colourOf('allowed')}"></i>allowed</p>` +
            _barChart({
              id: 'chart-ppplus',
              title: 'PP+ requested and allowed by financial year',
              desc: years.map((y) => `${y.financialYear}: ${pounds(y.requested)} requested, ${pounds(y.allowed)} allowed`).join('; '),
              groups: ppGroups,
            }),
      table('table-ppplus', 'PP+ by financial year (pounds)', ['Financial year', 'PEPs', 'Children', 'Requested', 'Allowed', 'Capped', 'Refused'], ppRows, ppFoot),
      'Capped: taken off by a per-PEP, per-year, per-term or instalment cap. Refused: a request rejected (no target link, disallowed category, not costed) or withheld (not eligible, QA grade).',
      true,
    ),
  );

  // Performance profile
  out.push(`<h2>Performance profile</h2>`);
  out.push(
    `<p class="intro">Current PEPs by group (seed 004 §3h). † fewer than ${below} children: percentages are not printed (n&lt;${below}) because one or two children swing them (seed 004 §5c iii).</p>`,
  );
  const yearGroups = s.breakdowns.find((b) => b.dimension === 'year-group');
  if (yearGroups !== undefined) {
    const groups: _BarGroup[] = yearGroups.groups.map((g) => ({
      label: g.small ? `${g.label} †` : g.label,
      bars: [
        {
          label: g.label,
          value: g.upToDate.small || g.upToDate.percent === null ? null : g.upToDate.percent,
          text: g.upToDate.small ? `n<${below} (not shown)` : g.upToDate.percent === null ? '–' : `${g.upToDate.percent.toFixed(1)}%`,
          colour: colourOf('up-to-date'),
        },
      ],
    }));
    out.push(
      panel(
        'PEP up to date by year group',
        '',
        _barChart({
          id: 'chart-year-group',
          title: 'Percentage of children with an up-to-date PEP, by national curriculum year group',
          desc: yearGroups.groups.map((g) => `${g.label}: ${g.upToDate.small ? 'small group, not shown' : `${g.upToDate.percent ?? 0}%`}`).join('; '),
          groups,
          fixedMax: 100,
          fixedStep: 25,
          unit: '%',
        }),
        breakdownTable(yearGroups, below),
        '',
        true,
      ),
    );
  }
  for (const b of s.breakdowns) {
    if (b.dimension === 'year-group') continue;
    out.push(`<section class="list"><h3>${_esc(b.label)}</h3>${breakdownTable(b, below)}</section>`);
  }

  // Data quality
  out.push(`<h2>Data quality</h2>`);
  out.push(
    `<section class="list"><h3>Findings on current PEPs</h3>${codeTable('table-findings', 'Finding codes on current PEPs: errors first, then warnings, then info; most frequent first', s.findingsByCode, max)}</section>`,
  );
  out.push(
    `<section class="list"><h3>Records not readable as PEPs (${int(s.invalid.count)})</h3>` +
      codeTable('table-invalid-codes', 'Codes across unreadable records', s.invalid.byCode, max),
  );
  if (s.invalid.records.length > 0) {
    const rows = s.invalid.records
      .slice(0, max)
      .map((r) => `<tr>${th(String(r.record), 'row')}${td(r.pepId ?? '–', '')}${td(r.codes.join(', '), 'code')}</tr>`);
    out.push(table('table-invalid-records', 'Unreadable records', ['Record', 'PEP id', 'Codes'], rows) + more(s.invalid.count, Math.min(max, s.invalid.records.length)));
  }
  out.push(
    `<p class="note">${int(s.records.read)} records read: ${int(s.records.valid)} PEPs, ${int(s.records.invalid)} unreadable, ` +
      `${int(s.records.duplicatePepIds)} repeated PEP ids, ${int(s.records.superseded)} earlier PEPs of the same child.</p></section>`,
  );

  // Definitions
  const d = s.definitions;
  const defs: [string, string][] = [
    ['Up to date', d.upToDate],
    ['Due soon', `Due within ${d.dueSoonDays} working days of the report date.`],
    ['Current PEP', d.currentPep],
    ['Small groups', `Fewer than ${d.smallCohortBelow} children: ${d.smallCohortSource}`],
    ['Year group', d.yearGroup],
    ['SDQ concern', `Total difficulties ${d.sdqConcernThreshold} or more (${d.sdqConcernSource}); bands: ${d.sdqBandScheme}.`],
    ['Attendance', `Below ${d.attendanceBelowPercent}% (${d.attendanceSource}).`],
  ];
  out.push(
    `<h2>How the figures are defined</h2><dl class="defs" id="definitions">`,
    ...defs.map(([k, v]) => `<dt>${_esc(k)}</dt><dd>${_esc(v)}</dd>`),
    `</dl>`,
    `<footer>Generated by pep-rules from ${int(s.records.read)} records · format ${_esc(s.format)} v${s.version}</footer>`,
    `</main></body></html>\n`,
  );
  return out.join('\n');
}
