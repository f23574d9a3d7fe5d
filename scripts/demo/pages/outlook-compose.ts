/**
 * The demo Outlook inline compose (#docking_InitVisiblePart_0): To/Cc/Bcc groups with recipient pills, subject, body
 * textbox with the quoted original for replies/forwards, and the Fluent split Send button. Sending records the draft in
 * window.__demoSent (the send guard's tests read it). "Open in new window" pops the compose out the way Outlook does
 * (webmail-dom.md §1): a blank, same-origin window (about:blank) that this page writes the live compose into, as a
 * Form_Content section; sending from it is still this page's work, and the window closes after sending.
 */
import { el, outlookDate, type PageEmail, recordSent } from './dom';

/** What the compose starts from. */
export type ComposeStart = { type: 'new' } | { type: 'reply' | 'forward'; original: PageEmail };

let counter = 0;

function pill(text: string): HTMLElement {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(text);
  const address = (m?.[2] ?? text).trim();
  const name = m?.[1]?.trim();
  const p = el(
    'span',
    { class: '_EType_RECIPIENT_ENTITY ol-pill', contenteditable: 'false', 'aria-label': address },
    el('span', { class: 'textContainer-143' }, name ? `${name} <${address}>` : address),
  );
  // The pill's own remove control (the send guard's "remove the unvetted recipients" uses it).
  const remove = el('button', { type: 'button', 'aria-label': `Remove ${name || address}`, tabindex: -1 }, '×');
  remove.addEventListener('click', () => p.remove());
  p.append(remove);
  return p;
}

function recipientGroup(prefix: string, field: 'TO' | 'CC' | 'BCC', label: string, initial: string[]): HTMLElement {
  const editor = el('div', {
    contenteditable: 'true',
    'aria-label': label,
    role: 'textbox',
    'aria-multiline': 'false',
    class: 'ol-recips',
  });
  for (const r of initial) editor.append(pill(r));
  const resolve = () => {
    const typed = [...editor.childNodes].filter((n) => n.nodeType === 3);
    const text = typed
      .map((n) => n.textContent)
      .join('')
      .trim();
    if (!text) return;
    for (const n of typed) n.remove();
    for (const part of text
      .split(/[;,]/)
      .map((s) => s.trim())
      .filter(Boolean))
      editor.append(pill(part), ' ');
  };
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ';' || e.key === ',') {
      if (e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      resolve();
    }
  });
  editor.addEventListener('blur', resolve);
  return el(
    'div',
    { role: 'group', id: `${prefix}_${field}`, class: 'ol-group' },
    el('button', { type: 'button', class: 'ol-fieldbtn' }, label),
    editor,
  );
}

