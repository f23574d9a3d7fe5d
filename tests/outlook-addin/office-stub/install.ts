/**
 * Entry of the stub's script bundle (built by `buildStubScript`): defines `installOfficeStub(spec)` on the global
 * object, which sets `Office` (and `OfficeRuntime`, unless the spec says the runtime has none) and returns the state.
 * In a browser page that already loaded the real office.js, `installOfficeStub(spec, { into: Office })` keeps the real
 * `Office` object and puts only the host side in it (context, mailbox, actions) — see tests/e2e/addin-taskpane.
 */
import { createOfficeStub } from './office-stub';
import type { StubSpec } from './stub-spec';

const g = globalThis as Record<string, unknown>;
g.installOfficeStub = (spec: StubSpec, opts?: { into?: Record<string, unknown> }) => {
  const stub = createOfficeStub(spec);
  if (opts?.into) {
    const real = opts.into;
    real.context = stub.Office.context;
    real.actions = stub.Office.actions;
    for (const k of ['MailboxEnums', 'EventType', 'CoercionType', 'AsyncResultStatus'] as const)
      real[k] ??= stub.Office[k];
  } else {
    g.Office = stub.Office;
  }
  if (stub.OfficeRuntime) g.OfficeRuntime = stub.OfficeRuntime;
  g.__officeStubState = stub.state;
  g.__officeStubSelect = stub.select;
  return stub.state;
};
