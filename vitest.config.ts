// Unit tests: Node by default; DOM tests opt into happy-dom with a per-file comment.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/server/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/fastCheckSeed.ts'],
  },
});
