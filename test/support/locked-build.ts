/**
 * For tests that start a build in a child process: the Node arguments that
 * make it wait for the run's build lock first (test/support/build-lock.ts).
 * Outside a vitest run with the site broker there is no lock to wait for.
 */
import { fileURLToPath } from "node:url";

const PRELOAD = fileURLToPath(new URL("./build-lock.ts", import.meta.url));

/** The environment variable that carries the lock's address to the child. */
export const BUILD_LOCK_ENV = "GIOT_HONG_BUILD_LOCK";

/** `args` for `node` (a script and its arguments), with the lock's preload first when there is a lock. */
export function lockedBuild(args: string[]): string[] {
  return process.env[BUILD_LOCK_ENV] ? ["--import", PRELOAD, ...args] : args;
}
