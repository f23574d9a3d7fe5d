/**
 * The full label in the reading pane. `visit(message)` reads the opened message as text, asks the background to
 * classify and store it (`classifyMessage`), and renders the label card above the body, with "This is wrong"
 * (relabel, remembered for the sender/thread) and, for managers, "Legal hold".
 */
import { h } from 'preact';
import { LabelCard } from '../../shared/ui/label-card';
import type { LabelView } from '../../shared/ui/label-view';
import type { MessageText, SettingsView } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/site-adapter';
import type { Requester } from './requester';
import { createShadowHost, renderInto, type ShadowHost } from './shadow-host';

/** Options of {@link createMessageLabeller}. */
export interface MessageLabellerOptions {
  readonly adapter: SiteAdapter;
  readonly mailboxId: string;
  readonly request: Requester;
  readonly now: () => Date;
  readonly settings: () => SettingsView | undefined;
  readonly location: () => Location;
  /** Tells the list that a message's full label is known. */
  readonly onLabel: (label: LabelView, threadId?: string) => void;
}

/** The reading-pane labeller's handle. */
export interface MessageLabeller {
  visit(message: Element): void;
}

function problem(host: ShadowHost, text: string): void {
  renderInto(
    host,
    h('p', { class: 'mg-card mg-expired', role: 'status' }, `Mailguard could not label this message: ${text}`),
  );
}

/** Creates the reading-pane labeller. */
export function createMessageLabeller(o: MessageLabellerOptions): MessageLabeller {
  const seen = new WeakMap<Element, { messageId: string; host: ShadowHost }>();

  const show = (host: ShadowHost, text: MessageText, label: LabelView) => {
    const settings = o.settings();
    host.host.dataset.category = label.category;
    renderInto(
      host,
      h(LabelCard, {
        label,
        now: o.now(),
        userRole: settings?.role ?? 'staff',
        categories: settings?.categories ?? [],
        onRelabel: async (category, reason) => {
          const { label: next } = await o.request({
            type: 'relabel',
            mailboxId: o.mailboxId,
            messageId: text.messageId,
            ...(text.threadId ? { threadId: text.threadId } : {}),
            from: text.from,
            category,
            reason,
          });
          show(host, text, next);
          o.onLabel(next, text.threadId);
        },
        onLegalHold: async (reason) => {
          const out = await o.request({
            type: 'recordDecision',
            decisions: [{ mailboxId: o.mailboxId, messageId: text.messageId, type: 'legal_hold', reason }],
          });
          if (out.failures[0]) throw new Error(out.failures[0].error);
          const { labels } = await o.request({
            type: 'getLabels',
            mailboxId: o.mailboxId,
            messageIds: [text.messageId],
          });
          const next = labels[0];
          if (next) {
            show(host, text, next);
            o.onLabel(next, text.threadId);
          }
        },
      }),
    );
  };

  return {
    visit(message) {
      const text = o.adapter.readMessage(message, o.location(), o.now());
      if (!text) return;
      const prev = seen.get(message);
      if (prev && prev.messageId === text.messageId && prev.host.host.isConnected) return;
      prev?.host.host.remove();
      const slot = o.adapter.labelSlot(message);
      if (!slot) return;
      const host = createShadowHost('mailguard-label');
      host.host.dataset.messageId = text.messageId;
      slot.parent.insertBefore(host.host, slot.before);
      seen.set(message, { messageId: text.messageId, host });
      o.request({ type: 'classifyMessage', mailboxId: o.mailboxId, message: text }).then(
        ({ label }) => {
          if (!host.host.isConnected) return;
          show(host, text, label);
          o.onLabel(label, text.threadId);
        },
        (error: unknown) => problem(host, error instanceof Error ? error.message : String(error)),
      );
    },
  };
}
