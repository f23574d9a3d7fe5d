// @vitest-environment happy-dom
/**
 * Outlook's pop-out compose window (an about:blank document the page writes into): the compose is its Form_Content
 * section; when that section is missing (only weak sources name it), the document body holding the To group and
 * Send is taken as the compose, so the guard still holds Send instead of missing it.
 */
import { describe, expect, it } from 'vitest';
import { outlookAdapter as A } from '../../../extension/sites/outlook/adapter';
import { loadFixture, loadFixtureAt } from './load-fixture';

describe('Outlook pop-out compose window', () => {
  it('finds the Form_Content compose and reads the draft from it', () => {
    const doc = loadFixture('outlook-popout-compose.html');
    const roots = A.composeRoots(doc);
    expect(roots.map((r) => r.getAttribute('data-app-section'))).toEqual(['Form_Content']);
    const draft = A.readCompose(roots[0]!);
    expect(draft.recipients).toEqual([{ field: 'to', address: 'help@quickfix-partners.example', resolved: true }]);
    expect(draft.subject).toBe('Card for the renewal');
    expect(draft.body).toContain('4111 1111 1111 1111');
    const send = doc.querySelector('.fui-SplitButton__primaryActionButton')!;
    expect(A.composeOf(send.firstElementChild!)).toBe(roots[0]);
    expect(A.sendButtons(roots[0]!)).toEqual([send]);
  });

  it('without a known compose section, the blank window body with To and Send is the compose', () => {
    const doc = loadFixtureAt('outlook-popout-compose.html', 'about:blank');
    expect(doc.URL).toBe('about:blank');
    doc.querySelector('[data-app-section]')?.removeAttribute('data-app-section');
    expect(A.composeRoots(doc)).toEqual([doc.body]);
    const send = doc.querySelector('.fui-SplitButton__primaryActionButton')!;
    expect(A.composeOf(send)).toBe(doc.body);
    expect(A.readCompose(doc.body).recipients.map((r) => r.address)).toEqual(['help@quickfix-partners.example']);
  });

  it("the same holds in OWA's other pop-out forms: about:blank?windowId=… and the deeplink compose page", () => {
    for (const url of [
      'about:blank?windowId=tab-3',
      'https://outlook.office.com/mail/deeplink/compose?popoutv2=1&version=20231106003.10',
      'https://outlook.live.com/mail/0/deeplink/compose?popoutv2=1',
    ]) {
      const doc = loadFixtureAt('outlook-popout-compose.html', url);
      doc.querySelector('[data-app-section]')?.removeAttribute('data-app-section');
      expect(A.composeRoots(doc), url).toEqual([doc.body]);
    }
  });

  it('a blank document with no Send, or the same body in the https mailbox page, is no compose', () => {
    const blank = loadFixtureAt('outlook-popout-compose.html', 'about:blank');
    blank.querySelector('[data-app-section]')?.removeAttribute('data-app-section');
    blank.querySelector('[data-testid=ComposeSendButton]')?.remove();
    expect(A.composeRoots(blank)).toEqual([]);
    expect(A.composeOf(blank.querySelector('[role=group]')!)).toBeNull();
    const page = loadFixtureAt('outlook-popout-compose.html', 'https://outlook.office.com/mail/inbox');
    page.querySelector('[data-app-section]')?.removeAttribute('data-app-section');
    expect(A.composeRoots(page)).toEqual([]);
    expect(A.composeOf(page.querySelector('.fui-SplitButton__primaryActionButton')!)).toBeNull();
  });
});
