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
import { _formatPath, _summaryLine, type _RecordResult, type _Reporter, type _ReporterOptions, type _Summary } from './reporter';

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

interface Suite {
  readonly name: string;
  readonly spool: string;
  fd: number;
  buffer: string;
  tests: number;
  failures: number;
  errors: number;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

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
  return `${plural(e, 'error')}, ${plural(w, 'warning')}`;
}

/**
 * The JUnit reporter. A record at or above `--fail-on` is a `<failure>`; an unreadable record or an
 * input that cannot be read is an `<error>`; findings below the threshold go to `<system-out>`.
 */
export function _junitReporter(o: _ReporterOptions): _Reporter {
  const { out } = o;
  let dir: string | null = null;
  const suites: Suite[] = [];

  const suiteFor = (file: string): Suite => {
    const last = suites[suites.length - 1];
    if (last !== undefined && last.name === file) return last;
    if (dir === null) dir = mkdtempSync(join(tmpdir(), 'pep-rules-junit-'));
    const spool = join(dir, `${suites.length}.xml`);
    const suite: Suite = { name: file, spool, fd: openSync(spool, 'w'), buffer: '', tests: 0, failures: 0, errors: 0 };
    suites.push(suite);
    return suite;
  };
  const append = (suite: Suite, text: string): void => {
    suite.buffer += text;
    if (suite.buffer.length >= 64 * 1024) {
      writeSync(suite.fd, suite.buffer);
      suite.buffer = '';
    }
  };
  const close = (suite: Suite): void => {
    if (suite.fd < 0) return;
    if (suite.buffer.length > 0) writeSync(suite.fd, suite.buffer);
    suite.buffer = '';
    closeSync(suite.fd);
    suite.fd = -1;
  };

  return {
    record(r: _RecordResult) {
      const suite = suiteFor(r.file);
      suite.tests++;
      const name = `${r.id ?? '(no id)'} (line ${r.line})`;
      let body = '';
      const lines = r.findings.filter((f) => o.verbose || f.severity !== 'info').map(findingText).join('\n');
      if (r.malformed) {
        suite.errors++;
        const first = r.findings[0];
        body = `<error message="${_xmlEscape(first?.message ?? 'unreadable record')}" type="${_xmlEscape(first?.code ?? 'CLI')}">${_xmlEscape(lines)}</error>`;
      } else if (r.failed) {
        suite.failures++;
        const counts = countsText(r.findings);
        const message = o.command === 'grade' ? `graded ${r.grade ?? 'ungraded'}; ${counts}` : counts;
        const type = r.findings.find((f) => f.severity === 'error')?.code ?? (r.grade === null ? 'ungraded' : `grade-${r.grade}`);
        body = `<failure message="${_xmlEscape(message)}" type="${_xmlEscape(type)}">${_xmlEscape(lines)}</failure>`;
      } else if (lines !== '') {
        body = `<system-out>${_xmlEscape(lines)}</system-out>`;
      }
      const open = `    <testcase classname="${_xmlEscape(`pep-rules.${o.command}`)}" name="${_xmlEscape(name)}"`;
      append(suite, body === '' ? `${open}/>\n` : `${open}>${body}</testcase>\n`);
    },
    fileProblem(file, f) {
      const suite = suiteFor(file);
      suite.tests++;
      const open = `    <testcase classname="${_xmlEscape(`pep-rules.${o.command}`)}" name="(input)"`;
      if (f.severity === 'error') {
        suite.errors++;
        append(suite, `${open}><error message="${_xmlEscape(f.message)}" type="${_xmlEscape(f.code)}"/></testcase>\n`);
      } else {
        append(suite, `${open}><system-out>${_xmlEscape(findingText(f))}</system-out></testcase>\n`);
      }
    },
    async end(summary: _Summary) {
      try {
        let tests = 0;
        let failures = 0;
        let errors = 0;
        for (const s of suites) {
          close(s);
          tests += s.tests;
          failures += s.failures;
          errors += s.errors;
        }
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
        out.write(`<testsuites name="pep-rules ${o.command}" tests="${tests}" failures="${failures}" errors="${errors}">\n`);
        for (const s of suites) {
          out.write(`  <testsuite name="${_xmlEscape(s.name)}" tests="${s.tests}" failures="${s.failures}" errors="${s.errors}" skipped="0">\n`);
          for await (const chunk of createReadStream(s.spool, { encoding: 'utf8' })) {
            out.write(chunk as string);
            await out.settle();
          }
          out.write('  </testsuite>\n');
        }
        out.write('</testsuites>\n');
        await out.end();
      } finally {
        for (const s of suites) close(s);
        if (dir !== null) rmSync(dir, { recursive: true, force: true });
      }
      o.err.write(_summaryLine(summary, o.style));
      await o.err.end();
    },
  };
}
