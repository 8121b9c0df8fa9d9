/*
 * The report as a user sees it: the example cohort through `pep-rules report`, opened in Debian's
 * headless Chromium driven by puppeteer-core. Asserts it renders with no console output, no page
 * errors and no network request (the page is offline, and any request but the file itself fails
 * the test), every chart is drawn, and the figures in the rendered tables equal the JSON summary
 * the same command wrote; the HTML as written, parsed with parse5, has no parse errors and the same
 * tables. Saves test-artifacts/report.png (screen, A4 width at 150 dpi), report-print.png (print
 * media) and report.pdf (A4 print).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/commands/report';
import type { CohortDistribution, CohortSummary } from '../../src/report/types';
import { findChromium, launchChromium, watchPage } from './_chromium';
import { parseHtml, tablesOf } from './_html';

const root = new URL('../../', import.meta.url).pathname;
const chromium = findChromium();
const artifacts = join(root, 'test-artifacts');
const work = mkdtempSync(join(tmpdir(), 'pep-rules-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const WIDTH = 1240; // A4 at 150 dpi: 1240 × 1754
const HEIGHT = 1754;

interface PageFacts {
  title: string;
  charts: { id: string; width: number; height: number; bars: number; title: string }[];
  tables: Record<string, string[][]>;
  tiles: Record<string, string>;
  overflowX: boolean;
}

const PAGE_FACTS = `(() => {
  const text = (el) => el.textContent.replace(/\\s+/g, ' ').trim();
  const tables = {};
  for (const t of document.querySelectorAll('table[id]')) tables[t.id] = [...t.rows].map((r) => [...r.cells].map(text));
  const tiles = {};
  for (const t of document.querySelectorAll('.tile[id] .n')) tiles[t.parentElement.id] = text(t);
  return {
    title: document.title,
    charts: [...document.querySelectorAll('svg.chart')].map((s) => {
      const r = s.getBoundingClientRect();
      return { id: s.id, width: r.width, height: r.height, bars: s.querySelectorAll('rect').length, title: text(s.querySelector('title')) };
    }),
    tables,
    tiles,
    overflowX: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  };
})()`;

const int = (s: string): number => Number(s.replace(/,/g, ''));
const money = (s: string): number => Number(s.replace(/[£,]/g, ''));
const shownPercent = (p: number | null, small: boolean): string => (small ? 'n<5' : p === null ? '–' : `${p.toFixed(1)}%`);
const shownProportion = (p: { count: number; of: number; percent: number | null; small: boolean }): string =>
  p.of === 0 ? '–' : `${p.count} / ${p.of} (${shownPercent(p.percent, p.small)})`;

function expectDistribution(rows: string[][] | undefined, dist: CohortDistribution): void {
  expect(rows).toBeDefined();
  const body = (rows as string[][]).slice(1, -1);
  expect(body.map((r) => r[0])).toEqual(dist.rows.map((r) => r.label));
  expect(body.map((r) => int(r[1] as string))).toEqual(dist.rows.map((r) => r.count));
  expect(body.map((r) => r[2])).toEqual(dist.rows.map((r) => shownPercent(r.percent, dist.small)));
  expect(int((rows as string[][]).at(-1)?.[1] as string)).toBe(dist.total);
}

const SKIP_REASON = ' (SKIPPED: chromium is not installed here and could not be installed; run scripts/install-chromium.sh as root)';

describe('the cohort report in a real browser', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (chromium !== null) browser = await launchChromium(chromium, WIDTH, HEIGHT);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.skipIf(chromium === null)(
    `renders examples/cohort.ndjson in headless Chromium: no console errors, no network, every chart drawn, tables equal the JSON${chromium === null ? SKIP_REASON : ''}`,
    async () => {
      const htmlPath = join(work, 'report.html');
      const jsonPath = join(work, 'summary.json');
      const stderr = new PassThrough();
      let errText = '';
      stderr.on('data', (c: Buffer) => (errText += c.toString()));
      const code = await reportCommand(['examples/cohort.ndjson', '--html', htmlPath, '--json', jsonPath, '--today', '2025-06-30'], {
        stdout: new PassThrough(),
        stderr,
        stdin: new PassThrough(),
        cwd: root,
      });
      expect({ code, errText }).toMatchObject({ code: 0 });
      const summary = JSON.parse(readFileSync(jsonPath, 'utf8')) as CohortSummary;
      expect(summary.records.children).toBe(60);

      const page = await (browser as Browser).newPage();
      try {
        const watch = await watchPage(page);
        const url = pathToFileURL(htmlPath).href;
        await page.goto(url, { waitUntil: 'load' });
        const facts = (await page.evaluate(PAGE_FACTS)) as PageFacts;

        // Renders cleanly: no console output, no exceptions, no browser errors (a CSP violation or a
        // failed resource would be one), and no request but the file itself.
        expect(watch.console).toEqual([]);
        expect(watch.errors).toEqual([]);
        expect(watch.requests).toEqual([url]);
        expect(watch.failed).toEqual([]);
        expect(facts.title).toBe('Virtual school PEP report');
        expect(facts.overflowX).toBe(false);

        // Every chart is there and drawn.
        expect(facts.charts.map((c) => c.id)).toEqual(['chart-status', 'chart-qa', 'chart-smart', 'chart-sdq', 'chart-attendance', 'chart-ppplus', 'chart-year-group']);
        for (const c of facts.charts) {
          expect(c.width, c.id).toBeGreaterThan(300);
          expect(c.height, c.id).toBeGreaterThan(40);
          expect(c.bars, c.id).toBeGreaterThan(0);
          expect(c.title, c.id).not.toBe('');
        }

        // The figures in the tables are the JSON summary's.
        const t = facts.tables;
        expectDistribution(t['table-status'], summary.status);
        expectDistribution(t['table-qa'], summary.qaGrades);
        expectDistribution(t['table-smart'], summary.smartRatings);
        expectDistribution(t['table-sdq'], summary.sdq.bands);
        expectDistribution(t['table-attendance'], summary.attendance.bands);
        const pp = (t['table-ppplus'] as string[][]).slice(1, -1);
        expect(pp.map((r) => [r[0], int(r[1] as string), int(r[2] as string), ...r.slice(3).map(money)])).toEqual(
          summary.ppPlus.years.map((y) => [y.financialYear, y.peps, y.children, y.requested, y.allowed, y.capped, y.refused]),
        );
        expect((t['table-ppplus'] as string[][]).at(-1)?.slice(3).map(money)).toEqual([
          summary.ppPlus.total.requested,
          summary.ppPlus.total.allowed,
          summary.ppPlus.total.capped,
          summary.ppPlus.total.refused,
        ]);
        for (const b of summary.breakdowns) {
          const rows = (t[`table-breakdown-${b.dimension}`] as string[][]).slice(1);
          expect(rows.map((r) => r[0]), b.dimension).toEqual(b.groups.map((g) => (g.small ? `${g.label} †` : g.label)));
          expect(
            rows.map((r) => r.slice(1)),
            b.dimension,
          ).toEqual(
            b.groups.map((g) => [
              String(g.children),
              shownProportion(g.upToDate),
              String(g.overdue),
              shownProportion(g.goodQa),
              shownProportion(g.sdqConcern),
              shownProportion(g.attendanceBelow),
            ]),
          );
        }
        const overdueRows = (t['table-overdue'] ?? [[]]).slice(1);
        // The page shows dates for people ("31 March 2025"); an independent formatter is the oracle.
        const longDate = (iso: string) =>
          new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
        expect(overdueRows.map((r) => [r[0], r[1], r[3], int(r[4] as string)])).toEqual(
          summary.overdue.map((o) => [o.pepId, o.childId, longDate(o.due), o.days]),
        );
        expect((t['table-sdq-concern'] ?? [[]]).slice(1).map((r) => r[0])).toEqual(summary.sdq.concernChildren.map((c) => c.pepId));
        expect(facts.tiles['tile-children']).toBe(String(summary.records.children));
        expect(facts.tiles['tile-overdue']).toBe(String(summary.overdue.length));
        expect(facts.tiles['tile-up-to-date']).toBe(shownPercent(summary.upToDate.percent, summary.upToDate.small));

        // The DOM Chromium built, serialised and parsed with parse5, holds the same figures; so does
        // the HTML as the command wrote it, which parses without a single HTML parse error.
        expect(tablesOf(await page.content())).toEqual(facts.tables);
        const written = parseHtml(readFileSync(htmlPath, 'utf8'));
        expect(written.errors).toEqual([]);
        expect(tablesOf(written)).toEqual(facts.tables);

        // Artefacts: the screen at A4 width, the print layout, and the A4 PDF.
        mkdirSync(artifacts, { recursive: true });
        await page.screenshot({ path: join(artifacts, 'report.png'), type: 'png', fullPage: true });
        await page.emulateMediaType('print');
        await page.screenshot({ path: join(artifacts, 'report-print.png'), type: 'png', captureBeyondViewport: true });
        const bytes = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        writeFileSync(join(artifacts, 'report.pdf'), bytes);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const pages = bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
        expect(pages.length).toBeGreaterThanOrEqual(3);
      } finally {
        await page.close();
      }
    },
    120_000,
  );

  // The checks above must be able to fail: a page that logs, throws and fetches is caught on each count,
  // and its request never leaves the machine.
  it.skipIf(chromium === null)(`the page watch sees console output, a page error, a network request and a Content-Security-Policy violation${chromium === null ? SKIP_REASON : ''}`, async () => {
    const noisyPath = join(work, 'noisy.html');
    writeFileSync(
      noisyPath,
      '<!doctype html><title>noisy</title><img src="http://example.invalid/pixel.png" alt=""><script>console.warn("hello");setTimeout(() => { throw new Error("boom"); });</script>',
    );
    const page = await (browser as Browser).newPage();
    try {
      const watch = await watchPage(page);
      const url = pathToFileURL(noisyPath).href;
      await page.goto(url, { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(watch.requests).toEqual([url, 'http://example.invalid/pixel.png']);
      expect(watch.failed).toEqual(['http://example.invalid/pixel.png: net::ERR_INTERNET_DISCONNECTED']);
      expect(watch.console).toContain('warn: hello');
      expect(watch.errors.join('\n')).toContain('boom');

      // A script the report's Content-Security-Policy blocks is reported as a console error.
      const blockedPath = join(work, 'blocked.html');
      writeFileSync(blockedPath, `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><script>1</script>`);
      await page.goto(pathToFileURL(blockedPath).href, { waitUntil: 'load' });
      expect(watch.console.filter((m) => m.startsWith('error: ') && m.includes('Content Security Policy'))).toHaveLength(1);
    } finally {
      await page.close();
    }
  }, 60_000);
});
