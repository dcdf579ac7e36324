import { defineConfig } from "vitest/config";

// Unit tests only: tests/e2e holds Playwright specs, which vitest must not pick up.
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
  },
});
