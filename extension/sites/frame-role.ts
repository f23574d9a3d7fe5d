/**
 * What the content script does in the document it was injected into. The webmail content scripts also run in frames
 * and in blank, same-origin documents the page writes into (Outlook's pop-out compose windows; webmail-dom.md §1:
 * "pop-outs need all_frames + match_about_blank"), so each instance first asks where it is:
 * - `mailbox`: the top-level webmail page (a real https URL): everything (labels on the list and reading pane, send
 *   guard, banners);
 * - `compose-only`: a pop-out window (top-level about:blank), or any sub-frame the browser matched (a blank frame the
 *   page wrote into, or one of the page's own same-host frames): the send guard and its banners only, never the
 *   labelling engine, so no second observer labels rows or messages inside frames.
 * Frames of other origins (ads, sign-in) get no script at all: the manifest matches the webmail hosts only, and a
 * blank frame is matched by the origin that created it.
 */

/** The two jobs a content-script instance can have. */
export type FrameRole = 'mailbox' | 'compose-only';

/** The job of the instance running in `win`. */
export function frameRole(win: Window): FrameRole {
  let topLevel: boolean;
  try {
    topLevel = win === win.top;
  } catch {
    topLevel = false;
  }
  const blank = win.location.protocol === 'about:' || win.location.href === '';
  return topLevel && !blank ? 'mailbox' : 'compose-only';
}
