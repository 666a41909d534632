import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cachedFile, cachedFolder, forgetUse, hashKey, sweepUnused } from "../../src/lib/file-cache.ts";
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

  it("reads files an earlier build kept, and makes again a file removed during the build, or the folder itself", async () => {
    const dir = await tempDir();
    const bytes = (byte: number) => async () => new Uint8Array([byte]);
    await cachedFile(dir, "kept", ".png", bytes(1));
    await cachedFile(dir, "removed", ".png", bytes(2));
    // The next build lists the folder afresh.
    forgetUse(dir);
    expect([...(await cachedFile(dir, "kept", ".png", bytes(9)))]).toEqual([1]);
    await rm(path.join(dir, `${hashKey("removed")}.png`));
    expect([...(await cachedFile(dir, "removed", ".png", bytes(3)))]).toEqual([3]);
    await rm(dir, { recursive: true });
    expect([...(await cachedFile(dir, "gone", ".png", bytes(4)))]).toEqual([4]);
    // The failed write made the folder be made again for the next file.
    expect([...(await cachedFile(dir, "back", ".png", bytes(5)))]).toEqual([5]);
    expect(await readdir(dir)).toEqual([`${hashKey("back")}.png`]);
  });

  it("still returns the file when the cache folder cannot be written", async () => {
    // A file where the folder should be: mkdir fails, the bytes still come back.
    const blocked = path.join(await tempDir(), "not-a-dir");
    await writeFile(blocked, "x");
    expect([...(await cachedFile(blocked, "y", ".bin", async () => new Uint8Array([7])))]).toEqual([7]);
  });
});

describe("cachedFolder", () => {
  /** Writes a small tree, as Pagefind writes a bundle, and counts the calls. */
  const maker = (text: string, calls: string[]) => async (target: string) => {
    calls.push(text);
    await mkdir(path.join(target, "fragment"), { recursive: true });
    await writeFile(path.join(target, "pagefind.js"), `// ${text}`);
    await writeFile(path.join(target, "fragment", "a.pf_fragment"), text);
  };

  it("makes a tree once per key, then gives later targets the kept files as links", async () => {
    const [cache, out] = [await tempDir(), await tempDir()];
    const calls: string[] = [];
    expect(await cachedFolder(cache, "gói 1", path.join(out, "first"), maker("một", calls))).toBe(false);
    expect(await cachedFolder(cache, "gói 1", path.join(out, "second"), maker("hai", calls))).toBe(true);
    expect(calls).toEqual(["một"]);
    expect(await readFile(path.join(out, "second/fragment/a.pf_fragment"), "utf8")).toBe("một");
    // The same file, not a copy: a kept bundle of hundreds of files costs no data written.
    const [a, b] = await Promise.all(["first", "second"].map((d) => stat(path.join(out, d, "pagefind.js"))));
    expect(a.ino).toBe(b.ino);
    expect(await readdir(cache)).toEqual([hashKey("gói 1")]);
  });

  it("makes the tree again when the key changes, and the sweep removes the one no build asked for", async () => {
    const [cache, out] = [await tempDir(), await tempDir()];
    const calls: string[] = [];
    await cachedFolder(cache, "cũ", path.join(out, "a"), maker("cũ", calls));
    forgetUse(cache);
    expect(await cachedFolder(cache, "mới", path.join(out, "b"), maker("mới", calls))).toBe(false);
    expect(calls).toEqual(["cũ", "mới"]);
    expect(await sweepUnused(cache)).toEqual({ removed: 1, kept: 1 });
    expect(await readdir(cache)).toEqual([hashKey("mới")]);
  });

  it("fails as make fails, and keeps nothing of it", async () => {
    const [cache, out] = [await tempDir(), await tempDir()];
    const failing = async () => {
      throw new Error("Pagefind hỏng");
    };
    await expect(cachedFolder(cache, "k", path.join(out, "x"), failing)).rejects.toThrow("Pagefind hỏng");
    expect(await readdir(cache)).toEqual([]);
  });
});

describe("sweepUnused", () => {
  it("removes what this build did not ask for, a stopped build's .part included, and keeps the rest", async () => {
    const dir = await tempDir();
    const make = async () => new Uint8Array([1]);
    // One build asks for two files; another was stopped while writing one.
    await cachedFile(dir, "cũ", ".png", make);
    await cachedFile(dir, "vẫn dùng", ".png", make);
    await writeFile(path.join(dir, "abc.png.123.part"), "x");
    // The next build asks for one of the two, and a new one.
    forgetUse(dir);
    await cachedFile(dir, "vẫn dùng", ".png", make);
    await cachedFile(dir, "mới", ".png", make);
    expect(await sweepUnused(dir)).toEqual({ removed: 2, kept: 2 });
    expect((await readdir(dir)).sort()).toEqual([`${hashKey("mới")}.png`, `${hashKey("vẫn dùng")}.png`].sort());
  });

  it("removes nothing from a folder this build never used, or one that is missing", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "a.png"), "x");
    forgetUse(dir);
    expect(await sweepUnused(dir)).toEqual({ removed: 0, kept: 0 });
    expect(await readdir(dir)).toEqual(["a.png"]);
    expect(await sweepUnused(path.join(dir, "khong-co"))).toEqual({ removed: 0, kept: 0 });
  });
});
