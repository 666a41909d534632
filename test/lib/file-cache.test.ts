import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cachedFile, hashKey } from "../../src/lib/file-cache.ts";
import { tempDirs } from "./temp-dir.ts";

const tempDir = tempDirs("file-cache-");

describe("hashKey", () => {
  it("ignores key order and tells different values apart", () => {
    expect(hashKey({ a: 1, b: { c: [1, 2], d: "đ" } })).toBe(hashKey({ b: { d: "đ", c: [1, 2] }, a: 1 }));
    expect(hashKey({ a: 1 })).not.toBe(hashKey({ a: 2 }));
    expect(hashKey({ list: [1, 2] })).not.toBe(hashKey({ list: [2, 1] }));
  });
});

describe("cachedFile", () => {
  it("makes a file once per key and reads it back after", async () => {
    const dir = await tempDir();
    let made = 0;
    const make = (byte: number) => async () => {
      made++;
      return new Uint8Array([byte, byte]);
    };
    expect([...(await cachedFile(dir, { card: "a" }, ".png", make(1)))]).toEqual([1, 1]);
    expect([...(await cachedFile(dir, { card: "a" }, ".png", make(9)))]).toEqual([1, 1]);
    expect([...(await cachedFile(dir, { card: "b" }, ".png", make(2)))]).toEqual([2, 2]);
    expect(made).toBe(2);
    expect((await readdir(dir)).filter((f) => f.endsWith(".png"))).toHaveLength(2);
    expect((await readdir(dir)).some((f) => f.endsWith(".part"))).toBe(false);
  });

  it("still returns the file when the cache folder cannot be written", async () => {
    // A file where the folder should be: mkdir fails, the bytes still come back.
    const blocked = path.join(await tempDir(), "not-a-dir");
    await writeFile(blocked, "x");
    expect([...(await cachedFile(blocked, "y", ".bin", async () => new Uint8Array([7])))]).toEqual([7]);
  });
});
