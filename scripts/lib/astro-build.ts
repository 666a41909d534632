/**
 * How the site's `astro build` is started, shared by npm run build, the
 * benchmark and the test builds, so that what is measured is what is shipped:
 * Astro's own command line, on the Node that runs this script, with no flags
 * of its own (`npm run dev` and `npm run build:site` start Astro the same way).
 */
import path from "node:path";

/** The environment for `astro build`: the caller's, unchanged. */
export function astroBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env };
}

/** Astro's command-line entry in `projectDir`, to run with `node`. */
export function astroBin(projectDir: string): string {
  return path.join(projectDir, "node_modules/astro/bin/astro.mjs");
}

/** Arguments for `node` that run `astro build` in `projectDir`. */
export function astroBuildArgs(projectDir: string, extra: string[] = []): string[] {
  return [astroBin(projectDir), "build", ...extra];
}
