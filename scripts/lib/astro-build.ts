/**
 * How the site's `astro build` is started, shared by npm run build, the
 * benchmark and the test builds, so that what is measured is what is shipped.
 */
import path from "node:path";

/**
 * V8 lets the heap grow to about four times what survived the last full
 * collection when the heap limit is large. While Astro renders 10,000 article
 * pages only ~180 MB stays alive, yet the heap grew to ~800 MB of garbage
 * before V8 collected it (Astro's process peaked at 1.6 GiB). Growing by half
 * at a time keeps it flat at ~1.2 GiB. The heap limit itself is unchanged, so
 * a larger archive is not refused, only collected more often.
 */
export const ASTRO_NODE_FLAGS = ["--heap-growing-percent=50"];

/**
 * Memory held by native code rather than by JavaScript, while share images
 * are drawn in libuv's threads by resvg (3 MB canvas per card) and sharp.
 * mimalloc, linked into resvg (and rolldown, Astro's compiler), keeps freed
 * pages for 10 ms before giving them back: a card every few milliseconds
 * keeps them all. Giving them back at once took Astro's peak at 10,000
 * articles from 1.18 to 1.08 GiB, and the whole build from 1.42 GiB (over
 * the 1.5 GB goal) to 1.31 GiB; it costs about 4 ms of CPU per card (+10 %
 * on a 1,000-article build). glibc's arenas are limited to two: no cost
 * measured, and less memory at times. Values already in the environment win,
 * so MIMALLOC_PURGE_DELAY=10 trades the memory back for the time.
 */
export const ASTRO_BUILD_ENV: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: "2",
  MIMALLOC_PURGE_DELAY: "0",
};

/** The environment for `astro build`: ASTRO_BUILD_ENV under `env`. */
export function astroBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...ASTRO_BUILD_ENV, ...env };
}

/** Arguments for `node` that run `astro build` in `projectDir`. */
export function astroBuildArgs(projectDir: string, extra: string[] = []): string[] {
  return [...ASTRO_NODE_FLAGS, path.join(projectDir, "node_modules/astro/bin/astro.mjs"), "build", ...extra];
}
