/**
 * A local node:http server that speaks exactly the Microsoft Graph v1.0 subset the mailbox scan uses, shaped as
 * Microsoft's documentation shows it:
 * - list messages: https://learn.microsoft.com/en-us/graph/api/user-list-messages
 *   (`@odata.context`, `value`, `@odata.nextLink` with `$skip`, `$select`, `$top`, `$count`, `Prefer:
 *   outlook.body-content-type="text"` answered with `Preference-Applied`)
 * - paging: https://learn.microsoft.com/en-us/graph/paging (the nextLink is an opaque absolute URL)
 * - throttling: https://learn.microsoft.com/en-us/graph/throttling (429 + `Retry-After` seconds, error `TooManyRequests`)
 * - JSON batching: https://learn.microsoft.com/en-us/graph/json-batching (`{requests:[{id,method,url,headers,body}]}`
 *   → `{responses:[{id,status,headers,body}]}`, at most 20, answers in any order, per-item 429 with `Retry-After`)
 * - update message: https://learn.microsoft.com/en-us/graph/api/message-update (PATCH `categories`)
 * - shared mailboxes: https://learn.microsoft.com/en-us/graph/outlook-share-messages-folders (`/users/{id}/messages`)
 * Faults are scripted per test. Listens on 127.0.0.1 only; `close()` ends it.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stored message (all properties; `$select` picks). */
export interface FakeMessage {
  id: string;
  internetMessageId: string;
  conversationId: string;
  subject: string;
  from: { emailAddress: { name: string; address: string } };
  toRecipients: { emailAddress: { name: string; address: string } }[];
  ccRecipients: { emailAddress: { name: string; address: string } }[];
  receivedDateTime: string;
  body: { contentType: 'text' | 'html'; content: string };
  bodyPreview: string;
  hasAttachments: boolean;
  categories: string[];
}

/** A scripted fault: answer the n-th (1-based) request of a kind with this status (and Retry-After). */
export interface Fault {
  kind: 'page' | 'batch' | 'batch-item';
  at: number;
  status: number;
  retryAfter?: string;
  /** How many consecutive matching requests fail (default 1). */
  times?: number;
}

/** The running server, its data and what it saw. */
export interface FakeGraph {
  url: string;
  mailboxes: Map<string, FakeMessage[]>;
  faults: Fault[];
  /** Valid bearer tokens. */
  tokens: Set<string>;
  log: { method: string; path: string; prefer?: string | undefined; status: number }[];
  patches: Map<string, number>;
  batchSizes: number[];
  close(): Promise<void>;
}

