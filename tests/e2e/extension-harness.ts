/**
 * Shared set-up of the extension e2e files: the built extension (.output/chrome-mv3; `npm test` builds it first, a
 * missing build is made here), the demo mailbox server, and one headless Chromium per file.
 */

import { buildExtension } from '../../scripts/demo/build-extension';
import { type DemoServer, startDemoServer } from '../../scripts/demo/demo-server';
import { type DemoBrowser, launchDemoBrowser, setExtensionSettings } from '../../scripts/demo/launch-browser';
import { type PageEmail, PREVIEW_CHARS, previewOf } from '../../scripts/demo/pages/dom';
import { classifyEmail } from '../../shared/core/classify';
import { defaultPolicy } from '../../shared/core/policy';
import type { Classification } from '../../shared/core/types';

/** A running demo with its browser. */
export interface Demo {
  readonly server: DemoServer;
  readonly browser: DemoBrowser;
  close(): Promise<void>;
}

/** Starts the server and Chromium with the extension (role as given). */
export async function startDemo(role: 'staff' | 'manager' = 'staff'): Promise<Demo> {
  const extensionDir = buildExtension(true);
  const server = await startDemoServer();
  const browser = await launchDemoBrowser({ extensionDir, hosts: server.hosts, port: server.port, headless: true });
  await setExtensionSettings(browser, { 'mailguard.role': role, 'mailguard.actor': `e2e ${role}` });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** What the core says about a list row's visible text (what the chip must show before the message is opened). */
export function rowClassification(m: PageEmail, site: 'outlook' | 'gmail'): Classification {
  return classifyEmail(
    {
      from: m.from.address,
      to: [],
      subject: m.subject.replace(/\s+/g, ' ').trim(),
      body: previewOf(m.body, PREVIEW_CHARS[site]).trim(),
      receivedAt: m.receivedAt,
    },
    { policy: defaultPolicy, now: new Date() },
  );
}

/** What the core says about a whole message (what the reading-pane label must show). */
export function messageClassification(m: PageEmail): Classification {
  return classifyEmail(
    {
      from: m.from.address,
      to: [...m.to],
      subject: m.subject,
      body: m.body,
      receivedAt: m.receivedAt,
      attachments: m.attachments.map((a) => ({ name: a.name, contentType: contentTypeOf(a.name) })),
    },
    { policy: defaultPolicy, now: new Date() },
  );
}

function contentTypeOf(name: string): string {
  const ext = name.split('.').pop()?.toLowerCase();
  return ext === 'wav'
    ? 'audio/wav'
    : ext === 'mp3'
      ? 'audio/mpeg'
      : ext === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/octet-stream';
}
