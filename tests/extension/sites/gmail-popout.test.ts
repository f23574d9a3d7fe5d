// @vitest-environment happy-dom
/**
 * Gmail's pop-out compose window (`?view=cm`, body.xE.xp): the compose is the child of [role=main] (InboxSDK's
 * standalone compose container). The adapter finds it with or without a div.M9 inside, never twice, and reads it like
 * the pop-up compose, so the send guard holds its Send.
 */
import { describe, expect, it } from 'vitest';
import { gmailAdapter as A } from '../../../extension/sites/gmail/adapter';
import { loadFixture } from './load-fixture';

describe('Gmail pop-out compose window', () => {
  it('finds the one compose under [role=main] and reads the draft', () => {
    const doc = loadFixture('gmail-popout-compose.html');
    const roots = A.composeRoots(doc);
    expect(roots).toHaveLength(1);
    const compose = roots[0]!;
    expect(compose.parentElement?.getAttribute('role')).toBe('main');
    const draft = A.readCompose(compose);
    expect(draft.recipients).toEqual([{ field: 'to', address: 'help@quickfix-partners.example', resolved: true }]);
    expect(draft.subject).toBe('Card for the renewal');
    expect(draft.body).toContain('4111 1111 1111 1111');
    expect(draft.composeType).toBe('new');
  });

  it('maps Send and any node of the compose to it, and finds Send', () => {
    const doc = loadFixture('gmail-popout-compose.html');
    const [compose] = A.composeRoots(doc);
    const send = doc.querySelector('.btC .aoO')!;
    expect(A.composeOf(send)).toBe(compose);
    expect(A.composeOf(doc.querySelector('[g_editable]')!)).toBe(compose);
    expect(A.sendButtons(compose!)).toEqual([send]);
    expect(A.composeOf(doc.querySelector('[role=main]')!)).toBeNull();
  });

  it('when Gmail wraps the form in div.M9 there too, that is the compose, found once', () => {
    const doc = loadFixture('gmail-popout-compose.html');
    const child = doc.querySelector('[role=main] > div')!;
    const m9 = doc.createElement('div');
    m9.className = 'M9';
    m9.append(...child.childNodes);
    child.append(m9);
    expect(A.composeRoots(doc)).toEqual([m9]);
    expect(A.composeOf(doc.querySelector('.btC .aoO')!)).toBe(m9);
  });

  it('the same [role=main] child in the ordinary mailbox page (no body.xE.xp) is no compose', () => {
    const doc = loadFixture('gmail-popout-compose.html');
    doc.body.className = '';
    expect(A.composeRoots(doc)).toEqual([]);
    expect(A.composeOf(doc.querySelector('.btC .aoO')!)).toBeNull();
  });
});