/** Opens (replacing any previous) an inline compose in the reading pane. */
export function openOutlookCompose(pane: HTMLElement, start: ComposeStart): HTMLElement {
  counter++;
  const prefix = `MSG_${(0x5a3f00 + counter).toString(16)}`;
  const original = start.type === 'new' ? undefined : start.original;
  const subjectText = !original ? '' : `${start.type === 'reply' ? 'RE' : 'FW'}: ${original.subject}`;
  const to = start.type === 'reply' && original ? [`${original.from.name} <${original.from.address}>`] : [];
  const subject = el('input', {
    type: 'text',
    'aria-label': 'Subject',
    placeholder: 'Add a subject',
    class: 'ol-subjectin',
  }) as HTMLInputElement;
  subject.value = subjectText;
  const body = el(
    'div',
    {
      role: 'textbox',
      contenteditable: 'true',
      'aria-multiline': 'true',
      'aria-label': 'Message body, press Alt+F10 to exit',
      class: 'ol-editor',
    },
    el('div', { class: 'elementToProof' }, ''),
  );
  if (original) {
    body.append(
      el('div', { id: 'appendonsend' }),
      el('hr'),
      el(
        'div',
        { id: 'divRplyFwdMsg' },
        `From: ${original.from.name} <${original.from.address}>\nSent: ${outlookDate(original.receivedAt)}\nTo: ${original.to.join('; ')}\nSubject: ${original.subject}`,
      ),
      el('div', { class: 'ol-quoted' }, original.body),
    );
  }
  const bcc = recipientGroup(prefix, 'BCC', 'Bcc', []);
  bcc.hidden = true;
  const bccButton = el('button', { type: 'button' }, 'Bcc');
  bccButton.addEventListener('click', () => {
    bcc.hidden = false;
  });
  const send = el(
    'button',
    {
      type: 'button',
      id: `splitButton-r${counter}__primaryActionButton`,
      class: 'fui-SplitButton__primaryActionButton',
      'aria-label': 'Send',
      title: 'Send (Ctrl+Enter)',
    },
    el('span', { class: 'fui-Button__icon' }, '➤'),
    'Send',
  );
  const more = el(
    'button',
    { type: 'button', 'aria-label': 'More send options', class: 'fui-SplitButton__menuButton' },
    '▾',
  );
  const discard = el('button', { type: 'button' }, 'Discard');
  const popOutButton = el('button', { type: 'button', 'aria-label': 'Open in new window', title: 'Pop out' }, '⧉');
  const compose = el(
    'div',
    { id: `docking_InitVisiblePart_${counter - 1}`, class: 'ol-compose' },
    el(
      'div',
      { class: 'ol-sendbar' },
      el('div', { 'data-testid': 'ComposeSendButton', class: 'fui-SplitButton' }, send, more),
      discard,
      popOutButton,
    ),
    recipientGroup(prefix, 'TO', 'To', to),
    recipientGroup(prefix, 'CC', 'Cc', []),
    bccButton,
    bcc,
    subject,
    el('div', { id: `editorParent_${counter}` }, body),
  );
  // The element holding the compose: the inline one, or the pop-out window's Form_Content section.
  let root: HTMLElement = compose;
  let popup: Window | null = null;
  const doSend = (scheduled = false) => {
    const pills = (f: string) =>
      [...root.querySelectorAll(`[id$="_${f}"] ._EType_RECIPIENT_ENTITY`)].map((p) => p.getAttribute('aria-label'));
    recordSent({
      site: 'outlook',
      to: pills('TO'),
      cc: pills('CC'),
      bcc: pills('BCC'),
      subject: subject.value,
      body: body.textContent ?? '',
      ...(scheduled ? { scheduled: true } : {}),
    });
    root.replaceWith(
      el('div', { role: 'status', class: 'ol-sent' }, scheduled ? 'Message scheduled.' : 'Message sent.'),
    );
    const sentFrom = popup;
    if (sentFrom) setTimeout(() => sentFrom.close(), 1500);
  };
  send.addEventListener('click', () => doSend());
  // "More send options" opens a menu in a layer outside the compose, as Fluent does; "Schedule send" sends later.
  more.addEventListener('click', () => {
    const doc = root.ownerDocument;
    doc.querySelector('.ol-sendmenu')?.remove();
    const item = el('div', { role: 'menuitem', tabindex: 0 }, 'Schedule send');
    const menu = el('div', { role: 'menu', 'aria-label': 'More send options', class: 'ol-sendmenu' }, item);
    item.addEventListener('click', () => {
      menu.remove();
      doSend(true);
    });
    doc.body.append(menu);
  });
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      doSend();
    }
  };
  compose.addEventListener('keydown', onKey);
  discard.addEventListener('click', () => {
    root.remove();
    popup?.close();
  });
  popOutButton.addEventListener('click', () => {
    const w = window.open('', '_blank', 'popup,width=900,height=720');
    if (!w) return;
    popup = w;
    const d = w.document;
    d.title = `${subject.value || 'Untitled'} - Message (HTML)`;
    for (const style of document.querySelectorAll('style')) d.head.append(d.importNode(style, true));
    const form = d.createElement('div');
    form.setAttribute('data-app-section', 'Form_Content');
    form.className = 'ol-compose ol-popout';
    popOutButton.remove();
    // The live parts move into the window (adopted, their listeners kept), as Outlook's UI keeps rendering them.
    form.append(...compose.childNodes);
    form.addEventListener('keydown', onKey);
    d.body.append(form);
    compose.remove();
    root = form;
  });
  pane.querySelector('.ol-compose')?.remove();
  pane.prepend(compose);
  return compose;
}
