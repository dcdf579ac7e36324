// Builds every site the end-to-end suite needs, once each, before Playwright starts (see tests/sites.ts).
// Builds run one after another: they share content/reports/, which ingest rewrites.
import { execFileSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { join } from "node:path";
import { injection, rebuild, review, root, subpath, type Site } from "./sites.ts";

const project = join(import.meta.dirname, "..");

function build(site: Omit<Site, "port">): void {
  const started = performance.now();
  const env: Record<string, string | undefined> = { ...process.env, ...site.env, SITE_BASE: site.base, SITE_OUT: site.dir };
  if (site.sources) env.CORPUS_SOURCES = join(project, site.sources);
  else delete env.CORPUS_SOURCES;
  try {
    execFileSync(process.execPath, [join(project, "scripts", "build.ts")], { cwd: project, env, stdio: ["ignore", "pipe", "inherit"] });
  } catch (error) {
    // The build's log says which stage and which source failed; show it only when it matters.
    process.stdout.write((error as { stdout?: Buffer }).stdout ?? "");
    throw new Error(`[e2e] 构建 ${site.name}（${site.dir}/）失败`);
  }
  console.log(`[e2e] ${site.name} → ${site.dir}/，${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Astro's content cache: cleared so that the two builds compared for determinism share nothing. */
function clearCache(): void {
  rmSync(join(project, ".cache", "astro"), { recursive: true, force: true });
}

/** The review fixtures' sources, without what describes them (every file in a sources folder must be a source). */
function reviewSources(): void {
  const to = join(project, review.sources ?? "");
  rmSync(to, { recursive: true, force: true });
  cpSync(join(project, "tests", "fixtures", "review"), to, { recursive: true, filter: (f) => !/(expected\.yaml|README\.md)$/.test(f) });
}

build(injection);
reviewSources();
build(review);
build(subpath);
clearCache();
build(rebuild);
clearCache();
// The root site last, so content/reports/ matches dist/ for `npm run dev` and `npm run preview`.
build(root);
