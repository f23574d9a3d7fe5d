/**
 * The demo Gmail pop-out compose window (/mail/u/0/?view=cm&fs=1&tf=1, Gmail's compose URL with `to`, `su`, `body`):
 * body.xE.xp and the compose as the child of [role=main] (webmail-dom.md §2; InboxSDK's standalone compose). It is a
 * real https window on mail.google.com, so the extension's ordinary top-frame content script runs in it.
 */
import { el } from './dom';
import { openGmailCompose } from './gmail-compose';

const q = new URLSearchParams(location.search);
document.body.className = 'xE xp';
const main = el('div', { role: 'main', class: 'nH' });
document.body.append(main);
openGmailCompose({
  type: 'new',
  standalone: main,
  prefill: {
    to: (q.get('to') ?? '').split(',').filter(Boolean),
    subject: q.get('su') ?? '',
    body: q.get('body') ?? '',
  },
});
