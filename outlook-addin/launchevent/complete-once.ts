/**
 * `event.completed` exactly once: the first call goes to Outlook, later calls are ignored and counted, so a late
 * exception after a verdict cannot complete the event twice.
 */

/** The options a Smart Alerts handler completes with (office-js `SmartAlertsEventCompletedOptions`). */
export interface CompletionOptions {
  readonly allowEvent?: boolean;
  readonly errorMessage?: string;
  readonly commandId?: string;
  readonly cancelLabel?: string;
  readonly contextData?: string;
}

/** The event object Outlook passes to a launch-event handler. */
export interface LaunchEventLike {
  completed(options?: CompletionOptions): void;
}

/** Wraps `event.completed` so only the first call reaches Outlook. */
export function completeOnce(event: LaunchEventLike): (options?: CompletionOptions) => boolean {
  let done = false;
  return (options) => {
    if (done) return false;
    done = true;
    if (options === undefined) event.completed();
    else event.completed(options);
    return true;
  };
}
