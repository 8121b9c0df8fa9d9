import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchesOutput } from './_expected';
import type { Block } from './_markdown';

/*
 * Shell samples: every command that runs the CLI (`pep-rules …`, `npx pep-rules …`, `node dist/cli.js …`,
 * `npm start`) is run with bash against the BUILT CLI, from a sandbox that looks like the repository root
 * (a symlink to each top-level entry), so what the samples write (`> pep-grades.xml`, `--html report.html`)
 * stays out of the work tree. `pep-rules` is a shim on PATH for `node <root>/dist/cli.js`, and `npx pep-rules`
 * is run as `pep-rules` (npx would look in the registry: the package does not depend on itself).
 *
 * The samples name a user's export as `export.ndjson`, `exports/…` or `my-council.json`; the sandbox holds
 * stand-ins made from the bundled examples (STAND_INS below), so the command line itself is what is tested.
 *
 * Exit code: a trailing comment saying `exits N` is checked; otherwise 0 or 1 (1 = findings at or above
 * --fail-on, the CLI's documented meaning) is accepted and 2 (usage or I/O error) fails.
 * Output: `$ cmd` lines followed by output lines, or a ```text block right after the sample (compared with
 * what all its CLI commands print, stdout and stderr in order), `…` for text left out.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Commands that are not run, each with the reason. Anything neither here nor a CLI run fails the test. */
export const SKIP: { pattern: RegExp; reason: string }[] = [
  { pattern: /^npm (install|ci)\b/, reason: 'installs packages: the test runs against the repository as installed' },
  { pattern: /^npm test\b/, reason: 'the whole suite, which includes this test' },
  { pattern: /^bash \.ci\/run\b/, reason: 'what CI runs on a clean clone: minutes' },
  { pattern: /^npm run (typecheck|build|bench)\b/, reason: 'type-checks, rebuilds or benchmarks the whole project: minutes, and rebuilds dist/ under the running test' },
  { pattern: /^npm run (schemas|examples:generate|docs)\b/, reason: 'rewrites tracked files (schema/, examples/) or docs/api/' },
  { pattern: /\bcurl\b/, reason: 'reads from the network (the example endpoint does not exist)' },
];

export interface Command {
  line: number;
  command: string;
  comment: string;
  /** Output shown after a `$ command` line, if any. */
  output: string | null;
}

/** Strips a trailing `# comment` outside quotes. */
function splitComment(line: string): { command: string; comment: string } {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) return { command: line.slice(0, i).trim(), comment: line.slice(i + 1).trim() };
  }
  return { command: line.trim(), comment: '' };
}

/** The commands of a shell block (`$ ` prompts with their output, or one command a line). */
export function commandsOf(block: Block): Command[] {
  const lines = block.code.split('\n');
  const prompted = lines.some((l) => l.startsWith('$ '));
  const out: Command[] = [];
  let pending = '';
  lines.forEach((raw, index) => {
    const line = block.line + 1 + index;
    if (prompted && !raw.startsWith('$ ')) {
      const last = out.at(-1);
      if (last) last.output = last.output === null ? raw : `${last.output}\n${raw}`;
      return;
    }
    const text = pending + (prompted ? raw.slice(2) : raw);
    if (text.endsWith('\\')) {
      pending = `${text.slice(0, -1)} `;
      return;
    }
    pending = '';
    const { command, comment } = splitComment(text);
    if (command !== '') out.push({ line, command, comment, output: null });
  });
  return out;
}

const CLI = /(^|[|;&(]\s*)(npx\s+pep-rules|pep-rules|node dist\/cli\.js|npm start)\b/;

export function classify(command: string): { run: true } | { run: false; reason: string } | null {
  const skip = SKIP.find((s) => s.pattern.test(command));
  if (skip) return { run: false, reason: skip.reason };
  if (CLI.test(command)) return { run: true };
  return null;
}

/** Stand-ins for the user's files the samples name. */
const STAND_INS: Record<string, () => string> = {
  'export.ndjson': () => {
    const lines = readFileSync(join(root, 'examples/cohort.ndjson'), 'utf8').split('\n');
    return `${lines[0]}\n${lines[1]}\n{"schemaVersion":1,"id":"cohort-0003",\n`;
  },
  'exports/cohort.ndjson': () => readFileSync(join(root, 'examples/cohort.ndjson'), 'utf8'),
  'exports/peps.ndjson': () => readFileSync(join(root, 'examples/cohort.ndjson'), 'utf8'),
  'exports/school-age-good.json': () => readFileSync(join(root, 'examples/peps/school-age-good.json'), 'utf8'),
  'exports/school-age-poor.json': () => readFileSync(join(root, 'examples/peps/school-age-poor.json'), 'utf8'),
  'my-council.json': () => readFileSync(join(root, 'examples/policies/exampleshire.json'), 'utf8'),
};

/** A directory that reads like the repository root, with the stand-ins and a `pep-rules` shim. */
export function makeSandbox(): { cwd: string; path: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'pep-rules-docs-'));
  for (const name of readdirSync(root)) if (name !== '.git') symlinkSync(join(root, name), join(cwd, name));
  for (const [name, make] of Object.entries(STAND_INS)) {
    mkdirSync(join(cwd, name, '..'), { recursive: true });
    writeFileSync(join(cwd, name), make());
  }
  const bin = join(cwd, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'pep-rules'), `#!/bin/sh\nexec node ${JSON.stringify(join(root, 'dist/cli.js'))} "$@"\n`);
  chmodSync(join(bin, 'pep-rules'), 0o755);
  return { cwd, path: `${bin}:${process.env.PATH ?? ''}` };
}

export interface Run {
  status: number | null;
  output: string;
}

/** Runs one command in the sandbox with bash; stdout and stderr in one stream, in order. */
export function runCommand(command: string, sandbox: { cwd: string; path: string }): Run {
  const line = command.replace(/\bnpx\s+pep-rules\b/g, 'pep-rules').replace(/^npm start\b/, 'npm start --silent --ignore-scripts');
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: sandbox.path, NO_COLOR: '1', TZ: 'UTC' };
  delete env.FORCE_COLOR;
  delete env.GITHUB_ACTIONS;
  const result = spawnSync('bash', ['-c', `exec 2>&1; set -o pipefail; ${line}`], { cwd: sandbox.cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: result.stdout };
}

/** What is wrong with a run: its exit code against the comment's `exits N` (or 0/1), its output against the docs. */
export function judge(command: Command, run: Run, expectedOutput: string | null): string[] {
  const problems: string[] = [];
  const claimed = /\bexits (\d)\b/.exec(command.comment);
  const allowed = claimed?.[1] !== undefined ? [Number(claimed[1])] : [0, 1];
  if (run.status === null || !allowed.includes(run.status))
    problems.push(`exit code ${String(run.status)}, the docs allow ${allowed.join(' or ')}; it printed:\n${run.output.slice(0, 2000)}`);
  if (expectedOutput !== null && !matchesOutput(expectedOutput, run.output))
    problems.push(`it printed\n${run.output}\nthe docs show\n${expectedOutput}`);
  return problems;
}
