/**
 * One-shot approvals: after a draft was allowed (or overridden with a justification), the guard re-sends it by
 * clicking Send itself, and that one attempt must pass. Why the page cannot use this to skip the guard:
 * - approvals live in the content script's isolated world; page scripts cannot read or set them;
 * - an approval is bound to one compose element AND the fingerprint of the exact draft checked (recipients, subject,
 *   body hash, attachment names): any change, by the person or by a page script, makes the next attempt a new check;
 * - it is consumed by the first matching attempt and expires after a few seconds, so it cannot be saved for later;
 * - untrusted (script-made) clicks and keys are checked like real ones, so the page gains nothing by synthesising them.
 * At worst a page script could trigger, within those seconds, the send of exactly the draft the person just approved.
 */

/** The approvals of one page. */
export interface Approvals {
  grant(compose: Element, print: string): void;
  /** True (and forgotten) when `compose` holds a live approval for exactly `print`. */
  consume(compose: Element, print: string): boolean;
  has(compose: Element): boolean;
}

/** Creates the store; `ttlMs` bounds how long an approval waits for its re-sent attempt. */
export function createApprovals(now: () => number = () => Date.now(), ttlMs = 5000): Approvals {
  const map = new WeakMap<Element, { print: string; until: number }>();
  return {
    grant(compose, print) {
      map.set(compose, { print, until: now() + ttlMs });
    },
    consume(compose, print) {
      const a = map.get(compose);
      map.delete(compose);
      return !!a && a.until >= now() && a.print === print;
    },
    has(compose) {
      const a = map.get(compose);
      return !!a && a.until >= now();
    },
  };
}
