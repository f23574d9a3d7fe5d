/**
 * The demo "Outlook on the web": a windowed message list (~20 rows mounted, keyed on data-convid), a reading pane and
 * an inline compose, with the ARIA roles and attributes of ../shared/reference/webmail-dom.md §1. History-API routes:
 * /mail/inbox, /mail/id/<ItemID>. Mail text is only ever set with textContent.
 */
import { el, outlookDate, type PageEmail, PREVIEW_CHARS, pageEmails, previewOf, shortShown } from './dom';
import { openOutlookCompose } from './outlook-compose';

const ROW_H = 64;
// Benchmark mode (?rows=N): N rows, all mounted at once (the real list mounts ~20; bench/extension.bench.ts wants 500).
const benchRows = Number(new URLSearchParams(location.search).get('rows')) || 0;
const MOUNTED = benchRows || 20;
const base = pageEmails();
const emails: PageEmail[] = benchRows
  ? Array.from({ length: benchRows }, (_, i) => {
      const m = base[i % base.length] as PageEmail;
      return { ...m, itemId: `${m.itemId}-${i}`, convId: `${m.convId}-${i}` };
    })
  : base;
const byItem = new Map(emails.map((m) => [m.itemId, m]));

const listbox = el('div', {
  role: 'listbox',
  'aria-label': 'Message list No items selected',
  tabindex: 0,
  class: 'ol-listbox',
});
const spacer = el('div', { class: 'ol-spacer' });
spacer.style.height = `${emails.length * ROW_H}px`;
const scroller = el(
  'div',
  { class: 'ol-scroller', id: 'MailList' },
  el('button', { type: 'button', class: 'ol-dateheader' }, 'Today'),
  listbox,
);
listbox.append(spacer);
const pane = el('div', { id: 'ReadingPaneContainerId', role: 'main', 'aria-label': 'Reading Pane', class: 'ol-pane' });
const newMail = el('button', { type: 'button', class: 'ol-new' }, 'New mail');
newMail.addEventListener('click', () => openOutlookCompose(pane, { type: 'new' }));

document.body.append(
  el(
    'div',
    { class: 'ol-app' },
    el(
      'div',
      { 'data-app-section': 'NavigationPane', role: 'region', 'aria-label': 'Navigation pane', class: 'ol-nav' },
      newMail,
      el(
        'div',
        { role: 'tree', 'aria-label': 'Folders' },
        el('div', { role: 'treeitem', 'aria-selected': 'true' }, 'Inbox'),
      ),
    ),
    el('div', { 'data-app-section': 'MessageList', class: 'ol-list' }, scroller),
    el('div', { 'data-app-section': 'MailReadCompose', class: 'ol-read' }, pane),
  ),
);

const mounted = new Map<string, HTMLElement>();

function row(m: PageEmail, index: number): HTMLElement {
  const selected = location.pathname.includes(encodeURIComponent(m.itemId));
  const r = el(
    'div',
    {
      role: 'option',
      id: m.itemId,
      'data-convid': m.convId,
      'data-focusable-row': 'true',
      'aria-selected': String(selected),
      'aria-label': `${m.unread ? 'Unread ' : ''}${m.from.name} ${m.subject} ${shortShown(m.receivedAt)} ${m.body.slice(0, 80)}`,
      class: `ol-row${m.unread ? ' ol-unread' : ''}`,
      tabindex: -1,
    },
    el('div', { role: 'checkbox', 'aria-checked': 'false', 'aria-label': 'Select a message', class: 'ol-check' }),
    el(
      'div',
      { class: 'ol-lines' },
      el(
        'div',
        { class: 'ol-line1' },
        el('span', { title: m.from.address, class: 'OZZZK' }, m.from.name),
        el('span', { title: outlookDate(m.receivedAt), class: 'ol-time' }, shortShown(m.receivedAt)),
      ),
      el('div', { class: 'ol-line2' }, el('span', { class: 'TtcXM' }, m.subject)),
      el('div', { class: 'ol-line3' }, el('span', { class: 'FqgPc' }, previewOf(m.body, PREVIEW_CHARS.outlook))),
    ),
    el('button', { type: 'button', 'aria-label': m.unread ? 'Mark as read' : 'Mark as unread', class: 'ol-mark' }, '•'),
  );
  r.style.top = `${index * ROW_H}px`;
  r.addEventListener('click', (e) => {
    if ((e.target as Element).closest('[role=checkbox],button')) return;
    history.pushState({}, '', `/mail/id/${encodeURIComponent(m.itemId)}`);
    showRoute();
  });
  return r;
}

