/**
 * What the content script does in the document it was injected into. The webmail content scripts also run in frames
 * and in blank, same-origin documents the page writes into (Outlook's pop-out compose windows; webmail-dom.md §1:
 * "pop-outs need all_frames + match_about_blank"), so each instance first asks where it is:
 * - `mailbox`: only the top-level https page of a mail host (Outlook's hosts unless told others): everything (labels
 *   on the list and reading pane, send guard, banners);
 * - `compose-only`: everything else: a pop-out window (top-level about:blank), any sub-frame the browser matched (a
 *   blank frame the page wrote into, or one of the page's own same-host frames), and any other top-level document the
 *   browser may hand us (blob:, data:, http:, another host): the send guard and its banners only, which act only where
 *   a compose form exists; never the labelling engine, so nothing labels rows or messages outside the mailbox page.
 * Frames of other origins (ads, sign-in) get no script at all: the manifest matches the webmail hosts only, and a
 * blank frame is matched by the origin that created it.
 */
import { OUTLOOK_HOSTS } from './match-patterns';

/** The two jobs a content-script instance can have. */
export type FrameRole = 'mailbox' | 'compose-only';

/** The job of the instance running in `win`; `mailHosts` are the host names of the mailbox pages. */
export function frameRole(win: Window, mailHosts: readonly string[] = OUTLOOK_HOSTS): FrameRole {
  let topLevel: boolean;
  try {
    topLevel = win === win.top;
  } catch {
    topLevel = false;
  }
  const { protocol, hostname } = win.location;
  const mailPage = protocol === 'https:' && mailHosts.includes(hostname.toLowerCase());
  return topLevel && mailPage ? 'mailbox' : 'compose-only';
}
