import { defineConfig } from 'vitest/config';

// Unit and integration tests sit beside the code they test. The domain code in src/lib has no
// Astro imports, so plain Vitest runs it without Astro's Vite setup.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Every test gets its own in-memory or temporary database, so files can run in parallel.
    // Processes, not threads: resvg's native addon, loaded by the link-preview tests, crashed the
    // whole run with a segfault as worker threads shut down (rc 139 after every test passed, 2 of
    // 2 runs; 0 of 1 without those tests, 0 of 1 in processes, which were also 20 s faster).
    pool: 'forks',
    // Several tests spawn a build or a server. On a busy 2-core CI machine these took over 5 s
    // (Vitest's default) while every file ran at once, though each takes 2 s alone; a hung test
    // still fails, only later.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
