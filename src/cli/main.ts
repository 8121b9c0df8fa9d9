/**
 * The `pep-rules` command (Node only; built to dist/cli.js). The library code is bundled in, so the
 * command runs from any working directory.
 */
import { version } from '../../package.json';
import { _runCli } from './dispatch';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader went away (e.g. `pep-rules grade big.ndjson | head`): stop quietly.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

_runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  version,
}).then(
  (code) => {
    process.exitCode = code;
    if (process.env.PEP_RULES_REPORT_RSS === '1') {
      process.stderr.write(`pep-rules: maxRSS ${process.resourceUsage().maxRSS} KiB\n`);
    }
  },
  (error: unknown) => {
    process.stderr.write(`pep-rules: internal error (a bug, please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
