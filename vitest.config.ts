import { defineConfig } from 'vitest/config';

// Unit and integration tests sit beside the code they test. The domain code in src/lib has no
// Astro imports, so plain Vitest runs it without Astro's Vite setup.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Every test gets its own in-memory or temporary database, so files can run in parallel.
    pool: 'threads',
  },
});
