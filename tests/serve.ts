// A static file server on 127.0.0.1 for the end-to-end tests: serves a built site (SITE_DIR, default
// dist/) under SITE_BASE like an intranet web server would, with the Content-Security-Policy below.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

/** The policy the site is built to work under: nothing inline, nothing from another origin. */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Serves `dir` under `base` on 127.0.0.1:`port`; `served` hears of every file sent (the benchmark counts bytes). */
export function serve(dir: string, base: string, port: number, served?: (path: string, bytes: number) => void) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end("not under base");
      return;
    }
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = join(file, "index.html");
      info = await stat(file).catch(() => null);
    }
    const headers = { "Content-Security-Policy": contentSecurityPolicy, "X-Content-Type-Options": "nosniff" };
    if (!info) {
      res.writeHead(404, { ...headers, "Content-Type": types[".html"] });
      createReadStream(join(dir, "404.html")).on("error", () => res.end()).pipe(res);
      return;
    }
    served?.(path, info.size);
    res.writeHead(200, { ...headers, "Content-Type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  server.listen(port, "127.0.0.1");
  return server;
}

if (import.meta.main) {
  const base = (process.env.SITE_BASE || "/").replace(/\/?$/, "/");
  const port = Number(process.env.PORT || 4321);
  const dir = resolve(import.meta.dirname, "..", process.env.SITE_DIR || "dist");
  serve(dir, base, port);
  console.log(`serving ${dir} at http://127.0.0.1:${port}${base}`);
}