/** Mounts the rows in view (plus a little overscan) and unmounts the rest, as Outlook's virtual list does. */
function renderWindow(): void {
  const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_H) - 3);
  const last = Math.min(emails.length, first + MOUNTED);
  const keep = new Set<string>();
  for (let i = first; i < last; i++) {
    const m = emails[i] as PageEmail;
    keep.add(m.convId);
    if (!mounted.has(m.convId)) {
      const r = row(m, i);
      mounted.set(m.convId, r);
      listbox.append(r);
    }
  }
  for (const [id, r] of mounted) {
    if (!keep.has(id)) {
      r.remove();
      mounted.delete(id);
    }
  }
}
scroller.addEventListener('scroll', () => requestAnimationFrame(renderWindow), { passive: true });

/** One message of a conversation as a card shows it (the newest one is the row's mail itself). */
type CardPart = Pick<PageEmail, 'token' | 'from' | 'to' | 'body' | 'receivedAt' | 'attachments'> & {
  readonly cc: readonly string[];
};

/**
 * One "Email message" card: its metadata headings carry ids `MSG_<token>_FROM` / `_TO` / `_DATETIME` /
 * `_ATTACHMENTS` (one token per message, as saved Outlook pages show), then its own actions and read-only body.
 */
function card(m: PageEmail, part: CardPart): HTMLElement {
  const original: PageEmail = { ...m, ...part };
  const reply = el('button', { type: 'button' }, 'Reply');
  const forward = el('button', { type: 'button' }, 'Forward');
  reply.addEventListener('click', () => openOutlookCompose(pane, { type: 'reply', original }));
  forward.addEventListener('click', () => openOutlookCompose(pane, { type: 'forward', original }));
  const id = (field: string) => `MSG_${part.token}_${field}`;
  const atts = part.attachments.length
    ? el(
        'div',
        { role: 'heading', 'aria-level': 3, id: id('ATTACHMENTS'), class: 'ol-atts' },
        'file attachments',
        el(
          'div',
          { role: 'listbox', 'aria-label': 'file attachments' },
          ...part.attachments.map((a) =>
            el(
              'div',
              { role: 'option', 'aria-label': `${a.name} Open ${a.size}`, class: 'ol-att' },
              `📎 ${a.name} (${a.size})`,
            ),
          ),
        ),
      )
    : null;
  return el(
    'div',
    { 'aria-label': 'Email message', class: 'ol-card' },
    el(
      'div',
      { role: 'heading', 'aria-level': 3, id: id('FROM'), class: 'ol-from' },
      'From: ',
      el('button', { type: 'button', 'aria-label': `Opens card for ${part.from.name}` }, part.from.name),
      ` <${part.from.address}>`,
    ),
    el('div', { role: 'heading', 'aria-level': 3, id: id('TO'), class: 'ol-to' }, `To: ${part.to.join('; ')}`),
    part.cc.length
      ? el('div', { role: 'heading', 'aria-level': 3, id: id('CC'), class: 'ol-to' }, `Cc: ${part.cc.join('; ')}`)
      : null,
    el(
      'div',
      {
        role: 'heading',
        'aria-level': 3,
        id: id('DATETIME'),
        'data-testid': 'SentReceivedSavedTime',
        title: outlookDate(part.receivedAt),
        class: 'ol-date',
      },
      outlookDate(part.receivedAt),
    ),
    el('div', { class: 'ol-actions' }, reply, forward),
    atts,
    el('div', { role: 'document', 'aria-label': 'Message body', class: 'ol-body' }, part.body),
  );
}

/** The reading pane of a conversation: its subject, then one card per message, newest on top. */
function readingPane(m: PageEmail): HTMLElement {
  const earlier = [...(m.earlier ?? [])].reverse();
  return el(
    'div',
    { class: 'ol-message' },
    el('div', { role: 'heading', 'aria-level': 3, title: m.subject, class: 'ol-subject' }, m.subject),
    card(m, { ...m, cc: [] }),
    ...earlier.map((part) => card(m, part)),
  );
}

function showRoute(): void {
  const id = /\/mail\/id\/([^/?#]+)/.exec(location.pathname)?.[1];
  const m = id ? byItem.get(decodeURIComponent(id)) : undefined;
  for (const [, r] of mounted) r.setAttribute('aria-selected', String(!!m && r.id === m.itemId));
  if (m) {
    listbox.setAttribute('aria-activedescendant', m.itemId);
    listbox.setAttribute('aria-label', 'Message list');
  } else listbox.removeAttribute('aria-activedescendant');
  pane.replaceChildren(m ? readingPane(m) : el('div', { class: 'ol-empty' }, 'Select an item to read'));
}

window.addEventListener('popstate', showRoute);
renderWindow();
showRoute();
