import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/presets/index';
import { cohortSummary } from '../../src/report/cohortSummary';
import { renderCohortHtml } from '../../src/report/renderCohortHtml';
import { elementsOf, parseHtml, textOf } from './_html';

/*
 * The issue: "three summary fields reach the HTML unescaped (escaped by luck of their content
 * today)". A summary of the bundled cohort whose every string field — and every figure of its
 * definitions, which the page prints inside sentences — is markup must render as text: no script,
 * style or image element the page did not write itself, and the markup intact as text.
 */
const PAYLOAD = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
const KEEP = new Set(['format']);

function hostile(value: unknown, key: string, inDefinitions: boolean): unknown {
  if (typeof value === 'string') return KEEP.has(key) ? value : PAYLOAD;
  if (typeof value === 'number' && inDefinitions) return PAYLOAD;
  if (Array.isArray(value)) return value.map((v) => hostile(v, key, inDefinitions));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostile(v, k, inDefinitions || k === 'definitions')]));
  }
  return value;
}

const cohort = readFileSync(new URL('../../examples/cohort.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l) as unknown);

describe('renderCohortHtml escapes every field', () => {
  const summary = cohortSummary(cohort, { today: '2025-06-30', policy: policies.england, includeNames: true });
  const evil = hostile(summary, '', false) as typeof summary;

  it('a summary whose every string field is markup gives no element the page did not write, and the text intact', () => {
    const plain = parseHtml(renderCohortHtml(summary, { includeNames: true }));
    const html = renderCohortHtml(evil, { includeNames: true, title: PAYLOAD });
    const page = parseHtml(html);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toContain('This is not a cohort summary');
    const tags = (d: typeof page) => new Set(elementsOf(d.document, () => true).map((e) => e.tagName));
    expect(elementsOf(page.document, (e) => e.tagName === 'script' || e.tagName === 'img')).toEqual([]);
    expect([...tags(page)].filter((t) => !tags(plain).has(t))).toEqual([]);
    expect(textOf(page.document)).toContain(PAYLOAD);
    expect(elementsOf(page.document, (e) => e.attrs.some((a) => a.name.startsWith('on')))).toEqual([]);
  });
});
