/**
 * Small compose forms built as the real sites build them (../shared/reference/webmail-dom.md), for the send-guard
 * unit tests. Built with DOM calls (no HTML parsing). Each records its own page-side sends in `sent`.
 */

function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A built compose and what the page did. */
export interface FixtureCompose {
  readonly root: HTMLElement;
  readonly send: HTMLElement;
  readonly sendIcon: HTMLElement;
  readonly menu: HTMLElement;
  readonly body: HTMLElement;
  readonly sent: string[];
}

/** An Outlook inline compose: pills (aria-label = address, with a Remove button), body with the quoted original. */
export function outlookCompose(opts: {
  to: readonly (string | { name: string; address?: string })[];
  subject?: string;
  body?: string;
  quoted?: string;
}): FixtureCompose {
  const sent: string[] = [];
  const pill = (r: string | { name: string; address?: string }) => {
    const address = typeof r === 'string' ? r : (r.address ?? '');
    const name = typeof r === 'string' ? r : r.name;
    const p = el(
      'span',
      { class: '_EType_RECIPIENT_ENTITY', contenteditable: 'false', ...(address ? { 'aria-label': address } : {}) },
      el('span', { class: 'textContainer-1' }, name),
    );
    const remove = el('button', { type: 'button', 'aria-label': `Remove ${name}` }, '×');
    remove.addEventListener('click', () => p.remove());
    p.append(remove);
    return p;
  };
  const editor = el('div', { contenteditable: 'true', 'aria-label': 'To' }, ...opts.to.map(pill));
  const subject = el('input', { 'aria-label': 'Subject' }) as HTMLInputElement;
  subject.value = opts.subject ?? '';
  const body = el(
    'div',
    { role: 'textbox', contenteditable: 'true', 'aria-multiline': 'true', 'aria-label': 'Message body' },
    el('div', {}, opts.body ?? ''),
  );
  if (opts.quoted !== undefined) body.append(el('hr'), el('div', { id: 'divRplyFwdMsg' }, opts.quoted));
  const sendIcon = el('span', { class: 'fui-Button__icon' }, '➤');
  const send = el(
    'button',
    { type: 'button', class: 'fui-SplitButton__primaryActionButton', 'aria-label': 'Send', title: 'Send (Ctrl+Enter)' },
    sendIcon,
    'Send',
  );
  const menu = el('button', { type: 'button', 'aria-label': 'More send options' }, '▾');
  send.addEventListener('click', () => sent.push(subject.value));
  const root = el(
    'div',
    { id: 'docking_InitVisiblePart_0' },
    el('div', { 'data-testid': 'ComposeSendButton' }, send, menu),
    el('div', { role: 'group', id: 'MSG_ab12_TO' }, el('button', {}, 'To'), editor),
    subject,
    el('div', { id: 'editorParent_1' }, body),
  );
  document.body.append(root);
  return { root, send, sendIcon, menu, body, sent };
}

/** Outlook's "More send options" menu (rendered in a layer outside the compose). */
export function outlookSendMenu(): { item: HTMLElement; other: HTMLElement } {
  const item = el('div', { role: 'menuitem' }, el('span', {}, 'Schedule send'));
  const other = el('div', { role: 'menuitem' }, 'Save draft');
  document.body.append(el('div', { role: 'menu' }, item, other));
  return { item, other };
}
