/**
 * The demo Gmail compose: a pop-up dialog (div.dw … div.AD > div[role=dialog] > div.M9 > form) or an inline reply
 * (div.ip.adB > div.M9), with hidden composeid/rm/subject inputs, recipient options per field, subjectbox, the
 * g_editable body, attachments (div.dL) and the Send button (.btC div[role=button].aoO, tooltip with U+202A/U+202C).
 * Sending records the draft in window.__demoSent.
 */
import { el, gmailDate, type PageEmail, recordSent } from './dom';

/** What the compose starts from. `standalone`: the pop-out window's [role=main] (no dialog, no div.M9 wrapper). */
export type GmailComposeStart =
  | { type: 'new'; standalone?: HTMLElement; prefill?: { to: string[]; subject: string; body: string } }
  | { type: 'reply' | 'forward'; original: PageEmail; inline: HTMLElement };

function option(text: string): HTMLElement {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(text);
  const address = (m?.[2] ?? text).trim();
  const name = m?.[1]?.trim() || address;
  const chip = el(
    'div',
    { role: 'option', 'data-name': name, 'data-hovercard-id': address, class: 'afV' },
    el('div', { class: 'akl' }, name),
  );
  // The chip's own remove control (the send guard's "remove the unvetted recipients" uses it).
  const remove = el('div', { role: 'button', 'aria-label': `Remove ${name}`, class: 'afX', tabindex: -1 }, '×');
  remove.addEventListener('click', () => chip.remove());
  chip.append(remove);
  return chip;
}

function field(name: 'to' | 'cc' | 'bcc', initial: string[]): HTMLElement {
  const box = el(
    'div',
    { role: 'listbox', 'aria-label': name === 'to' ? 'To' : name === 'cc' ? 'Cc' : 'Bcc' },
    ...initial.map(option),
  );
  const input = el('input', {
    'peoplekit-id': 'BbVjBd',
    type: 'text',
    'aria-label': `${name} recipients`,
    class: 'agP aFw',
  }) as HTMLInputElement;
  const resolve = () => {
    for (const part of input.value
      .split(/[;,]/)
      .map((s) => s.trim())
      .filter(Boolean))
      box.append(option(part));
    input.value = '';
  };
  input.addEventListener('keydown', (e) => {
    if ((e.key === 'Enter' && !e.ctrlKey && !e.metaKey) || e.key === ',' || e.key === ';') {
      e.preventDefault();
      resolve();
    }
  });
  input.addEventListener('blur', resolve);
  return el('div', { class: 'anm', name }, box, el('div', { name }, input));
}

let counter = 0;

