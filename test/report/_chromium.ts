/*
 * Headless Chromium for the report's browser test, driven by puppeteer-core over a pipe (no port
 * opened, no browser download): Debian's system Chromium (`bash scripts/install-chromium.sh`
 * installs it). `watchPage` records everything the test must see empty: console messages, page
 * errors and every request; the page is also set offline, so a request it tries never leaves the
 * machine.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Where Debian's `chromium` package puts the browser; the first choice. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The system Chromium: /usr/bin/chromium, else `chromium` or `chromium-browser` on PATH; `null` when none. */
export function findChromium(): string | null {
  if (executable(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) if (dir !== '' && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/**
 * Flags on top of puppeteer's defaults (which already turn off background networking, component
 * updates, sync and the first-run page): no sandbox (root in CI), no GPU, no QUIC, /tmp instead of
 * /dev/shm, and stable rendering for the screenshots.
 */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--hide-scrollbars', '--mute-audio', '--font-render-hinting=none'];

/** Starts the system Chromium headless with a fresh temporary profile (puppeteer removes it on close). */
export function launchChromium(binary: string, width: number, height: number): Promise<Browser> {
  return puppeteer.launch({
    executablePath: binary,
    headless: true,
    pipe: true,
    args: [...FLAGS, `--window-size=${width},${height}`],
    defaultViewport: { width, height, deviceScaleFactor: 1 },
    timeout: 60_000,
  });
}

/** What a page did that a self-contained, quiet report must not do. */
export interface PageWatch {
  /** Console output of any kind, and browser log entries (a CSP violation, a failed resource). */
  readonly console: string[];
  /** Uncaught exceptions in the page's scripts. */
  readonly errors: string[];
  /** Every request the page made or tried, by URL, the page itself included. */
  readonly requests: string[];
  /** Requests that failed, with the reason (offline mode turns a network request into one). */
  readonly failed: string[];
}

/** Starts recording `page`'s console, errors and requests, and takes it offline. Call before navigating. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { console: [], errors: [], requests: [], failed: [] };
  page.on('console', (m) => watch.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => watch.errors.push(String(e)));
  page.on('request', (r) => watch.requests.push(r.url()));
  page.on('requestfailed', (r) => watch.failed.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`));
  await page.setOfflineMode(true);
  return watch;
}
