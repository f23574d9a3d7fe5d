/**
 * Chromium flags every launch of Debian's Chromium uses here (TOOLCHAIN.md): no sandbox or GPU, no background
 * traffic to Google, no QUIC. Callers add headless mode, host-resolver rules and extension flags.
 * Shared by `npm start` (scripts/demo) and the e2e helpers (tests/e2e/helpers).
 */
export const CHROMIUM_BASE_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
