/*
 * The offline page (`pep-rules web`) as an officer uses it, in Debian's headless Chromium driven by
 * puppeteer-core: the page written by the command, opened from file://, offline. The example cohort
 * (and the SSDA903 example roster, when there) goes in through the file inputs; the figures shown
 * must equal `cohortSummary` computed here, the CSV downloaded must equal `childListCsv`, and the
 * page must make no request, log nothing and break no Content-Security-Policy rule; axe-core finds
 * no serious or critical accessibility violation. The policy builder is driven by the keyboard.
 * Saves docs/web-page.png and test-artifacts/web-figures.json (page size, time to check the cohort).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import axeCore from 'axe-core';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/commands/report';
import { definePolicy, policies } from '../../src/policy/index';
import { childListCsv, cohortSummary, findingsCsv, readSsda903, type CohortSummary } from '../../src/report/index';
import { assessPep } from '../../src/rules/index';
import { findChromium, launchChromium, watchPage, type PageWatch } from '../report/_chromium';
import { ndjson, root, runWeb } from './_page';

const chromium = findChromium();
const SKIP = chromium === null ? ' (SKIPPED: chromium is not installed here; run scripts/install-chromium.sh as root)' : '';
const HEADER = join(root, 'examples/ssda903/header.csv');
const EPISODES = join(root, 'examples/ssda903/episodes.csv');
const has903 = existsSync(HEADER) && existsSync(EPISODES);
const TODAY = '2025-06-30';
const WIDTH = 1280;
const HEIGHT = 2000;
// The committed screenshot (docs/web-page.png) is rewritten only when asked (UPDATE_SCREENSHOT=1): a plain run leaves the tree clean.
const SCREENSHOT = process.env.UPDATE_SCREENSHOT === '1' ? join(root, 'docs/web-page.png') : join(tmpdir(), `pep-rules-web-page-${process.pid}.png`);

const work = mkdtempSync(join(tmpdir(), 'pep-rules-web-'));
let downloads = work;
const pagePath = join(work, 'pep-check.html');
let browser: Browser | undefined;
/** The page's figures for docs/web.md, written to test-artifacts/web-figures.json at the end. */
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  const written = await runWeb(['--out', pagePath, '--today', TODAY], work);
  expect(written.code, written.stderr).toBe(0);
  if (chromium !== null) browser = await launchChromium(chromium, WIDTH, HEIGHT);
}, 120_000);
afterAll(async () => {
  if (Object.keys(figures).length > 0) {
    mkdirSync(join(root, 'test-artifacts'), { recursive: true });
    writeFileSync(join(root, 'test-artifacts/web-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  }
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Opens the page offline, downloads going to `downloads`, CSP violations recorded in the page. */
async function openPage(): Promise<{ page: Page; watch: PageWatch; url: string }> {
  const b = browser as Browser;
  // A fresh folder per page: a second download of the same name would be saved as "name (1)".
  downloads = mkdtempSync(join(work, 'downloads-'));
  const page = await b.newPage();
  const watch = await watchPage(page);
  const session = await b.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  await page.evaluateOnNewDocument(`window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`);
  const url = pathToFileURL(pagePath).href;
  await page.goto(url, { waitUntil: 'load' });
  return { page, watch, url };
}

/** Waits for a downloaded file and returns its text. */
async function downloaded(name: string): Promise<string> {
  const path = join(downloads, name);
  for (let i = 0; i < 200 && !(existsSync(path) && !readdirSync(downloads).some((f) => f.endsWith('.crdownload'))); i++) await new Promise((r) => setTimeout(r, 50));
  return readFileSync(path, 'utf8');
}

/** Presses Tab until the element with this id has focus (at most 200 presses). */
async function tabToId(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await page.evaluate(`document.activeElement?.id ?? ''`)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

/** True once a check has finished (the page records its duration). */
const DONE = 'document.body.dataset.checkMs !== undefined';

/** The text of the shown figures and tables. */
const SHOWN = `(() => {
  const text = (el) => el.textContent.replace(/\\s+/g, ' ').trim();
  const tiles = {};
  for (const t of document.querySelectorAll('.tile[id]')) tiles[t.id] = text(t.querySelector('.n'));
  const rows = (id) => [...document.querySelectorAll('#' + id + ' tbody tr')].map((r) => [r.dataset.key ?? '', ...[...r.cells].map(text)]);
  return { tiles, status: rows('table-status'), qa: rows('table-qa'), roster: rows('table-roster'), action: rows('table-action'), peps: document.querySelectorAll('#pep-rows tr').length,
    checkMs: Number(document.body.dataset.checkMs), status_text: text(document.getElementById('status')), csp: window.__csp };
})()`;

interface Shown {
  tiles: Record<string, string>;
  status: string[][];
  qa: string[][];
  roster: string[][];
  action: string[][];
  peps: number;
  checkMs: number;
  status_text: string;
  csp: string[];
}

/** Chooses the files through the inputs and runs the check; resolves when the results are shown. */
async function check(page: Page, files: { pep: string; header?: string; episodes?: string }): Promise<Shown> {
  for (const [kind, path] of Object.entries(files)) {
    const input = await page.$(`#${kind}-file`);
    await input?.uploadFile(path);
    await page.waitForFunction(`(document.getElementById('${kind}-file-name')?.textContent ?? '') !== ''`);
  }
  await page.click('#run');
  await page.waitForFunction(DONE, { timeout: 60_000 });
  return (await page.evaluate(SHOWN)) as Shown;
}

/** The findings CSV rows of an NDJSON export's records (line = position: no blank lines), assessed here. */
const pepFindingRows = (records: readonly unknown[]) =>
  records.flatMap((r, i) =>
    assessPep(r, { today: TODAY, policy: policies.england }).findings.map((finding) => ({ record: i + 1, pepId: (r as { id: string }).id, childId: (r as { child: { id: string } }).child.id, finding })),
  );

/** The figures the page must show, computed here with the library. */
function expectFigures(shown: Shown, s: CohortSummary): void {
  const notKnown = s.status.rows.find((r) => r.key === 'not-known')?.count ?? 0;
  expect(shown.tiles).toEqual({
    'tile-children': String(s.records.children),
    'tile-up-to-date': s.upToDate.percent === null ? '–' : s.upToDate.small ? `n<${s.definitions.smallCohortBelow}` : `${s.upToDate.percent.toFixed(1)}%`,
    'tile-overdue': String(s.overdue.length),
    'tile-due-soon': String(s.dueSoon.length),
    'tile-not-known': String(notKnown),
    'tile-unreadable': String(s.records.invalid),
  });
  expect(shown.status.map((r) => [r[0], Number(r[2])])).toEqual(s.status.rows.map((r) => [r.key, r.count]));
  expect(shown.qa.map((r) => [r[0], Number(r[2])])).toEqual(s.qaGrades.rows.map((r) => [r.key, r.count]));
}

describe('the offline page in a real browser', () => {
  it.skipIf(chromium === null)(`checks examples/cohort.ndjson chosen through the file input: the figures are cohortSummary's, the CSV download is childListCsv's, no request, no console output, no CSP violation, no serious axe violation${SKIP}`, async () => {
    const { page, watch, url } = await openPage();
    try {
      const shown = await check(page, { pep: join(root, 'examples/cohort.ndjson') });
      const records = ndjson('examples/cohort.ndjson');
      const expected = cohortSummary(records, { today: TODAY, policy: policies.england });
      expect(expected.records.children).toBeGreaterThan(50);
      expectFigures(shown, expected);
      // Every record is listed (a first page of 100 rows), and the live region says what was done.
      expect(shown.peps).toBe(Math.min(100, records.length));
      expect(shown.status_text).toContain(`Checked ${records.length} records`);
      // No child's name anywhere in the page unless the officer asks (Show child names is off).
      const text = (await page.evaluate('document.body.innerText')) as string;
      const names = records.map((r) => (r as { child: { forename: string; surname: string } }).child).flatMap((c) => [c.forename, c.surname]);
      expect(names.filter((n) => new RegExp(`\\b${n}\\b`).test(text))).toEqual([]);

      // The downloads are the library's CSV functions' output, byte for byte.
      await page.click('#download-pep-children-needing-action-csv');
      expect(await downloaded('pep-children-needing-action.csv')).toBe(childListCsv(expected));
      await page.click('#download-pep-findings-csv');
      expect(await downloaded('pep-findings.csv')).toBe(findingsCsv(pepFindingRows(records)));

      // No CSP rule broken by the page itself (read before axe-core is injected: axe probes eval too).
      // One known report: the PEP fast check (src/pep/_fastCheck.ts, canEval) probes `new Function`
      // once; the CSP blocks it, the probe catches the error and the check runs without generated code.
      // Nothing runs through eval: the schema's fast check honours zod's `jitless`, which the page sets.
      expect(shown.csp).toEqual([]);
      expect(shown.csp.length).toBeLessThanOrEqual(1);

      // Accessibility: axe-core (injected through the DevTools protocol, which the page's CSP does not govern).
      await page.evaluate(axeCore.source);
      const axe = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
        .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`)) as { id: string; impact: string; nodes: number }[];
      expect(axe.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

      // Nothing but the file itself was requested (data: and blob: URLs are made in the page: the
      // downloads, and Chromium's own calendar icon of the date input); nothing logged; no CSP rule broken.
      expect(watch.requests.filter((r) => !r.startsWith('blob:') && !r.startsWith('data:'))).toEqual([url]);
      expect(watch.failed).toEqual([]);
      expect(watch.console).toEqual([]);
      expect(watch.errors).toEqual([]);
      expect(((await page.evaluate('window.__csp')) as string[]).filter((v) => v !== 'script-src eval')).toEqual([]);

      // The screenshot for docs/web.md and the figures: page size, time to check the cohort in the page.
      // (Taken with the roster when the SSDA903 examples are there, in the next test.)
      if (!has903) await page.screenshot({ path: SCREENSHOT, type: 'png' });
      const html = readFileSync(pagePath);
      Object.assign(figures, { bytes: html.length, gzipBytes: gzipSync(html).length, chromium: await (browser as Browser).version(), cohort: { records: records.length, checkMs: shown.checkMs } });
      expect(shown.checkMs).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  }, 180_000);

  it.skipIf(chromium === null || !has903)(
    `with the SSDA903 example roster chosen too, shows the roster counts and the children needing action that cohortSummary and pep-rules report --roster give${chromium === null ? SKIP : !has903 ? ' (SKIPPED: examples/ssda903/header.csv and episodes.csv are not there yet)' : ''}`,
    async () => {
      const { page, watch } = await openPage();
      try {
        const shown = await check(page, { pep: join(root, 'examples/cohort.ndjson'), header: HEADER, episodes: EPISODES });
        const read = readSsda903({ header: readFileSync(HEADER, 'utf8'), episodes: readFileSync(EPISODES, 'utf8') });
        const records = ndjson('examples/cohort.ndjson');
        const expected = cohortSummary(records, { today: TODAY, policy: policies.england, roster: read.roster });
        expectFigures(shown, expected);
        const r = expected.roster;
        expect(r).toBeDefined();
        expect(Object.fromEntries(shown.roster.map((row) => [row[0], Number(row[2])]))).toEqual({
          children: r?.children.count,
          withCurrentPep: r?.withCurrentPep.count,
          overdue: r?.overdue.count,
          noPep: r?.noPep.count,
          initialLate: r?.initialLate.count,
          placementChangeNoReview: r?.placementChangeNoReview.count,
          shortBreaks: r?.shortBreaks.count,
          notOnRoster: r?.notOnRoster.count,
        });
        expect(shown.action.map((row) => row[1])).toEqual(r?.actions.map((a) => a.childId));
        // The same counts as the CLI: pep-rules report --roster … --json.
        const jsonPath = join(work, 'cli-summary.json');
        const io = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough(), cwd: root };
        expect(await reportCommand(['examples/cohort.ndjson', '--roster', HEADER, EPISODES, '--json', jsonPath, '--today', TODAY], io)).toBe(0);
        const cli = (JSON.parse(readFileSync(jsonPath, 'utf8')) as CohortSummary).roster;
        expect(Object.fromEntries(shown.roster.map((row) => [row[0], Number(row[2])]))).toEqual(
          Object.fromEntries(['children', 'withCurrentPep', 'overdue', 'noPep', 'initialLate', 'placementChangeNoReview', 'shortBreaks', 'notOnRoster'].map((k) => [k, cli?.[k as 'children'].count])),
        );
        await page.click('#download-pep-children-needing-action-csv');
        expect(await downloaded('pep-children-needing-action.csv')).toBe(childListCsv(expected));
        // The findings CSV starts with the SSDA903 tables' problems, by file and line, then every PEP's.
        const problems = read.findings.map((finding) => ({ record: `${finding.file}:${finding.line}`, pepId: null, childId: null, finding }));
        await page.click('#download-pep-findings-csv');
        expect(await downloaded('pep-findings.csv')).toBe(findingsCsv([...problems, ...pepFindingRows(records)]));
        expect(await page.$$eval('#table-roster-problems tbody tr', (trs) => trs.length)).toBe(read.findings.length);
        expect(watch.console).toEqual([]);
        expect(watch.errors).toEqual([]);
        await page.evaluate('window.scrollTo(0, 0)');
        await page.screenshot({ path: SCREENSHOT, type: 'png' });
      } finally {
        await page.close();
      }
    },
    180_000,
  );

  it.skipIf(chromium === null)(`stays responsive with 3,000 records: the check runs in slices and the progress bar moves while it runs; the figures are still cohortSummary's${SKIP}`, async () => {
    const base = ndjson('examples/cohort.ndjson') as { id: string; child: { id: string } }[];
    const copies = Math.ceil(3000 / base.length);
    const big = Array.from({ length: copies }, (_, k) => base.map((r) => ({ ...r, id: `${r.id}-c${k}`, child: { ...r.child, id: `${r.child.id}-c${k}` } }))).flat();
    const bigPath = join(work, 'big.ndjson');
    writeFileSync(bigPath, `${big.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const { page, watch } = await openPage();
    try {
      await (await page.$('#pep-file'))?.uploadFile(bigPath);
      await page.waitForFunction(`(document.getElementById('pep-file-name')?.textContent ?? '') !== ''`);
      await page.click('#run');
      // Mid-run the page has painted progress: a slice ended and the browser had its turn.
      await page.waitForFunction(`(() => { const p = document.getElementById('progress'); return !p.hidden && p.value > 0 && p.value < p.max; })()`);
      await page.waitForFunction(DONE, { timeout: 170_000 });
      const shown = (await page.evaluate(SHOWN)) as Shown;
      expectFigures(shown, cohortSummary(big, { today: TODAY, policy: policies.england }));
      expect(shown.tiles['tile-children']).toBe(String(big.length));
      expect(watch.console).toEqual([]);
      expect(watch.errors).toEqual([]);
      figures.large = { records: big.length, checkMs: shown.checkMs };
    } finally {
      await page.close();
    }
  }, 300_000);

  it.skipIf(chromium === null)(`a policy file loaded through its input is checked by definePolicy, chosen, and used for the figures; the builder can start from it${SKIP}`, async () => {
    const { page, watch } = await openPage();
    const policyPath = join(root, 'examples/policies/exampleshire.json');
    try {
      await (await page.$('#policy-file'))?.uploadFile(policyPath);
      await page.waitForFunction(`document.getElementById('preset').value === 'loaded'`);
      const defined = definePolicy(JSON.parse(readFileSync(policyPath, 'utf8')));
      expect(defined.ok).toBe(true);
      const policy = defined.ok ? defined.data : policies.england;
      expect(await page.$eval('#policy-file-name', (e) => e.textContent)).toBe(`Loaded: ${policy.name} (${policy.id}).`);
      expect(await page.$$eval('#builder-base option', (os) => os.map((o) => (o as unknown as { value: string }).value))).toContain('loaded');
      const shown = await check(page, { pep: join(root, 'examples/cohort.ndjson') });
      expectFigures(shown, cohortSummary(ndjson('examples/cohort.ndjson'), { today: TODAY, policy }));
      // A file that is not JSON is refused with its code, and the loaded policy stays in use.
      const broken = join(work, 'broken-policy.json');
      writeFileSync(broken, '{ "id": ');
      await (await page.$('#policy-file'))?.uploadFile(broken);
      await page.waitForFunction(`document.getElementById('policy-file-name').textContent.includes('WEB-POLICY-FILE-INVALID')`);
      expect(await page.$eval('#preset', (e) => (e as unknown as { value: string }).value)).toBe('loaded');
      expect(watch.console).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it.skipIf(chromium === null)(`child names are shown only when the officer ticks Show child names (ticked and checked by keyboard)${SKIP}`, async () => {
    const { page } = await openPage();
    try {
      await (await page.$('#pep-file'))?.uploadFile(join(root, 'examples/cohort.ndjson'));
      await page.waitForFunction(`(document.getElementById('pep-file-name')?.textContent ?? '') !== ''`);
      await tabToId(page, 'include-names');
      await page.keyboard.press('Space');
      await tabToId(page, 'run');
      await page.keyboard.press('Enter');
      await page.waitForFunction(DONE, { timeout: 60_000 });
      // Focus moves to the results heading when the check is done.
      expect(await page.evaluate(`document.activeElement?.id`)).toBe('h-results');
      const first = ndjson('examples/cohort.ndjson')[0] as { child: { forename: string; surname: string } };
      const headers = await page.$$eval('#peps-head th', (ths) => ths.map((t) => t.textContent));
      expect(headers).toContain('Name');
      const row = await page.$eval('#pep-rows tr', (tr) => tr.textContent);
      expect(row).toContain(`${first.child.forename} ${first.child.surname}`);
    } finally {
      await page.close();
    }
  }, 120_000);

  it.skipIf(chromium === null || !has903)(`files dropped on the drop zone go to the right input (episodes by DECOM in the first line, header, PEP export)${SKIP}`, async () => {
    const { page } = await openPage();
    try {
      const files = [
        ['episodes.csv', readFileSync(EPISODES, 'utf8')],
        ['cohort.ndjson', readFileSync(join(root, 'examples/cohort.ndjson'), 'utf8')],
        ['header.csv', readFileSync(HEADER, 'utf8')],
      ];
      await page.evaluate(
        `(() => { const dt = new DataTransfer(); for (const [name, text] of ${JSON.stringify(files)}) dt.items.add(new File([text], name));
          document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true })); })()`,
      );
      for (const [kind, name] of [['pep', 'cohort.ndjson'], ['header', 'header.csv'], ['episodes', 'episodes.csv']] as const)
        await page.waitForFunction(`(document.getElementById('${kind}-file-name')?.textContent ?? '').includes('${name}')`);
      await page.click('#run');
      await page.waitForFunction(DONE, { timeout: 60_000 });
      const shown = (await page.evaluate(SHOWN)) as Shown;
      const read = readSsda903({ header: readFileSync(HEADER, 'utf8'), episodes: readFileSync(EPISODES, 'utf8') });
      const expected = cohortSummary(ndjson('examples/cohort.ndjson'), { today: TODAY, policy: policies.england, roster: read.roster });
      expect(Number(shown.roster.find((r) => r[0] === 'noPep')?.[2])).toBe(expected.roster?.noPep.count);
      expectFigures(shown, expected);
    } finally {
      await page.close();
    }
  }, 120_000);

  it.skipIf(chromium === null)(`the policy builder by keyboard: an invalid value shows its message beside the field, a valid one saves a policy definePolicy accepts${SKIP}`, async () => {
    const { page, watch } = await openPage();
    try {
      const tabTo = (id: string) => tabToId(page, id);
      const replaceWith = async (text: string): Promise<void> => {
        await page.keyboard.down('Control');
        await page.keyboard.press('a');
        await page.keyboard.up('Control');
        await page.keyboard.type(text);
      };
      const error = async () =>
        (await page.evaluate(`({ text: document.getElementById('min-targets-error')?.textContent ?? '', invalid: document.getElementById('min-targets')?.getAttribute('aria-invalid') })`)) as { text: string; invalid: string | null };

      await tabTo('min-targets');
      await replaceWith('-1');
      expect(await error()).toEqual({ text: expect.stringContaining('too small') as string, invalid: 'true' });
      await replaceWith('4');
      // A changed value needs its source: the message says so until the source is given.
      expect((await error()).text).toContain('source');
      await tabTo('changes-source');
      await page.keyboard.type('Exampleshire PEP Policy 2025, section 4');
      expect(await error()).toEqual({ text: '', invalid: null });
      await tabTo('save-policy');
      await page.keyboard.press('Enter');
      const saved = JSON.parse(await downloaded('policy-england.json')) as unknown;
      const result = definePolicy(saved);
      expect(result.ok).toBe(true);
      expect(result.ok && result.data.targets.minimumCount).toEqual({ value: 4, source: 'Exampleshire PEP Policy 2025, section 4' });
      expect(watch.console).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});
