/**
 * After a build that succeeded, removes from the kept cache folders the files
 * no page asked for in that build (src/lib/file-cache.ts says why). A build
 * that fails never reaches astro:build:done, so it sweeps nothing.
 */
import type { AstroIntegration } from "astro";
import { forgetUse, sweepUnused } from "../lib/file-cache.ts";

export function fileCacheSweep(dirs: string[]): AstroIntegration {
  return {
    name: "giot-hong-file-cache-sweep",
    hooks: {
      "astro:build:start": () => {
        for (const dir of dirs) forgetUse(dir);
      },
      "astro:build:done": async ({ logger }) => {
        for (const dir of dirs) {
          const { removed, kept } = await sweepUnused(dir);
          if (removed > 0) logger.info(`${dir}: removed ${removed} unused file(s), kept ${kept}`);
        }
      },
    },
  };
}
