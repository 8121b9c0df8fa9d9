import { readdirSync, readFileSync } from 'node:fs';

/*
 * Fenced code blocks of the docs, with what the sample test needs to know about each one.
 *
 * A hand-written reader of CommonMark fences (``` or ~~~, up to three spaces of indent, closed by a fence
 * of the same character at least as long): the only Markdown the test needs. markdown-it and marked are in
 * node_modules only as other tools' dependencies, and a fence is twenty lines.
 *
 * Markers, an HTML comment on the line right before a fence (blank lines allowed between):
 *   <!-- sample: fragment -->  a TypeScript sample that is only part of a program: type-checked inside a
 *                              function whose parameters are its free names (typed `any`), never run.
 */

export interface Block {
  /** Path from the repository root, e.g. `docs/sdq.md`. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The info string's first word, lower case (`ts`, `sh`, `text`, …; empty for a bare fence). */
  lang: string;
  code: string;
  /** The marker before the block (`fragment`), if any. */
  marker: string | null;
  /** The block right after this one when only blank lines separate them. */
  next: Block | null;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;
const MARKER = /^<!--\s*sample:\s*([a-z-]+)\s*-->$/;

/** Reads the fenced blocks of one Markdown file. */
export function fencedBlocks(file: string, text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let open: { fence: string; lang: string; line: number; body: string[]; marker: string | null } | null = null;
  let marker: string | null = null;
  let lastClosed = -2;
  let blankSince = true;
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (open !== null) {
      const close = FENCE.exec(line);
      if (close?.[1] !== undefined && close[1][0] === open.fence[0] && close[1].length >= open.fence.length && close[2] === '') {
        const block: Block = { file, line: open.line, lang: open.lang, code: open.body.join('\n'), marker: open.marker, next: null };
        const previous = blocks.at(-1);
        if (previous !== undefined && lastClosed >= 0 && blankSince) previous.next = block;
        blocks.push(block);
        open = null;
        lastClosed = index;
        blankSince = true;
      } else open.body.push(line);
      return;
    }
    const fence = FENCE.exec(line);
    if (fence?.[1] !== undefined) {
      open = { fence: fence[1], lang: (fence[2] ?? '').toLowerCase(), line: index + 1, body: [], marker };
      marker = null;
      return;
    }
    const m = MARKER.exec(line.trim());
    if (m?.[1] !== undefined) marker = m[1];
    else if (line.trim() !== '') {
      marker = null;
      lastClosed = -2;
      blankSince = false;
    }
  });
  if (open !== null) throw new Error(`${file}: a fence opened at line ${(open as { line: number }).line} is never closed`);
  return blocks;
}

/** README.md and every docs/*.md, as repository paths. */
export function docFiles(root: URL): string[] {
  const docs = readdirSync(new URL('docs/', root))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs];
}

/** Every fenced block of README.md and docs/*.md. */
export function allBlocks(root: URL): Block[] {
  return docFiles(root).flatMap((file) => fencedBlocks(file, readFileSync(new URL(file, root), 'utf8')));
}

export const TS_LANGS = new Set(['ts', 'typescript', 'js']);
export const SHELL_LANGS = new Set(['sh', 'bash', 'console']);
export const OUTPUT_LANGS = new Set(['text']);
