/*
 * A minimal headless-Chromium driver for the report's browser test: the DevTools protocol over
 * --remote-debugging-pipe (requests on fd 3, replies on fd 4, NUL-separated JSON), no dependencies.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** The chromium binary on PATH, or `null`. */
export function findChromium(): string | null {
  for (const name of ['chromium', 'chromium-browser']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    const path = r.stdout.trim();
    if (r.status === 0 && path !== '') return path;
  }
  return null;
}

/** Headless, sandbox-free (root in CI), and no network features: the machine's network is closed. */
const HEADLESS_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The DOM chromium builds from a page, serialised (`chromium --headless --dump-dom`), with a fresh
 * profile and no network features.
 */
export function dumpDom(binary: string, url: string): string {
  const userDir = mkdtempSync(join(tmpdir(), 'pep-rules-chromium-dump-'));
  try {
    const r = spawnSync(
      binary,
      [
        ...HEADLESS_FLAGS,
        `--user-data-dir=${userDir}`,
        '--dump-dom',
        url,
      ],
      { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    return r.stdout;
  } finally {
    rmSync(userDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}

interface Pending {
  resolve(value: Record<string, unknown>): void;
  reject(error: Error): void;
}

export interface CdpEvent {
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly sessionId?: string;
}

/** A running headless Chromium with one page. */
export class Browser {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners: ((e: CdpEvent) => void)[] = [];
  readonly events: CdpEvent[] = [];
  sessionId = '';
  private buffer = '';

  private constructor(
    private readonly proc: ChildProcess,
    private readonly userDir: string,
  ) {
    const input = proc.stdio[4] as Readable;
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => {
      this.buffer += chunk;
      let at: number;
      while ((at = this.buffer.indexOf('\0')) >= 0) {
        const text = this.buffer.slice(0, at);
        this.buffer = this.buffer.slice(at + 1);
        this.receive(JSON.parse(text) as Record<string, unknown>);
      }
    });
    proc.on('exit', () => {
      for (const p of this.pending.values()) p.reject(new Error('chromium exited'));
      this.pending.clear();
    });
  }

  /** Starts chromium headless with a fresh profile and no network features, and opens a blank page. */
  static async launch(binary: string, width: number, height: number): Promise<Browser> {
    const userDir = mkdtempSync(join(tmpdir(), 'pep-rules-chromium-'));
    const proc = spawn(
      binary,
      [
        ...HEADLESS_FLAGS,
        '--no-default-browser-check',
        '--disable-extensions',
        '--hide-scrollbars',
        '--mute-audio',
        '--font-render-hinting=none',
        `--user-data-dir=${userDir}`,
        `--window-size=${width},${height}`,
        '--remote-debugging-pipe',
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
    );
    (proc.stdio[2] as Readable).resume(); // chromium's own log noise; not the page's console
    const browser = new Browser(proc, userDir);
    const { targetId } = (await browser.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
    const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    browser.sessionId = sessionId;
    return browser;
  }

  private receive(msg: Record<string, unknown>): void {
    if (typeof msg.id === 'number') {
      const p = this.pending.get(msg.id);
      if (p === undefined) return;
      this.pending.delete(msg.id);
      if (msg.error !== undefined) p.reject(new Error(JSON.stringify(msg.error)));
      else p.resolve((msg.result ?? {}) as Record<string, unknown>);
      return;
    }
    if (typeof msg.method === 'string') {
      const event: CdpEvent = {
        method: msg.method,
        params: (msg.params ?? {}) as Record<string, unknown>,
        ...(typeof msg.sessionId === 'string' ? { sessionId: msg.sessionId } : {}),
      };
      this.events.push(event);
      for (const l of this.listeners) l(event);
    }
  }

  /** Sends a command (to the page session when `page` is true) and resolves with its result. */
  send(method: string, params: Record<string, unknown> = {}, page = false): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const message = { id, method, params, ...(page ? { sessionId: this.sessionId } : {}) };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      (this.proc.stdio[3] as Writable).write(`${JSON.stringify(message)}\0`);
    });
  }

  /** Resolves with the first event of this method (on the page session). */
  waitFor(method: string): Promise<CdpEvent> {
    return new Promise((resolve) => {
      const l = (e: CdpEvent): void => {
        if (e.method === method) {
          this.listeners.splice(this.listeners.indexOf(l), 1);
          resolve(e);
        }
      };
      this.listeners.push(l);
    });
  }

  /** Evaluates an expression in the page and returns its value. */
  async evaluate<T>(expression: string): Promise<T> {
    const r = (await this.send('Runtime.evaluate', { expression, returnByValue: true }, true)) as {
      result: { value: T };
      exceptionDetails?: unknown;
    };
    if (r.exceptionDetails !== undefined) throw new Error(`evaluate failed: ${JSON.stringify(r.exceptionDetails)}`);
    return r.result.value;
  }

  /** Closes chromium and removes its profile. */
  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) resolve();
      else this.proc.once('exit', () => resolve());
    });
    const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    this.send('Browser.close').catch(() => undefined);
    await Promise.race([exited, wait(5000)]);
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      this.proc.kill('SIGKILL');
      await Promise.race([exited, wait(2000)]);
    }
    try {
      rmSync(this.userDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      // a temporary profile left behind is harmless
    }
  }
}
