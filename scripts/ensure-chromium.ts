// Finds Debian's Chromium for the end-to-end tests, installing it with apt-get when it is missing.
// Playwright cannot download its own browsers here (no internet), so the tests drive the system one.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Where the tests look for Chromium: CHROMIUM_PATH, else Debian's path. */
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

if (import.meta.main && !existsSync(chromiumPath)) {
  console.log(`[e2e] ${chromiumPath} 不存在，正在用 apt-get 安装 Debian 的 chromium…`);
  const asRoot = process.getuid?.() === 0 ? [] : ["sudo", "-n"];
  const run = (args: string[]) => {
    const [cmd, ...rest] = [...asRoot, ...args] as [string, ...string[]];
    execFileSync(cmd, rest, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  };
  try {
    run(["apt-get", "update"]);
    run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"]);
  } catch {
    console.error("[e2e] 无法安装 chromium：请以 root 运行 `apt-get install -y chromium`，或设置 CHROMIUM_PATH 指向已有的 Chromium。");
    process.exit(1);
  }
  if (!existsSync(chromiumPath)) {
    console.error(`[e2e] 安装后仍找不到 ${chromiumPath}：请设置 CHROMIUM_PATH。`);
    process.exit(1);
  }
}
