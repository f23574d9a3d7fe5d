// @vitest-environment happy-dom
/**
 * The review page's import panel over a stand-in Worker and a fake background: labelled batches from the (real,
 * in-process) import worker code reach the background as `saveImportedLabels` with the import mailbox; a worker that
 * cannot load ends the import with a stated reason instead of a progress bar that never finishes.
 */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IMPORT_MAILBOX_ID, MailboxImport } from '../../../extension/entrypoints/review/mailbox-import';
import type { Request, SettingsView } from '../../../extension/messaging/protocol';
import { setTransport } from '../../../extension/messaging/send-request';
import { defaultPolicy } from '../../../shared/core/policy';
import type { ImportCommand, ImportEvent } from '../../../shared/import/import-protocol';
import { serveImports } from '../../../shared/import/import-worker';
import { buildMail, buildMbox, syntheticMail } from '../../fixtures/mail-exports/build-mail';

vi.mock('wxt/browser', () => ({ browser: {} }));

const settings: SettingsView = {
  role: 'manager',
  roleLocked: false,
  actor: 'Jo',
  policyJson: JSON.stringify(defaultPolicy),
  policyVersion: defaultPolicy.version,
  policySource: 'default',
  categories: defaultPolicy.categories.map((c) => ({ id: c.id, title: c.title })),
};

/** A Worker stand-in: 'serve' runs the real import-worker code in this thread; 'broken' fails to load. */
function fakeWorker(kind: 'serve' | 'broken') {
  return class FakeWorker extends EventTarget {
    private readonly inside = new EventTarget();
    constructor() {
      super();
      if (kind === 'serve') {
        serveImports({
          postMessage: (message: ImportEvent) => this.dispatchEvent(new MessageEvent('message', { data: message })),
          addEventListener: (type, listener) => this.inside.addEventListener(type, listener as EventListener),
        });
      }
    }
    postMessage(message: ImportCommand) {
      if (kind === 'broken') {
        queueMicrotask(() => this.dispatchEvent(new ErrorEvent('error', { message: 'script failed to load' })));
        return;
      }
      queueMicrotask(() => this.inside.dispatchEvent(new MessageEvent('message', { data: message })));
    }
    terminate() {}
  };
}

afterEach(() => {
  cleanup();
  setTransport(undefined);
  vi.unstubAllGlobals();
});

function choose(text: string, name: string) {
  const input = document.querySelector('.mg-import input[type=file]') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/mbox' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('review page: mailbox import', () => {
  it('sends each labelled batch to the background under the import mailbox', async () => {
    vi.stubGlobal('Worker', fakeWorker('serve'));
    const sent: Extract<Request, { type: 'saveImportedLabels' }>[] = [];
    setTransport(async (m) => {
      sent.push(m as (typeof sent)[number]);
      return { ok: true, value: { added: 3, updated: 0 } };
    });
    const onImported = vi.fn();
    render(<MailboxImport settings={settings} onImported={onImported} />);
    choose(buildMbox([0, 1, 2].map((n) => buildMail(syntheticMail(n)))), 'three.mbox');
    await waitFor(() => expect(onImported).toHaveBeenCalled(), { timeout: 5000 });
    expect(onImported.mock.calls[0]?.[0]).toMatchObject({ status: 'done', messages: 3, errors: 0 });
    expect(sent.map((r) => r.type)).toEqual(['saveImportedLabels']);
    expect(sent[0]?.mailboxId).toBe(IMPORT_MAILBOX_ID);
    expect(sent[0]?.labels.map((l) => l.messageId)).toEqual([0, 1, 2].map((n) => `synthetic-${n}@example.test`));
    expect(document.querySelector('.mg-import-reports')?.textContent).toMatch(
      /three\.mbox imported: 3 messages labelled/,
    );
  });

  it('ends the import with the reason when the worker cannot load', async () => {
    vi.stubGlobal('Worker', fakeWorker('broken'));
    setTransport(async () => ({ ok: false, error: 'must not be called' }));
    const onImported = vi.fn();
    render(<MailboxImport settings={settings} onImported={onImported} />);
    choose(buildMbox([buildMail(syntheticMail(0))]), 'one.mbox');
    await waitFor(() => expect(onImported).toHaveBeenCalled(), { timeout: 5000 });
    expect(onImported.mock.calls[0]?.[0]).toMatchObject({ status: 'failed', messages: 0 });
    expect(document.querySelector('.mg-import-reports')?.textContent).toMatch(
      /one\.mbox stopped by an error: .*the import worker stopped: script failed to load/,
    );
    expect(document.querySelector('progress')).toBeNull();
  });
});
