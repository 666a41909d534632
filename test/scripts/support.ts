/**
 * Runs the content scripts the way npm does (Node 24, from the project root)
 * against a temporary copy of the fixture site in test/fixtures/content-check.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { runCheck as checkInProcess } from "../../scripts/lib/run-check.ts";
import { lockedBuild } from "../support/locked-build.ts";

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const FIXTURE = join(PROJECT, "test/fixtures/content-check");
/** A fixed "today" so messages about future dates stay the same. */
export const TODAY = "2025-06-15";

export function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "giot-hong-check-"));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

export function writeIn(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

export function readIn(root: string, path: string): string {
  return readFileSync(join(root, path), "utf8");
}

/**
 * The environment for a child build: vitest mirrors import.meta.env into
 * process.env (DEV=1, MODE=test…), which Astro would read and then publish drafts.
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...extra };
  for (const key of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST", "GIOT_HONG_ROOT", "VITEST"]) {
    if (!(key in extra)) delete env[key];
  }
  return env;
}

export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): ScriptRun {
  const command = [join(PROJECT, "scripts", script), ...args];
  // process.execPath is the project's Node 24 when vitest runs through npm. npm run build waits for the run's build lock.
  const result = spawnSync(process.execPath, script === "build.ts" ? lockedBuild(command) : command, {
    cwd: PROJECT,
    env: childEnv(env),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The check in this process, as `npm run check -- --root <root>` would run it
 * (its report is what the command prints, its code what it exits with).
 */
export function runCheck(root: string): ScriptRun & { blocks: string[] } {
  const run = checkInProcess(root, TODAY);
  return { code: run.errors > 0 ? 1 : 0, stdout: run.report, stderr: "", blocks: messageBlocks(run.report) };
}

/** `npm run check` as its own process: the few end-to-end cases (exit code, printing). */
export function runCheckProcess(root: string): ScriptRun & { blocks: string[] } {
  const run = runScript("check.ts", ["--root", root, "--today", TODAY]);
  return { ...run, blocks: messageBlocks(run.stdout) };
}

/** The messages of a report, one string each (without the headings and the summary). */
export function messageBlocks(report: string): string[] {
  return report.split("\n\n").filter((block) => /^(LỖI|CẢNH BÁO) \[/.test(block));
}

/** A fingerprint of every file under a folder, to prove a script wrote nothing there. */
export function treeHash(dir: string): string {
  const hash = createHash("sha256");
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = join(current, name);
      const stat = lstatSync(full);
      // A link is hashed as where it points, so a dangling one (a test case) is a file like any other.
      if (stat.isSymbolicLink()) hash.update(relative(dir, full)).update(readlinkSync(full));
      else if (stat.isDirectory()) walk(full);
      else hash.update(relative(dir, full)).update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest("hex");
}
