/**
 * Checks the CLI's JUnit output with fast-xml-parser (no hand-written XML parser):
 *
 * - `parseXml`: well-formed XML 1.0. `XMLValidator` first; then the few well-formedness rules
 *   fast-xml-parser 5.12.1 does not enforce (measured in test/cli/xml.test.ts: it accepts a
 *   control character, `&nbsp;`, `&#0;`, `<` or a bare `&` in an attribute value, and a second
 *   root element or text after the root); then `XMLParser` builds the element tree.
 * - `checkJunit`: the shape of the JUnit schema Jenkins validates reports against (xunit plugin,
 *   junit-10.xsd): `testsuites > testsuite > testcase`, a test case holding only `skipped`,
 *   `error`, `failure`, `system-out`, `system-err`; required and allowed attributes of each; and the
 *   counts a CI server shows (`tests`, `failures`, `errors`, `skipped`) equal to the test cases.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One element: its name, attributes and child elements, and its text with references decoded. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/** A node of fast-xml-parser's `preserveOrder` output: `{ name: children, ':@': attrs }` or `{ '#text': text }`. */
type OrderedNode = Record<string, unknown>;

const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
} as const;
/**
 * Raw texts and attribute values, to check their references before anything is decoded. Comments
 * are kept as nodes: `parseXml` appends an empty comment so that text after the root element is a
 * node too (fast-xml-parser drops text at the very end of the input).
 */
const rawParser = new XMLParser({ ...PARSER_OPTIONS, processEntities: false, commentPropName: '#comment' });
/**
 * Decoded texts and attribute values. fast-xml-parser decodes character references (`&#65;`)
 * only with `htmlEntities`; the HTML names it would add never reach it, since `checkReferences`
 * rejects every named reference but XML's five.
 */
const decodingParser = new XMLParser({ ...PARSER_OPTIONS, processEntities: true, htmlEntities: true });

/** XML 1.0's `Char` production; anything else is forbidden, raw or as a character reference. */
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;

function fail(why: string): never {
  throw new Error(`not well-formed XML: ${why}`);
}

/** Every `&` starts one of XML's five entities or a character reference to an allowed character. */
function checkReferences(raw: string, where: string): void {
  for (let j = raw.indexOf('&'); j !== -1; j = raw.indexOf('&', j + 1)) {
    REFERENCE.lastIndex = j;
    const m = REFERENCE.exec(raw);
    if (m === null) fail(`a bare & or an undeclared entity in ${where}`);
    if (m[1] !== undefined) continue;
    const code = m[2] !== undefined ? Number(m[2]) : parseInt(m[3] as string, 16);
    if (code > 0x10ffff || !XML_CHAR.test(String.fromCodePoint(code))) fail(`a character reference to a character XML does not allow in ${where}`);
  }
}

const attrsOf = (node: OrderedNode): Record<string, string> => (node[':@'] ?? {}) as Record<string, string>;
const nameOf = (node: OrderedNode): string => Object.keys(node).find((k) => k !== ':@') as string;

/** The rules `XMLValidator` leaves out, over the raw (undecoded) tree. */
function checkRaw(nodes: readonly OrderedNode[], top: boolean): void {
  let roots = 0;
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === '#comment') continue;
    if (name === '#text') {
      const text = node['#text'] as string;
      if (top && text.trim() !== '') fail('text outside the root element');
      checkReferences(text, 'text');
      continue;
    }
    roots++;
    for (const [attr, value] of Object.entries(attrsOf(node))) {
      if (value.includes('<')) fail(`a < in the value of attribute ${attr}`);
      checkReferences(value, `the value of attribute ${attr}`);
    }
    checkRaw(node[name] as OrderedNode[], false);
  }
  if (top && roots !== 1) fail(roots === 0 ? 'no root element' : 'more than one root element');
}

function toElement(node: OrderedNode): XmlElement {
  const name = nameOf(node);
  const el: XmlElement = { name, attrs: { ...attrsOf(node) }, children: [], text: '' };
  for (const child of node[name] as OrderedNode[]) {
    if ('#text' in child) el.text += String(child['#text']);
    else el.children.push(toElement(child));
  }
  return el;
}

/**
 * Checks that `xml` is well-formed XML 1.0 and returns its root element. Throws on the first
 * problem, with fast-xml-parser's message and line or one of the rules above.
 */
export function parseXml(xml: string): XmlElement {
  if (!XML_CHAR.test(xml)) fail('a character XML does not allow');
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (valid !== true) fail(`${valid.err.msg} (${valid.err.code}, line ${valid.err.line}, column ${valid.err.col})`);
  checkRaw(rawParser.parse(`${xml}<!---->`) as OrderedNode[], true);
  const root = (decodingParser.parse(xml) as OrderedNode[]).find((n) => !('#text' in n));
  return toElement(root as OrderedNode);
}