/** Opens a compose; returns its div.M9. */
export function openGmailCompose(start: GmailComposeStart): HTMLElement {
  counter++;
  const original = start.type === 'new' ? undefined : start.original;
  const subject = el('input', {
    name: 'subjectbox',
    class: 'aoT',
    placeholder: 'Subject',
    'aria-label': 'Subject',
  }) as HTMLInputElement;
  const prefill = start.type === 'new' ? start.prefill : undefined;
  subject.value = original ? `${start.type === 'reply' ? 'Re' : 'Fwd'}: ${original.subject}` : (prefill?.subject ?? '');
  const body = el(
    'div',
    {
      contenteditable: 'true',
      role: 'textbox',
      g_editable: 'true',
      'aria-label': 'Message Body',
      'aria-multiline': 'true',
      class: 'Am Al editable LW-avf',
    },
    prefill?.body ?? el('br'),
  );
  if (original) {
    const intro =
      start.type === 'forward'
        ? `---------- Forwarded message ---------\nFrom: ${original.from.name} <${original.from.address}>\nDate: ${gmailDate(original.receivedAt)}\nSubject: ${original.subject}\nTo: ${original.to.join(', ')}\n\n`
        : `On ${gmailDate(original.receivedAt)}, ${original.from.name} <${original.from.address}> wrote:\n`;
    body.append(el('div', { class: 'gmail_quote' }, intro, el('blockquote', { class: 'gmail_quote' }, original.body)));
  }
  const send = el(
    'div',
    {
      role: 'button',
      tabindex: 0,
      class: 'T-I J-J5-Ji aoO v7 T-I-atl L3',
      'data-tooltip': 'Send \u202a(Ctrl-Enter)\u202c',
      'aria-label': 'Send \u202a(Ctrl-Enter)\u202c',
    },
    'Send',
  );
  const schedule = el(
    'div',
    {
      role: 'button',
      tabindex: 0,
      'aria-haspopup': 'true',
      class: 'T-I J-J5-Ji hG T-I-atl L3',
      'aria-label': 'More send options',
    },
    '▾',
  );
  const to =
    start.type === 'reply' && original ? [`${original.from.name} <${original.from.address}>`] : (prefill?.to ?? []);
  const form = el(
    'form',
    { class: 'bAs', method: 'POST' },
    el('input', { type: 'hidden', name: 'composeid', value: `c${counter}` }),
    el('input', { type: 'hidden', name: 'draft', value: `r-${counter}` }),
    el('input', { type: 'hidden', name: 'rm', value: start.type === 'reply' && original ? original.messageHex : '' }),
    el('input', { type: 'hidden', name: 'subject', value: subject.value }),
    el('div', { class: 'GS' }, field('to', to), field('cc', []), field('bcc', [])),
    subject,
  );
  const standalone = start.type === 'new' ? start.standalone : undefined;
  const m9 = el(
    'div',
    { class: standalone ? 'nH Hd aaZ' : 'M9' },
    form,
    el('div', { class: 'Ap' }, body),
    el('div', { class: 'dL' }),
    el(
      'table',
      { class: 'IZ' },
      el('tbody', {}, el('tr', { class: 'btC' }, el('td', { class: 'gU Up' }, send, schedule))),
    ),
  );
  const doSend = (scheduled = false) => {
    const who = (f: string) =>
      [...m9.querySelectorAll(`.anm[name="${f}"] [role=option]`)].map((o) => o.getAttribute('data-hovercard-id'));
    recordSent({
      site: 'gmail',
      to: who('to'),
      cc: who('cc'),
      bcc: who('bcc'),
      subject: subject.value,
      body: body.textContent ?? '',
      ...(scheduled ? { scheduled: true } : {}),
    });
    m9.replaceWith(el('div', { role: 'status', class: 'bAq' }, scheduled ? 'Message scheduled' : 'Message sent'));
    // The pop-out window closes once its mail is sent.
    if (standalone) setTimeout(() => window.close(), 1500);
  };
  send.addEventListener('click', () => doSend());
  send.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') doSend();
  });
  // The menu beside Send opens outside the compose (appended to the body); its item carries selector=scheduledSend.
  schedule.addEventListener('click', () => {
    document.querySelector('.gm-sendmenu')?.remove();
    const item = el('div', { role: 'menuitem', selector: 'scheduledSend', class: 'J-N', tabindex: 0 }, 'Schedule send');
    const menu = el('div', { role: 'menu', class: 'J-M gm-sendmenu' }, item);
    item.addEventListener('click', () => {
      menu.remove();
      doSend(true);
    });
    document.body.append(menu);
  });
  m9.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      doSend();
    }
  });
  if (standalone) {
    standalone.append(m9);
  } else if (start.type === 'new') {
    // "Full screen (Shift for pop-out)": with Shift, the draft moves to its own window (?view=cm), as Gmail does.
    const popOut = el('img', {
      role: 'button',
      tabindex: 0,
      alt: 'Pop-out',
      'aria-label': 'Full screen (Shift for pop-out)',
      class: 'Hq aUG',
    });
    const header = el('div', { class: 'aDh' }, 'New Message', popOut);
    const dialog = el(
      'div',
      { class: 'AD' },
      el('div', { role: 'dialog', 'aria-label': 'New Message', class: 'nH Hd' }, header, m9),
    );
    popOut.addEventListener('click', (e) => {
      if (!e.shiftKey) return;
      const q = new URLSearchParams({ view: 'cm', fs: '1', tf: '1', su: subject.value, body: body.textContent ?? '' });
      const who = [...m9.querySelectorAll('.anm[name="to"] [role=option]')].map((o) =>
        o.getAttribute('data-hovercard-id'),
      );
      q.set('to', who.filter(Boolean).join(','));
      window.open(`/mail/u/0/?${q}`, '_blank', 'popup,width=700,height=640');
      dialog.remove();
    });
    document.querySelector('.dw .no')?.append(dialog);
  } else {
    start.inline.classList.add('adB');
    start.inline.append(m9);
  }
  return m9;
}
