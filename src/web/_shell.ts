/**
 * The offline page's HTML: the controls, the inlined style sheet and the inlined script, under a
 * Content-Security-Policy that forbids every connection (`default-src 'none'`, `connect-src 'none'`)
 * and allows only this script and this style sheet, by their SHA-256 hashes. No external URL.
 */
import { _PAGE_CSS } from './_css';

/** The hashes of the inlined script and style sheet, `'sha256-<base64>'` without quotes. */
export interface _PageHashes {
  readonly script: string;
  readonly style: string;
}

/**
 * The page's Content-Security-Policy: nothing may be fetched, sent, framed or submitted; only the
 * inlined script and style sheet run, by hash.
 * @param hashes - `'sha256-…'` of the script and of the style sheet.
 * @returns The policy, directives joined with `; `.
 * @example
 * _pageCsp({ script: 'sha256-a', style: 'sha256-b' }).startsWith("default-src 'none'; connect-src 'none'"); // true
 */
export function _pageCsp(hashes: _PageHashes): string {
  return [
    "default-src 'none'",
    "connect-src 'none'",
    `script-src '${hashes.script}'`,
    `style-src '${hashes.style}'`,
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "worker-src 'none'",
    "frame-src 'none'",
  ].join('; ');
}

const INPUTS = `<section aria-labelledby="h-input">
<h2 id="h-input">1. Choose the files</h2>
<div class="drop" id="drop-zone">
<p class="hint" id="drop-hint">Choose the files below, or drop them anywhere in this box: a PEP export, and the two SSDA903 CSV tables if you have them.</p>
<div class="grid">
<div class="field"><label for="pep-file">PEP export</label><p class="hint" id="pep-file-hint">JSON, a JSON array or NDJSON (one PEP per line)</p><input type="file" id="pep-file" accept=".json,.ndjson,.jsonl,application/json" aria-describedby="pep-file-hint pep-file-name"><p class="hint" id="pep-file-name"></p></div>
<div class="field"><label for="header-file">SSDA903 header table (optional)</label><p class="hint" id="header-file-hint">CSV: CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB</p><input type="file" id="header-file" accept=".csv,text/csv" aria-describedby="header-file-hint header-file-name"><p class="hint" id="header-file-name"></p></div>
<div class="field"><label for="episodes-file">SSDA903 episodes table (optional)</label><p class="hint" id="episodes-file-hint">CSV: CHILD, DECOM, RNE, LS, CIN, PLACE, … DEC, REC</p><input type="file" id="episodes-file" accept=".csv,text/csv" aria-describedby="episodes-file-hint episodes-file-name"><p class="hint" id="episodes-file-name"></p></div>
</div>
</div>
<div class="grid">
<div class="field"><label for="preset">Council policy</label><select id="preset"></select></div>
<div class="field"><label for="policy-file">Or load a policy file</label><p class="hint" id="policy-file-hint">JSON, as saved by the policy builder below or used with pep-rules --policy</p><input type="file" id="policy-file" accept=".json,application/json" aria-describedby="policy-file-hint policy-file-name"><p class="hint" id="policy-file-name"></p></div>
<div class="field"><label for="today">Report date</label><input type="date" id="today" required></div>
<div class="field check"><input type="checkbox" id="include-names" aria-describedby="include-names-hint"><label for="include-names">Show child names</label></div>
</div>
<p class="hint" id="include-names-hint">Names are personal data: leave this off unless you need them. Without it children are shown by PEP and child id only.</p>
<div class="actions"><button type="button" id="run">Check the PEPs</button><progress id="progress" max="1" value="0" hidden aria-label="Records checked"></progress></div>
</section>`;

const RESULTS = `<section id="results" aria-labelledby="h-results" hidden>
<h2 id="h-results" tabindex="-1">2. Results</h2>
<div class="actions" id="downloads"></div>
<div id="summary-area"></div>
<h3 id="h-peps">Each PEP: grade and findings</h3>
<div class="actions"><label for="pep-filter">Show</label><select id="pep-filter"><option value="all">every PEP</option><option value="errors">PEPs with errors</option><option value="red">PEPs graded red or not graded</option></select></div>
<table id="table-peps" aria-labelledby="h-peps"><thead id="peps-head"></thead><tbody id="pep-rows"></tbody></table>
<div class="actions"><button type="button" class="secondary" id="more-peps" hidden>Show more PEPs</button><p class="hint" id="peps-shown"></p></div>
</section>`;

const BUILDER = `<section aria-labelledby="h-builder">
<h2 id="h-builder">3. Build a council policy</h2>
<p class="lead">Start from a preset, change the numbers your council's PEP policy sets, and give the document and section they come from. Each change is checked as you type against the policy schema; save the policy as a file to use it here or with <code>pep-rules --policy</code>.</p>
<form id="policy-form" novalidate>
<div class="grid">
<div class="field"><label for="builder-base">Start from</label><select id="builder-base"></select></div>
<div class="field"><label for="changes-source">Source of your changes</label><p class="hint" id="changes-source-hint">The council document and section, e.g. "Exampleshire PEP Policy 2025, section 4"</p><input type="text" id="changes-source" aria-describedby="changes-source-hint"></div>
</div>
<div class="grid" id="builder-fields"></div>
<div id="builder-other" class="field-error" role="alert"></div>
<div class="actions"><button type="button" id="save-policy">Save the policy file</button><p class="hint" id="builder-state" aria-live="polite"></p></div>
</form>
</section>`;

/**
 * The page, with the script and the style sheet inlined.
 * @param script - The page's bundled script (an IIFE).
 * @param hashes - `'sha256-…'` of the script and of the style sheet (`_PAGE_CSS`).
 * @returns The HTML document.
 * @example
 * _pageHtml(script, { script: 'sha256-…', style: 'sha256-…' }).startsWith('<!DOCTYPE html>'); // true
 */
export function _pageHtml(script: string, hashes: _PageHashes): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${_pageCsp(hashes)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="pep-rules-today" content="">
<title>PEP check: the virtual school's cohort, offline</title>
<style>${_PAGE_CSS}</style>
</head>
<body>
<a class="skip" href="#h-input">Skip to the files</a>
<header><h1>PEP check</h1>
<p class="lead">Checks Personal Education Plans and the SSDA903 roster of children in care on this computer. Nothing leaves this computer: the page makes no network connection (its security policy forbids every one) and the files you choose are read here, never uploaded.</p></header>
<main>
${INPUTS}
<div id="status" class="status" role="status" aria-live="polite"></div>
${RESULTS}
${BUILDER}
</main>
<noscript><p>This page needs JavaScript, which runs only on this computer.</p></noscript>
<script>${script}</script>
</body>
</html>
`;
}
