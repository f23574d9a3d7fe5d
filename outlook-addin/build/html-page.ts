/**
 * Build-time only (Node): the add-in's HTML pages. office.js comes first (Office requires it to load before the page's
 * own script); the page script is a classic script after it; mount nodes are left empty (Preact keeps stray text).
 */

/** Production office.js: Microsoft's CDN (Office Store rules require this URL). */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Escapes text for an HTML attribute or text node. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One page: title, office.js, optional inline CSS, body mount node, then the page's scripts in order. */
export function htmlPage(opts: {
  title: string;
  officeJs: string;
  scripts: readonly string[];
  css?: string;
  mountId?: string;
  bodyText?: string;
  /** Extra origins the page may connect to (default: only its own, so mail content cannot leave from it). */
  connectSrc?: readonly string[];
}): string {
  const connect = ["'self'", ...(opts.connectSrc ?? [])].join(' ');
  const scripts = opts.scripts.map((s) => `    <script src="${esc(s)}"></script>`).join('\n');
  const body = opts.mountId ? `<div id="${esc(opts.mountId)}"></div>` : `<p>${esc(opts.bodyText ?? '')}</p>`;
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src ${connect}; frame-src https://*.office.com https://*.office365.com https://*.microsoft.com" />
    <title>${esc(opts.title)}</title>
    <script src="${esc(opts.officeJs)}"></script>
${opts.css ? `    <style>${opts.css}</style>\n` : ''}  </head>
  <body>
    ${body}
${scripts}
  </body>
</html>
`;
}
