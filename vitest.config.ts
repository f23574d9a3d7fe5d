import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/** Unit tests run in Node; a file opts into a DOM with `// @vitest-environment happy-dom`. e2e files drive Chromium. */
export default defineConfig({
  plugins: [preact()],
  test: {
    globals: true,
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
