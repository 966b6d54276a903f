import { defineConfig } from 'vitest/config';

// TEST_DB=embedded (default) runs against a throwaway embedded PostgreSQL 18; TEST_DB=server
// against the PostgreSQL server at TEST_SERVER_URL (default 127.0.0.1:5432). `npm test` runs both.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
  },
});
