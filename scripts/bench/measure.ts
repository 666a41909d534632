/**
 * Runs a command and measures it the way the benchmark reports it: wall time
 * and the peak resident memory of the whole process tree (Astro may start
 * workers and Pagefind runs its own binary), sampled from /proc.
 */
import { spawn } from "node:child_process";
import { createWriteStream, readdirSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";

export interface Measurement {
  command: string;
  wallMs: number;
  /** Highest sum of RSS over the process tree seen by the sampler. */
  peakRssBytes: number;
  /**
   * CPU time (user + system) of every process of the tree, as last sampled.
   * Steadier than wall time on a busy machine, so it shows what a change saved.
   */
  cpuMs: number;
  /** The same two figures for each program of the tree (node, pagefind_extended …). */
  byProgram: Record<string, { peakRssBytes: number; cpuMs: number }>;
  exitCode: number;
  logFile: string;
}

const PAGE_SIZE = 4096;
/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;
const SAMPLE_MS = 100;

/** pid → [ppid, rss bytes, cpu ms, program name] for every process we can read. */
function processTable(): Map<number, [number, number, number, string]> {
  const table = new Map<number, [number, number, number, string]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name may contain spaces and parentheses: fields start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(name), [
        Number(fields[1]),
        Number(fields[21]) * PAGE_SIZE,
        (Number(fields[11]) + Number(fields[12])) * TICK_MS,
        stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")),
      ]);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table;
}

/** The executable's file name: the thread name in /proc/<pid>/stat is "MainThread" for node. */
function programName(pid: number): string | undefined {
  try {
    return path.basename(readlinkSync(`/proc/${pid}/exe`));
  } catch {
    return undefined;
  }
}

/**
 * The tree's total RSS now, each program's share of it, and each process's CPU
 * time so far. `names` (pid → program) holds the last program seen for each
 * process; a caller that samples repeatedly keeps it between samples.
 */
export function sampleTree(
  root: number,
  names: Map<number, string> = new Map(),
): {
  rss: number;
  rssByProgram: Map<string, number>;
  cpu: Map<number, number>;
} {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, [ppid]] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let rss = 0;
  const rssByProgram = new Map<string, number>();
  const cpu = new Map<number, number>();
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    const row = table.get(pid);
    if (row) {
      // Read at every sample: a child seen between fork and exec still runs node, and
      // Pagefind is started again for each search bundle. Once a process has exited,
      // /proc no longer says what it ran, so the last name read is kept.
      const name = programName(pid) ?? names.get(pid) ?? row[3];
      names.set(pid, name);
      rss += row[1];
      rssByProgram.set(name, (rssByProgram.get(name) ?? 0) + row[1]);
      cpu.set(pid, row[2]);
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return { rss, rssByProgram, cpu };
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
  const cpu = new Map<number, number>();
  const programOf = new Map<number, string>();
  const peakByProgram = new Map<string, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    const now = sampleTree(child.pid, programOf);
    peak = Math.max(peak, now.rss);
    for (const [pid, ms] of now.cpu) cpu.set(pid, Math.max(ms, cpu.get(pid) ?? 0));
    for (const [name, bytes] of now.rssByProgram)
      peakByProgram.set(name, Math.max(bytes, peakByProgram.get(name) ?? 0));
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
  const cpuMs = [...cpu.values()].reduce((a, b) => a + b, 0);
  const byProgram: Measurement["byProgram"] = {};
  for (const [name, bytes] of peakByProgram) byProgram[name] = { peakRssBytes: bytes, cpuMs: 0 };
  for (const [pid, ms] of cpu) {
    const name = programOf.get(pid);
    if (name && byProgram[name]) byProgram[name].cpuMs += ms;
  }
  return {
    command: [command, ...args].join(" "),
    wallMs,
    peakRssBytes: peak,
    cpuMs,
    byProgram,
    exitCode,
    logFile: options.logFile,
  };
}
