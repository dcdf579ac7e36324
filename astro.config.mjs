// @ts-check
import { defineConfig } from "astro/config";

// SITE_BASE serves the site under a subpath, e.g. SITE_BASE=/corpus/ npm run build.
const base = process.env.SITE_BASE || "/";

export default defineConfig({
  base,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  // External files only: the site must work under a Content-Security-Policy without 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
});
