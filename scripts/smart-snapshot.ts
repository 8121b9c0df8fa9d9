/**
 * A fingerprint of everything the SMART analyser returns, for speed work that must change no result: run it before
 * a change and after it, and the hashes must be equal.
 *
 *   npx tsx scripts/smart-snapshot.ts
 *
 * Hashes (SHA-256, first 16 hex digits) the JSON of `checkSmartTarget` for every development text — corpus.json and
 * corpus-extra.json to corpus-extra69.json (never a set still unseen), test/smart/labelled.json and
 * ../shared/data/smart-dev.json when it is there — and of `checkTargetSet` over them in groups of seven, plus a few
 * long and odd texts (repeated words, separators, nothing but spaces), with meeting date 15 January 2025, at
 * `detail: 'full'` and `'codes'`. Prints no text, only counts and hashes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { checkSmartTarget, checkTargetSet } from '../src/smart/index';

/** The development corpora, corpus-extra.json to corpus-extra69.json (a set still unseen is never read). */
const CORPORA = ['corpus.json', 'corpus-extra.json', ...Array.from({ length: 68 }, (_, i) => `corpus-extra${i + 2}.json`)];

/** Long and odd texts: the linear-time paths (a text past 4,096 characters, one that needs normalising, none at all). */
const ODD = ['a '.repeat(5000), 'by '.repeat(3000), 'x.'.repeat(4000), '1/2/'.repeat(2000), 'Ben will read 20 high frequency words by Easter.', '', '   ', 'By the end of term 2 Ben will', 'Tom &amp; Ben <b>will</b> read – by “Easter”'];

/** The texts of a JSON file: a list of items with `text`, or an object whose `items` are. */
function textsOf(path: string): string[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { text: string }[] | { items: { text: string }[] };
  return (Array.isArray(data) ? data : data.items).map((item) => item.text);
}

/** Every text the snapshot is taken over, in a fixed order. */
function allTexts(): string[] {
  const texts: string[] = [];
  for (const file of CORPORA) texts.push(...textsOf(`test/fixtures/smart/${file}`));
  texts.push(...textsOf('test/smart/labelled.json'));
  if (existsSync('../shared/data/smart-dev.json')) texts.push(...textsOf('../shared/data/smart-dev.json'));
  texts.push(...ODD);
  return texts;
}

/** The hash of every report at one level of detail. */
function snapshot(texts: readonly string[], detail: 'full' | 'codes'): string {
  const context = { meetingDate: '2025-01-15', detail } as const;
  const hash = createHash('sha256');
  for (const text of texts) hash.update(JSON.stringify(checkSmartTarget(text, context)));
  for (let i = 0; i < texts.length; i += 7) hash.update(JSON.stringify(checkTargetSet(texts.slice(i, i + 7), context)));
  return hash.digest('hex').slice(0, 16);
}

const texts = allTexts();
console.log(`${texts.length} texts; full ${snapshot(texts, 'full')}; codes ${snapshot(texts, 'codes')}`);
