// @vitest-environment happy-dom
/** The content scripts' fast chip builder produces exactly the shared Preact LabelChip's markup, for every status. */
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createChipHost, renderChipDom } from '../../../extension/content/chip-dom';
import { LabelChip } from '../../../shared/ui/label-chip';
import type { LabelView } from '../../../shared/ui/label-view';

const NOW = new Date('2026-11-25T12:00:00Z');
const base: LabelView = {
  messageId: 'm',
  category: 'call_recording',
  categoryTitle: 'Call recording <b>',
  lawfulBasis: 'legitimate_interests',
  period: 'P3M',
  expiresAt: '2026-12-03T00:00:00Z',
  status: 'active',
  kinds: [],
  reasons: [],
  source: 'preview',
};

describe('renderChipDom', () => {
  for (const status of ['active', 'due_soon', 'expired', 'legal_hold', 'disposed'] as const) {
    it(`matches LabelChip for ${status}`, () => {
      const label = { ...base, status, source: status === 'active' ? ('preview' as const) : ('message' as const) };
      const mount = document.createElement('div');
      renderChipDom(mount, label, NOW);
      renderChipDom(mount, label, NOW);
      const { container } = render(<LabelChip label={label} now={NOW} />);
      const norm = (el: Element) => {
        const chip = el.firstElementChild!;
        const attrs = Object.fromEntries([...chip.attributes].map((a) => [a.name, a.value]));
        return { attrs, children: [...chip.children].map((c) => [c.outerHTML]) };
      };
      expect(norm(mount)).toEqual(norm(container));
      expect(mount.querySelector('b')).toBeNull();
    });
  }

  it("re-renders in place inside a chip host's shadow root (one chip, the latest label)", () => {
    const { host, root } = createChipHost();
    document.body.append(host);
    renderChipDom(root, base, NOW);
    renderChipDom(root, { ...base, status: 'expired', source: 'message' }, NOW);
    const chips = root.querySelectorAll('.mg-chip');
    expect(chips).toHaveLength(1);
    expect(chips[0]?.getAttribute('data-status')).toBe('expired');
    host.remove();
  });

  it('fills a new host while detached; each host has its own chip nodes', () => {
    const a = createChipHost();
    const b = createChipHost();
    renderChipDom(a.root, base, NOW);
    renderChipDom(b.root, { ...base, category: 'hr', categoryTitle: 'HR', status: 'due_soon' }, NOW);
    document.body.append(a.host, b.host);
    const chipOf = (root: ShadowRoot) => [...root.querySelectorAll('.mg-chip')];
    expect(chipOf(a.root)).toHaveLength(1);
    expect(chipOf(b.root)).toHaveLength(1);
    expect(chipOf(a.root)[0]?.getAttribute('data-category')).toBe('call_recording');
    expect(chipOf(b.root)[0]?.getAttribute('data-category')).toBe('hr');
    expect(chipOf(b.root)[0]?.querySelector('.mg-cat')?.textContent).toBe('HR');
    // Styled: the shared sheet is adopted, or (where adopting fails) a <style> is in the root.
    expect(a.root.adoptedStyleSheets.length + a.root.querySelectorAll('style').length).toBeGreaterThan(0);
    a.host.remove();
    b.host.remove();
  });
});
