/**
 * JUnit XML for CI test reports: one `<testsuite>` per input, one `<testcase>` per record.
 *
 * A `<testsuite>` carries its counts in attributes that come before its test cases, and the counts
 * are only known at the end. To keep memory flat the test cases are spooled to a temporary file per
 * input and copied out behind the finished `<testsuite>` tag at the end; the files are removed after.
 */
import { createReadStream, mkdtempSync, openSync, closeSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../core/finding';
import { _formatPath, _isShown } from './finding';
import { _CHUNK_CHARS, type _Output } from './output';
import { _emptyTally, _plural, _summaryLine, type _RecordRenderer, type _RecordResult, type _RenderOptions, type _Reporter, type _ReporterOptions } from './reporter';

/** Characters XML 1.0 does not allow, and lone surrogates. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML attribute or element. */
export function _xmlEscape(s: string): string {
  return s
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Spooled test cases flush to their file in blocks of this many characters. */
const SPOOL_BLOCK = 64 * 1024;

/** One input's `<testsuite>`: its counts, and its test cases spooled to a temporary file. */
class Suite {
  tests = 0;
  failures = 0;
  errors = 0;
  private fd: number;
  private buffer = '';

  constructor(
    readonly name: string,
    readonly spool: string,
  ) {
    this.fd = openSync(spool, 'w');
  }

  /** Queues one test case, writing the spool in 64 KiB blocks. */
  append(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= SPOOL_BLOCK) {
      writeSync(this.fd, this.buffer);
      this.buffer = '';
    }
  }

  /** Writes what is queued and closes the spool file (again is a no-op). */
  close(): void {
    if (this.fd < 0) return;
    if (this.buffer.length > 0) writeSync(this.fd, this.buffer);
    this.buffer = '';
    closeSync(this.fd);
    this.fd = -1;
  }
}

/** The suites, one per input in order, and the temporary directory that holds their spools. */
class Suites {
  readonly list: Suite[] = [];
  private dir: string | null = null;

  /** The suite of `file`: the last one when the file is the same, else a new one. */
  of(file: string): Suite {
    const last = this.list[this.list.length - 1];
    if (last !== undefined && last.name === file) return last;
    if (this.dir === null) this.dir = mkdtempSync(join(tmpdir(), 'pep-rules-junit-'));
    const suite = new Suite(file, join(this.dir, `${this.list.length}.xml`));
    this.list.push(suite);
    return suite;
  }

  /** Closes every spool and removes the temporary directory. */
  remove(): void {
    for (const s of this.list) s.close();
    if (this.dir !== null) rmSync(this.dir, { recursive: true, force: true });
  }
}

function findingText(f: Finding): string {
  const path = _formatPath(f.path);
  return `${f.severity} ${f.code}${path === '' ? '' : ` at ${path}`}: ${f.message}`;
}

function countsText(findings: readonly Finding[]): string {
  let e = 0;
  let w = 0;
  for (const f of findings) {
    if (f.severity === 'error') e++;
    else if (f.severity === 'warning') w++;
  }
  return `${_plural(e, 'error')}, ${_plural(w, 'warning')}`;
}

/** The body of one record's `<testcase>`: an `<error>`, a `<failure>`, `<system-out>` or nothing. */
function caseBody(r: _RecordResult, o: _RenderOptions): string {
  const lines = r.findings.filter((f) => _isShown(f, o.verbose)).map(findingText).join('\n');
  if (r.malformed) {
    const first = r.findings[0];
    return `<error message="${_xmlEscape(first?.message ?? 'unreadable record')}" type="${_xmlEscape(first?.code ?? 'CLI')}">${_xmlEscape(lines)}</error>`;
  }
  if (r.failed) {
    const counts = countsText(r.findings);
    const message = o.command === 'grade' ? `graded ${r.grade ?? 'ungraded'}; ${counts}` : counts;
    const type = r.findings.find((f) => f.severity === 'error')?.code ?? (r.grade === null ? 'ungraded' : `grade-${r.grade}`);
    return `<failure message="${_xmlEscape(message)}" type="${_xmlEscape(type)}">${_xmlEscape(lines)}</failure>`;
  }
  return lines === '' ? '' : `<system-out>${_xmlEscape(lines)}</system-out>`;
}

/** Writes the document: the totals, then each finished `<testsuite>` with its spooled test cases. */
async function writeSuites(out: _Output, command: string, suites: readonly Suite[]): Promise<void> {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const s of suites) {
    s.close();
    tests += s.tests;
    failures += s.failures;
    errors += s.errors;
  }
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.write(`<testsuites name="pep-rules ${command}" tests="${tests}" failures="${failures}" errors="${errors}">\n`);
  for (const s of suites) {
    out.write(`  <testsuite name="${_xmlEscape(s.name)}" tests="${s.tests}" failures="${s.failures}" errors="${s.errors}" skipped="0">\n`);
    for await (const chunk of createReadStream(s.spool, { encoding: 'utf8', highWaterMark: _CHUNK_CHARS })) {
      out.write(chunk as string);
      await out.settle();
    }
    out.write('  </testsuite>\n');
  }
  out.write('</testsuites>\n');
  await out.end();
}

/** One record's `<testcase>`. */
export function _junitRenderer(o: _RenderOptions): _RecordRenderer {
  const open = `    <testcase classname="${_xmlEscape(`pep-rules.${o.command}`)}" name=`;
  return {
    separator: '',
    render(r) {
      const body = caseBody(r, o);
      const start = `${open}"${_xmlEscape(`${r.id ?? '(no id)'} (line ${r.line})`)}"`;
      return body === '' ? `${start}/>\n` : `${start}>${body}</testcase>\n`;
    },
  };
}

/**
 * The JUnit reporter. A record at or above `--fail-on` is a `<failure>`; an unreadable record or an
 * input that cannot be read is an `<error>`; findings below the threshold go to `<system-out>`.
 */
export function _junitReporter(o: _ReporterOptions): _Reporter {
  const suites = new Suites();
  const renderer = _junitRenderer(o);
  const open = `    <testcase classname="${_xmlEscape(`pep-rules.${o.command}`)}" name=`;
  const rendered = (file: string, text: string, t: { records: number; malformed: number; failed: number }): void => {
    const suite = suites.of(file);
    suite.tests += t.records;
    suite.errors += t.malformed;
    suite.failures += t.failed - t.malformed;
    suite.append(text);
  };
  return {
    record(r: _RecordResult) {
      rendered(r.file, renderer.render(r, _emptyTally()), { records: 1, malformed: r.malformed ? 1 : 0, failed: r.failed || r.malformed ? 1 : 0 });
    },
    rendered,
    fileProblem(file, f) {
      const suite = suites.of(file);
      suite.tests++;
      const start = `${open}"(input)"`;
      if (f.severity === 'error') {
        suite.errors++;
        suite.append(`${start}><error message="${_xmlEscape(f.message)}" type="${_xmlEscape(f.code)}"/></testcase>\n`);
      } else {
        suite.append(`${start}><system-out>${_xmlEscape(findingText(f))}</system-out></testcase>\n`);
      }
    },
    async end(summary) {
      try {
        await writeSuites(o.out, o.command, suites.list);
      } finally {
        suites.remove();
      }
      o.err.write(_summaryLine(summary, o.style));
      await o.err.end();
    },
  };
}
