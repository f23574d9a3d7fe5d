import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** WXT builds the browser extension from extension/ (see README "Folder map" and "Browser extension"). */
export default defineConfig({
  srcDir: 'extension',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // Per-browser keys (TOOLCHAIN pitfall 4): Chromium reads the administrator's managed-storage schema from the manifest;
  // Firefox takes managed storage from enterprise policies and has no such key.
  manifest: ({ browser }) => ({
    name: 'Mailguard',
    description:
      'Labels customer mail with its lawful basis and retention, and guards sharing, per the privacy policy.',
    // `scripting` registers the paste guard (extension/send-guard) on the sites the person grants as optional hosts.
    permissions: ['storage', 'alarms', 'scripting'],
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'mailguard@northwind-it.example', strict_min_version: '115.0' } } }
      : { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
