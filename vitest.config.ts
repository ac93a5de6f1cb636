import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: UI tests each start a Chromium, so keep parallelism modest.
    maxWorkers: 2,
    globalSetup: ['tests/support/global-setup.ts'],
  },
});
