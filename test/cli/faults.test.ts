/**
 * Faults survived (docs/cli.md, "Faults and signals"): a full disk, a reader that goes away, a file
 * that cannot be read, a missing path or a directory, SIGINT and SIGTERM each end with one line on
 * stderr, the documented exit code, and no temporary files left. Runs the built dist/cli.js.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { _Output, _overwritesInput } from '../../src/cli/reporters/output';
import { _readTextFile } from '../../src/cli/_loadPolicy';
import { CLI, Fixtures, ROOT, runCli } from './_run';
import { runInProcess } from './_inProcess';

const TODAY = '2025-03-01';
const COHORT_PATH = join(ROOT, 'examples', 'cohort.ndjson');
const COHORT_TEXT = readFileSync(COHORT_PATH, 'utf8');
const fx = new Fixtures();
afterAll(() => fx.cleanup());

/** A cohort big enough that a run lasts a few seconds (60 records × 100). */
const big = (): string => fx.file('big.ndjson', COHORT_TEXT.repeat(100));
/**
 * 600 records (60 × 10): output in every format far larger than a pipe holds (64 KiB), so the run is
 * still writing when its reader goes away; a run that goes on to its end after that needs no more.
 */
const medium = (): string => fx.file('medium.ndjson', COHORT_TEXT.repeat(10));

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasDevFull = existsSync('/dev/full');

interface Child {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI with its own temporary folder (TMPDIR) so that leftovers can be listed after. */
function spawnCli(args: readonly string[], tmp: string, onStart?: (child: ReturnType<typeof spawn>) => void): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: fx.dir, env: { PATH: process.env.PATH ?? '', TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    onStart?.(child);
  });
}

function tempDir(name: string): string {
  const dir = fx.path(name);
  mkdirSync(dir);
  return dir;
}

