/**
 * npm run build, the benchmark and the test builds start `astro build` the
 * same way as `npm run dev` and `npm run build:site` start Astro: its own
 * command line, with no V8 or allocator setting of ours (Node exits on a V8
 * flag it no longer knows, which would stop every deploy after an update).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { astroBuildArgs, astroBuildEnv } from "../../scripts/lib/astro-build.ts";

describe("astroBuildArgs", () => {
  it("gives node Astro's own bin in the project, then the arguments, and no flag of its own", () => {
    expect(astroBuildArgs("/du-an", ["--verbose"])).toEqual([
      path.join("/du-an", "node_modules/astro/bin/astro.mjs"),
      "build",
      "--verbose",
    ]);
  });
});

describe("astroBuildEnv", () => {
  it("passes the environment on as it is, adding no allocator setting", () => {
    const env = { GIOT_HONG_ROOT: "/noi-dung", PATH: "/usr/bin" };
    expect(astroBuildEnv(env)).toEqual(env);
    expect(astroBuildEnv(env)).not.toBe(env);
  });
});
