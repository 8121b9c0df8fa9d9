/**
 * A small XML 1.0 well-formedness checker for the JUnit output (no dependency): prolog, one root
 * element, matching tags, quoted attributes without `<`, only the five predefined entities and
 * character references, no bare `&` or `<` in text, no characters XML forbids. Throws on the
 * first problem; returns the element tree.
 */

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const SPACE = /[ \t\r\n]*/y;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (PREDEFINED[e] as string),
  );
}

/** Checks that `xml` is well-formed; returns the root element. */
export function parseXml(xml: string): XmlElement {
  if (FORBIDDEN.test(xml)) throw new Error('a character XML does not allow');
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed XML at offset ${i}: ${why}`);
  };
  const skipSpace = (): void => {
    SPACE.lastIndex = i;
    SPACE.test(xml);
    i = SPACE.lastIndex;
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(xml);
    if (m === null) return fail('expected a name');
    i = NAME.lastIndex;
    return m[0];
  };
  const checkText = (raw: string): void => {
    for (let j = raw.indexOf('&'); j !== -1; j = raw.indexOf('&', j + 1)) {
      ENTITY.lastIndex = j;
      if (!ENTITY.test(raw)) fail('a bare & (not an entity)');
    }
    if (raw.includes('<')) fail('a bare < in text');
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end === -1) fail('unclosed prolog');
    i = end + 2;
  }
  skipSpace();
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < xml.length) {
    if (xml[i] === '<') {
      if (xml.startsWith('</', i)) {
        i += 2;
        const n = name();
        skipSpace();
        if (xml[i] !== '>') fail('expected > after a closing tag');
        i++;
        const open = stack.pop();
        if (open === undefined || open.name !== n) fail(`closing tag </${n}> does not match <${open?.name ?? ''}>`);
        if (stack.length === 0) break;
        continue;
      }
      i++;
      const el: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
      const attrs: Record<string, string> = {};
      for (;;) {
        const before = i;
        skipSpace();
        if (xml.startsWith('/>', i) || xml[i] === '>') break;
        if (i === before) fail('attributes must be separated by space');
        const a = name();
        if (a in attrs) fail(`duplicate attribute ${a}`);
        skipSpace();
        if (xml[i] !== '=') fail('expected = after an attribute name');
        i++;
        skipSpace();
        const q = xml[i];
        if (q !== '"' && q !== "'") return fail('attribute value not quoted');
        const end = xml.indexOf(q, i + 1);
        if (end === -1) fail('unclosed attribute value');
        const raw = xml.slice(i + 1, end);
        checkText(raw);
        attrs[a] = unescape(raw);
        i = end + 1;
      }
      Object.assign(el.attrs, attrs);
      const parent = stack[stack.length - 1];
      if (parent !== undefined) parent.children.push(el);
      else root = el;
      if (xml.startsWith('/>', i)) {
        i += 2;
        if (stack.length === 0) break;
      } else {
        i++;
        stack.push(el);
      }
      continue;
    }
    if (stack.length === 0) fail('text outside the root element');
    const next = xml.indexOf('<', i);
    if (next === -1) fail('unclosed element');
    const raw = xml.slice(i, next);
    checkText(raw);
    (stack[stack.length - 1] as XmlElement).text += unescape(raw);
    i = next;
  }
  if (stack.length > 0) fail(`unclosed element <${stack[stack.length - 1]?.name ?? ''}>`);
  if (root === null) return fail('no root element');
  skipSpace();
  if (i < xml.length) fail('content after the root element');
  return root;
}
