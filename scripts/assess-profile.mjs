/*
 * Where assessPep's time goes, by layer: a V8 CPU profile of the built package over the bundled cohort
 * (Halton, today 2025-03-01, each line at detail 'full' then 'codes', JSON.parse included), taken after a
 * warm-up, with each sample's function placed in its source file by the bundle's `// src/…` markers.
 *
 *   node scripts/assess-profile.mjs [dist folder] [rounds]     # default ./dist, 300 rounds (120 calls each)
 *   node --no-turbo-inlining scripts/assess-profile.mjs        # each function's own time (inlining moves it to callers)
 *
 * Prints self time by layer (smart, rules, facts, schema, funding, sdq, core, deadlines, …), by source file
 * and by function, in per cent of the profiled time. 'fastCheck' without a file is the schema's check generated
 * with `new Function` (src/pep/_fastCheck.ts); code above a bundle file's first marker is listed under that file. Figures only; on a shared machine prefer
 * scripts/assess-instructions.mjs to compare builds.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = resolve(process.argv[2] ?? 'dist');
const rounds = Number(process.argv[3] ?? '300');
const { assessPep } = await import(pathToFileURL(`${dist}/rules.js`).href);
const { policies } = await import(pathToFileURL(`${dist}/policy.js`).href);
const lines = readFileSync(new URL('../examples/cohort.ndjson', import.meta.url), 'utf8').trim().split('\n');
const full = { policy: policies.halton, today: '2025-03-01' };
const codes = { ...full, detail: 'codes' };

/** One pass over the cohort, each line at both details. */
function pass() {
  for (const t of lines) assessPep(JSON.parse(t), full);
  for (const t of lines) assessPep(JSON.parse(t), codes);
}

/** The CPU profile of `rounds` passes, after as many passes of warm-up. */
async function profile() {
  for (let r = 0; r < rounds; r++) pass();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let r = 0; r < rounds; r++) pass();
  const { profile: p } = await session.post('Profiler.stop');
  session.disconnect();
  return p;
}

const MARKERS = new Map();
/** The source file a line of a bundled file belongs to (the last `// src/…` marker above it), or null. */
function sourceOf(url, line) {
  if (!url.startsWith('file:')) return null;
  let marks = MARKERS.get(url);
  if (marks === undefined) {
    marks = [];
    readFileSync(fileURLToPath(url), 'utf8').split('\n').forEach((text, i) => {
      const m = /^\/\/ ((?:src|node_modules)\/\S+)/.exec(text);
      if (m !== null) marks.push([i, m[1]]);
    });
    MARKERS.set(url, marks);
  }
  // Code above a file's first marker has none (esbuild wrote the schema's fast check, src/pep/_fastCheck.ts, there).
  let file = `${url.split('/').pop()} (above its first marker)`;
  for (const [i, name] of marks) {
    if (i > line) break;
    file = name;
  }
  return file;
}

/** The layer of a source file: schema and facts apart within src/pep, else the folder under src. */
function layerOf(file, fn) {
  if (file === null) return fn === 'fastCheck' ? 'schema (generated check)' : fn || '(native)';
  if (/^src\/pep\/(parsePep|_fastCheck|schema)/.test(file)) return 'schema';
  if (/^src\/pep\//.test(file)) return 'facts (src/pep)';
  const m = /^src\/([^/]+)\//.exec(file);
  if (m !== null) return m[1];
  return file.endsWith('assess-profile.mjs') ? 'JSON.parse and the loop' : `other: ${file}`;
}

const p = await profile();
const ticks = new Map();
for (let i = 0; i < p.samples.length; i++) ticks.set(p.samples[i], (ticks.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
const tables = { layer: new Map(), file: new Map(), function: new Map() };
let total = 0;
for (const node of p.nodes) {
  const { functionName, url, lineNumber } = node.callFrame;
  if (functionName === '(idle)' || functionName === '(program)') continue;
  const t = ticks.get(node.id) ?? 0;
  total += t;
  const file = sourceOf(url, lineNumber);
  const add = (table, key) => table.set(key, (table.get(key) ?? 0) + t);
  add(tables.layer, layerOf(file, functionName));
  add(tables.file, file ?? functionName);
  add(tables.function, `${functionName}  ${file ?? ''}`);
}
const top = (table, n) =>
  [...table]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${name}`)
    .join('\n');
console.log(`${rounds} rounds of ${2 * lines.length} calls, ${(total / 1e6).toFixed(1)} s profiled (${dist})`);
console.log(`\nSelf time by layer:\n${top(tables.layer, 20)}\n\nBy source file:\n${top(tables.file, 30)}\n\nBy function:\n${top(tables.function, 40)}`);
