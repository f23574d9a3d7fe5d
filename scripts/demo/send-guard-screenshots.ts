/**
 * Screenshots of the send guard for the README (`npx tsx scripts/demo/send-guard-screenshots.ts`): a warning with the
 * justification form (phone number to an unvetted domain, Gmail) and a block (forward of a card-data mail, Outlook),
 * written to docs/screenshots/send-guard-*.png. Headless; uses the built extension (built when missing).
 */
import { join } from 'node:path';
import { buildExtension } from './build-extension';
import { startDemoServer } from './demo-server';
import { launchDemoBrowser } from './launch-browser';

const out = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const server = await startDemoServer();
const browser = await launchDemoBrowser({
  extensionDir: buildExtension(true),
  hosts: server.hosts,
  port: server.port,
  headless: true,
  viewport: { width: 1280, height: 800 },
});
try {
  const gmail = await browser.context.newPage();
  await gmail.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
  await gmail.locator('.M9 [name="to"] input[peoplekit-id]').click();
  await gmail.keyboard.type('bookings@venue-hire.example');
  await gmail.keyboard.press('Enter');
  await gmail.locator('.M9 input[name=subjectbox]').fill('Event contact');
  await gmail.locator('.M9 [g_editable=true]').click();
  await gmail.keyboard.type('Our contact on the day is Tom Okafor, 07700 900123.');
  await gmail.locator('.M9 .btC [role=button].aoO').click();
  await gmail.locator('mailguard-dialog [role=dialog]').waitFor();
  await gmail.screenshot({ path: join(out, 'send-guard-warn.png') });

  const m04 = server.emails.find((m) => m.id === 'm04');
  const outlook = await browser.context.newPage();
  await outlook.goto(`https://outlook.office.com/mail/id/${encodeURIComponent(m04?.itemId ?? '')}`);
  await outlook.getByRole('button', { name: 'Forward' }).click();
  await outlook.locator('[role=group][id$="_TO"] [contenteditable=true]').click();
  await outlook.keyboard.type('help@quickfix-partners.example');
  await outlook.keyboard.press('Enter');
  await outlook.getByRole('button', { name: 'Send', exact: true }).click();
  await outlook.locator('mailguard-dialog [role=dialog]').waitFor();
  await outlook.screenshot({ path: join(out, 'send-guard-block.png') });
  console.log(`wrote ${join(out, 'send-guard-warn.png')} and send-guard-block.png`);
} finally {
  await browser.close();
  await server.close();
}
