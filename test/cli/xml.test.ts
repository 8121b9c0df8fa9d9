import { describe, expect, it } from 'vitest';
import { parseXml } from './_xml';

// The JUnit tests rely on this checker: it must reject what is not well-formed.
describe('the test XML checker', () => {
  it('accepts well-formed XML and returns the tree with attributes and text unescaped', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 &amp; 2" y=\'&lt;&#65;&#x42;&gt;\'><b/><c>t &quot;q&quot;</c></a>\n');
    expect([root.name, root.attrs, root.children.map((c) => [c.name, c.text])]).toEqual(['a', { x: '1 & 2', y: '<AB>' }, [['b', ''], ['c', 't "q"']]]);
  });

  it.each([
    ['<a><b></a></b>', 'closing tag </a> does not match <b>'],
    ['<a>', 'unclosed element'],
    ['<a x="1" x="2"/>', 'duplicate attribute x'],
    ['<a x=1/>', 'attribute value not quoted'],
    ['<a x="<"/>', 'a bare < in text'],
    ['<a>fish & chips</a>', 'a bare & (not an entity)'],
    ['<a>&nbsp;</a>', 'a bare & (not an entity)'],
    ['<a/><b/>', 'content after the root element'],
    ['<a/>text', 'content after the root element'],
    ['<a>\u0001</a>', 'a character XML does not allow'],
    ['', 'no root element'],
  ])('rejects %j (%s)', (xml, why) => {
    expect(() => parseXml(xml)).toThrow(why);
  });
});
