// @vitest-environment happy-dom
/** The interceptor holds every send path (and nothing else) before the page sees it, and passes approved attempts. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installSendInterceptor, type SendAttempt } from '../../../extension/send-guard/send-interceptor';
import { outlookAdapter } from '../../../extension/sites/outlook/adapter';
import { type FixtureCompose, outlookCompose, outlookSendMenu } from './fixtures';

let controller: AbortController;
let held: SendAttempt[];
let pass: boolean;
let compose: FixtureCompose;

beforeEach(() => {
  document.body.replaceChildren();
  controller = new AbortController();
  held = [];
  pass = false;
  compose = outlookCompose({ to: ['a@example.com'], subject: 'Hello', body: 'Hi' });
  installSendInterceptor({
    win: window,
    adapter: outlookAdapter,
    signal: controller.signal,
    shouldPass: () => pass,
    onHeld: (a) => held.push(a),
  });
});
afterEach(() => controller.abort());

const key = (target: Element, init: KeyboardEventInit) => {
  const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(e);
  return e;
};

describe('send paths', () => {
  it('holds a click on the Send button and on its inner icon; the page never sees them', () => {
    compose.send.click();
    compose.sendIcon.click();
    expect(held.map((a) => a.trigger)).toEqual(['click', 'click']);
    expect(held.every((a) => a.target === compose.send && a.compose === compose.root)).toBe(true);
    expect(compose.sent).toEqual([]);
  });

  it('does not hold the menu half, other buttons, or clicks outside a compose', () => {
    compose.menu.click();
    compose.body.click();
    document.body.click();
    expect(held).toEqual([]);
  });

  it('holds Ctrl+Enter and Cmd+Enter inside the compose, with preventDefault', () => {
    const e1 = key(compose.body, { key: 'Enter', ctrlKey: true });
    const e2 = key(compose.body, { key: 'Enter', metaKey: true });
    expect(held.map((a) => a.trigger)).toEqual(['shortcut', 'shortcut']);
    expect(e1.defaultPrevented && e2.defaultPrevented).toBe(true);
    key(compose.body, { key: 'Enter' });
    key(document.body, { key: 'Enter', ctrlKey: true });
    expect(held).toHaveLength(2);
  });

  it('holds Enter and Space on the focused Send button', () => {
    key(compose.send, { key: 'Enter' });
    key(compose.send, { key: ' ' });
    expect(held.map((a) => a.trigger)).toEqual(['key', 'key']);
  });

  it('holds the Schedule send item of the menu outside the compose, for the compose last used', () => {
    compose.menu.click();
    const { item, other } = outlookSendMenu();
    other.click();
    expect(held).toEqual([]);
    (item.firstElementChild as HTMLElement).click();
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ trigger: 'schedule', compose: compose.root, target: item });
  });

  it('lets an approved attempt through untouched', () => {
    pass = true;
    compose.send.click();
    expect(held).toEqual([]);
    expect(compose.sent).toEqual(['Hello']);
  });

  it('stops listening when the content script is invalidated', () => {
    controller.abort();
    compose.send.click();
    expect(held).toEqual([]);
    expect(compose.sent).toEqual(['Hello']);
  });
});

describe('Gmail send paths', () => {
  it('holds Send, Send & archive and the schedule item; not the menu button beside Send', async () => {
    const { gmailAdapter } = await import('../../../extension/sites/gmail/adapter');
    controller.abort();
    document.body.replaceChildren();
    controller = new AbortController();
    held = [];
    installSendInterceptor({
      win: window,
      adapter: gmailAdapter,
      signal: controller.signal,
      shouldPass: () => false,
      onHeld: (a) => held.push(a),
    });
    const m9 = document.createElement('div');
    m9.className = 'M9';
    const bar = document.createElement('div');
    bar.className = 'btC';
    const mk = (cls: string, label: string) => {
      const b = document.createElement('div');
      b.setAttribute('role', 'button');
      b.className = cls;
      b.setAttribute('aria-label', label);
      b.textContent = label;
      bar.append(b);
      return b;
    };
    const send = mk('T-I J-J5-Ji aoO v7 T-I-atl L3', 'Send \u202a(Ctrl-Enter)\u202c');
    const archive = mk('T-I J-J5-Ji Uo', 'Send & archive');
    const more = mk('T-I J-J5-Ji hG', 'More send options');
    m9.append(bar);
    const item = document.createElement('div');
    item.setAttribute('selector', 'scheduledSend');
    document.body.append(m9, item);
    send.click();
    archive.click();
    more.click();
    item.click();
    expect(held.map((a) => [a.trigger, a.target])).toEqual([
      ['click', send],
      ['click', archive],
      ['schedule', item],
    ]);
    expect(held[2]?.compose).toBe(m9);
  });
});
