import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** WXT builds the browser extension from extension/ (see README "Folder map"). */
export default defineConfig({
  srcDir: 'extension',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: () => ({
    name: 'Mailguard',
    description:
      'Labels customer mail with its lawful basis and retention, and guards sharing, per the privacy policy.',
    permissions: ['storage', 'alarms'],
  }),
});
