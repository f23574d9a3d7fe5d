/**
 * The demo mailbox server: one HTTPS server on 127.0.0.1 with a throwaway self-signed certificate, answering under the
 * real webmail host names (Chromium maps them here with --host-resolver-rules): Outlook on the web pages for the
 * outlook.* hosts, Gmail pages for mail.google.com. The pages' scripts are bundled with esbuild at start.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { generate } from 'selfsigned';
import { WEBMAIL_HOSTS } from '../../extension/sites/match-patterns';
import { DEMO_CONVERSATIONS, type DemoEarlierMessage, newestToken } from './demo-conversations';
import { DEMO_EMAILS } from './demo-emails';
import { demoPage } from './demo-page';
import type { PageEarlierMessage, PageEmail } from './pages/dom';
import { UNVETTED_HOST, unvettedPage } from './unvetted-page';

/** A running demo server. */
export interface DemoServer {
  readonly port: number;
  /** Host names served (each must be mapped to 127.0.0.1:port). */
  readonly hosts: readonly string[];
  /** The mailbox as the pages show it (ids, dates). */
  readonly emails: readonly PageEmail[];
  close(): Promise<void>;
}

/** The Outlook ItemID the demo gives a mail (`m04` → `AAMkAGNvbnRvc28m04AAA=`; shape of a base64 ItemID). */
export function outlookItemId(id: string): string {
  return `AAMkAGNvbnRvc28${id}AAA=`;
}

function earlierAt(parts: readonly DemoEarlierMessage[], newest: string, newestHex: bigint): PageEarlierMessage[] {
  return parts.map((p, k) => ({
    token: p.token,
    messageHex: (newestHex - BigInt(parts.length - k)).toString(16),
    from: p.from,
    to: p.to,
    cc: p.cc ?? [],
    body: p.body,
    receivedAt: new Date(new Date(newest).getTime() - p.daysBefore * 86_400_000 - 47 * 60_000).toISOString(),
    attachments: p.attachments ?? [],
  }));
}

/** The mailbox with page ids and absolute dates, relative to `now`. */
export function pageEmailsAt(now: Date): PageEmail[] {
  const messageHex = (i: number) => 0x18c2a3b4c5d0n + BigInt(i) * 0x101n + 7n;
  const receivedAt = (daysAgo: number, i: number) =>
    new Date(now.getTime() - daysAgo * 86_400_000 - (i * 37 + 15) * 60_000).toISOString();
  return DEMO_EMAILS.map((m, i) => ({
    id: m.id,
    itemId: outlookItemId(m.id),
    convId: `AAQkAGNvbnY${m.id}`,
    threadHex: (0x18c2a3b4c5d0n + BigInt(i) * 0x101n).toString(16),
    messageHex: messageHex(i).toString(16),
    from: m.from,
    to: m.to,
    subject: m.subject,
    body: m.body,
    receivedAt: receivedAt(m.daysAgo, i),
    attachments: m.attachments ?? [],
    unread: !!m.unread,
    token: newestToken(m.id),
    ...(DEMO_CONVERSATIONS[m.id]
      ? { earlier: earlierAt(DEMO_CONVERSATIONS[m.id] ?? [], receivedAt(m.daysAgo, i), messageHex(i)) }
      : {}),
  })).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
}

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, 'pages', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** Starts the server on `port` (0 = any free port). */
export async function startDemoServer(opts: { port?: number; now?: Date } = {}): Promise<DemoServer> {
  const emails = pageEmailsAt(opts.now ?? new Date());
  const [outlookJs, gmailJs, gmailPopoutJs, pems] = await Promise.all([
    bundle('outlook-app.ts'),
    bundle('gmail-app.ts'),
    bundle('gmail-popout.ts'),
    generate([{ name: 'commonName', value: 'mailguard-demo.invalid' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      extensions: [{ name: 'subjectAltName', altNames: WEBMAIL_HOSTS.map((h) => ({ type: 2 as const, value: h })) }],
    }),
  ]);
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', 'https://x');
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    if (url.pathname === '/__demo/outlook.js') return send(200, 'text/javascript', outlookJs);
    if (url.pathname === '/__demo/gmail.js') return send(200, 'text/javascript', gmailJs);
    if (url.pathname === '/__demo/gmail-popout.js') return send(200, 'text/javascript', gmailPopoutJs);
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    if (host === UNVETTED_HOST) return send(200, 'text/html; charset=utf-8', unvettedPage());
    if (host === 'mail.google.com') {
      if (!url.pathname.startsWith('/mail')) return send(302, 'text/plain', '', { location: '/mail/u/0/#inbox' });
      // Gmail's compose window (?view=cm): the pop-out compose, its own top-level page.
      if (url.searchParams.get('view') === 'cm')
        return send(200, 'text/html; charset=utf-8', demoPage('gmail-popout', []));
      return send(200, 'text/html; charset=utf-8', demoPage('gmail', emails));
    }
    if (host.startsWith('outlook.')) {
      if (!url.pathname.startsWith('/mail')) return send(302, 'text/plain', '', { location: '/mail/inbox' });
      return send(200, 'text/html; charset=utf-8', demoPage('outlook', emails));
    }
    return send(404, 'text/plain', `The demo mailbox answers only for ${WEBMAIL_HOSTS.join(', ')}.`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    hosts: [...WEBMAIL_HOSTS, UNVETTED_HOST],
    emails,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
