import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * Mailguard never injects HTML (Biome forbids dangerouslySetInnerHTML). This removes the one innerHTML write Preact
 * ships for that prop, so no code path in our bundles can parse a string as HTML (and `web-ext lint` stays clean).
 */
function noPreactInnerHtml(): Plugin {
  return {
    name: 'mailguard-no-preact-innerhtml',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs/.test(id)) return null;
      const out = code.replace(
        /\((\w+)\.innerHTML=(\w+)\.__html\)/g,
        '(()=>{throw new TypeError("Mailguard: dangerouslySetInnerHTML is disabled")})()',
      );
      if (out === code) this.warn('Preact changed: its innerHTML write was not found (check noPreactInnerHtml)');
      return { code: out, map: null };
    },
  };
}

/** WXT builds the browser extension from extension/ (see README "Folder map" and "Browser extension"). */
export default defineConfig({
  srcDir: 'extension',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [noPreactInnerHtml(), preact()] }),
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
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mailguard@northwind-it.example',
              // 140 (the current ESR) is the first with data_collection_permissions; Android needs 142.
              strict_min_version: '140.0',
              // Firefox's built-in consent: Mailguard sends nothing anywhere (labels stay in the browser).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
