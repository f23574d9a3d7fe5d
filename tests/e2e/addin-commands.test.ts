/**
 * The event runtime of Outlook on the web / new Outlook / Mac: commands.html in Chromium loads the REAL office.js
 * (CDN URL served from node_modules) and then launchevent.js, which registers its handlers through office.js's own
 * `Office.actions.associate`. The test dispatches by name from office.js's association table (as the host does),
 * with the stubbed mailbox put into `Office.context`, and checks the verdicts and the single completion.
 */
import type { Browser } from 'playwright-core';
import { openAddinPage } from '../outlook-addin/addin-page';
import { colleague, draftSpec, forwardedCardBody, unvetted } from '../outlook-addin/fixtures';
import type { StubSpec } from '../outlook-addin/office-stub/stub-spec';
import { chromiumAvailable, launchChromium } from './helpers/chromium';

const have = chromiumAvailable();
if (!have) console.log('add-in commands.html e2e skipped: no Chromium at /usr/bin/chromium');

describe.skipIf(!have)('commands.html event runtime (Chromium, real office.js)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function dispatch(spec: StubSpec, name: string): Promise<{ registered: string[]; completions: unknown[] }> {
    const { page } = await openAddinPage(browser, 'commands.html', spec);
    await page.waitForFunction(
      () =>
        Object.keys((Office.actions as unknown as { _association: { m_mappings: object } })._association.m_mappings)
          .length >= 3,
    );
    const result = await page.evaluate(
      async ([s, n]) => {
        const g = globalThis as unknown as { installOfficeStub: (spec: unknown, o: unknown) => void };
        g.installOfficeStub(s, { into: Office });
        const table = (
          Office.actions as unknown as { _association: { m_mappings: Record<string, (e: unknown) => void> } }
        )._association.m_mappings;
        const completions: unknown[] = [];
        const handler = table[String(n).toUpperCase()];
        if (!handler) throw new Error(`not registered: ${n}`);
        handler({ completed: (o?: unknown) => completions.push(o ?? null) });
        const t0 = Date.now();
        while (!completions.length && Date.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 5));
        await new Promise((r) => setTimeout(r, 50));
        return { registered: Object.keys(table).sort(), completions };
      },
      [spec, name] as const,
    );
    await page.context().close();
    return result;
  }

  it('registers the three handlers with office.js and blocks a card-data forward', async () => {
    const r = await dispatch(
      draftSpec({ composeType: 'forward', to: [unvetted], body: forwardedCardBody }),
      'onMessageSendHandler',
    );
    expect(r.registered).toEqual([
      'ONMESSAGERECIPIENTSCHANGEDHANDLER',
      'ONMESSAGESENDHANDLER',
      'ONNEWMESSAGECOMPOSEHANDLER',
    ]);
    expect(r.completions).toHaveLength(1);
    expect(r.completions[0]).toMatchObject({
      allowEvent: false,
      errorMessage: expect.stringContaining(unvetted.emailAddress),
    });
  });

  it('allows internal mail and completes a draft notice once', async () => {
    expect(
      (await dispatch(draftSpec({ to: [colleague], body: 'Lunch?' }), 'onMessageSendHandler')).completions,
    ).toEqual([{ allowEvent: true }]);
    expect(
      (await dispatch(draftSpec({ to: [colleague], body: 'Lunch?' }), 'onNewMessageComposeHandler')).completions,
    ).toEqual([null]);
  });
});
