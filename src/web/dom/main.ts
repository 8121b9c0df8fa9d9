/**
 * The offline page's script (bundled to dist/web/page.js and inlined in the page by `pep-rules web`).
 * The page's one edge with the outside world, as src/cli is the command's: it reads the files the
 * officer chooses, the date input, and (for the report date's default only) the browser's clock.
 * Everything it computes comes from the library's pure functions; nothing is sent anywhere.
 */
import { config as zodConfig } from 'zod/v4/core';
import { isIsoDate, type IsoDate } from '../../core/isoDate';
import { definePolicy } from '../../policy/definePolicy';
import { policies } from '../../policy/presets/index';
import type { Policy } from '../../policy/schema';
import { readSsda903, type Roster, type Ssda903Finding } from '../../report/index';
import { _readRecords } from '../_records';
import { _runCohort } from '../_run';
import { _startBuilder } from './_builder';
import { _announce, _byId, _nextTask } from './_dom';
import { _showResults, _wirePepTable } from './_results';

// The page's Content-Security-Policy has no 'unsafe-eval': zod must never probe `new Function`.
zodConfig({ jitless: true });

/** The files chosen so far, as text. */
const chosen: { pep: { name: string; text: string } | null; header: string | null; episodes: string | null } = { pep: null, header: null, episodes: null };
/** A policy file the officer loaded, checked by the policy gate. */
let loadedPolicy: Policy | null = null;

/** The starting points: the presets, then a loaded policy file. */
function bases(): Map<string, { label: string; policy: Policy }> {
  const out = new Map<string, { label: string; policy: Policy }>(Object.entries(policies).map(([key, p]) => [key, { label: `${p.name} (preset)`, policy: p }]));
  if (loadedPolicy !== null) out.set('loaded', { label: `${loadedPolicy.name} (loaded file)`, policy: loadedPolicy });
  return out;
}

/** The browser's local date: the report date's default when `pep-rules web` was not given one. */
function localToday(): IsoDate {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Which of the three inputs a dropped file is for, from its name and first line. */
async function classify(file: File): Promise<'pep' | 'header' | 'episodes'> {
  if (!/\.csv$/i.test(file.name)) return 'pep';
  const first = (await file.slice(0, 2048).text()).split(/\r?\n/, 1)[0]?.toUpperCase() ?? '';
  return first.includes('DECOM') ? 'episodes' : 'header';
}

/** Keeps a chosen file's text and shows its name (never its content). */
async function take(kind: 'pep' | 'header' | 'episodes', file: File): Promise<void> {
  const text = await file.text();
  if (kind === 'pep') chosen.pep = { name: file.name, text };
  else chosen[kind] = text;
  _byId(`${kind === 'pep' ? 'pep' : kind}-file-name`).textContent = `Chosen: ${file.name} (${file.size.toLocaleString('en-GB')} bytes)`;
}

/** Loads a policy file: the policy gate checks it onto the england defaults, as `--policy file.json` does. */
async function loadPolicy(file: File, refreshBuilder: () => void): Promise<void> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    _byId('policy-file-name').textContent = 'That file is not valid JSON (WEB-POLICY-FILE-INVALID); the policy chosen before stays in use.';
    return;
  }
  const result = definePolicy(parsed);
  if (!result.ok) {
    _byId('policy-file-name').textContent = `That policy has ${result.findings.length} problem(s), so the policy chosen before stays in use: ${result.findings.map((f) => `${f.code}: ${f.message}`).join(' ')}`;
    return;
  }
  loadedPolicy = result.data;
  _byId('policy-file-name').textContent = `Loaded: ${result.data.name} (${result.data.id}).`;
  const select = _byId<HTMLSelectElement>('preset');
  fillPresets(select);
  select.value = 'loaded';
  refreshBuilder();
}

function fillPresets(select: HTMLSelectElement): void {
  select.replaceChildren(...[...bases()].map(([key, b]) => new Option(b.label, key)));
}

/** The roster from the two 903 tables, when both were chosen. */
function roster(): { roster: Roster; findings: readonly Ssda903Finding[] } | null {
  if (chosen.header === null || chosen.episodes === null) return null;
  const read = readSsda903({ header: chosen.header, episodes: chosen.episodes });
  return { roster: read.roster, findings: read.findings };
}

/** Checks the chosen export and shows the results. */
async function check(): Promise<void> {
  const today = _byId<HTMLInputElement>('today').value;
  if (chosen.pep === null) return void _announce('Choose a PEP export first.');
  if (!isIsoDate(today)) return void _announce('Give the report date.');
  const policy = bases().get(_byId<HTMLSelectElement>('preset').value)?.policy ?? policies.england;
  const names = _byId<HTMLInputElement>('include-names').checked;
  const records = _readRecords(chosen.pep.text);
  const fromRoster = roster();
  const progress = _byId<HTMLProgressElement>('progress');
  const run = _byId<HTMLButtonElement>('run');
  run.disabled = true;
  progress.hidden = false;
  _announce(`Checking ${records.length.toLocaleString('en-GB')} records…`);
  const started = performance.now();
  const result = await _runCohort(records, { today, policy, includeNames: names, ...(fromRoster !== null ? { roster: fromRoster.roster } : {}) }, {
    pause: _nextTask,
    now: () => performance.now(),
    progress: (done, total) => {
      progress.max = total;
      progress.value = done;
    },
  });
  const ms = performance.now() - started;
  document.body.dataset.checkMs = String(Math.round(ms));
  _showResults(result, names, fromRoster?.findings ?? []);
  run.disabled = false;
  progress.hidden = true;
  const s = result.summary;
  const oneTable = (chosen.header === null) !== (chosen.episodes === null);
  const rosterNote = oneTable ? ' Only one SSDA903 table was chosen: the roster needs both the header and the episodes table.' : fromRoster === null ? '' : ` The SSDA903 roster was read${fromRoster.findings.length > 0 ? `, with ${fromRoster.findings.length} problem(s) listed under the roster` : ''}.`;
  _announce(`Checked ${records.length.toLocaleString('en-GB')} records in ${(ms / 1000).toFixed(1)} s: ${s.records.children} children, ${s.overdue.length} PEPs overdue, ${s.records.invalid} records not read as PEPs.${rosterNote}`);
  _byId('h-results').focus();
}

/** Wires the file inputs and the drop zone. */
function wireFiles(refreshBuilder: () => void): void {
  for (const kind of ['pep', 'header', 'episodes'] as const) {
    const input = _byId<HTMLInputElement>(`${kind}-file`);
    input.addEventListener('change', () => void (input.files?.[0] !== undefined ? take(kind, input.files[0]) : undefined));
  }
  const policyInput = _byId<HTMLInputElement>('policy-file');
  policyInput.addEventListener('change', () => void (policyInput.files?.[0] !== undefined ? loadPolicy(policyInput.files[0], refreshBuilder) : undefined));
  const zone = _byId('drop-zone');
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    for (const file of e.dataTransfer?.files ?? []) void classify(file).then((kind) => take(kind, file));
  });
}

function start(): void {
  const pinned = document.querySelector<HTMLMetaElement>('meta[name="pep-rules-today"]')?.content ?? '';
  _byId<HTMLInputElement>('today').value = isIsoDate(pinned) ? pinned : localToday();
  fillPresets(_byId<HTMLSelectElement>('preset'));
  const refreshBuilder = _startBuilder({ bases });
  wireFiles(refreshBuilder);
  _wirePepTable();
  _byId('run').addEventListener('click', () => void check());
}

start();
