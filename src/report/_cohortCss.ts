/*
 * The cohort report's style sheet: screen and A4 print. Internal: not re-exported.
 */

/** Inline CSS of the report page (a Content-Security-Policy allows inline styles only). */
export const _CSS = `
:root{--ink:#1f2933;--muted:#52606d;--line:#cbd2d9;--bg:#f5f7fa;--accent:#1d4e89}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:1100px;margin:0 auto;padding:24px 28px}
header{border-bottom:3px solid var(--accent);margin-bottom:16px;padding-bottom:8px}
h1{font-size:24px;margin:0 0 4px;color:var(--accent)}
h2{font-size:18px;margin:22px 0 8px;color:var(--accent);border-bottom:1px solid var(--line);padding-bottom:3px}
h3{font-size:15px;margin:0 0 6px}
p{margin:4px 0}
.meta{color:var(--muted)}
.privacy{border:1px solid var(--line);background:var(--bg);padding:6px 10px;border-radius:4px;margin-top:8px}
.privacy.names{border-color:#c62828;background:#fdecea;font-weight:bold}
.tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;margin:12px 0}
.tile{border:1px solid var(--line);border-radius:6px;padding:8px 10px;background:var(--bg)}
.tile .n{display:block;font-size:22px;font-weight:bold;color:var(--accent)}
.tile .l{color:var(--muted);font-size:12px}
.panel,.list{margin:12px 0 18px}
.pair{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;align-items:start}
.stack figure{max-width:680px}
figure{margin:0}
svg.chart{max-width:100%;height:auto;display:block;font-size:14px}
.chart-label,.chart-value{fill:var(--ink)}
.chart-tick{fill:var(--muted);font-size:12px}
.chart-grid{stroke:#e4e7eb;stroke-width:1}
.chart-axis{stroke:var(--muted);stroke-width:1}
table{border-collapse:collapse;width:100%;font-size:12.5px;margin:4px 0 8px}
caption{text-align:left;font-weight:bold;color:var(--muted);padding:2px 0 4px;caption-side:top}
th,td{border:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}
thead th{background:var(--bg)}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th.code{font-family:"DejaVu Sans Mono",monospace;font-weight:normal}
tr.small th{font-style:italic}
.intro,.note{color:var(--muted);font-size:12.5px}
.none{color:var(--muted);font-style:italic}
.legend{font-size:12px;color:var(--muted)}
.legend i{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px;border-radius:2px}
.legend-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:6px 18px}
.legend-group ul{list-style:none;margin:0;padding:0;font-size:12.5px}
.legend-group li{margin:2px 0}
.legend-group i{display:inline-block;width:10px;height:10px;margin-right:6px;border-radius:2px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.meaning{color:var(--muted)}
dl.defs{display:grid;grid-template-columns:200px 1fr;gap:4px 12px;font-size:12.5px}
dl.defs dt{font-weight:bold}
dl.defs dd{margin:0}
footer{margin-top:24px;border-top:1px solid var(--line);padding-top:6px;color:var(--muted);font-size:12px}
@media screen and (max-width:760px){.pair{grid-template-columns:1fr}.tiles{grid-template-columns:repeat(2,1fr)}}
@page{size:A4;margin:14mm 12mm}
@media print{
body{font-size:9.5pt}
main{max-width:none;padding:0}
h2{break-after:avoid;page-break-after:avoid}
h3{break-after:avoid;page-break-after:avoid}
.panel,figure,svg.chart,.tile{break-inside:avoid;page-break-inside:avoid}
table{font-size:8.5pt}
thead{display:table-header-group}
tr{break-inside:avoid;page-break-inside:avoid}
.privacy.names{-webkit-print-color-adjust:exact;print-color-adjust:exact}
svg.chart rect{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
