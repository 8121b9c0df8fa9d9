/**
 * The `pep-rules` command (Node only; built to dist/cli.js). The library code is bundled in, so the
 * command runs from any working directory.
 *
 * Faults end the same way every time: one line on stderr, a documented exit code, and no temporary
 * files left behind (docs/cli.md, "Faults and signals"):
 * - output that cannot be written (a full disk, `ENOSPC`; an I/O error): exit 2;
 * - the reader of stdout went away (`EPIPE`, `| head`): output stops, the run finishes and exits
 *   with the code it would have had;
 * - SIGINT (Ctrl-C): exit 130; SIGTERM: exit 143 (128 + the signal's number, the shells' convention).
 *
 * Every temporary file of a run (the JUnit spool) goes in one folder made for the run, removed at
 * exit, on a fault and on a signal.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';
import { version } from '../../package.json';
import { _runCli } from './dispatch';
import { _youngAtLastRunEnd } from './jobs/heap';

/** Exit code for output or input that cannot be written or read. */
const EXIT_IO = 2;
/** 128 + the signal's number. */
const EXIT_SIGNAL: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = { SIGINT: 130, SIGTERM: 143 };

const runTemp = mkdtempSync(join(tmpdir(), 'pep-rules-run-'));
// Everything below that asks for the temporary folder (os.tmpdir()) gets this run's own folder.
process.env.TMPDIR = runTemp;

function removeTemp(): void {
  try {
    rmSync(runTemp, { recursive: true, force: true });
  } catch {
    // Nothing more can be done; the folder is in the system's temporary folder.
  }
}
process.on('exit', removeTemp);

let ending = false;
/** Ends the run now: one line on stderr (when it can be written), temporary files removed. */
function endNow(code: number, line: string | null): never {
  if (!ending && line !== null) {
    ending = true;
    try {
      process.stderr.write(`${line}\n`);
    } catch {
      // stderr is gone too.
    }
  }
  removeTemp();
  process.exit(code);
}

const why = (error: NodeJS.ErrnoException): string => (error.code === 'ENOSPC' ? 'no space left on the device (ENOSPC)' : `${error.code ?? error.message}`);

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // EPIPE: the reader went away (`| head`); the run's outputs drop what follows and it finishes.
  if (error.code === 'EPIPE') return;
  endNow(EXIT_IO, `pep-rules: cannot write the output: ${why(error)}.`);
});
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  endNow(EXIT_IO, null);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => endNow(EXIT_SIGNAL[signal], `pep-rules: stopped by ${signal} (exit ${EXIT_SIGNAL[signal]}); the output is incomplete.`));
}

_runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  version,
  cores: availableParallelism(),
}).then(
  (code) => {
    process.exitCode = code;
    if (process.env.PEP_RULES_REPORT_RSS === '1') {
      // The size when the run ended (the bound is released after it); the size now if no run took records.
      const young = _youngAtLastRunEnd() ?? getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
      process.stderr.write(`pep-rules: maxRSS ${process.resourceUsage().maxRSS} KiB, young generation ${Math.round(young / 1024)} KiB\n`);
    }
  },
  (error: unknown) => {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOSPC' || code === 'EIO' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'EDQUOT') {
      endNow(EXIT_IO, `pep-rules: cannot read or write a file: ${why(error as NodeJS.ErrnoException)}.`);
    }
    process.stderr.write(`pep-rules: internal error (a bug, please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
