// Data files ingest writes whole (scripts/emit/served-data.ts), served as they are: linked into the built site, and
// answered from their folder by the dev server. Astro would read every report again to render them as endpoints.
import { createReadStream, existsSync, statSync } from "node:fs";
import { resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { linkTree } from "../lib/link-tree.ts";

/** Options of {@link servedData}. */
export interface ServedDataOptions {
  /** The folder, laid out as the site (data/corpus.json, data/reports/…), relative to the project root. */
  dir: string;
}

export function servedData({ dir }: ServedDataOptions): AstroIntegration {
  let root = "";
  let base = "/";
  return {
    name: "served-data",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = resolve(fileURLToPath(config.root), dir);
        base = config.base.replace(/\/?$/, "/");
      },
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? "").split("?")[0] ?? "");
          if (!path.startsWith(base)) return next();
          const file = resolve(root, `.${sep}${path.slice(base.length)}`);
          if (!file.startsWith(`${root}${sep}`) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader("Content-Type", "application/json; charset=utf-8");
          createReadStream(file).pipe(res);
        });
      },
      "astro:build:done": async ({ dir: out }) => {
        // Linked, not copied (ingest replaces these files, never writes into them): 767 MB at 20,000 reports.
        if (existsSync(root)) await linkTree(root, fileURLToPath(out));
      },
    },
  };
}
