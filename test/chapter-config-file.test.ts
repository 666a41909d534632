import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHAPTER_CONFIG_PATH, chapterConfigFile } from "../src/chapter-config-file.ts";
import { tempDirs } from "./lib/temp-dir.ts";

const tempDir = tempDirs("giot-hong-chapter-config-");

describe("chapterConfigFile", () => {
  it("is the repository's own config for the real content and for a tree without one", async () => {
    const repo = await tempDir();
    mkdirSync(path.join(repo, "tree"));
    const own = path.join(repo, CHAPTER_CONFIG_PATH);
    expect(chapterConfigFile(repo, ".")).toBe(own);
    expect(chapterConfigFile(repo, "tree")).toBe(own);
  });

  it("is the tree's own config when the tree brings one, relative or absolute", async () => {
    const repo = await tempDir();
    const config = path.join(repo, "tree", CHAPTER_CONFIG_PATH);
    mkdirSync(path.dirname(config), { recursive: true });
    writeFileSync(config, "export {};\n");
    expect(chapterConfigFile(repo, "tree")).toBe(config);
    expect(chapterConfigFile(repo, path.join(repo, "tree") + "/")).toBe(config);
  });
});
