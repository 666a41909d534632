import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LONGEST_FIRST } from "./sequencer.ts";

describe("the order test files start in", () => {
  it("names only files that exist, once each: a renamed file would silently lose its place", () => {
    expect(LONGEST_FIRST.filter((file) => !existsSync(file))).toEqual([]);
    expect(new Set(LONGEST_FIRST).size).toBe(LONGEST_FIRST.length);
  });
});
