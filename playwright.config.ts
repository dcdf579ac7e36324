import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./scripts/ensure-chromium.ts";

// E2E_PORT lets several checkouts run their e2e tests on one machine at once.
const port = Number(process.env.E2E_PORT || 4329);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: chromiumPath,
      // Debian's Chromium as root in a sandbox with no outside network: no background connections.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    command: `node tests/serve.ts`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
