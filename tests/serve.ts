// A static file server on 127.0.0.1 for the end-to-end tests and the benchmark: serves a built site
// (SITE_DIR, default dist/) under SITE_BASE like an intranet web server would, with the
// Content-Security-Policy below and gzip for text, as deploy/README.md's server settings ask.
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

/** Types sent gzipped; Pagefind's index files and WebAssembly are gzipped inside already and go as they are. */
const compressible = new Set([".html", ".js", ".mjs", ".css", ".json", ".csv", ".svg"]);

/** True when an Accept-Encoding header takes gzip: named, or covered by `*`, with a weight above zero. */
export function acceptsGzip(header: string | undefined): boolean {
  const weights = new Map<string, number>();
  for (const part of (header ?? "").toLowerCase().split(",")) {
    const [coding = "", ...params] = part.split(";").map((p) => p.trim());
    const q = params.find((p) => p.startsWith("q="));
    if (coding) weights.set(coding, q ? Number(q.slice(2)) : 1);
  }
  return (weights.get("gzip") ?? weights.get("x-gzip") ?? weights.get("*") ?? 0) > 0;
}

/** The policy the site is built to work under: nothing inline, nothing from another origin. */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Serves `dir` under `base` on 127.0.0.1:`port`; `served` hears of every file sent and the bytes sent for it (the benchmark counts them). */
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
    const status = info ? 200 : 404;
    if (!info) file = join(dir, "404.html");
    const body = await readFile(file).catch(() => Buffer.alloc(0));
    const headers: Record<string, string> = {
      "Content-Security-Policy": contentSecurityPolicy,
      "X-Content-Type-Options": "nosniff",
      "Content-Type": types[extname(file)] ?? "application/octet-stream",
    };
    if (compressible.has(extname(file))) headers.Vary = "Accept-Encoding";
    const gzip = compressible.has(extname(file)) && acceptsGzip(req.headers["accept-encoding"]);
    if (gzip) headers["Content-Encoding"] = "gzip";
    // A fixed level, and Node writes no timestamp into the header: the same file is always the same bytes.
    const sent = gzip ? gzipSync(body, { level: 9 }) : body;
    if (info) served?.(path, sent.length);
    res.writeHead(status, { ...headers, "Content-Length": String(sent.length) }).end(sent);
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
