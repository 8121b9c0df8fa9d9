/**
 * docs/cli.md shows real output: every ```sh block of one command that is followed by an output
 * block (```text, ```json or ```xml) is run from the repository root with `pep-rules` on the PATH
 * (the built dist/cli.js), and its stdout must equal the block exactly.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CLI, Fixtures, ROOT } from './_run';

vi.setConfig({ testTimeout: 120_000 });

const fx = new Fixtures();
afterAll(() => fx.cleanup());

/** A `pep-rules` on the PATH that runs the built command, as an installed package would. */
const bin = fx.file('pep-rules', `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
chmodSync(bin, 0o755);

/** One command and the output the docs show for it. */
interface Sample {
  readonly command: string;
  readonly output: string;
  /** 1-based line of the command in the file. */
  readonly line: number;
}

/**
 * The samples of a Markdown file: a ```sh block holding one command (no comment, no second line),
 * then, with only blank lines between, an output block.
 */
function samplesOf(markdown: string): Sample[] {
  const fence = /^```([a-z]*)\n([\s\S]*?)^```\n/gm;
  const blocks: { lang: string; body: string; start: number; end: number }[] = [];
  for (let m = fence.exec(markdown); m !== null; m = fence.exec(markdown)) {
    blocks.push({ lang: m[1] as string, body: m[2] as string, start: m.index, end: m.index + m[0].length });
  }
  const samples: Sample[] = [];
  for (const [i, b] of blocks.entries()) {
    const next = blocks[i + 1];
    const lines = b.body.split('\n').filter((l) => l !== '');
    if (b.lang !== 'sh' || lines.length !== 1 || next === undefined || !['text', 'json', 'xml'].includes(next.lang)) continue;
    if (markdown.slice(b.end, next.start).trim() !== '') continue;
    samples.push({ command: lines[0] as string, output: next.body, line: markdown.slice(0, b.start).split('\n').length + 1 });
  }
  return samples;
}

/** Runs a sample's command the way a reader would, from the repository root. */
function run(command: string): string {
  const env = { PATH: `${fx.dir}:${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? '' };
  return spawnSync('sh', ['-c', command], { cwd: ROOT, env, encoding: 'utf8', input: '' }).stdout;
}

describe('docs/cli.md samples are the real output', () => {
  const samples = samplesOf(readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8'));

  it('finds the samples: summary, sdq, deadlines, every output format, no records read, the GitHub limit line', () => {
    expect(samples.length).toBeGreaterThanOrEqual(11);
    for (const needle of ['pep-rules summary ', 'pep-rules sdq ', 'pep-rules deadlines ', '--format ndjson', '--format junit', '--format github', '--allow-empty', '< /dev/null']) {
      expect(samples.some((s) => s.command.includes(needle)), needle).toBe(true);
    }
  });

  it.each(samples.map((s) => [s.line, s.command, s] as const))('line %i: %s', (_line, _command, sample) => {
    expect(run(sample.command)).toBe(sample.output);
  });

  it('the sample reader pairs a one-command block with the output block right after it, and nothing else', () => {
    const md = ['```sh', 'pep-rules a', '```', '', '```text', 'out', '```', '```sh', 'one', 'two', '```', '```text', 'x', '```', '```sh', 'lone', '```', 'prose', '```text', 'y', '```', ''].join('\n');
    expect(samplesOf(md)).toEqual([{ command: 'pep-rules a', output: 'out\n', line: 2 }]);
  });
});
