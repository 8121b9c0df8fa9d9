import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { examplePep } from './_pep';
import { Fixtures, runCli } from './_run';
import { parseJunit, parseXml } from './_xml';

// The JUnit tests rely on these checks: they must reject what is not well-formed, and what is not
// in the JUnit schema's shape.
vi.setConfig({ testTimeout: 120_000 });

describe('the test XML checker (fast-xml-parser)', () => {
  it('accepts well-formed XML and returns the tree with attributes and text unescaped', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 &amp; 2" y=\'&lt;&#65;&#x42;&gt;\'><b/><c>t &quot;q&quot; &apos;&#x1F600;</c></a>\n');
    expect([root.name, root.attrs, root.children.map((c) => [c.name, c.text])]).toEqual(['a', { x: '1 & 2', y: '<AB>' }, [['b', ''], ['c', 't "q" \'😀']]]);
  });

  it('keeps the text of an element as written: leading and trailing spaces, new lines', () => {
    expect(parseXml('<a>  one\ntwo  </a>').text).toBe('  one\ntwo  ');
  });

  it.each([
    ['<a><b></a></b>', "Expected closing tag 'b'"],
    ['<a>', "Unclosed tag 'a'"],
    ['<a x="1" x="2"/>', "Attribute 'x' is repeated"],
    ['<a x=1/>', "Attribute 'x' is without value"],
    ['<a x="<"/>', 'a < in the value of attribute x'],
    ['<a>fish & chips</a>', "char '&' is not expected"],
    ['<a x="fish & chips"/>', 'a bare & or an undeclared entity in the value of attribute x'],
    ['<a>&nbsp;</a>', 'a bare & or an undeclared entity in text'],
    ['<a/><b/>', 'more than one root element'],
    ['<a/>text', 'text outside the root element'],
    ['<a/>text<!-- c -->', 'text outside the root element'],
    ['<a/><!-- c --><b/>', 'more than one root element'],
    ['<a>\u0001</a>', 'a character XML does not allow'],
    ['<a>\uFFFE</a>', 'a character XML does not allow'],
    ['<a>&#0;</a>', 'a character reference to a character XML does not allow in text'],
    ['<a x="&#xD800;"/>', 'a character reference to a character XML does not allow in the value of attribute x'],
    ['<a>&#x110000;</a>', 'a character reference to a character XML does not allow in text'],
    ['', 'Start tag expected'],
  ])('rejects %j (%s)', (xml, why) => {
    expect(() => parseXml(xml)).toThrow(why);
  });

  // Why parseXml checks more than XMLValidator: fast-xml-parser 5.12.1 accepts each of these. When a
  // release rejects one, this fails, and the matching rule in _xml.ts can go.
  it.each(['<a x="<"/>', '<a x="fish & chips"/>', '<a>&nbsp;</a>', '<a/><b/>', '<a/>text', '<a/>x<!---->', '<a>\u0001</a>', '<a>&#0;</a>'])(
    'XMLValidator alone accepts %j, which XML 1.0 does not',
    (xml) => {
      expect(XMLValidator.validate(xml)).toBe(true);
    },
  );
});

const suite = (attrs: string, body: string): string => `<testsuites><testsuite name="f" ${attrs}>${body}</testsuite></testsuites>`;
const PASS = '<testcase classname="c" name="t1"/>';
const FAILED = '<testcase name="t2"><failure message="m" type="T">line</failure></testcase>';
const ERRORED = '<testcase name="t3"><error message="m" type="T"/><system-out>out</system-out></testcase>';

