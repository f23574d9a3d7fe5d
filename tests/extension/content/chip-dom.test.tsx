// @vitest-environment happy-dom
/** The content scripts' fast chip builder produces exactly the shared Preact LabelChip's markup, for every status. */
import { render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
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
    const { host, root } = createChipHost(base, NOW);
    document.body.append(host);
    renderChipDom(root, { ...base, status: 'expired', source: 'message' }, NOW);
    const chips = root.querySelectorAll('.mg-chip');
    expect(chips).toHaveLength(1);
    expect(chips[0]?.getAttribute('data-status')).toBe('expired');
    host.remove();
  });

  it('builds each new host showing its own label; each host has its own chip nodes', () => {
    const a = createChipHost(base, NOW);
    const b = createChipHost({ ...base, category: 'hr', categoryTitle: 'HR', status: 'due_soon' }, NOW);
    document.body.append(a.host, b.host);
    const chipOf = (root: ShadowRoot) => [...root.querySelectorAll('.mg-chip')];
    expect(chipOf(a.root)).toHaveLength(1);
    expect(chipOf(b.root)).toHaveLength(1);
    expect(chipOf(a.root)[0]?.getAttribute('data-category')).toBe('call_recording');
    expect(chipOf(b.root)[0]?.getAttribute('data-category')).toBe('hr');
    expect(chipOf(b.root)[0]?.querySelector('.mg-cat')?.textContent).toBe('HR');
    expect(a.host.getAttribute('data-category')).toBe('call_recording');
    expect(b.host.getAttribute('data-source')).toBe('preview');
    // Styled: the shared sheet is adopted, or (where adopting fails) a <style> is in the root.
    expect(a.root.adoptedStyleSheets.length + a.root.querySelectorAll('style').length).toBeGreaterThan(0);
    a.host.remove();
    b.host.remove();
  });
});

describe('createChipHost', () => {
  const norm = (chip: Element | null | undefined) => ({
    attrs: Object.fromEntries([...(chip?.attributes ?? [])].map((a) => [a.name, a.value])),
    children: [...(chip?.children ?? [])].map((c) => c.outerHTML),
  });

  // Hosts of one state (category, title, status, source) share a template; what differs per message (dates in the
  // tooltip and the short text) must still be each message's own.
  it('matches LabelChip for every status, also for messages that share a state but not their dates', () => {
    for (const status of ['active', 'due_soon', 'expired', 'legal_hold', 'disposed'] as const) {
      // Same UTC day as the first (shares its texts); then texts that look like that day but are not: an offset
      // instant that is the next day in UTC, 24:00 (the next day), a leap second (no date in V8).
      const days = [
        '2026-12-03T00:00:00Z',
        '2026-12-03T23:59:00.000Z',
        '2026-12-03T23:30:00-05:00',
        '2026-12-03T24:00:00Z',
        '2026-12-03T23:59:60Z',
      ];
      for (const expiresAt of [...days, '2027-02-14T09:30:00Z', '', null]) {
        const label: LabelView = { ...base, status, expiresAt, messageId: `m-${status}-${expiresAt}` };
        const { root } = createChipHost(label, NOW);
        const { container } = render(<LabelChip label={label} now={NOW} />);
        expect(norm(root.querySelector('.mg-chip'))).toEqual(norm(container.firstElementChild));
        expect(root.querySelectorAll('.mg-chip')).toHaveLength(1);
      }
    }
  });

  it('keeps each earlier chip of a state as it was when later chips of that state show other texts', () => {
    const labels = ['2026-12-03T00:00:00Z', '2027-02-14T09:30:00Z', null].map(
      (expiresAt, i): LabelView => ({ ...base, status: 'expired', expiresAt, messageId: `keep-${i}` }),
    );
    const roots = labels.map((label) => createChipHost(label, NOW).root);
    for (const [i, label] of labels.entries()) {
      const { container } = render(<LabelChip label={label} now={NOW} />);
      expect(norm(roots[i]?.querySelector('.mg-chip'))).toEqual(norm(container.firstElementChild));
    }
    expect(new Set(roots.map((r) => r.querySelector('.mg-chip')?.getAttribute('aria-label'))).size).toBe(3);
  });

  it("shows dates relative to the day it renders on (a year later, the expiry's year appears)", () => {
    const label: LabelView = { ...base, status: 'expired', source: 'message', expiresAt: '2026-11-20T10:00:00Z' };
    const later = new Date('2027-01-02T12:00:00Z');
    const before = createChipHost(label, NOW).root.querySelector('.mg-chip');
    const after = createChipHost(label, later).root.querySelector('.mg-chip');
    const { container } = render(<LabelChip label={label} now={later} />);
    expect(norm(after)).toEqual(norm(container.firstElementChild));
    expect(after?.textContent).not.toBe(before?.textContent);
  });

  it('never parses label text as HTML', () => {
    const { root } = createChipHost({ ...base, categoryTitle: '<img src=x onerror=alert(1)>' }, NOW);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.mg-cat')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('builds hosts element by element where shadow roots do not clone (same markup)', async () => {
    const attach = Element.prototype.attachShadow;
    // An engine that ignores `clonable`: clones come without a shadow root.
    const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
      this: Element,
      init: ShadowRootInit,
    ) {
      return attach.call(this, { mode: init.mode });
    });
    try {
      vi.resetModules();
      const fresh = await import('../../../extension/content/chip-dom');
      for (const status of ['active', 'expired'] as const) {
        const label: LabelView = { ...base, status };
        const { host, root } = fresh.createChipHost(label, NOW);
        expect(host.shadowRoot).toBe(root);
        const { container } = render(<LabelChip label={label} now={NOW} />);
        expect(norm(root.querySelector('.mg-chip'))).toEqual(norm(container.firstElementChild));
      }
      // Each host attached its own root (none was a clone of a template).
      expect(spy.mock.calls.filter(([init]) => !init.clonable).length).toBeGreaterThanOrEqual(2);
    } finally {
      spy.mockRestore();
    }
  });
});
