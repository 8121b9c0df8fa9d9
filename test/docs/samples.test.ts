import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { allBlocks, OUTPUT_LANGS, SHELL_LANGS, TS_LANGS } from './_markdown';
import { classify, commandsOf, judge, makeSandbox, runCommand, SKIP } from './_shellSamples';
import { readSample, runSample, typeCheck } from './_tsSamples';

/*
 * Docs that run (issue 17 §3): every fenced `ts`/`typescript`/`js` and `sh`/`bash`/`console` sample in
 * README.md and docs/*.md, against the BUILT package (run `npx tsup --silent` first).
 *   - TypeScript: type-checked strict against dist/*.d.ts (test/docs/_tsSamples.ts), then run with `pep-rules`
 *     served from dist/ through package.json `exports`; a result shown with `//=>`, a literal in the comment
 *     after an expression, or a ```text block right after the sample is compared (test/docs/_expected.ts).
 *   - Shell: the CLI commands run from a sandbox of the repository root (test/docs/_shellSamples.ts), exit
 *     code and shown output compared; SKIP lists what is not run and why.
 * A ```text block is an output, never a sample; other languages (json, yaml, xml, mermaid, bare fences) are
 * shown data and configuration.
 */

const root = new URL('../../', import.meta.url);
const blocks = allBlocks(root);
const tsSamples = blocks.filter((b) => TS_LANGS.has(b.lang)).map((b, i) => readSample(b, i));
const shellBlocks = blocks.filter((b) => SHELL_LANGS.has(b.lang));
const name = (b: { file: string; line: number }): string => `${b.file}:${b.line}`;

describe('the docs have samples', () => {
  it('finds the TypeScript and shell samples of README.md and docs/*.md', () => {
    expect(tsSamples.length).toBeGreaterThanOrEqual(15);
    expect(shellBlocks.length).toBeGreaterThanOrEqual(10);
  });
  it('every ```text block follows a sample or is plain text (not a sample in disguise)', () => {
    const disguised = blocks.filter((b) => OUTPUT_LANGS.has(b.lang) && /^\s*(import |\$ |npx )/m.test(b.code));
    expect(disguised.map(name)).toEqual([]);
  });
});

describe('TypeScript samples type-check (strict) against the built declarations', () => {
  const diagnostics = typeCheck(tsSamples);
  it.each(tsSamples.map((s) => [name(s.block), s] as const))('%s', (_n, sample) => {
    expect(sample.problems).toEqual([]);
    expect(diagnostics.get(sample.fileName)).toEqual([]);
  });
});

describe('TypeScript samples run and give what they show', () => {
  const runnable = tsSamples.filter((s) => s.block.marker !== 'fragment');
  it.each(runnable.map((s) => [name(s.block), s] as const))('%s', async (_n, sample) => {
    expect(await runSample(sample)).toEqual([]);
  });
});

describe('shell samples run against the built CLI', () => {
  const sandbox = makeSandbox();
  afterAll(() => rmSync(sandbox.cwd, { recursive: true, force: true }));
  const commands = shellBlocks.flatMap((block) => {
    const all = commandsOf(block);
    const cli = all.filter((c) => classify(c.command)?.run === true);
    const following = block.next !== null && block.next.lang === 'text' ? block.next.code : null;
    return all.map((c) => ({ block, c, following: cli.length > 0 && c === cli.at(-1) ? following : null, cli }));
  });
  it.each(commands.map((x) => [`${x.block.file}:${x.c.line} ${x.c.command}`, x] as const))('%s', (_n, { c, block, following, cli }) => {
    const kind = classify(c.command);
    expect(kind, `${block.file}:${c.line}: neither a CLI run nor in the skip list: ${c.command}`).not.toBeNull();
    if (kind === null || !kind.run) return;
    if (following !== null && cli.length > 1) {
      // The ```text block shows what the block's CLI commands print together.
      const outputs = cli.map((x) => runCommand(x.command, sandbox));
      expect(judge(c, { status: outputs.at(-1)?.status ?? null, output: outputs.map((o) => o.output).join('') }, following)).toEqual([]);
      return;
    }
    expect(judge(c, runCommand(c.command, sandbox), c.output ?? following)).toEqual([]);
  });
  it('the skip list is small and every entry has a reason', () => {
    expect(SKIP.length).toBeLessThanOrEqual(8);
    for (const s of SKIP) expect(s.reason.length).toBeGreaterThan(10);
  });
});
