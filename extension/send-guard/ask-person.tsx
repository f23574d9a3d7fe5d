/**
 * Shows the warn dialog on top of the page, in its own shadow root (`<mailguard-dialog>`), and resolves with what the
 * person chose. Focus returns to where it was when the dialog closes. Only one dialog is open at a time per page.
 */
import { render } from 'preact';
import { WarnDialog, type WarnDialogVerdict, type WarnJustification } from '../../shared/ui/warn-dialog';
import { warnDialogStyles } from '../../shared/ui/warn-dialog-styles';

/** What the person chose. */
export type DialogChoice =
  | { readonly type: 'back' }
  | { readonly type: 'remove' }
  | { readonly type: 'send'; readonly justification: WarnJustification };

/** What to show. */
export interface AskOptions {
  readonly mode: 'warn' | 'block' | 'error';
  readonly verdict: WarnDialogVerdict;
  readonly subjectWords?: string;
  readonly overrideWords?: string;
  readonly errorText?: string;
  readonly canRemove: boolean;
  /** Runs before a send-anyway resolves (records the override); a rejection is shown and nothing is sent. */
  readonly confirm: (j: WarnJustification) => Promise<void>;
}

/** The host tag (E's observer may skip it). */
export const DIALOG_TAG = 'mailguard-dialog';

/** Opens the dialog; resolves once with the person's choice. */
export function askPerson(doc: Document, opts: AskOptions): Promise<DialogChoice> {
  for (const old of doc.querySelectorAll(DIALOG_TAG)) old.remove();
  const before = doc.activeElement as HTMLElement | null;
  const host = doc.createElement(DIALOG_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = warnDialogStyles;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.append(host);

  return new Promise<DialogChoice>((resolve) => {
    const close = (choice: DialogChoice) => {
      render(null, mount);
      host.remove();
      before?.focus?.();
      resolve(choice);
    };
    render(
      <WarnDialog
        mode={opts.mode}
        verdict={opts.verdict}
        {...(opts.subjectWords ? { subjectWords: opts.subjectWords } : {})}
        {...(opts.errorText ? { errorText: opts.errorText } : {})}
        {...(opts.overrideWords ? { overrideWords: opts.overrideWords } : {})}
        onBack={() => close({ type: 'back' })}
        {...(opts.canRemove ? { onRemove: () => close({ type: 'remove' }) } : {})}
        onSendAnyway={async (justification) => {
          await opts.confirm(justification);
          close({ type: 'send', justification });
        }}
      />,
      mount,
    );
  });
}

/** Closes any open dialog (content-script teardown). */
export function closeDialogs(doc: Document): void {
  for (const host of doc.querySelectorAll(DIALOG_TAG)) {
    const mount = host.shadowRoot?.lastElementChild;
    if (mount) render(null, mount);
    host.remove();
  }
}
