/** The toolbar badge: counts of expired + due-soon items for managers, nothing for staff. */
import { describe, expect, it } from 'vitest';
import { badgeText, needingReview, updateBadge } from '../../../extension/background/badge';

function fakeAction() {
  const calls: { text?: string; color?: string; title?: string } = {};
  return {
    calls,
    api: {
      setBadgeText: (d: { text: string }) => {
        calls.text = d.text;
      },
      setBadgeBackgroundColor: (d: { color: string }) => {
        calls.color = d.color;
      },
      setTitle: (d: { title: string }) => {
        calls.title = d.title;
      },
    },
  };
}

describe('badge', () => {
  it('counts expired and due-soon items, not active or held ones', () => {
    expect(needingReview({ expired: 3, due_soon: 2, active: 40, legal_hold: 5 })).toBe(5);
    expect(needingReview({})).toBe(0);
  });

  it('writes nothing for zero and caps large counts', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(1000)).toBe('999+');
  });

  it('shows managers the count and a title in words', async () => {
    const f = fakeAction();
    expect(await updateBadge(f.api, 'manager', async () => ({ expired: 2, due_soon: 1 }))).toBe('3');
    expect(f.calls).toMatchObject({ text: '3', title: 'Mailguard: 3 items need review' });
  });

  it('clears the badge for staff without reading the store', async () => {
    const f = fakeAction();
    let read = false;
    expect(
      await updateBadge(f.api, 'staff', async () => {
        read = true;
        return { expired: 9 };
      }),
    ).toBe('');
    expect(read).toBe(false);
    expect(f.calls.text).toBe('');
  });
});
