/**
 * Opens a built add-in page (.output/outlook-addin/) in Chromium as Outlook on the web would, minus Outlook:
 * - https://localhost:3000/* is answered from the built folder (Playwright routing; `files` may replace a deployed
 *   file such as policy.json, or remove it with `null`);
 * - office.js is the REAL one: requests for Microsoft's CDN (https://appsforoffice.microsoft.com/lib/1/hosted/*) are
 *   answered from node_modules/@microsoft/office-js/dist/ — the built pages stay exactly the production pages;
 * - every other request is aborted (the add-in must need no other network).
 * What is stubbed: only the Outlook HOST. office.js outside Outlook resolves Office.onReady with host null and no
 * mailbox; the host shim, inserted into each HTML page right after office.js, wraps Office.onReady so it waits for
 * the real one, then puts the stub's host side into the real Office object (Office.context.mailbox,
 * roamingSettings, requirements; MailboxEnums, which office.js loads only inside Outlook; OfficeRuntime.storage)
 * and resolves with { host: 'Outlook', platform: 'OfficeOnline' }, as Outlook on the web does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { builtAddin, repoRoot } from './built-addin';
import type { StubState } from './office-stub/office-stub';
import type { StubItemSpec, StubSpec } from './office-stub/stub-spec';
import { buildStubScript } from './run-handler';

const OFFICE_DIST = join(repoRoot, 'node_modules', '@microsoft', 'office-js', 'dist');
const AXE = join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js');
const CDN_PREFIX = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/**
 * The host shim, as same-origin scripts (the pages' CSP forbids inline script): the stub bundle, the spec, and the
 * Office.onReady wrapper.
 */
const SHIM_TAGS = ['office-stub.js', 'spec.js', 'on-ready.js']
  .map((f) => `<script src="/__host-shim/${f}"></script>`)
  .join('\n');

const ON_READY = `(function () {
  var realOnReady = Office.onReady.bind(Office);
  var ready;
  Office.onReady = function (callback) {
    ready = ready || realOnReady().then(function () {
      installOfficeStub(window.__hostShimSpec, { into: Office });
      return { host: 'Outlook', platform: 'OfficeOnline' };
    });
    return ready.then(function (info) { if (callback) callback(info); return info; });
  };
})();`;

/** An open add-in page with access to the stubbed host's state. */
export interface AddinPage {
  readonly page: Page;
  /** What the add-in did to the host (categories, custom properties, storage, calls…). */
  state(): Promise<StubState & { item: Record<string, unknown> | null }>;
  /** Outlook selects another item (fires ItemChanged for a pinned pane). */
  select(item: StubItemSpec): Promise<void>;
  /** Requests the page made outside the add-in's origin and the office.js CDN (must stay empty). */
  readonly foreignRequests: string[];
  /** axe-core's serious and critical WCAG 2 A/AA violations on the page as it stands (rule id: first target). */
  axe(): Promise<string[]>;
  /** Reads every row of one IndexedDB object store of the add-in's origin (e.g. 'sharingEvents'). */
  rows(db: string, store: string): Promise<unknown[]>;
}

/**
 * Opens `name` (e.g. 'taskpane.html') with the stubbed host, in a fresh browser context — or in `reuse` (same origin
 * storage: IndexedDB written by one pane is there for the next), whose routes are replaced.
 */
export async function openAddinPage(
  browser: Browser,
  name: string,
  spec: StubSpec,
  files: Record<string, string | null> = {},
  reuse?: BrowserContext,
): Promise<AddinPage> {
  const out = builtAddin();
  const stub = await buildStubScript();
  const context = reuse ?? (await browser.newContext());
  if (reuse) await context.unrouteAll();
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(CDN_PREFIX)) {
      const file = normalize(join(OFFICE_DIST, new URL(url).pathname.slice('/lib/1/hosted/'.length)));
      if (!file.startsWith(OFFICE_DIST) || !existsSync(file)) return route.fulfill({ status: 404 });
      return route.fulfill({
        body: readFileSync(file),
        contentType: TYPES[extname(file)] ?? 'application/octet-stream',
      });
    }
    if (url.startsWith('https://localhost:3000/')) {
      const rel = new URL(url).pathname.slice(1);
      const js = 'text/javascript; charset=utf-8';
      if (rel === '__host-shim/office-stub.js') return route.fulfill({ body: stub, contentType: js });
      if (rel === '__host-shim/spec.js')
        return route.fulfill({ body: `window.__hostShimSpec = ${JSON.stringify(spec)};`, contentType: js });
      if (rel === '__host-shim/on-ready.js') return route.fulfill({ body: ON_READY, contentType: js });
      if (rel === '__host-shim/axe.js') return route.fulfill({ body: readFileSync(AXE), contentType: js });
      if (rel in files) {
        const body = files[rel];
        return body === null
          ? route.fulfill({ status: 404 })
          : route.fulfill({ body, contentType: TYPES[extname(rel)] ?? 'text/plain' });
      }
      const file = normalize(join(out, rel));
      if (!file.startsWith(out) || !existsSync(file)) return route.fulfill({ status: 404 });
      let body: string | Buffer = readFileSync(file);
      if (extname(file) === '.html') {
        const html = body.toString('utf8');
        const tag = `<script src="${CDN_PREFIX}office.js"></script>`;
        if (!html.includes(tag)) throw new Error(`${rel} does not load office.js from the CDN`);
        body = html.replace(tag, `${tag}\n${SHIM_TAGS}`);
      }
      return route.fulfill({ body, contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    }
    foreignRequests.push(url);
    return route.abort();
  });
  await page.goto(`https://localhost:3000/${name}`);
  return {
    page,
    foreignRequests,
    state: () =>
      page.evaluate(() => {
        const s = (globalThis as unknown as { __officeStubState: StubState }).__officeStubState;
        return JSON.parse(JSON.stringify(s)) as StubState;
      }),
    axe: async () => {
      await page.addScriptTag({ url: '/__host-shim/axe.js' });
      return page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: {
              run: (
                c: unknown,
                o: unknown,
              ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
        return r.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
      });
    },
    rows: (db, store) =>
      page.evaluate(
        ([dbName, storeName]) =>
          new Promise<unknown[]>((resolve, reject) => {
            const open = indexedDB.open(dbName);
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const req = open.result.transaction(storeName, 'readonly').objectStore(storeName).getAll();
              req.onsuccess = () => {
                resolve(req.result);
                open.result.close();
              };
              req.onerror = () => reject(req.error);
            };
          }),
        [db, store] as const,
      ),
    select: (item) =>
      page.evaluate((i) => {
        (globalThis as unknown as { __officeStubSelect: (x: unknown) => void }).__officeStubSelect(i);
      }, item),
  };
}
