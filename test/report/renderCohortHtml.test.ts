import { describe, expect, it } from 'vitest';
import { PEP_CODES } from '../../src/pep/codes';
import { _colourOf } from '../../src/report/_cohortHtml';
import { _kindLabel, _longDate, _meaningOf } from '../../src/report/_cohortWords';
import { renderCohortHtml } from '../../src/report/renderCohortHtml';
import { RULE_CODES } from '../../src/rules/codes';
import type { CohortSummary } from '../../src/report/types';
import { handmadeSummary } from './_fixtures';
import { parseHtml, tablesOf } from './_html';

/** The text of every cell of a table, row by row, as an HTML parser (parse5) reads the page. */
function tableRows(html: string, id: string): string[][] {
  const rows = tablesOf(html)[id];
  if (rows === undefined) throw new Error(`no table ${id}`);
  return rows;
}

describe('renderCohortHtml', () => {
  const summary = handmadeSummary();
  const html = renderCohortHtml(summary);

  it('parses as HTML without errors (parse5), for the summary and one with names in it', () => {
    expect(parseHtml(html).errors).toEqual([]);
    expect(parseHtml(renderCohortHtml(summary, { includeNames: true, title: '<script>alert(1)</script>' })).errors).toEqual([]);
  });

  it('is one self-contained document: no scripts, no external links, a CSP that forbids both', () => {
    expect(html.startsWith('<!DOCTYPE html><html lang="en-GB">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|src=|href=|@import|url\(/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  });

  it('prints on A4 with charts and panels kept whole across pages', () => {
    expect(html).toContain('@page{size:A4;margin:14mm 12mm}');
    expect(html).toMatch(/@media print\{[\s\S]*\.panel,figure,svg\.chart,\.tile\{break-inside:avoid;page-break-inside:avoid\}/);
    expect(html).toContain('thead{display:table-header-group}');
  });

  it('draws one inline SVG chart per chart section, each labelled and followed by its table', () => {
    const charts = [...html.matchAll(/<svg id="(chart-[a-z-]+)" class="chart"[^>]*role="img" aria-labelledby="\1-title \1-desc"/g)].map((m) => m[1]);
    expect(charts).toEqual(['chart-status', 'chart-qa', 'chart-smart', 'chart-sdq', 'chart-attendance', 'chart-ppplus', 'chart-year-group']);
    const tables = ['table-status', 'table-qa', 'table-smart', 'table-sdq', 'table-attendance', 'table-ppplus', 'table-breakdown-year-group'];
    charts.forEach((chart, i) => {
      const at = html.indexOf(`<svg id="${chart}"`);
      const next = html.indexOf('<table id=', at);
      expect(html.slice(next, next + 40)).toContain(`id="${tables[i]}"`);
    });
  });

  it('gives every table a caption and scoped header cells', () => {
    const tables = [...html.matchAll(/<table id="[^"]+">([\s\S]*?)<\/table>/g)];
    expect(tables.length).toBe(18); // 7 behind charts, 4 lists, 4 more breakdowns, 3 data-quality tables
    for (const t of tables) {
      expect(t[1]).toMatch(/^<caption>[^<]+<\/caption><thead><tr>(<th scope="col">[^<]*<\/th>)+<\/tr><\/thead>/);
      expect(t[1]).not.toMatch(/<th(?=[\s>])(?! scope="(col|row)")/);
    }
  });

  it('prints the distribution figures of the summary: QA grades 1, 4, 3, 2 of 10', () => {
    expect(tableRows(html, 'table-qa')).toEqual([
      ['Category', 'PEPs', 'Share'],
      ['Gold (outstanding)', '1', '10.0%'],
      ['Green (good)', '4', '40.0%'],
      ['Amber (requires improvement)', '3', '30.0%'],
      ['Red (inadequate)', '2', '20.0%'],
      ['Total', '10', '100.0%'],
    ]);
  });

  it('suppresses the percentages of a small distribution (3 SDQs) and of small groups, printing n<5', () => {
    expect(tableRows(html, 'table-sdq').slice(1, 3)).toEqual([
      ['Normal', '1', 'n<5'],
      ['Borderline', '1', 'n<5'],
    ]);
    expect(tableRows(html, 'table-breakdown-year-group')).toEqual([
      ['Group', 'Children', 'PEP up to date', 'Overdue', 'QA gold or green', 'SDQ concern', 'Attendance below threshold'],
      ['Year 5', '6', '5 / 6 (83.3%)', '1', '2 / 6 (33.3%)', '1 / 6 (16.7%)', '0 / 6 (0.0%)'],
      ['Year 9 †', '4', '3 / 4 (n<5)', '1', '2 / 4 (n<5)', '1 / 4 (n<5)', '0 / 4 (n<5)'],
    ]);
    expect(html).toContain('n&#60;5 (not shown)</text>');
    expect(html).not.toContain('75.0%</text>'); // Year 9's 3 of 4 is never drawn
  });

  it('prints PP+ per financial year in pounds from the summary', () => {
    expect(tableRows(html, 'table-ppplus')).toEqual([
      ['Financial year', 'PEPs', 'Children', 'Requested', 'Allowed', 'Capped', 'Refused'],
      ['2024-25', '3', '3', '£2,400.00', '£1,900.00', '£300.00', '£200.00'],
      ['2025-26', '1', '1', '£450.50', '£450.50', '£0.00', '£0.00'],
      ['All years', '', '', '£2,850.50', '£2,350.50', '£300.00', '£200.00'],
    ]);
  });

  it('escapes every text from the summary (policy name, ids, names)', () => {
    const named = renderCohortHtml(summary, { includeNames: true, title: '<script>alert(1)</script>' });
    expect(named).toContain('<title>&#60;script&#62;alert(1)&#60;/script&#62;</title>');
    expect(named).toContain('Exampleshire &#60;Virtual&#62; School &#38; &#34;Friends&#34;');
    expect(named).toContain('<th scope="row">pep-&#60;x&#62;</th>');
    expect(named).toContain('Zed &#60;b&#62;Secret&#60;/b&#62;');
    expect(named).not.toMatch(/<script|<b>Secret/);
  });

  it('prints no name unless asked, even when the summary carries names', () => {
    expect(summary.includesNames).toBe(true);
    expect(html).not.toContain('Secret');
    expect(html).toContain('No names: children appear by PEP id and child id only.');
    expect(tableRows(html, 'table-overdue')[0]).toEqual(['PEP id', 'Child id', 'What is due', 'Due', 'Days overdue']);
  });

  it('with includeNames, prints names only in the overdue list, under a personal-data warning', () => {
    const named = renderCohortHtml(summary, { includeNames: true });
    expect(named.split('Zed &#60;b&#62;Secret').length - 1).toBe(1);
    expect(tableRows(named, 'table-overdue')[1]).toEqual(['pep-9', 'child-9', 'Zed <b>Secret</b>', 'Termly PEP', '31 March 2025', '91']);
    expect(tableRows(named, 'table-due-soon')[0]).toEqual(['PEP id', 'Child id', 'What is due', 'Due', 'Days left']);
    expect(named).toContain('class="privacy names" id="privacy">Contains personal data');
  });

  it('includeNames prints nothing more when the summary was built without names', () => {
    const plain: CohortSummary = { ...summary, includesNames: false, overdue: summary.overdue.map(({ childName: _n, ...rest }) => rest) };
    const out = renderCohortHtml(plain, { includeNames: true });
    expect(out).not.toContain('Secret');
    expect(out).toContain('No names: children appear by PEP id and child id only.');
  });

  it('caps long lists at maxListRows and says how many more there are', () => {
    const many: CohortSummary = {
      ...summary,
      overdue: Array.from({ length: 5 }, (_, i) => ({ pepId: `p${i}`, childId: `c${i}`, kind: 'termly-pep', due: '2025-03-31', days: 91, basis: 'b' })),
    };
    const out = renderCohortHtml(many, { maxListRows: 2 });
    expect(tableRows(out, 'table-overdue').length).toBe(3);
    expect(out).toContain('…and 3 more (5 in all; see the JSON summary).');
  });

  it('is pure: the same summary gives the same bytes, and the summary is not changed', () => {
    const frozen = JSON.stringify(summary);
    expect(renderCohortHtml(summary)).toBe(html);
    expect(JSON.stringify(summary)).toBe(frozen);
  });
});

describe('renderCohortHtml: words for people', () => {
  const summary = handmadeSummary();
  const html = renderCohortHtml(summary);
  /** What a reader sees: the page without its style sheet, tags and attributes. */
  const visible = (page: string) => page.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');

  it('shows each finding code with its plain meaning from the typed catalogues, and a capitalised severity', () => {
    expect(tableRows(html, 'table-findings')).toEqual([
      ['Code', 'What it means', 'Severity', 'Count'],
      ['PEP-NEXT-MEETING-MISSING', RULE_CODES['PEP-NEXT-MEETING-MISSING'].meaning, 'Error', '3'],
    ]);
    expect(tableRows(html, 'table-invalid-codes')[1]).toEqual(['PEP-SCHEMA-REQUIRED', PEP_CODES['PEP-SCHEMA-REQUIRED'].meaning, 'Error', '1']);
  });

  it('prints a code that no catalogue lists with a dash, not an empty cell', () => {
    const odd: CohortSummary = { ...summary, findingsByCode: [{ code: 'X-UNKNOWN-CODE', severity: 'warning', count: 2 }] };
    expect(tableRows(renderCohortHtml(odd), 'table-findings')[1]).toEqual(['X-UNKNOWN-CODE', '–', 'Warning', '2']);
  });

  it('writes dates as people do ("30 June 2025"), keeping the ISO date only in a datetime attribute', () => {
    expect(html).toContain('Position on <strong><time datetime="2025-06-30">30 June 2025</time></strong>');
    expect(visible(html)).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(visible(html)).toContain('31 March 2025');
  });

  it('capitalises labels: what is due, severities, band schemes', () => {
    const rows = tableRows(html, 'table-overdue').slice(1);
    expect(rows.map((r) => r[2])).toEqual(summary.overdue.map((o) => _kindLabel(o.kind)));
    expect(rows.length).toBeGreaterThan(0);
    expect(visible(html)).not.toMatch(/termly pep|\(error\)|\(warning\)|\(info\)|three-band|four-band/);
  });

  it('carries a legend of grades, PEP positions, SMART ratings, severities and colours, with the chart colours', () => {
    const at = html.indexOf('<section class="legend-panel" id="legend"');
    expect(at).toBeGreaterThan(html.indexOf('id="tile-invalid"'));
    expect(at).toBeLessThan(html.indexOf('<h2>Compliance'));
    const legend = html.slice(at, html.indexOf('</section>', at));
    for (const id of ['legend-grades', 'legend-positions', 'legend-smart', 'legend-severities', 'legend-colours']) expect(legend).toContain(`id="${id}"`);
    // Every QA grade, PEP position and SMART rating the charts draw is explained, with a swatch in its bar's colour.
    const keys = ['table-qa', 'table-status', 'table-smart'].flatMap((id) => {
      const table = new RegExp(`<table id="${id}">[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
      return [...table.matchAll(/data-key="([a-z-]+)"/g)].map((k) => k[1] ?? '');
    });
    expect(keys).toEqual(expect.arrayContaining(['gold', 'green', 'amber', 'red', 'up-to-date', 'overdue', 'outstanding', 'good', 'requires-improvement']));
    for (const key of keys) expect(legend, key).toContain(`<i style="background:${_colourOf(key)}"></i>`);
    expect(legend).toContain('<i style="background:#b8860b"></i><strong>Gold (outstanding)</strong>');
    expect(legend).toContain('<i style="background:#c62828"></i><strong>Overdue</strong>');
    expect(legend).toContain(`within ${summary.definitions.dueSoonDays} working days`);
    expect(legend).toContain('<strong>Error</strong>: Must be put right');
  });
});

describe('the report\'s words', () => {
  it('_longDate writes a civil date as "3 March 2026", deterministically, and leaves anything else alone', () => {
    expect(_longDate('2026-03-03')).toBe('3 March 2026');
    expect(_longDate('2024-02-29')).toBe('29 February 2024');
    expect(_longDate('2025-12-31')).toBe('31 December 2025');
    expect(_longDate('2025-01-01')).toBe('1 January 2025');
    for (const odd of ['2025-13-01', '2025-00-10', '2025-01-32', '2025-1-1', 'soon', '']) expect(_longDate(odd)).toBe(odd);
  });

  it('_kindLabel capitalises every schedule kind and keeps PEP, SDQ and EHCP in capitals', () => {
    expect(_kindLabel('termly-pep')).toBe('Termly PEP');
    expect(_kindLabel('next-meeting')).toBe('Next PEP meeting');
    expect(_kindLabel('sdq-due')).toBe('SDQ due');
    expect(_kindLabel('ehcp-annual-review-pep')).toBe('PEP with the EHCP annual review');
    expect(_kindLabel('some-new-pep-kind')).toBe('Some new PEP kind');
  });

  it('_meaningOf finds a code in any module\'s catalogue and gives nothing for an unknown one', () => {
    expect(_meaningOf('PEP-NEXT-MEETING-MISSING')).toBe(RULE_CODES['PEP-NEXT-MEETING-MISSING'].meaning);
    expect(_meaningOf('PEP-SCHEMA-REQUIRED')).toBe(PEP_CODES['PEP-SCHEMA-REQUIRED'].meaning);
    expect(_meaningOf('toString')).toBe('');
    expect(_meaningOf('X-NOT-A-CODE')).toBe('');
  });
});
