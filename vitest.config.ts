import { defineConfig } from "vitest/config";

// Unit tests only: tests/e2e holds Playwright specs, which vitest must not pick up.
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Many tests run the ingest or a build step on real reports, a second or two each on an idle machine: the limit
    // leaves room for a busy one (a parallel build took the first of them past the default five seconds).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
