import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsGzip, serve } from "../serve.ts";

describe("acceptsGzip", () => {
  it.each([
    ["gzip, deflate, br, zstd", true],
    ["br;q=1.0, gzip;q=0.8", true],
    ["GZIP", true],
    ["x-gzip", true],
    ["*", true],
    ["gzip;q=0", false],
    ["gzip;q=0, *", false],
    ["identity", false],
    ["br", false],
    ["*;q=0", false],
    ["", false],
    [undefined, false],
  ])("acceptsGzip(%j) = %s", (header, accepted) => {
    expect(acceptsGzip(header)).toBe(accepted);
  });
});

describe("serve", () => {
  const dir = mkdtempSync(join(tmpdir(), "serve-"));
  const html = `<!doctype html><p>${"对照检查材料".repeat(400)}</p>`;
  const index = Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 251));
  const served: [string, number][] = [];
  let server: ReturnType<typeof serve>;

  /** GETs a path with the given Accept-Encoding, answering the status, headers and raw body. */
  function get(path: string, encoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
    const { port } = server.address() as AddressInfo;
    return new Promise((done, fail) => {
      request({ host: "127.0.0.1", port, path: encodeURI(path), headers: encoding ? { "Accept-Encoding": encoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on("error", fail)
        .end();
    });
  }

  beforeAll(async () => {
    mkdirSync(join(dir, "search"), { recursive: true });
    mkdirSync(join(dir, "pagefind"), { recursive: true });
    writeFileSync(join(dir, "search", "index.html"), html);
    writeFileSync(join(dir, "pagefind", "en_1.pf_index"), index);
    writeFileSync(join(dir, "404.html"), "<p>找不到页面</p>");
    server = serve(dir, "/", 0, (path, bytes) => served.push([path, bytes]));
    await new Promise((done) => server.once("listening", done));
  });
  afterAll(() => new Promise((done) => server.close(done)));

  it("gzips text when the request takes gzip, and reports the bytes it sent", async () => {
    served.length = 0;
    const res = await get("/search/", "gzip, deflate, br, zstd");
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(gunzipSync(res.body).toString()).toBe(html);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(html) / 10);
    expect(served).toEqual([["/search/", res.body.length]]);
  });

  it("sends the same bytes every time", async () => {
    const [a, b] = await Promise.all([get("/search/", "gzip"), get("/search/", "gzip")]);
    expect(a.body.equals(b.body)).toBe(true);
  });

  it("sends text as it is to a client that does not take gzip", async () => {
    served.length = 0;
    const res = await get("/search/", "gzip;q=0, br");
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.body.toString()).toBe(html);
    expect(served).toEqual([["/search/", Buffer.byteLength(html)]]);
  });

  it("sends Pagefind's files as they are, gzipped inside already", async () => {
    served.length = 0;
    const res = await get("/pagefind/en_1.pf_index", "gzip");
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.headers["content-type"]).toBe("application/octet-stream");
    expect(res.body.equals(index)).toBe(true);
    expect(served).toEqual([["/pagefind/en_1.pf_index", index.length]]);
  });

  it("answers a missing file with the site's 404 page, reporting nothing served", async () => {
    served.length = 0;
    const res = await get("/no/such/page/", "gzip");
    expect(res.status).toBe(404);
    expect(gunzipSync(res.body).toString()).toBe("<p>找不到页面</p>");
    expect(served).toEqual([]);
  });
});
