/** The pages the content scripts run on: the real webmail hosts only (no localhost in any shipped manifest). */

/** Outlook on the web: work/school, Microsoft 365, personal, and the new cloud.microsoft host. */
export const OUTLOOK_MATCHES = [
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
] as const;

/** Gmail. */
export const GMAIL_MATCHES = ['https://mail.google.com/*'] as const;

/** Outlook's host names (from the patterns above). */
export const OUTLOOK_HOSTS: readonly string[] = OUTLOOK_MATCHES.map((p) => new URL(p.replace('/*', '/')).host);

/** The host names above (the demo mailbox maps each to the local server). */
export const WEBMAIL_HOSTS = [...OUTLOOK_MATCHES, ...GMAIL_MATCHES].map((p) => new URL(p.replace('/*', '/')).host);
