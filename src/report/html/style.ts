/** The report's only stylesheet: inline, allowed by its hash; light, dark (prefers-color-scheme) and print. */
export const STYLE = `
:root {
  --bg: #f6f7f9; --panel: #ffffff; --text: #1d2430; --muted: #5b6576; --line: #dde1e7; --accent: #2457c5;
  --critical: #7b1fa2; --high: #c62828; --medium: #d97706; --low: #0277bd; --info: #6b7280;
  --good: #1b7f3b; --bad: #c62828; --na: #9aa3b2; --track: #e9ecf1; --category: #3f6fd8; --source: #0f8b8d;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0f1318; --panel: #171c23; --text: #e4e8ee; --muted: #9aa4b2; --line: #2a313b; --accent: #7aa2ff;
    --critical: #ce93d8; --high: #ef5350; --medium: #fbbf24; --low: #4fc3f7; --info: #9ca3af;
    --good: #4ade80; --bad: #f87171; --na: #6b7280; --track: #252c36; --category: #7aa2ff; --source: #2dd4bf;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header.top { padding: 20px 32px 12px; background: var(--panel); border-bottom: 1px solid var(--line); }
header.top h1 { margin: 0 0 4px; font-size: 22px; }
header.top .meta { color: var(--muted); }
nav.toc { display: flex; gap: 16px; margin-top: 10px; flex-wrap: wrap; }
nav.toc a { color: var(--accent); text-decoration: none; }
main { padding: 8px 32px 40px; max-width: 1400px; }
section { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
h2 { margin: 0 0 12px; font-size: 18px; }
h3 { font-size: 15px; margin: 18px 0 8px; }
.count { display: inline-block; min-width: 1.6em; padding: 0 6px; border-radius: 10px; background: var(--track); color: var(--muted); font-size: 12px; text-align: center; }
.note { color: var(--muted); margin: 4px 0 10px; }
.mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; overflow-wrap: anywhere; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; }
.card { flex: 1 1 160px; border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.card.pass { display: flex; gap: 12px; align-items: center; flex: 2 1 280px; }
.card-value { font-size: 26px; font-weight: 650; }
.card.bad .card-value { color: var(--bad); }
.card.good .card-value { color: var(--good); }
.card-label { font-weight: 600; }
.card-detail { color: var(--muted); font-size: 12.5px; }
.ring { width: 84px; height: 84px; flex: none; }
.ring-track { fill: none; stroke: var(--track); stroke-width: 12; }
.ring-fill { fill: none; stroke: var(--good); stroke-width: 12; }
.ring-text { fill: var(--text); font-size: 17px; font-weight: 650; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; margin-top: 16px; }
.chart { margin: 0; }
.chart figcaption { font-weight: 600; margin-bottom: 6px; }
.chart-label, .chart-value { fill: var(--text); font-size: 12px; }
.bar-track { fill: var(--track); }
.bar { fill: var(--accent); }
.bar.tone-category { fill: var(--category); }
.bar.tone-source { fill: var(--source); }
.sev-critical { --sev: var(--critical); } .sev-high { --sev: var(--high); } .sev-medium { --sev: var(--medium); }
.sev-low { --sev: var(--low); } .sev-info { --sev: var(--info); }
.bar.sev-critical, .bar.sev-high, .bar.sev-medium, .bar.sev-low, .bar.sev-info { fill: var(--sev); }
.sev { display: inline-block; min-width: 62px; padding: 1px 8px; border-radius: 10px; color: #fff; background: var(--sev); font-size: 12px; font-weight: 600; text-align: center; text-transform: uppercase; }
@media (prefers-color-scheme: dark) { .sev { color: #0f1318; } }
.badge-new { margin-left: 6px; padding: 0 6px; border-radius: 8px; border: 1px solid var(--accent); color: var(--accent); font-size: 11px; }
.badge-managed { margin-left: 6px; padding: 0 6px; border-radius: 8px; border: 1px solid var(--muted); color: var(--muted); font-size: 11px; white-space: nowrap; }
.where-iac { font-size: 11.5px; opacity: 0.8; }
.status { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; }
.status.failed { color: var(--bad); } .status.passed { color: var(--good); } .status.not-assessed { color: var(--na); }
.frameworks { display: grid; gap: 8px; }
details.framework { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; }
details.framework > summary { cursor: pointer; display: grid; grid-template-columns: 160px 1fr 220px; gap: 12px; align-items: center; }
.fw-name { font-weight: 650; }
.posture { display: flex; gap: 8px; flex-wrap: wrap; }
.posture-bar { width: 220px; height: 8px; border-radius: 4px; overflow: hidden; background: var(--track); }
.seg-failed { fill: var(--bad); } .seg-passed { fill: var(--good); } .seg-not-assessed { fill: var(--na); }
table { width: 100%; border-collapse: collapse; margin-top: 8px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; font-size: 12.5px; }
td { overflow-wrap: anywhere; }
a { color: var(--accent); }
.filters { display: flex; flex-wrap: wrap; gap: 10px 14px; align-items: flex-end; margin-bottom: 8px; }
.filters label { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: var(--muted); }
.filters select, .filters input { font: inherit; color: var(--text); background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 4px 6px; max-width: 220px; }
.filters .search input { width: 240px; }
.sev-chips { display: flex; gap: 6px; flex-wrap: wrap; }
.chip { font: inherit; font-size: 12px; cursor: pointer; border: 1px solid var(--sev); color: var(--sev); background: transparent; border-radius: 14px; padding: 3px 10px; text-transform: capitalize; }
.chip[aria-pressed="true"] { background: var(--sev); color: var(--panel); }
.chip-count { opacity: 0.8; }
button.link, button.expand { font: inherit; background: none; border: 0; color: var(--accent); cursor: pointer; padding: 0; text-align: left; }
button.expand { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
button.expand::before { content: "▸ "; }
button.expand[aria-expanded="true"]::before { content: "▾ "; }
tr.finding-detail td { background: var(--bg); }
dl.facts { display: grid; grid-template-columns: 160px 1fr; gap: 4px 12px; margin: 4px 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.pager { display: flex; gap: 12px; align-items: center; margin-top: 10px; }
.pager button { font: inherit; color: var(--text); background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 3px 10px; cursor: pointer; }
.pager button:disabled { opacity: 0.4; cursor: default; }
ul.problems { margin: 0; padding-left: 18px; }
ul.problems li { margin: 3px 0; }
td.hash { font-size: 11.5px; }
footer { color: var(--muted); padding: 0 32px 24px; font-size: 12px; }
.print-only { display: none; }
@media print {
  .print-only { display: block; }
  :root { --bg: #fff; --panel: #fff; --text: #000; --muted: #444; --line: #bbb; }
  body { font-size: 11px; }
  nav.toc, .filters, .pager, #clear-filters { display: none; }
  main { padding: 0; max-width: none; }
  section { border: 0; padding: 0; margin: 12px 0; break-inside: auto; }
  details.framework > summary { grid-template-columns: 140px 1fr 160px; }
  details.framework:not([open]) > table { display: table; }
  tr { break-inside: avoid; }
  .sev, .chip[aria-pressed="true"] { color: #000; background: none; border: 1px solid var(--sev); }
}
`;
