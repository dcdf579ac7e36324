// @ts-check
import { defineConfig } from "astro/config";
import { servedData } from "./src/integrations/served-data.ts";

// SITE_BASE serves the site under a subpath, e.g. SITE_BASE=/corpus/ npm run build.
const base = process.env.SITE_BASE || "/";

export default defineConfig({
  base,
  // Inside the project, not the shared node_modules/: each copy of the project (the benchmark's
  // workspaces) keeps its own content store, so one build never syncs against another's.
  // `npm run build` gives each output folder its own (scripts/build.ts).
  cacheDir: "./.cache/astro",
  // Pages returned by getStaticPaths with a cacheKey (src/lib/cache-key.ts) are restored from the last build
  // when the key and their code are unchanged.
  // The content store stays one file (`collectionStorage: "chunked"` made syncing 2,000 changed reports 35 s
  // instead of 7 s): with summaries it is some 5 kB a report, a string of about 500 MB at 100,000.
  experimental: { incrementalBuild: true },
  // data/corpus.json and data/reports/*.json, written whole by scripts/ingest.ts.
  integrations: [servedData({ dir: "content/build/served" })],
  trailingSlash: "always",
  // Pages read their report's files and write their own: one at a time, the process waited on the disk for
  // 17 of the 39 s it took to render 2,000 reports' pages; 8 at a time it renders them in 18 s instead of 29.
  build: { format: "directory", inlineStylesheets: "never", concurrency: 8 },
  devToolbar: { enabled: false },
  vite: {
    // External files only: the site must work under a Content-Security-Policy without 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
    // `npm run dev` watches sources, not build output: the benchmark's copies under .cache/ hold
    // hundreds of thousands of files, more than the OS lets one process watch.
    server: { watch: { ignored: ["**/.cache/**", "**/dist/**", "**/tests/.tmp/**", "**/test-results/**"] } },
  },
});
