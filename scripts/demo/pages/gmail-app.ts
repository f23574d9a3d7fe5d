/**
 * The demo Gmail: thread list (div[gh=tl] > div.Cp > table rows tr.zA), thread view (h2.hP, div.adn.ads messages) and a
 * pop-up compose, with the attributes and class names of ../shared/reference/webmail-dom.md §2. Hash routes: #inbox,
 * #inbox/<threadId>, #inbox?compose=new. Mail text is only ever set with textContent.
 */
import { el, gmailDate, type PageEmail, PREVIEW_CHARS, pageEmails, previewOf, shortShown } from './dom';
import { openGmailCompose } from './gmail-compose';

const emails = pageEmails();
const byThread = new Map(emails.map((m) => [m.threadHex, m]));

function row(m: PageEmail): HTMLElement {
  const subject = el(
    'span',
    { class: 'bog' },
    el(
      'span',
      {
        class: 'bqe',
        'data-thread-id': `#thread-f:${BigInt(`0x${m.threadHex}`)}`,
        'data-legacy-thread-id': m.threadHex,
        'data-legacy-last-message-id': m.messageHex,
      },
      m.subject,
    ),
  );
  const tr = el(
    'tr',
    { class: `zA ${m.unread ? 'zE' : 'yO'}`, role: 'row', id: `:${m.id}`, tabindex: -1 },
    el(
      'td',
      { class: 'oZ-x3' },
      el('div', { role: 'checkbox', 'aria-checked': 'false', 'aria-label': 'Select', class: 'oZ-jc' }),
    ),
    el(
      'td',
      { class: 'yX xY' },
      el(
        'div',
        { class: 'yW' },
        el('span', { class: m.unread ? 'zF' : 'yP', email: m.from.address, name: m.from.name }, m.from.name),
      ),
    ),
    el(
      'td',
      { class: 'xY a4W' },
      el(
        'div',
        { class: 'xS', role: 'link' },
        el(
          'div',
          { class: 'xT' },
          el(
            'div',
            { class: 'y6' },
            subject,
            el('span', { class: 'y2' }, ` - ${previewOf(m.body, PREVIEW_CHARS.gmail)}`),
          ),
        ),
      ),
    ),
    el('td', { class: 'xW xY' }, el('span', { title: gmailDate(m.receivedAt) }, shortShown(m.receivedAt))),
  );
  tr.addEventListener('click', (e) => {
    if ((e.target as Element).closest('[role=checkbox]')) return;
    location.hash = `#inbox/${m.threadHex}`;
  });
  return tr;
}

/** One message of a thread as Gmail shows it expanded (div.adn.ads with its own ids). */
type ThreadPart = Pick<PageEmail, 'messageHex' | 'from' | 'to' | 'body' | 'receivedAt' | 'attachments'>;

function messageView(part: ThreadPart, ip: HTMLElement | null): HTMLElement {
  const atts = part.attachments.length
    ? el(
        'div',
        { class: 'hq gt' },
        el(
          'div',
          { class: 'aQH' },
          ...part.attachments.map((a) =>
            el(
              'span',
              {
                class: 'aZo',
                download_url: `application/octet-stream:${a.name}:https://mail.google.com/mail/u/0/?view=att`,
              },
              el('span', { class: 'aV3' }, a.name),
              ' ',
              el('span', { class: 'SaH2Ve' }, a.size),
            ),
          ),
        ),
      )
    : null;
  return el(
    'div',
    {
      class: 'adn ads',
      role: 'listitem',
      'data-message-id': `#msg-f:${BigInt(`0x${part.messageHex}`)}`,
      'data-legacy-message-id': part.messageHex,
    },
    el(
      'table',
      { class: 'cf gJ' },
      el(
        'tbody',
        {},
        el(
          'tr',
          {},
          el(
            'td',
            { class: 'gF gK' },
            el('span', { class: 'gD', email: part.from.address, name: part.from.name }, part.from.name),
            ` <${part.from.address}>`,
          ),
          el(
            'td',
            { class: 'gH' },
            el('span', { class: 'g3', title: gmailDate(part.receivedAt) }, gmailDate(part.receivedAt)),
          ),
        ),
      ),
    ),
    el(
      'div',
      { class: 'hb' },
      'to ',
      ...part.to.map((t) => el('span', { class: 'g2', email: t, name: t.split('@')[0] }, t)),
    ),
    el('div', { class: 'ii gt' }, el('div', { class: 'a3s aiL' }, part.body)),
    atts,
    ip,
  );
}

/** A thread: its subject, then each message oldest first; the reply bar sits under the newest. */
function thread(m: PageEmail): HTMLElement {
  const reply = el('span', { role: 'button', tabindex: 0, class: 'ams bkH' }, 'Reply');
  const forward = el('span', { role: 'button', tabindex: 0, class: 'ams bkG' }, 'Forward');
  const ip = el('div', { class: 'ip iq' }, reply, ' ', forward);
  reply.addEventListener('click', () => openGmailCompose({ type: 'reply', original: m, inline: ip }));
  forward.addEventListener('click', () => openGmailCompose({ type: 'forward', original: m, inline: ip }));
  return el(
    'div',
    { class: 'nH' },
    el(
      'div',
      { class: 'ha' },
      el(
        'h2',
        {
          class: 'hP',
          'data-legacy-thread-id': m.threadHex,
          'data-thread-perm-id': `thread-f:${BigInt(`0x${m.threadHex}`)}`,
        },
        m.subject,
      ),
      el('div', { class: 'J-J5-Ji' }, 'Inbox'),
    ),
    el(
      'div',
      { role: 'list' },
      ...(m.earlier ?? []).map((p) => messageView({ ...p, to: [...p.to, ...p.cc] }, null)),
      messageView(m, ip),
    ),
  );
}

const tbody = el('tbody');
for (const m of emails) tbody.append(row(m));
const list = el(
  'div',
  { gh: 'tl', class: 'aDP' },
  el('div', { class: 'Cp' }, el('table', { class: 'F cf zt' }, tbody)),
);
const threadView = el('div', { class: 'nH g id' });
const compose = el('div', { class: 'T-I T-I-KE L3', role: 'button', tabindex: 0 }, 'Compose');
compose.addEventListener('click', () => {
  location.hash = '#inbox?compose=new';
});
const main = el('div', { role: 'main', class: 'nH bkK' }, list, threadView);
document.body.append(
  el(
    'div',
    { class: 'gm-app' },
    el(
      'div',
      { role: 'navigation', class: 'gm-nav' },
      compose,
      el('div', { class: 'aim' }, el('a', { href: '#inbox' }, 'Inbox')),
    ),
    main,
  ),
  el('div', { class: 'dw' }, el('div', { class: 'nH' }, el('div', { class: 'nH' }, el('div', { class: 'no' })))),
);

function showRoute(): void {
  const hash = location.hash || '#inbox';
  const id = /^#inbox\/([0-9a-f]+)/.exec(hash)?.[1];
  const m = id ? byThread.get(id) : undefined;
  list.hidden = !!m;
  threadView.replaceChildren(...(m ? [thread(m)] : []));
  if (/[?&]compose=new/.test(hash) && !document.querySelector('.dw .M9')) openGmailCompose({ type: 'new' });
}
window.addEventListener('hashchange', showRoute);
showRoute();
