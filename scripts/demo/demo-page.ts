/**
 * The HTML shell of the demo pages: styles, the mailbox as JSON (with `<` escaped so no mail text can end the script
 * element), and the page script. Mail text is rendered by the page script with textContent only.
 */
import type { PageEmail } from './pages/dom';

const CSS = `
* { box-sizing: border-box; } body { margin: 0; font: 14px/1.4 "Segoe UI", system-ui, sans-serif; color: #242424; background: #f5f5f5; }
button { font: inherit; }
.ol-app { display: grid; grid-template-columns: 180px 420px 1fr; height: 100vh; }
.ol-nav { background: #0f6cbd; color: #fff; padding: 12px; } .ol-new { width: 100%; margin-bottom: 12px; padding: 6px; }
.ol-list { background: #fff; border-right: 1px solid #ddd; min-height: 0; } .ol-scroller { height: 100vh; overflow-y: auto; }
.ol-dateheader { border: 0; background: none; font-weight: 600; padding: 6px 12px; }
.ol-listbox { position: relative; } .ol-spacer { width: 1px; }
.ol-row { position: absolute; left: 0; right: 0; height: 64px; display: flex; gap: 8px; padding: 6px 10px; border-bottom: 1px solid #eee; cursor: pointer; overflow: hidden; }
.ol-row[aria-selected=true] { background: #ebf3fc; } .ol-unread .OZZZK, .ol-unread .TtcXM { font-weight: 700; }
.ol-check { width: 14px; } .ol-lines { flex: 1; min-width: 0; } .ol-line1 { display: flex; justify-content: space-between; }
.ol-line2, .ol-line3 { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; } .ol-line3 { color: #616161; font-size: 12px; }
.ol-mark { border: 0; background: none; color: #0f6cbd; }
.ol-read { overflow-y: auto; height: 100vh; } .ol-pane { padding: 16px 24px; } .ol-subject { font-size: 20px; font-weight: 600; margin-bottom: 8px; }
.ol-card { background: #fff; border: 1px solid #e0e0e0; border-radius: 6px; padding: 12px 16px; }
.ol-from button { border: 0; background: none; font-weight: 600; padding: 0; } .ol-date { color: #616161; font-size: 12px; }
.ol-body { white-space: pre-wrap; margin-top: 12px; } .ol-actions { margin: 6px 0; }
.ol-compose { background: #fff; border: 1px solid #c7c7c7; padding: 10px; margin-bottom: 12px; }
.ol-group { display: flex; gap: 6px; margin: 4px 0; } .ol-recips { flex: 1; border-bottom: 1px solid #ccc; min-height: 22px; }
.ol-pill { background: #e8ebfa; border-radius: 10px; padding: 0 6px; margin-right: 4px; }
.ol-subjectin { width: 100%; margin: 6px 0; } .ol-editor { min-height: 120px; border: 1px solid #eee; padding: 6px; white-space: pre-wrap; }
.gm-app { display: grid; grid-template-columns: 200px 1fr; min-height: 100vh; background: #f6f8fc; }
.gm-nav { padding: 12px; } .gm-nav .T-I { background: #c2e7ff; border-radius: 16px; padding: 12px 20px; display: inline-block; cursor: pointer; margin-bottom: 12px; }
[role=main] { background: #fff; border-radius: 16px; margin: 8px; padding: 8px; }
.Cp table { width: 100%; border-collapse: collapse; table-layout: fixed; } tr.zA { cursor: pointer; border-bottom: 1px solid #f1f3f4; }
tr.zA td { padding: 6px 8px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; } td.yX { width: 180px; } td.xW { width: 80px; text-align: right; } td.oZ-x3 { width: 30px; }
tr.zE .zF, tr.zE .bqe { font-weight: 700; } .y2 { color: #5f6368; } .xT { display: flex; gap: 4px; overflow: hidden; } .y6 { overflow: hidden; text-overflow: ellipsis; }
h2.hP { font-size: 22px; font-weight: 400; } .a3s { white-space: pre-wrap; } .adn { padding: 8px 16px; } .ip span[role=button] { border: 1px solid #ccc; border-radius: 16px; padding: 6px 16px; cursor: pointer; }
.dw { position: fixed; right: 16px; bottom: 0; } [role=dialog] { background: #fff; width: 520px; box-shadow: 0 4px 16px rgba(0,0,0,.3); border-radius: 8px 8px 0 0; padding: 8px; }
.M9 input[name=subjectbox], .M9 input[peoplekit-id] { width: 100%; } .Ap [role=textbox] { min-height: 120px; border: 1px solid #eee; white-space: pre-wrap; }
.btC .aoO { background: #0b57d0; color: #fff; border-radius: 18px; padding: 8px 20px; display: inline-block; cursor: pointer; }
`;

/** The page for one site (or Gmail's pop-out compose window). */
export function demoPage(site: 'outlook' | 'gmail' | 'gmail-popout', emails: readonly PageEmail[]): string {
  const data = JSON.stringify(emails).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  const title =
    site === 'outlook'
      ? 'Mail - Sam Taylor - Outlook'
      : site === 'gmail'
        ? 'Inbox - sam.taylor@northwind-it.co.uk - Gmail'
        : 'Compose Mail - sam.taylor@northwind-it.co.uk - Gmail';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${CSS}</style></head>
<body><script id="demo-data" type="application/json">${data}</script>
<script src="/__demo/${site}.js"></script></body></html>`;
}