/**
 * Element → [required attributes, optional attributes, allowed child elements], as junit-10.xsd
 * defines them, narrowed to what a flat report uses: no `testsuite` inside a `testsuite`, and none
 * of Surefire's `rerunFailure` / `flakyError` family (pep-rules writes neither).
 */
const JUNIT_SHAPE: Readonly<Record<string, readonly [readonly string[], readonly string[], readonly string[]]>> = {
  testsuites: [[], ['name', 'time', 'tests', 'failures', 'errors'], ['testsuite']],
  testsuite: [
    ['name', 'tests', 'failures', 'errors'],
    ['group', 'time', 'skipped', 'timestamp', 'hostname', 'id', 'package', 'file', 'log', 'url'],
    ['properties', 'testcase', 'system-out', 'system-err'],
  ],
  properties: [[], [], ['property']],
  property: [['name', 'value'], [], []],
  testcase: [['name'], ['time', 'classname', 'group'], ['skipped', 'error', 'failure', 'system-out', 'system-err']],
  skipped: [[], ['type', 'message'], []],
  error: [[], ['type', 'message'], []],
  failure: [[], ['type', 'message'], []],
  'system-out': [[], [], []],
  'system-err': [[], [], []],
};
/** Elements whose content is other elements only (whitespace between them is fine). */
const ELEMENT_ONLY = new Set(['testsuites', 'testsuite', 'properties', 'property', 'testcase']);

function junitFail(el: XmlElement, why: string): never {
  throw new Error(`not the JUnit schema's shape: <${el.name}${el.attrs.name === undefined ? '' : ` name="${el.attrs.name}"`}> ${why}`);
}

/** Names, attributes and children of one element and everything under it, against JUNIT_SHAPE. */
function checkShape(el: XmlElement): void {
  const shape = JUNIT_SHAPE[el.name];
  if (shape === undefined) return junitFail(el, 'is not a JUnit element');
  const [required, optional, children] = shape;
  for (const a of required) if (!(a in el.attrs)) junitFail(el, `lacks the required attribute ${a}`);
  for (const a of Object.keys(el.attrs)) if (!required.includes(a) && !optional.includes(a)) junitFail(el, `has attribute ${a}, which the schema does not define`);
  for (const c of el.children) if (!children.includes(c.name)) junitFail(el, `holds <${c.name}>, which the schema does not allow there`);
  if (ELEMENT_ONLY.has(el.name) && el.text.trim() !== '') junitFail(el, 'holds text where only elements are allowed');
  for (const c of el.children) checkShape(c);
}

const COUNTED = ['tests', 'failures', 'errors', 'skipped'] as const;
type Counts = Record<(typeof COUNTED)[number], number>;

/** The counts an element states; each must be a whole number when present. */
function statedCounts(el: XmlElement): Partial<Counts> {
  const out: Partial<Counts> = {};
  for (const k of COUNTED) {
    const v = el.attrs[k];
    if (v === undefined) continue;
    if (!/^[0-9]+$/.test(v)) junitFail(el, `has ${k}="${v}", not a whole number`);
    out[k] = Number(v);
  }
  return out;
}

function expectCounts(el: XmlElement, stated: Partial<Counts>, actual: Counts): void {
  for (const k of COUNTED) {
    const s = stated[k];
    if (s !== undefined && s !== actual[k]) junitFail(el, `says ${k}="${s}" but holds ${actual[k]}`);
  }
}

/** Each suite's counts equal its test cases (a case counts once per kind it holds); the root's equal the sums. */
function checkCounts(root: XmlElement): void {
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const suite of root.children) {
    const cases = suite.children.filter((c) => c.name === 'testcase');
    const holding = (kind: string): number => cases.filter((c) => c.children.some((x) => x.name === kind)).length;
    const actual: Counts = { tests: cases.length, failures: holding('failure'), errors: holding('error'), skipped: holding('skipped') };
    expectCounts(suite, statedCounts(suite), actual);
    for (const k of COUNTED) total[k] += actual[k];
  }
  expectCounts(root, statedCounts(root), total);
}

/**
 * Checks a parsed document against the JUnit schema's shape (root `testsuites`, then `testsuite`,
 * then `testcase` with `skipped` / `error` / `failure` / `system-out` / `system-err`) and its counts.
 * Throws on the first problem; returns the root.
 */
export function checkJunit(root: XmlElement): XmlElement {
  if (root.name !== 'testsuites') junitFail(root, 'is the root; a JUnit report has <testsuites>');
  checkShape(root);
  checkCounts(root);
  return root;
}

/** `parseXml` then `checkJunit`: well-formed XML in the JUnit schema's shape. */
export function parseJunit(xml: string): XmlElement {
  return checkJunit(parseXml(xml));
}
