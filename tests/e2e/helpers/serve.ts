/**
 * A tiny static server on http://localhost:PORT (node:http; a free port is picked). `localhost`, not 127.0.0.1:
 * extension match patterns for `http://localhost/*` do not match the IP.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A file the server answers with; a string body is sent as UTF-8. */
export type Served = string | Uint8Array | { readonly body: string | Uint8Array; readonly type: string };

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
};

/**
 * Serves `files` (URL path → content, e.g. `{ '/': html, '/app.js': js }`); other paths are 404.
 * Content type comes from the path's extension (`/` is HTML). Returns the origin and `close()` (always call it).
 */
export async function servePage(
  files: Readonly<Record<string, Served>>,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = files[path];
    if (file === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    const ext = path === '/' ? 'html' : (path.split('.').pop() ?? '');
    const { body, type } =
      typeof file === 'string' || file instanceof Uint8Array
        ? { body: file, type: TYPES[ext] ?? 'application/octet-stream' }
        : file;
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
