/**
 * Entry of the stub's script bundle (built by `buildStubScript`): defines `installOfficeStub(spec)` on the global
 * object, which sets `Office` (and `OfficeRuntime`, unless the spec says the runtime has none) and returns the state.
 * In a browser page that already loaded the real office.js, `installOfficeStub(spec, { into: Office })` keeps the real
 * `Office` object and puts only the host side in it (context, mailbox, actions) — see tests/e2e/addin-taskpane.
 */
import { createOfficeStub } from './office-stub';
import type { StubSpec } from './stub-spec';

// The global object without `globalThis` (ES2020) where an ES2017 runtime lacks it; browsers have it (and forbid eval).
const g = (typeof globalThis !== 'undefined' ? globalThis : Function('return this')()) as Record<string, unknown>;
g.installOfficeStub = (spec: StubSpec, opts?: { into?: Record<string, unknown> }) => {
  const stub = createOfficeStub(spec);
  if (opts?.into) {
    const real = opts.into;
    const ctx = (real.context ?? {}) as Record<string, unknown>;
    const host = stub.Office.context as Record<string, unknown>;
    for (const k of ['mailbox', 'roamingSettings', 'requirements']) {
      Object.defineProperty(ctx, k, { value: host[k], configurable: true, writable: true, enumerable: true });
    }
    if (real.context !== ctx) real.context = ctx;
    // Outlook's host script (outlook-web-16.01.js) adds MailboxEnums and Outlook's members of the shared enums
    // (e.g. EventType.ItemChanged); office.js loaded outside Outlook lacks them, so the shim adds what is missing.
    for (const k of ['MailboxEnums', 'EventType', 'CoercionType', 'AsyncResultStatus'] as const) {
      const mine = stub.Office[k] as Record<string, unknown>;
      real[k] ??= {};
      const theirs = real[k] as Record<string, unknown>;
      for (const [name, value] of Object.entries(mine)) if (!(name in theirs)) theirs[name] = value;
    }
  } else {
    g.Office = stub.Office;
  }
  if (stub.OfficeRuntime) g.OfficeRuntime = stub.OfficeRuntime;
  g.__officeStubState = stub.state;
  g.__officeStubSelect = stub.select;
  return stub.state;
};
