/**
 * Runs a command and measures it the way the benchmark reports it: wall time
 * and the peak resident memory of the whole process tree (Astro may start
 * workers and Pagefind runs its own binary), sampled from /proc.
 */
import { spawn } from "node:child_process";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";

export interface Measurement {
  command: string;
  wallMs: number;
  /** Highest sum of RSS over the process tree seen by the sampler. */
  peakRssBytes: number;
  exitCode: number;
  logFile: string;
}

const PAGE_SIZE = 4096;
const SAMPLE_MS = 100;

/** pid → [ppid, rss bytes] for every process we can read. */
function processTable(): Map<number, [number, number]> {
  const table = new Map<number, [number, number]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name may contain spaces and parentheses: fields start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(name), [Number(fields[1]), Number(fields[21]) * PAGE_SIZE]);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table;
}

export function treeRss(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, [ppid]] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += table.get(pid)?.[1] ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export async function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<Measurement> {
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let peak = 0;
  const sample = () => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
  };
  const timer = setInterval(sample, SAMPLE_MS);
  sample();
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);
  await new Promise((resolve) => log.end(resolve));
  return { command: [command, ...args].join(" "), wallMs, peakRssBytes: peak, exitCode, logFile: options.logFile };
}
