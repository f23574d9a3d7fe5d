/**
 * The toolbar popup: the label of the message open in this tab, how many items need review (managers), and links to
 * the review page and the options.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LabelChip } from '../../../shared/ui/label-chip';
import type { LabelView } from '../../../shared/ui/label-view';
import { pageStyles } from '../../../shared/ui/page-styles';
import type { SettingsView } from '../../messaging/protocol';
import { sendRequest } from '../../messaging/send-request';

function Popup() {
  const [label, setLabel] = useState<LabelView | null>(null);
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [counts, setCounts] = useState<Readonly<Record<string, number>> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const s = await sendRequest({ type: 'getSettings' });
      setSettings(s);
      if (tab?.id !== undefined) setLabel((await sendRequest({ type: 'tabLabel', tabId: tab.id })).label);
      setCounts((await sendRequest({ type: 'reviewQueue', query: { pageSize: 1 } })).counts.byStatus);
    })().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  const now = new Date();
  return (
    <main style={{ width: '320px', padding: '12px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>Mailguard</h1>
      {error ? <p class="mg-bad">{error}</p> : null}
      <h2 style={{ fontSize: '14px', marginTop: '8px' }}>This message</h2>
      {label ? (
        <LabelChip label={label} now={now} />
      ) : (
        <p>Open a message in Outlook on the web or Gmail to see its label.</p>
      )}
      {counts ? (
        <>
          <h2 style={{ fontSize: '14px' }}>Needing review</h2>
          <p>
            Expired: <strong>{counts.expired ?? 0}</strong> · Due soon: <strong>{counts.due_soon ?? 0}</strong> · Legal
            hold: <strong>{counts.legal_hold ?? 0}</strong>
          </p>
        </>
      ) : null}
      <p>
        {settings?.role === 'manager' ? (
          <>
            <a href={browser.runtime.getURL('/review.html')} target="_blank" rel="noreferrer">
              Open the review page
            </a>
            {' · '}
          </>
        ) : null}
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Options
        </a>
      </p>
      <p style={{ fontSize: '12px' }}>Role: {settings?.role ?? '…'}</p>
    </main>
  );
}

const style = document.createElement('style');
style.textContent = pageStyles;
document.head.append(style);
const root = document.getElementById('app');
if (root) render(<Popup />, root);
