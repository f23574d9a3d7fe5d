/**
 * A faithful stand-in for the slice of office-js the add-in uses (Outlook, Mailbox requirement sets up to 1.15):
 * `Office.actions.associate`, `Office.context.mailbox` with its item (compose or read), roaming settings,
 * requirements, the enums, and `OfficeRuntime.storage`. Shapes and names follow @types/office-js; every async method
 * answers on a later tick with an AsyncResult. Everything the add-in did is recorded in `state` for assertions.
 */
import { asyncMethod, succeeded } from './async-result';
import { composeItem, readItem } from './mail-items';
import type { StubSpec } from './stub-spec';

/** What the add-in did to the host. */
export interface StubState {
  readonly calls: string[];
  readonly associated: Record<string, (event: unknown) => void>;
  readonly roaming: Record<string, unknown>;
  readonly runtimeStorage: Record<string, string> | null;
  readonly masterCategories: { displayName: string; color: string }[];
  item: Record<string, unknown> | null;
  readonly displayed: string[];
  readonly handlers: Record<string, (arg: unknown) => void>;
}

function versionAtLeast(have: string, want: string): boolean {
  const [a1 = 0, a2 = 0] = have.split('.').map(Number);
  const [b1 = 0, b2 = 0] = want.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

const CATEGORY_COLOR: Record<string, string> = {};
for (let i = 0; i < 25; i++) CATEGORY_COLOR[`Preset${i}`] = `Preset${i}`; // ES2017 only: the stub also runs in the ES2017 vm

/** Builds `Office` and `OfficeRuntime` for a spec, plus the recorded state. */
export function createOfficeStub(spec: StubSpec) {
  const failures = spec.failures ?? {};
  const calls: string[] = [];
  const state: StubState = {
    calls,
    associated: {},
    roaming: { ...(spec.roamingSettings ?? {}) },
    runtimeStorage: spec.runtimeStorage === null ? null : { ...(spec.runtimeStorage ?? {}) },
    masterCategories: [...(spec.masterCategories ?? [])],
    item: null,
    displayed: [],
    handlers: {},
  };
  const m = (what: string, produce: (args: readonly unknown[]) => ReturnType<typeof succeeded>) =>
    asyncMethod(what, failures, calls, produce);
  const makeItem = (s: StubSpec['item']) => (s ? (s.mode === 'compose' ? composeItem(s, m) : readItem(s, m)) : null);
  const item = makeItem(spec.item);
  state.item = item as Record<string, unknown> | null;
  const mailboxVersion = spec.mailboxVersion ?? '1.15';

  const roamingSettings = {
    get: (name: string) => state.roaming[name],
    set: (name: string, value: unknown) => {
      calls.push('roamingSettings.set');
      state.roaming[name] = value;
    },
    remove: (name: string) => {
      delete state.roaming[name];
    },
    saveAsync: m('roamingSettings.saveAsync', () => succeeded(undefined)),
  };
  const masterCategories = {
    getAsync: m('masterCategories.getAsync', () => succeeded(state.masterCategories.map((c) => ({ ...c })))),
    addAsync: m('masterCategories.addAsync', (args) => {
      const add = args[0] as { displayName: string; color: string }[];
      for (const c of add) {
        if (state.masterCategories.some((x) => x.displayName.toLowerCase() === c.displayName.toLowerCase())) {
          return {
            status: 'failed',
            value: undefined,
            error: { name: 'DuplicateCategory', message: `${c.displayName} exists`, code: 9045 },
            asyncContext: undefined,
          };
        }
      }
      state.masterCategories.push(...add.map((c) => ({ displayName: c.displayName, color: c.color })));
      return succeeded(undefined);
    }),
    removeAsync: m('masterCategories.removeAsync', () => succeeded(undefined)),
  };
  const mailbox = {
    item,
    userProfile: {
      emailAddress: spec.user.emailAddress,
      displayName: spec.user.displayName,
      timeZone: 'Europe/London',
      accountType: 'enterprise',
    },
    diagnostics: { hostName: 'OutlookWebApp', hostVersion: '16.0', OWAView: 'OneColumn' },
    masterCategories,
    displayMessageForm: (itemId: string) => {
      calls.push('displayMessageForm');
      state.displayed.push(itemId);
    },
    addHandlerAsync: m('mailbox.addHandlerAsync', (args) => {
      state.handlers[String(args[0])] = args[1] as (arg: unknown) => void;
      return succeeded(undefined);
    }),
    removeHandlerAsync: m('mailbox.removeHandlerAsync', (args) => {
      delete state.handlers[String(args[0])];
      return succeeded(undefined);
    }),
    convertToEwsId: (id: string) => id,
    convertToRestId: (id: string) => id,
  };
  const Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: { ItemChanged: 'olkItemSelectedChanged', RecipientsChanged: 'olkRecipientsChanged' },
    MailboxEnums: {
      ComposeType: { NewMail: 'newMail', Reply: 'reply', Forward: 'forward' },
      ItemNotificationMessageType: {
        ProgressIndicator: 'progressIndicator',
        InformationalMessage: 'informationalMessage',
        ErrorMessage: 'errorMessage',
        InsightMessage: 'insightMessage',
      },
      CategoryColor: CATEGORY_COLOR,
      ItemType: { Message: 'message', Appointment: 'appointment' },
      AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud' },
      RecipientType: {
        DistributionList: 'distributionList',
        User: 'user',
        ExternalUser: 'externalUser',
        Other: 'other',
      },
      RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
    },
    actions: {
      associate: (name: string, fn: (event: unknown) => void) => {
        calls.push(`actions.associate:${name}`);
        state.associated[name] = fn;
      },
    },
    context: {
      mailbox,
      roamingSettings,
      requirements: {
        isSetSupported: (name: string, v?: string) => name === 'Mailbox' && versionAtLeast(mailboxVersion, v ?? '1.1'),
      },
      diagnostics: { host: 'Outlook', platform: 'OfficeOnline', version: '16.0' },
    },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Outlook', platform: 'OfficeOnline' };
      cb?.(info);
      return Promise.resolve(info);
    },
  };
  const runtime = state.runtimeStorage;
  const OfficeRuntime = runtime
    ? {
        storage: {
          getItem: async (k: string) => (k in runtime ? (runtime[k] as string) : null),
          setItem: async (k: string, v: string) => {
            calls.push('OfficeRuntime.storage.setItem');
            runtime[k] = String(v);
          },
          removeItem: async (k: string) => {
            delete runtime[k];
          },
        },
      }
    : undefined;
  /** Outlook selects another item: the mailbox's item changes, then ItemChanged handlers run (pinned panes). */
  const select = (next: StubSpec['item']) => {
    const created = makeItem(next);
    state.item = created as Record<string, unknown> | null;
    (mailbox as { item: unknown }).item = created;
    state.handlers[Office.EventType.ItemChanged]?.({ type: Office.EventType.ItemChanged });
  };
  return { Office, OfficeRuntime, state, select };
}
