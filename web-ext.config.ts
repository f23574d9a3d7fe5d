import { defineWebExtConfig } from 'wxt';

/** WXT's dev runner would try to open a browser; `npm start` launches Chromium itself. */
export default defineWebExtConfig({ disabled: true });
