/**
 * A stand-in for a site that is NOT on the organisation's allow-list (a file-sharing / web-form site), served by the
 * demo server as https://files.unvetted-share.example/ so the paste guard can be tried and tested: a text area, a
 * drop zone and an upload field. What reaches the page is recorded in window.__received (the tests read it).
 * Static markup only; everything it shows is set with textContent.
 */

/** Host name of the unvetted demo site (mapped to the demo server like the webmail hosts). */
export const UNVETTED_HOST = 'files.unvetted-share.example';

const SCRIPT = `
const log = (what, value) => { (window.__received ||= []).push({ what, value }); };
const area = document.getElementById('notes');
area.addEventListener('paste', (e) => log('paste', e.clipboardData ? e.clipboardData.getData('text/plain') : ''));
const zone = document.getElementById('drop');
zone.addEventListener('dragover', (e) => e.preventDefault());
zone.addEventListener('drop', (e) => {
  e.preventDefault();
  const names = [...(e.dataTransfer ? e.dataTransfer.files : [])].map((f) => f.name);
  log('drop', names.length ? names.join(',') : e.dataTransfer.getData('text/plain'));
  zone.textContent = 'Received: ' + (names.join(', ') || 'text');
});
const upload = document.getElementById('upload');
upload.addEventListener('change', () => log('upload', [...upload.files].map((f) => f.name).join(',')));
`;

/** The page's HTML. */
export function unvettedPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>QuickShare — upload and share files</title>
<style>body{font:15px/1.4 system-ui,sans-serif;margin:24px;max-width:640px}textarea{width:100%;height:120px}
#drop{border:2px dashed #888;padding:24px;margin:12px 0;text-align:center}</style></head>
<body><h1>QuickShare</h1><p>An example site outside the organisation's allow-list (demo only).</p>
<label for="notes">Notes for the recipient</label><textarea id="notes"></textarea>
<div id="drop">Drop files here</div>
<label>Upload a file <input id="upload" type="file"></label>
<script>${SCRIPT}</script></body></html>`;
}
