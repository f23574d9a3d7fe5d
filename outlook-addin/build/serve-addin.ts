/**
 * `npm run addin:serve`: serves the built add-in (.output/outlook-addin/) at https://localhost:3000 for sideloading.
 * Outlook loads add-ins only over trusted HTTPS: a self-signed certificate for `localhost` is made once in
 * .output/addin-cert/ (trust cert.pem on the machine running Outlook; see README "Outlook add-in"). Static files only,
 * GET/HEAD, nothing outside the folder. Stop it with Ctrl+C. Port: MAILGUARD_ADDIN_PORT (default 3000).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { extname, join, normalize, resolve } from 'node:path';
import { generate } from 'selfsigned';

const root = resolve(import.meta.dirname, '..', '..');
const dir = join(root, '.output', 'outlook-addin');
const certDir = join(root, '.output', 'addin-cert');
const port = Number(process.env.MAILGUARD_ADDIN_PORT ?? 3000);
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

async function certificate(): Promise<{ key: string; cert: string }> {
  const keyFile = join(certDir, 'key.pem');
  const certFile = join(certDir, 'cert.pem');
  if (existsSync(keyFile) && existsSync(certFile))
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  const notAfter = new Date();
  notAfter.setFullYear(notAfter.getFullYear() + 1);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: notAfter,
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  mkdirSync(certDir, { recursive: true });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  writeFileSync(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert };
}

async function main(): Promise<void> {
  if (!existsSync(join(dir, 'manifest.xml'))) throw new Error('Build first: npm run build');
  const server = createServer(await certificate(), (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname);
    const file = normalize(join(dir, path === '/' ? 'taskpane.html' : path));
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      !file.startsWith(dir) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  server.listen(port, 'localhost', () => {
    console.log(`Mailguard add-in at https://localhost:${port}/ (from ${dir})`);
    console.log(
      `Certificate to trust: ${join(certDir, 'cert.pem')}. Manifest: ${join(dir, 'manifest.xml')}. Ctrl+C stops.`,
    );
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
