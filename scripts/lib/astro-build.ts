/**
 * How the site's `astro build` is started, shared by npm run build, the
 * benchmark and the test builds, so that what is measured is what is shipped.
 */
import path from "node:path";

/**
 * V8 lets the heap grow to about four times what survived the last full
 * collection when the heap limit is large. While Astro renders 10,000 article
 * pages only ~180 MB stays alive, yet the heap grew to ~800 MB of garbage
 * before V8 collected it, and Astro's process peaked at 1.6 GiB. Growing by a
 * quarter at a time keeps it near 1.15 GiB. The heap limit itself is
 * unchanged, so a larger archive is not refused, only collected more often.
 * The cost: 30 full collections instead of 18 at 1,500 articles; growing by
 * half instead took ~7 % less CPU at 10,000 articles but peaked at 1.39 GiB
 * against 1.32, at the edge of the 1.5 GB goal (two runs each, 26/11).
 */
export const ASTRO_NODE_FLAGS = ["--heap-growing-percent=25"];

/**
 * Work in libuv's threads (share images' compression, file writes) allocates
 * there, and glibc gives each thread that allocates an arena of its own,
 * keeping what it freed there. Two arenas: no cost measured, and Astro's
 * process about 0.05 to 0.1 GiB lower while it drew the images of 10,000
 * articles (one pair of runs, 26/11, when resvg and sharp drew each card in
 * those threads).
 * Tried and left out: MIMALLOC_PURGE_DELAY=0 (resvg's allocator gives pages
 * back at once) took the 10,000-article build from 1.42 to 1.31 GiB, but cost
 * about 4 ms of CPU per image, 8 to 10 % of the build.
 * Values already in the environment win.
 */
export const ASTRO_BUILD_ENV: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: "2",
};

/** The environment for `astro build`: ASTRO_BUILD_ENV under `env`. */
export function astroBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...ASTRO_BUILD_ENV, ...env };
}

/** Astro's command-line entry in `projectDir`, to run with `node`. */
export function astroBin(projectDir: string): string {
  return path.join(projectDir, "node_modules/astro/bin/astro.mjs");
}

/** Arguments for `node` that run `astro build` in `projectDir`. */
export function astroBuildArgs(projectDir: string, extra: string[] = []): string[] {
  return [...ASTRO_NODE_FLAGS, astroBin(projectDir), "build", ...extra];
}
