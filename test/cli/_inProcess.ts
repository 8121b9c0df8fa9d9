/**
 * The command run in this process (see {@link runInProcess}). Its own module, imported at the top of
 * the files that use it, so that loading the CLI's sources is part of loading the test file, not of
 * the first test that runs it.
 */
import { availableParallelism } from 'node:os';
import { version } from '../../package.json';
import { _runCli } from '../../src/cli/dispatch';
import { baseEnv, neutralCwd, type RunOptions, type RunResult } from './_run';

/**
 * Runs the command in this process: the same `_runCli` that dist/cli.js calls (docs/cli.md), with
 * stdout and stderr collected as text (not terminals), stdin piped (`input`, empty without it) and the
 * same clean environment as `runCli` (./_run). For tests of option parsing and formatting that need no
 * process: without the process there is no exit code set by dist/cli.js's own handlers (signals,
 * EPIPE, ENOSPC) and no worker thread can start (its script is beside dist/cli.js), so give these runs
 * fewer than 25,000 records and no `--jobs` above 1. Each such test file keeps end-to-end runs of
 * `runCli` (./_run) too.
 * @param args - Arguments after `pep-rules`.
 * @param options - stdin, env, cwd.
 * @returns Exit code, stdout and stderr, as `runCli` (./_run) gives them.
 */
export async function runInProcess(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const sink = (add: (text: string) => void) => ({
    write(chunk: string): boolean {
      add(chunk);
      return true;
    },
    once: (): undefined => undefined,
    removeListener: (): undefined => undefined,
  });
  let stdout = '';
  let stderr = '';
  const input = options.input ?? '';
  const stdin = {
    isTTY: false,
    async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
      if (input.length > 0) yield typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    },
  };
  const code = await _runCli(args, {
    stdout: sink((t) => (stdout += t)),
    stderr: sink((t) => (stderr += t)),
    stdin,
    env: baseEnv(options.env),
    cwd: options.cwd ?? neutralCwd,
    now: () => new Date(),
    version,
    cores: availableParallelism(),
  });
  return { code, stdout, stderr };
}
