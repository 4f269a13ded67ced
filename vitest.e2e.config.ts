// End-to-end tests: real Chromium with the built extension (dist/chrome), one file at a time
// (each starts its own browser), with timeouts long enough for a cold browser start.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