describe('the JUnit shape check (junit-10.xsd)', () => {
  it('accepts suites of passed, failed, errored and skipped cases whose counts add up', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="run" tests="4" failures="1" errors="1">
  <testsuite name="a" tests="3" failures="1" errors="1" skipped="0">
    <properties><property name="k" value="v"/></properties>
    ${PASS}${FAILED}${ERRORED}
    <system-err>note</system-err>
  </testsuite>
  <testsuite name="b" tests="1" failures="0" errors="0" skipped="1"><testcase name="s"><skipped message="later"/></testcase></testsuite>
</testsuites>`;
    expect(parseJunit(xml).children.map((s) => s.attrs.name)).toEqual(['a', 'b']);
  });

  it.each([
    ['<testsuite name="f" tests="0" failures="0" errors="0"/>', '<testsuite name="f"> is the root; a JUnit report has <testsuites>'],
    [`<testsuites>${PASS}</testsuites>`, '<testsuites> holds <testcase>'],
    [suite('tests="1" failures="0"', PASS), '<testsuite name="f"> lacks the required attribute errors'],
    [suite('tests="1" failures="0" errors="0"', '<testcase classname="c"/>'), '<testcase> lacks the required attribute name'],
    [suite('tests="1" failures="0" errors="0" colour="red"', PASS), 'has attribute colour, which the schema does not define'],
    [suite('tests="1" failures="0" errors="0"', '<testcase name="t"><warning/></testcase>'), '<testcase name="t"> holds <warning>'],
    [suite('tests="1" failures="0" errors="0"', '<testcase name="t"><failure>a<b/></failure></testcase>'), '<failure> holds <b>'],
    [suite('tests="0" failures="0" errors="0"', '<testsuite name="inner" tests="0" failures="0" errors="0"/>'), 'holds <testsuite>'],
    [suite('tests="1" failures="0" errors="0"', `words${PASS}`), '<testsuite name="f"> holds text where only elements are allowed'],
    [suite('tests="2" failures="0" errors="0"', PASS), '<testsuite name="f"> says tests="2" but holds 1'],
    [suite('tests="1" failures="0" errors="0"', FAILED), 'says failures="0" but holds 1'],
    [suite('tests="1" failures="0" errors="0"', ERRORED), 'says errors="0" but holds 1'],
    [suite('tests="1" failures="0" errors="0" skipped="1"', PASS), 'says skipped="1" but holds 0'],
    [suite('tests="one" failures="0" errors="0"', PASS), 'has tests="one", not a whole number'],
    [`<testsuites tests="2"><testsuite name="f" tests="1" failures="0" errors="0">${PASS}</testsuite></testsuites>`, '<testsuites> says tests="2" but holds 1'],
  ])('rejects %j (%s)', (xml, why) => {
    expect(() => parseJunit(xml)).toThrow(why);
  });
});

describe("the CLI's JUnit output (built CLI)", () => {
  const fx = new Fixtures();
  afterAll(() => fx.cleanup());
  // A good PEP, broken JSON, a PEP the schema rejects; then an empty file and a missing one.
  const mixed = fx.file('mixed & more.ndjson', [JSON.stringify(examplePep('school-age-good')), '{"id": "broken",', '{"schemaVersion":1,"id":"incomplete"}'].join('\n'));
  let output: string | undefined;
  const run = (): string =>
    (output ??= runCli(['validate', '-f', 'junit', '--today', '2025-03-01', mixed, fx.file('empty.ndjson', ''), fx.path('missing.ndjson')]).stdout);

  it('is well-formed and in the JUnit schema shape, with a failure and errors in it', () => {
    const root = parseJunit(run());
    const kinds = root.children.flatMap((s) => s.children.flatMap((c) => c.children.map((x) => x.name)));
    expect(kinds).toEqual(expect.arrayContaining(['failure', 'error']));
  });

  it.each([
    ['a dropped failure', (x: string) => x.replace(/<failure [^>]*>[\s\S]*?<\/failure>/, ''), 'says failures="1" but holds 0'],
    ['an unescaped & in an attribute', (x: string) => x.replace('&amp;', '&'), 'a bare &'],
    ['a test case outside a suite', (x: string) => x.replace('</testsuite>\n', '</testsuite>\n<testcase name="x"/>\n'), 'holds <testcase>, which the schema does not allow there'],
    ['a truncated document', (x: string) => x.slice(0, x.lastIndexOf('</testsuite>')), 'not well-formed XML'],
  ])('rejects the output with %s', (_what, mutate, why) => {
    const xml = run();
    expect(() => parseJunit(xml)).not.toThrow();
    expect(() => parseJunit(mutate(xml))).toThrow(why);
  });
});
