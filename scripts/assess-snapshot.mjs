/*
 * A hash of assessPep's results, to show a speed change leaves every result byte for byte the same
 * (the same two hashes before and after). Runs the built package (`npx tsup --silent` first):
 *
 *   node scripts/assess-snapshot.mjs [dist folder]
 *
 * Every example PEP (examples/peps) and every line of examples/cohort.ndjson, under every preset, with
 * `today` absent, three real dates and a bad one, with and without a school calendar, at detail 'full'
 * and 'codes'; then the bounds (findingsPerCode, maxFindings) and a few inputs that are not PEPs.
 * Prints the number of results and one hash per detail.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(process.argv[2] ?? 'dist');
const load = (name) => import(pathToFileURL(`${dist}/${name}.js`).href);
const { assessPep } = await load('rules');
const { policies } = await load('policy');
const { createSchoolCalendar } = await load('deadlines');
const examples = new URL('../examples/', import.meta.url);
const read = (path) => readFileSync(new URL(path, examples), 'utf8');

const docs = readdirSync(new URL('peps/', examples)).sort().map((f) => read(`peps/${f}`));
docs.push(...read('cohort.ndjson').trim().split('\n'));
const made = createSchoolCalendar(JSON.parse(read('calendars/halton-2024-25.json')));
if (!made.ok) throw new Error('the example calendar does not load');

const hashes = { full: createHash('sha256'), codes: createHash('sha256') };
const add = (detail, result) => hashes[detail].update(`${JSON.stringify(result)}\n`);
let count = 0;
for (const policy of Object.values(policies)) {
  for (const today of [undefined, '2025-03-01', '2024-09-15', '2026-01-10', 'bad']) {
    for (const calendar of [undefined, made.calendar]) {
      for (const detail of ['full', 'codes']) {
        const options = { policy, detail, ...(today === undefined ? {} : { today }), ...(calendar === undefined ? {} : { calendar }) };
        for (const doc of docs) add(detail, assessPep(JSON.parse(doc), options));
        count += docs.length;
      }
    }
  }
}
for (const detail of ['full', 'codes']) {
  for (const doc of docs) add(detail, assessPep(JSON.parse(doc), { detail, findingsPerCode: 1, maxFindings: 5, today: '2025-03-01' }));
  for (const value of [null, 'x', {}, { schemaVersion: 1 }, []]) add(detail, assessPep(value, { detail }));
  count += docs.length + 5;
}
console.log(`${count} results: full ${hashes.full.digest('hex').slice(0, 16)}, codes ${hashes.codes.digest('hex').slice(0, 16)}`);
