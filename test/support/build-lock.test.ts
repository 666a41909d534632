/**
 * The run's build lock (test/support/build-lock.ts, held by the site broker):
 * processes started with lockedBuild() run one at a time, and a process that
 * ends, even by crashing, frees the lock for the next.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { BUILD_LOCK_ENV, lockedBuild } from "./locked-build.ts";

const run = promisify(execFile);

/** A stand-in for a build: prints when it starts and ends, 300 ms apart, then exits with `code`. */
function fakeBuild(code = 0) {
  const script = `console.log("start", Date.now()); setTimeout(() => { console.log("end", Date.now()); process.exit(${code}); }, 300);`;
  return run(process.execPath, lockedBuild(["-e", script])).then(
    (r) => r.stdout,
    (error: { stdout: string }) => error.stdout,
  );
}

describe("the build lock", () => {
  it("is there in a vitest run", () => {
    expect(process.env[BUILD_LOCK_ENV]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/lock$/);
    expect(lockedBuild(["x.ts"])[0]).toBe("--import");
  });

  it("lets one process run at a time, also after one fails", async () => {
    const outputs = await Promise.all([fakeBuild(), fakeBuild(1), fakeBuild(), fakeBuild()]);
    const spans = outputs
      .map((out) =>
        out
          .match(/start (\d+)\nend (\d+)/)!
          .slice(1)
          .map(Number),
      )
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
  });
});
