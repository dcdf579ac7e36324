import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";

/** What one command cost, read from the OS. */
export interface Cost {
  /** Wall time in seconds. */
  wall: number;
  /** User + system CPU seconds of the whole process tree. */
  cpu: number;
  /** Peak of the summed resident memory of the process tree, in bytes. */
  peak: number;
}

/** Resident bytes of every process in the tree under `root`, read from /proc. */
async function treeRss(root: number): Promise<number> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of await readdir("/proc").catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // Fields after the parenthesised command: state ppid … ; rss is field 24 (in pages).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields.length < 22) continue;
    parents.set(Number(entry), Number(fields[1]));
    rss.set(Number(entry), Number(fields[21]) * 4096);
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p && p > 1; p = parents.get(p)) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const [pid, bytes] of rss) if (inTree(pid)) total += bytes;
  return total;
}

/** Runs a command through bash (whose `times` reports the tree's CPU) and samples its tree's memory. */
export async function measure(command: string, options: { cwd: string; env?: NodeJS.ProcessEnv; log?: (line: string) => void }): Promise<Cost> {
  const started = performance.now();
  const child = spawn("bash", ["-c", `${command}\nstatus=$?\ntimes >&3\nexit $status`], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) void treeRss(child.pid).then((b) => (peak = Math.max(peak, b)));
  }, 100);
  let times = "";
  let output = "";
  child.stdout?.on("data", (d: Buffer) => {
    output += d;
    for (const line of String(d).split("\n").filter(Boolean)) options.log?.(line);
  });
  child.stderr?.on("data", (d: Buffer) => (output += d));
  (child.stdio[3] as NodeJS.ReadableStream).on("data", (d: Buffer) => (times += d));
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`“${command}” 失败（退出码 ${code}）：\n${output.slice(-3000)}`);
  // `times` prints the shell's own line, then its children's: "0m1.234s 0m0.567s".
  const children = times.trim().split("\n")[1] ?? "";
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((s, m) => s + Number(m[1]) * 60 + Number(m[2]), 0);
  return { wall: (performance.now() - started) / 1000, cpu, peak };
}
