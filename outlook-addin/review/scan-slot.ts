/**
 * The review pane's mount point for the mailbox scan (engineer I's `outlook-addin/scan/`). When
 * `outlook-addin/scan/mount.ts(x)` exists and exports `mountScan: ScanMount`, the build links it in (see
 * scripts/build-addin.ts, "virtual:mailguard-scan"); the review pane then calls it once with the node
 * `#mailguard-scan-mount` (a "Scan mailbox" button belongs there) and calls the returned cleanup when it unmounts.
 */
import type { Policy } from '../../shared/core/policy/schema';
import type { MailguardStore } from '../../shared/store/types';

/** What the scan gets from the review pane. */
export interface ScanContext {
  readonly mailbox: Office.Mailbox;
  readonly policy: Policy;
  readonly store: () => Promise<MailguardStore>;
  /** Call after the scan saved labels, so the queue reloads. */
  readonly onLabelsChanged: () => void;
  /**
   * Tell the review pane which Graph message (REST id) a stored key belongs to, so "Open" can open it
   * (`displayMessageForm` needs the EWS id; it is converted with `mailbox.convertToEwsId` and kept on this device).
   */
  readonly rememberGraphId?: (key: string, graphId: string) => void;
}

/** The scan's entry point. */
export type ScanMount = (host: HTMLElement, ctx: ScanContext) => undefined | (() => void);
