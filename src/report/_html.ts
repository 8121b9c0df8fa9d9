/*
 * Escaping by construction for the cohort report page: `_html` is a tagged template that escapes
 * every value put into it, unless the value is a fragment `_html` (or `_trusted`) made. A value can
 * only reach the page raw by being written into the template's own literal text.
 * Internal: not re-exported.
 */

/** A piece of HTML that is safe to put into a page as it is. */
export class _SafeHtml {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

/** Escapes `& < > " '` as numeric character references. */
function escapeText(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function piece(value: unknown): string {
  if (value instanceof _SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(piece).join('');
  return escapeText(value);
}

/**
 * The tagged template: every interpolated value is escaped, unless it is a {@link _SafeHtml}
 * (a fragment built by this same template); arrays are joined, each element treated the same way.
 * @example
 * String(_html`<p>${'<b>'} and ${_html`<i>${'&'}</i>`}</p>`); // '<p>&#60;b&#62; and <i>&#38;</i></p>'
 */
export function _html(strings: TemplateStringsArray, ...values: readonly unknown[]): _SafeHtml {
  let out = strings[0] as string;
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + (strings[i + 1] as string);
  return new _SafeHtml(out);
}

/**
 * Marks markup the page's own code built (a chart, a table from the builders) as safe. Only for
 * strings made of escaped values and literal markup; never for a value from the summary.
 * @example
 * String(_html`<div>${_trusted('<hr>')}</div>`); // '<div><hr></div>'
 */
export function _trusted(markup: string): _SafeHtml {
  return new _SafeHtml(markup);
}
