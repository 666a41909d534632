import { describe, expect, it } from "vitest";
import os from "node:os";
import path from "node:path";
import { measure, sampleTree } from "../../scripts/bench/measure.ts";

describe("measure", () => {
  it("reports each program of the process tree, and totals that add up", async () => {
    // A node process that starts a child `sleep`: the bench must see both, as it must see
    // Astro's node process and the pagefind_extended binary it starts.
    const script = `require("node:child_process").spawnSync("sleep", ["0.5"]);`;
    const m = await measure(process.execPath, ["-e", script], {
      cwd: process.cwd(),
      env: process.env,
      logFile: path.join(os.tmpdir(), `giot-hong-measure-${process.pid}.log`),
    });
    expect(m.exitCode).toBe(0);
    expect(Object.keys(m.byProgram).sort()).toEqual(["node", "sleep"]);
    for (const p of Object.values(m.byProgram)) expect(p.peakRssBytes).toBeGreaterThan(0);
    expect(m.peakRssBytes).toBeGreaterThanOrEqual(m.byProgram.node.peakRssBytes);
    expect(Object.values(m.byProgram).reduce((sum, p) => sum + p.cpuMs, 0)).toBe(m.cpuMs);
  });

  it("names a process by what it runs now, not by what it ran when first seen", () => {
    // A child caught between fork and exec still runs node; Pagefind, started again for
    // each search bundle, must not be counted as node for the rest of its life.
    const names = new Map([[process.pid, "chua-exec"]]);
    const sample = sampleTree(process.pid, names);
    const program = path.basename(process.execPath);
    expect(names.get(process.pid)).toBe(program);
    expect([...sample.rssByProgram.keys()]).toContain(program);
    expect([...sample.rssByProgram.keys()]).not.toContain("chua-exec");
  });
});
