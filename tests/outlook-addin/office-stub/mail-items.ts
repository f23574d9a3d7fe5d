/**
 * The stubbed item: a draft (`Office.MessageCompose`: recipients, subject and body behind getAsync, attachments,
 * compose type, session data, notifications, sendAsync) or a received message (`Office.MessageRead`: plain
 * properties, body.getAsync, categories). Both keep custom properties that survive a reload, like Outlook's.
 */
import type { StubAsyncResult } from './async-result';
import { failed, succeeded } from './async-result';
import type { StubItemSpec } from './stub-spec';

type Method = (
  what: string,
  produce: (args: readonly unknown[]) => StubAsyncResult<unknown>,
) => (...args: unknown[]) => void;

function customProperties(store: Record<string, unknown>, m: Method) {
  const pending: Record<string, unknown> = { ...store };
  return {
    get: (name: string) => pending[name],
    set: (name: string, value: unknown) => {
      pending[name] = value;
    },
    remove: (name: string) => {
      delete pending[name];
    },
    getAll: () => ({ ...pending }),
    saveAsync: m('customProperties.saveAsync', () => {
      for (const k of Object.keys(store)) delete store[k];
      Object.assign(store, pending);
      return succeeded(undefined);
    }),
  };
}

function categoriesApi(list: string[], m: Method) {
  return {
    getAsync: m('categories.getAsync', () =>
      succeeded(list.length ? list.map((displayName) => ({ displayName, color: 'Preset0' })) : null),
    ),
    addAsync: m('categories.addAsync', (args) => {
      for (const n of args[0] as string[]) if (!list.includes(n)) list.push(n);
      return succeeded(undefined);
    }),
    removeAsync: m('categories.removeAsync', (args) => {
      for (const n of args[0] as string[]) {
        const i = list.indexOf(n);
        if (i >= 0) list.splice(i, 1);
      }
      return succeeded(undefined);
    }),
  };
}

function common(spec: StubItemSpec, m: Method) {
  const props: Record<string, unknown> = { ...(spec.customProperties ?? {}) };
  const categories = [...(spec.categories ?? [])];
  return {
    itemType: 'message',
    itemId: spec.itemId ?? '',
    conversationId: spec.conversationId ?? '',
    savedCustomProperties: props,
    appliedCategories: categories,
    categories: categoriesApi(categories, m),
    loadCustomPropertiesAsync: m('loadCustomPropertiesAsync', () => succeeded(customProperties(props, m))),
  };
}

/** A draft. */
export function composeItem(spec: StubItemSpec, m: Method) {
  const recipients = (field: 'to' | 'cc' | 'bcc') => ({
    getAsync: m(`${field}.getAsync`, () =>
      succeeded((spec[field] ?? []).map((r) => ({ recipientType: 'externalUser', ...r }))),
    ),
    setAsync: m(`${field}.setAsync`, () => succeeded(undefined)),
  });
  const session: Record<string, string> = { ...(spec.sessionData ?? {}) };
  const notifications: Record<string, unknown> = {};
  const sent: boolean[] = [];
  return {
    ...common(spec, m),
    itemId: undefined,
    to: recipients('to'),
    cc: recipients('cc'),
    bcc: recipients('bcc'),
    from: { getAsync: m('from.getAsync', () => succeeded(spec.from ?? null)) },
    subject: { getAsync: m('subject.getAsync', () => succeeded(spec.subject ?? '')) },
    body: {
      getAsync: m('body.getAsync', (args) => {
        if (args[0] !== 'text' && args[0] !== 'html')
          return failed('InvalidCoercionType', 'coercionType must be text or html', 1000);
        return succeeded(spec.body ?? '');
      }),
    },
    getAttachmentsAsync: m('getAttachmentsAsync', () =>
      succeeded(
        (spec.attachments ?? []).map((a, i) => ({
          id: `att${i}`,
          name: a.name,
          size: a.size,
          attachmentType: 'file',
          isInline: !!a.isInline,
        })),
      ),
    ),
    getComposeTypeAsync: m('getComposeTypeAsync', () =>
      succeeded({ composeType: spec.composeType ?? 'newMail', coercionType: 'html' }),
    ),
    getInitializationContextAsync: m('getInitializationContextAsync', () =>
      succeeded(spec.initializationContext ?? null),
    ),
    sessionData: {
      session,
      getAsync: m('sessionData.getAsync', (args) => {
        const k = String(args[0]);
        return k in session ? succeeded(session[k]) : failed('KeyNotFound', `No session data for ${k}`, 9057);
      }),
      setAsync: m('sessionData.setAsync', (args) => {
        session[String(args[0])] = String(args[1]);
        return succeeded(undefined);
      }),
    },
    notificationMessages: {
      shown: notifications,
      replaceAsync: m('notificationMessages.replaceAsync', (args) => {
        notifications[String(args[0])] = args[1];
        return succeeded(undefined);
      }),
      removeAsync: m('notificationMessages.removeAsync', (args) => {
        const k = String(args[0]);
        if (!(k in notifications)) return failed('KeyNotFound', `No notification ${k}`, 9033);
        delete notifications[k];
        return succeeded(undefined);
      }),
    },
    sent,
    sendAsync: m('sendAsync', () => {
      sent.push(true);
      return succeeded(undefined);
    }),
  };
}

/** A received message. */
export function readItem(spec: StubItemSpec, m: Method) {
  return {
    ...common(spec, m),
    from: spec.from,
    sender: spec.from,
    to: spec.to ?? [],
    cc: spec.cc ?? [],
    subject: spec.subject ?? '',
    dateTimeCreated: new Date(spec.dateTimeCreated ?? '2026-11-20T09:30:00Z'),
    internetMessageId: `<${spec.itemId ?? 'x'}@mail.example>`,
    attachments: (spec.attachments ?? []).map((a, i) => ({
      id: `att${i}`,
      name: a.name,
      size: a.size,
      contentType: a.contentType ?? 'application/octet-stream',
      attachmentType: 'file',
      isInline: !!a.isInline,
    })),
    body: {
      getAsync: m('body.getAsync', (args) => {
        if (args[0] !== 'text' && args[0] !== 'html')
          return failed('InvalidCoercionType', 'coercionType must be text or html', 1000);
        return succeeded(spec.body ?? '');
      }),
    },
  };
}
