/**
 * The offline page's style sheet, inlined in the page (allowed by its hash in the
 * Content-Security-Policy). Colours meet WCAG 2.2 AA contrast (4.5:1 for text, 3:1 for the focus
 * ring and control borders) on white; focus is always visible.
 * @example
 * _PAGE_CSS.includes(':focus-visible'); // true
 */
export const _PAGE_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #767676; --accent: #0b4f9c; --focus: #b3261e; --bg-soft: #f3f5f8; }
* { box-sizing: border-box; }
html { font: 16px/1.5 system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.75rem; margin: .5rem 0; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--accent); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
p.lead { color: var(--muted); max-width: 52rem; }
.skip { position: absolute; left: -999px; top: .5rem; background: #fff; padding: .5rem; }
.skip:focus { left: .5rem; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem 1.5rem; }
.field { display: flex; flex-direction: column; gap: .25rem; }
.field.check { flex-direction: row; align-items: center; gap: .5rem; }
label { font-weight: 600; }
.hint { color: var(--muted); font-size: .9rem; margin: 0; }
input[type=text], input[type=date], input[type=number], select { font: inherit; padding: .4rem .5rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; color: var(--ink); min-height: 2.5rem; }
input[type=file] { font: inherit; }
.field select, .field input[type=text], .field input[type=date] { width: 100%; }
#table-action th, #table-action td { white-space: nowrap; }
#table-action td:last-child { white-space: normal; }
input[type=checkbox] { width: 1.25rem; height: 1.25rem; accent-color: var(--accent); }
input[aria-invalid=true], select[aria-invalid=true] { border: 2px solid var(--focus); }
button, a.button { font: inherit; font-weight: 600; display: inline-block; padding: .5rem 1rem; min-height: 2.75rem; border-radius: 4px; border: 2px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; }
button.secondary, a.button { background: #fff; color: var(--accent); }
button[disabled] { background: #e8e8e8; color: #4a4a4a; border-color: #767676; cursor: not-allowed; }
.actions { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; align-items: center; }
.drop { border: 2px dashed var(--line); border-radius: 8px; padding: 1rem; background: var(--bg-soft); }
.drop.over { border-color: var(--accent); background: #e6eef8; }
.status { margin: 1rem 0; padding: .75rem 1rem; border-left: 4px solid var(--accent); background: var(--bg-soft); min-height: 1.5rem; }
.status:empty { display: none; }
.field-error { color: #a4161a; font-weight: 600; margin: 0; }
.field-error:empty { display: none; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .75rem; margin: 1rem 0; }
.tile { border: 1px solid var(--line); border-radius: 6px; padding: .75rem; }
.tile .n { display: block; font-size: 1.75rem; font-weight: 700; }
.tile .l { color: var(--muted); }
table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
caption { text-align: left; font-weight: 700; padding: .25rem 0; }
th, td { border-bottom: 1px solid #c8c8c8; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--bg-soft); }
td:nth-child(n+2) { font-variant-numeric: tabular-nums; }
.grade, .sev { display: inline-block; padding: 0 .5rem; border-radius: 999px; font-weight: 600; }
.grade-gold { background: #fff1c2; color: #5c4300; } .grade-green { background: #d9f2e0; color: #0f5323; }
.grade-amber { background: #ffe4c4; color: #6e3700; } .grade-red { background: #fbdada; color: #8a1111; }
.grade-none { background: #ececec; color: #333; }
.sev-error { background: #fbdada; color: #8a1111; } .sev-warning { background: #ffe4c4; color: #6e3700; } .sev-info { background: #dde8f6; color: #0b3a70; }
details summary { cursor: pointer; color: var(--accent); font-weight: 600; }
details ul { margin: .25rem 0; padding-left: 1.25rem; }
.path { color: var(--muted); }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
.layout-two { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 0 2rem; }
[hidden] { display: none !important; }
`;
