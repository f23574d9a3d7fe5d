/**
 * What the event handlers need from their surroundings, passed in so tests drive them without globals: the mailbox,
 * the shared key-value storage, the clock and the host's requirement-set answers.
 */
import { type AddinStorage, addinStorage, officeBackends } from '../common/addin-storage';
import { supportsMailbox } from '../common/office-async';

/** The handlers' environment. */
export interface HandlerEnv {
  readonly mailbox: Office.Mailbox;
  readonly storage: AddinStorage;
  readonly now: () => Date;
  /** Mailbox requirement-set check, e.g. `supports('1.15')`. */
  readonly supports: (version: string) => boolean;
}

/** The environment from the Office globals of the running runtime (read when an event fires, not at load). */
export function officeHandlerEnv(): HandlerEnv {
  return {
    mailbox: Office.context.mailbox,
    storage: addinStorage(officeBackends()),
    now: () => new Date(),
    supports: supportsMailbox,
  };
}