describe('signals: SIGINT exits 130, SIGTERM 143, one line on stderr, the JUnit spool removed', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} in the middle of a JUnit run`, async () => {
      const tmp = tempDir(`tmp-${signal}`);
      const file = big();
      let sawSpool = false;
      const r = await spawnCli(['grade', '--today', TODAY, '--format', 'junit', file], tmp, (child) => {
        // Wait until the run has made its temporary folder and spool, then send the signal.
        const poll = setInterval(() => {
          const runs = readdirSync(tmp);
          const spools = runs.flatMap((d) => readdirSync(join(tmp, d)));
          if (spools.length > 0) {
            sawSpool = true;
            clearInterval(poll);
            child.kill(signal);
          }
        }, 20);
        child.on('close', () => clearInterval(poll));
      });
      expect(sawSpool).toBe(true);
      expect(r.code).toBe(code);
      expect(r.stderr).toBe(`pep-rules: stopped by ${signal} (exit ${code}); the output is incomplete.\n`);
      expect(readdirSync(tmp)).toEqual([]);
    }, 30_000);
  }

  it('a run that ends normally leaves no temporary folder either', async () => {
    const tmp = tempDir('tmp-normal');
    const r = await spawnCli(['grade', '--today', TODAY, '--format', 'junit', COHORT_PATH], tmp);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('</testsuites>');
    expect(readdirSync(tmp)).toEqual([]);
  }, 30_000);
});

describe('a full disk (ENOSPC): exit 2, one line, no stack trace, no temporary files', () => {
  it.skipIf(!hasDevFull)('stdout is /dev/full, every format', async () => {
    for (const format of ['text', 'json', 'ndjson', 'junit', 'github']) {
      const tmp = tempDir(`tmp-full-${format}`);
      const r = await new Promise<Child>((resolve, reject) => {
        const child = spawn('sh', ['-c', `exec "$0" "$@" > /dev/full`, process.execPath, CLI, 'grade', '--today', TODAY, '--format', format, COHORT_PATH], {
          cwd: fx.dir,
          env: { PATH: process.env.PATH ?? '', TMPDIR: tmp },
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout: '', stderr }));
      });
      expect([format, r.code]).toEqual([format, 2]);
      expect(r.stderr).toContain('pep-rules: cannot write the output: no space left on the device (ENOSPC).\n');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(tmp)).toEqual([]);
    }
  }, 60_000);

  it('an _Output whose stream fails with ENOSPC stops writing and does not hang', async () => {
    let writes = 0;
    const failing = new PassThrough({ highWaterMark: 16 });
    const originalWrite = failing.write.bind(failing);
    failing.write = ((chunk: string) => {
      writes++;
      if (writes > 1) {
        const error = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        failing.destroy(error);
        return false;
      }
      return originalWrite(chunk);
    }) as typeof failing.write;
    failing.resume();
    const out = new _Output(failing);
    const errors: unknown[] = [];
    failing.on('error', (e) => errors.push(e));
    out.write('x'.repeat(20_000));
    out.write('y'.repeat(20_000));
    await out.end();
    expect((errors[0] as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(writes).toBe(2);
  });
});

describe('a reader that goes away (EPIPE): output stops, the exit code is the one the run would have had', () => {
  for (const format of ['text', 'ndjson', 'json', 'junit', 'github']) {
    it(`grade --format ${format} | head -1 exits as the whole run does (1: records with errors)`, async () => {
      const tmp = tempDir(`tmp-pipe-${format}`);
      const file = medium();
      // The whole run's exit code, from the same _runCli in this process (the piped run below is the built command).
      const whole = await runInProcess(['grade', '--today', TODAY, '--format', format, COHORT_PATH]);
      expect(whole.code).toBe(1);
      const r = await spawnCli(['grade', '--today', TODAY, '--format', format, file], tmp, (child) => {
        child.stdout?.once('data', () => child.stdout?.destroy());
      });
      expect(r.code).toBe(1);
      expect(r.stderr).not.toContain('internal error');
      expect(r.stderr).not.toContain('EPIPE');
      expect(readdirSync(tmp)).toEqual([]);
    }, 60_000);
  }

  it('a clean run piped to head still exits 0', async () => {
    const tmp = tempDir('tmp-pipe-clean');
    const lines = COHORT_TEXT.split('\n');
    const reports = (await runInProcess(['validate', '--today', TODAY, '--format', 'ndjson', COHORT_PATH])).stdout.split('\n').filter((l) => l.startsWith('{"type":"record"'));
    const passing = reports.map((l) => JSON.parse(l) as { line: number; failed: boolean }).find((x) => !x.failed);
    expect(passing).toBeDefined();
    const file = fx.file('clean.ndjson', `${lines[(passing?.line ?? 1) - 1] ?? ''}\n`.repeat(600));
    const r = await spawnCli(['validate', '--today', TODAY, '--format', 'ndjson', file], tmp, (child) => {
      child.stdout?.once('data', () => child.stdout?.destroy());
    });
    expect(r.code).toBe(0);
  }, 60_000);
});

describe('inputs that cannot be read: exit 2 with one line per problem', () => {
  it('a missing path and a directory given as a PEP file', () => {
    const dir = tempDir('a-directory');
    const r = runCli(['validate', '--today', TODAY, '--format', 'ndjson', fx.path('missing.ndjson'), dir, COHORT_PATH]);
    expect(r.code).toBe(2);
    const files = r.stdout.split('\n').filter((l) => l.startsWith('{"type":"file"'));
    expect(files.map((l) => (JSON.parse(l) as { findings: { code: string }[] }).findings[0]?.code)).toEqual(['CLI-FILE-NOT-FOUND', 'CLI-FILE-IS-DIRECTORY']);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a directory or a missing file given as --policy or --calendar', () => {
    const dir = tempDir('policy-dir');
    for (const [option, path, why] of [
      ['--policy', dir, 'it is a directory'],
      ['--calendar', dir, 'it is a directory'],
      ['--calendar', fx.path('nope.json'), 'the file cannot be read'],
    ] as const) {
      const r = runCli(['validate', '--today', TODAY, option, path, COHORT_PATH]);
      expect([r.code, r.stderr.split('\n').length, r.stderr.startsWith(`pep-rules validate: ${option} ${path}: ${why}`)]).toEqual([2, 2, true]);
    }
  });

  it.skipIf(isRoot)('EACCES: an unreadable PEP file, policy file or calendar', () => {
    const secret = fx.file('secret.ndjson', COHORT_TEXT);
    chmodSync(secret, 0o000);
    const r = runCli(['validate', '--today', TODAY, '--format', 'ndjson', secret]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('CLI-FILE-UNREADABLE');
    const p = runCli(['validate', '--today', TODAY, '--policy', secret, COHORT_PATH]);
    expect([p.code, p.stderr]).toEqual([2, expect.stringContaining('the file cannot be read (EACCES)')]);
  });

  // As root, file modes do not stop a write; a read-only kernel file does (writing it gives EACCES even to root).
  it.skipIf(!isRoot || !existsSync('/sys/kernel/notes'))('EACCES as root: a report written onto a read-only kernel file exits 2 with one line', () => {
    const r = runCli(['report', COHORT_PATH, '--today', TODAY, '--html', '/sys/kernel/notes']);
    expect([r.code, r.stderr]).toEqual([2, 'pep-rules report: cannot write the report (EACCES).\n']);
  });

  it.skipIf(isRoot)('EACCES: a report into a folder that cannot be written', () => {
    const locked = tempDir('locked');
    chmodSync(locked, 0o500);
    const r = runCli(['report', COHORT_PATH, '--today', TODAY, '--html', join(locked, 'r.html')]);
    expect([r.code, r.stderr]).toEqual([2, 'pep-rules report: cannot write the report (EACCES).\n']);
  });
});

describe('size limits for policy and calendar files (1 MiB each)', () => {
  it('a policy file over 1 MiB is refused with the limit, without reading it all', async () => {
    const huge = fx.file('huge-policy.json', `{"id":"x","pad":"${'a'.repeat(1024 * 1024)}"}`);
    const r = runCli(['validate', '--today', TODAY, '--policy', huge, COHORT_PATH]);
    expect([r.code, r.stderr]).toEqual([2, `pep-rules validate: --policy ${huge}: the file is larger than 1 MiB, the limit for this file.\n`]);
    const c = runCli(['validate', '--today', TODAY, '--calendar', huge, COHORT_PATH]);
    expect([c.code, c.stderr]).toEqual([2, `pep-rules validate: --calendar ${huge}: the file is larger than 1 MiB, the limit for this file.\n`]);
  });

  it('reads a file of exactly the limit, and refuses one byte more', async () => {
    const exact = fx.file('exact.txt', 'é'.repeat(512));
    expect(statSync(exact).size).toBe(1024);
    expect(await _readTextFile(exact, 1024)).toEqual({ ok: true, text: 'é'.repeat(512) });
    expect(await _readTextFile(exact, 1023)).toEqual({ ok: false, code: 'too-large', why: 'the file is larger than 1023 bytes, the limit for this file' });
  });

  it.skipIf(!existsSync('/dev/zero'))('a device with no size (/dev/zero) is refused at the limit, not read forever', async () => {
    expect(await _readTextFile('/dev/zero', 4096)).toEqual({ ok: false, code: 'too-large', why: 'the file is larger than 4 KiB, the limit for this file' });
  });
});

describe('the report is never written over its input (real paths compared)', () => {
  it('--html or --json naming the cohort file, by another spelling or a link, exits 2 and leaves the file alone', () => {
    const cohort = fx.file('cohort.ndjson', COHORT_TEXT);
    for (const [option, target] of [
      ['--html', cohort],
      ['--json', './sub/../cohort.ndjson'],
    ] as const) {
      mkdirSync(fx.path('sub'), { recursive: true });
      const r = runCli(['report', cohort, '--today', TODAY, option, target], { cwd: fx.dir });
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(`pep-rules report: ${option} ${target} is one of the input files; the report is never written over its input`);
      expect(readFileSync(cohort, 'utf8')).toBe(COHORT_TEXT);
    }
  });

  it('_overwritesInput compares files, not spellings', () => {
    const a = fx.file('a.ndjson', 'x');
    expect(_overwritesInput(fx.dir, './a.ndjson', ['-', a])).toBe(a);
    expect(_overwritesInput(fx.dir, 'new-file.html', [a])).toBeNull();
    expect(_overwritesInput(fx.dir, 'a.ndjson', ['-', undefined])).toBeNull();
  });
});

describe('output in pieces of about 16,000 characters', () => {
  it('a long text is handed over in pieces, never cutting a surrogate pair, and arrives whole', async () => {
    const sink = new PassThrough();
    const pieces: string[] = [];
    const originalWrite = sink.write.bind(sink);
    sink.write = ((chunk: string) => {
      pieces.push(chunk);
      return originalWrite(chunk);
    }) as typeof sink.write;
    let received = '';
    sink.setEncoding('utf8').on('data', (d: string) => (received += d));
    const out = new _Output(sink);
    // 15,999 ASCII characters then emoji (surrogate pairs), so a plain cut at 16,000 would split one.
    const text = `${'a'.repeat(15_999)}${'😀'.repeat(30_000)}`;
    out.write(text);
    await out.end();
    await new Promise((resolve) => setImmediate(resolve));
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(32_000);
    expect(pieces.every((p) => !/[\uD800-\uDBFF]$/.test(p) && !/^[\uDC00-\uDFFF]/.test(p))).toBe(true);
    expect(pieces.join('')).toBe(text);
    expect(received).toBe(text);
  });
});
