import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root and the built command (`npm test` builds it first, in pretest). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli.js');

/** What one run of the command gave. */
export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options for {@link runCli}. */
export interface RunOptions {
  /** Bytes or text piped to stdin. Without it stdin is empty (not a terminal). */
  readonly input?: string | Uint8Array;
  /** Extra environment variables (the base environment has no colour settings). */
  readonly env?: Readonly<Record<string, string>>;
  /** Working directory, default a neutral temporary directory (not the repository). */
  readonly cwd?: string;
}

/** The working directory of a run unless a test gives one: a neutral temporary directory. */
export const neutralCwd = tmpdir();

/** A clean environment: PATH and HOME only, so colour and CI settings of the test runner do not leak in. */
export function baseEnv(extra: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  if (process.env.PATH !== undefined) env.PATH = process.env.PATH;
  if (process.env.HOME !== undefined) env.HOME = process.env.HOME;
  if (process.env.TMPDIR !== undefined) env.TMPDIR = process.env.TMPDIR;
  return { ...env, ...extra };
}

/**
 * Runs the built CLI as a child process and waits for it.
 * @param args - Arguments after `pep-rules`.
 * @param options - stdin, env, cwd.
 * @returns Exit code, stdout and stderr.
 */
export function runCli(args: readonly string[], options: RunOptions = {}): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? neutralCwd,
    env: baseEnv(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs the CLI with stdin left open as a pipe that is closed without data, asynchronously.
 * @param args - Arguments.
 * @returns The result.
 */
export function runCliAsync(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? neutralCwd, env: baseEnv(options.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

/** A temporary directory of fixture files, removed with {@link Fixtures.cleanup}. */
export class Fixtures {
  readonly dir = mkdtempSync(join(tmpdir(), 'pep-rules-cli-test-'));

  /** Writes a file and returns its absolute path. */
  file(name: string, content: string | Uint8Array): string {
    const path = join(this.dir, name);
    writeFileSync(path, content);
    return path;
  }

  /** The path of a file in the directory, without creating it. */
  path(name: string): string {
    return join(this.dir, name);
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Parses NDJSON output into objects. */
export function ndjson(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
