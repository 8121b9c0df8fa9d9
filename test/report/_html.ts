/*
 * Looking inside the HTML report with parse5 (the WHATWG HTML parser, as a browser parses it)
 * instead of regular expressions over the markup: the tree, the parse errors, element texts as a
 * browser's `textContent`, and every table's cells as a browser's `table.rows[i].cells` give them.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
/** An element of the parsed document. */
export type HtmlElement = DefaultTreeAdapterMap['element'];

/** A parsed page and the HTML parse errors in it (code, line and column), which a clean page has none of. */
export interface ParsedHtml {
  readonly document: DefaultTreeAdapterMap['document'];
  readonly errors: string[];
}

/** Parses `html` as a browser does, collecting every parse error. */
export function parseHtml(html: string): ParsedHtml {
  const errors: string[] = [];
  const document = parse(html, { onParseError: (e) => errors.push(`${e.code} at line ${e.startLine}, column ${e.startCol}`) });
  return { document, errors };
}

const childrenOf = (node: Node): readonly Node[] => ('childNodes' in node ? node.childNodes : []);
const isElement = (node: Node): node is HtmlElement => 'tagName' in node;

/** The elements under `root` (itself excluded) that `match` accepts, in document order. */
export function elementsOf(root: Node, match: (el: HtmlElement) => boolean): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (node: Node): void => {
    for (const child of childrenOf(node)) {
      if (!isElement(child)) continue;
      if (match(child)) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

/** The value of attribute `name`, or `undefined`. */
export function attrOf(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The element's `textContent`, runs of white space collapsed to one space and trimmed. */
export function textOf(node: Node): string {
  const raw = (n: Node): string => ('value' in n && n.nodeName === '#text' ? n.value : childrenOf(n).map(raw).join(''));
  return raw(node).replace(/\s+/g, ' ').trim();
}

const childElements = (el: HtmlElement, ...names: string[]): HtmlElement[] =>
  el.childNodes.filter((c): c is HtmlElement => isElement(c) && names.includes(c.tagName));

/** A table's rows as `table.rows` orders them: the `thead`'s, then the body's in order, then the `tfoot`'s. */
function rowsOf(table: HtmlElement): HtmlElement[] {
  const sections = (name: string): HtmlElement[] => childElements(table, name).flatMap((s) => childElements(s, 'tr'));
  const body = childElements(table, 'tbody', 'tr').flatMap((c) => (c.tagName === 'tr' ? [c] : childElements(c, 'tr')));
  return [...sections('thead'), ...body, ...sections('tfoot')];
}

/** Every table with an id: id → rows of cell texts (`th` and `td`, as {@link textOf} gives them). */
export function tablesOf(html: string | ParsedHtml): Record<string, string[][]> {
  const { document } = typeof html === 'string' ? parseHtml(html) : html;
  const out: Record<string, string[][]> = {};
  for (const table of elementsOf(document, (el) => el.tagName === 'table' && attrOf(el, 'id') !== undefined)) {
    out[attrOf(table, 'id') as string] = rowsOf(table).map((row) => childElements(row, 'th', 'td').map(textOf));
  }
  return out;
}
