/**
 * npm run build, the benchmark and the test builds start `astro build` the
 * same way, so the memory the benchmark reports is the memory a deploy uses.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ASTRO_BUILD_ENV, astroBuildArgs, astroBuildEnv } from "../../scripts/lib/astro-build.ts";

describe("astroBuildArgs", () => {
  it("gives node the heap setting, then Astro's own bin in the project, then the arguments", () => {
    expect(astroBuildArgs("/du-an", ["--verbose"])).toEqual([
      "--heap-growing-percent=25",
      path.join("/du-an", "node_modules/astro/bin/astro.mjs"),
      "build",
      "--verbose",
    ]);
  });
});

describe("astroBuildEnv", () => {
  it("adds the allocator settings to the environment", () => {
    const env = astroBuildEnv({ GIOT_HONG_ROOT: "/noi-dung" });
    expect(env).toEqual({ GIOT_HONG_ROOT: "/noi-dung", MALLOC_ARENA_MAX: "2" });
  });

  it("lets a value already in the environment win, so an editor can change one without editing code", () => {
    expect(astroBuildEnv({ MALLOC_ARENA_MAX: "4" }).MALLOC_ARENA_MAX).toBe("4");
    expect(ASTRO_BUILD_ENV.MALLOC_ARENA_MAX).toBe("2");
  });
});