/** Starts the server with the given mailboxes (`me` and shared addresses). */
export async function startFakeGraph(mailboxes: Record<string, FakeMessage[]>): Promise<FakeGraph> {
  const state = {
    mailboxes: new Map(Object.entries(mailboxes)),
    faults: [] as Fault[],
    tokens: new Set(['token-1']),
    log: [] as FakeGraph['log'],
    patches: new Map<string, number>(),
    batchSizes: [] as number[],
  };
  const seen = { page: 0, batch: 0, 'batch-item': 0 };
  let base = '';
  const fault = (kind: Fault['kind']): Fault | undefined => {
    seen[kind]++;
    return state.faults.find((f) => f.kind === kind && seen[kind] >= f.at && seen[kind] < f.at + (f.times ?? 1));
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      state.log.push({
        method: req.method ?? '',
        path: url.pathname + url.search,
        prefer: req.headers.prefer?.toString(),
        status,
      });
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
      return true as const;
    };
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token || !state.tokens.has(token)) {
      return send(401, graphError('InvalidAuthenticationToken', 'Access token has expired or is not yet valid.'));
    }
    if (req.method === 'GET') return listMessages(url, req, send);
    if (req.method === 'POST' && url.pathname === '/v1.0/$batch') return batch(await readJson(req), send);
    send(400, graphError('BadRequest', `Unsupported ${req.method} ${url.pathname}`));
  });

  function listMessages(url: URL, req: IncomingMessage, send: Send): true {
    const owner = mailboxOf(url.pathname.replace(/^\/v1\.0/, ''), /\/messages$/);
    const messages = owner === undefined ? undefined : state.mailboxes.get(owner);
    if (!messages) return send(404, graphError('ErrorInvalidUser', 'The requested user is invalid.'));
    const f = fault('page');
    if (f)
      return send(
        f.status,
        graphError(f.status === 429 ? 'TooManyRequests' : 'UnknownError', 'Please retry again later.'),
        f.retryAfter ? { 'Retry-After': f.retryAfter } : {},
      );
    const top = Number(url.searchParams.get('$top') ?? 10);
    const skip = Number(url.searchParams.get('$skip') ?? 0);
    const select = url.searchParams.get('$select')?.split(',');
    const text = /outlook\.body-content-type="text"/.test(String(req.headers.prefer ?? ''));
    const value = messages.slice(skip, skip + top).map((m) => project(m, select, text));
    const next = new URL(url);
    next.searchParams.set('$skip', String(skip + top));
    next.searchParams.delete('$count');
    return send(
      200,
      {
        '@odata.context': `${base}/v1.0/$metadata#users('${owner}')/messages(${select?.join(',') ?? ''})`,
        ...(url.searchParams.get('$count') === 'true' ? { '@odata.count': messages.length } : {}),
        ...(skip + top < messages.length ? { '@odata.nextLink': next.toString() } : {}),
        value,
      },
      text ? { 'Preference-Applied': 'outlook.body-content-type="text"' } : {},
    );
  }

  function batch(body: unknown, send: Send): true {
    const requests = (body as { requests?: { id: string; method: string; url: string; body?: unknown }[] }).requests;
    if (!Array.isArray(requests) || requests.length === 0 || requests.length > 20) {
      return send(400, graphError('BadRequest', 'A batch holds between 1 and 20 requests.'));
    }
    const f = fault('batch');
    if (f)
      return send(
        f.status,
        graphError('TooManyRequests', 'Please retry again later.'),
        f.retryAfter ? { 'Retry-After': f.retryAfter } : {},
      );
    state.batchSizes.push(requests.length);
    const responses = requests.map((r) => {
      const itemFault = fault('batch-item');
      if (itemFault) {
        return {
          id: r.id,
          status: itemFault.status,
          headers: itemFault.retryAfter ? { 'Retry-After': itemFault.retryAfter } : {},
          body: graphError('TooManyRequests', 'Please retry again later.'),
        };
      }
      const match = /^(.*)\/messages\/([^/]+)$/.exec(r.url);
      const owner = match ? mailboxOf(match[1]!, /$/) : undefined;
      const id = match ? decodeURIComponent(match[2]!) : '';
      const message = owner === undefined ? undefined : state.mailboxes.get(owner)?.find((m) => m.id === id);
      if (r.method !== 'PATCH' || !message) {
        return {
          id: r.id,
          status: 404,
          body: graphError('ErrorItemNotFound', 'The specified object was not found in the store.'),
        };
      }
      const categories = (r.body as { categories?: unknown }).categories;
      if (!Array.isArray(categories))
        return { id: r.id, status: 400, body: graphError('BadRequest', 'categories must be an array') };
      message.categories = categories.map(String);
      state.patches.set(id, (state.patches.get(id) ?? 0) + 1);
      return {
        id: r.id,
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: project(message, undefined, false),
      };
    });
    return send(200, { responses: responses.reverse() });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    url: `${base}/v1.0`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

type Send = (status: number, body: unknown, headers?: Record<string, string>) => true;

/** `/me` → 'me', `/users/{address}` → the address. */
function mailboxOf(path: string, tail: RegExp): string | undefined {
  const stripped = path.replace(tail, '');
  if (stripped === '/me') return 'me';
  const user = /^\/users\/([^/]+)$/.exec(stripped)?.[1];
  return user ? decodeURIComponent(user) : undefined;
}

function project(m: FakeMessage, select: string[] | undefined, text: boolean): Record<string, unknown> {
  const full: Record<string, unknown> = {
    '@odata.etag': `W/"${m.id}-${m.categories.length}"`,
    ...m,
    body: text
      ? { contentType: 'text', content: m.body.content }
      : { contentType: 'html', content: `<html><body>${m.body.content}</body></html>` },
  };
  if (!select) return full;
  return Object.fromEntries(Object.entries(full).filter(([k]) => k === '@odata.etag' || select.includes(k)));
}

function graphError(code: string, message: string) {
  const date = new Date().toISOString().slice(0, 19);
  return {
    error: {
      code,
      message,
      innerError: {
        date,
        'request-id': '00000000-0000-4000-8000-000000000000',
        'client-request-id': '00000000-0000-4000-8000-000000000000',
      },
    },
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return {};
  }
}

/** `n` deterministic synthetic messages (invented people; the i-th has Message-ID `<scan-i@example.test>`). */
export function syntheticMessages(n: number, prefix = 'AAMk'): FakeMessage[] {
  const bodies = [
    'Please update my card 4111 1111 1111 1111, expiry 12/29.',
    'Our remote session: TeamViewer id 123 456 789, password hunter2.',
    'I would like a copy of all the personal data you hold about me.',
    'Your invoice is attached. Sort code 12-34-56, account 12345678.',
    'From next week the support desk opens at 8am.',
  ];
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${String(i).padStart(6, '0')}=`,
    internetMessageId: `<scan-${i}@example.test>`,
    conversationId: `conv-${Math.floor(i / 3)}`,
    subject: `Request ${i}`,
    from: { emailAddress: { name: 'Ada Fictional', address: `customer${i % 7}@example.test` } },
    toRecipients: [{ emailAddress: { name: 'Support', address: 'support@mailguard.test' } }],
    ccRecipients: [],
    receivedDateTime: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
    body: { contentType: 'text', content: bodies[i % bodies.length]! },
    bodyPreview: bodies[i % bodies.length]!,
    hasAttachments: i % 4 === 0,
    categories: i % 10 === 0 ? ['Red category'] : [],
  }));
}
