/**
 * The code key decides whether any kept page may be served: it must change
 * with anything every page is made by, and not with the content, which each
 * page keys itself.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { codeKey } from "../../src/integrations/page-cache.ts";
import { tempDirs } from "../lib/temp-dir.ts";

const tempDir = tempDirs("page-cache-code-");

async function project(): Promise<string> {
  const root = await tempDir();
  await mkdir(path.join(root, "src/components"), { recursive: true });
  await mkdir(path.join(root, "src/content/articles"), { recursive: true });
  await writeFile(path.join(root, "src/components/Card.astro"), "<p>thẻ</p>");
  await writeFile(path.join(root, "src/content/articles/bai.md"), "---\ntitle: Bài\n---\n");
  await writeFile(path.join(root, "astro.config.mjs"), "export default {};");
  await writeFile(path.join(root, "package-lock.json"), '{"lockfileVersion":3}');
  return root;
}

describe("codeKey", () => {
  it("changes with the source, a new source file, the lock file, the config and the settings", async () => {
    const root = await project();
    const settings = { site: "https://a.example", base: "/" };
    const base = codeKey(root, settings);
    expect(codeKey(root, settings)).toBe(base);
    expect(codeKey(root, { ...settings, base: "/giot-hong/" })).not.toBe(base);
    const changes: [string, string][] = [
      ["src/components/Card.astro", "<p>thẻ mới</p>"],
      ["src/lib/new.ts", "export {};"],
      ["package-lock.json", '{"lockfileVersion":3,"packages":{}}'],
      ["astro.config.mjs", "export default { base: '/x/' };"],
    ];
    const keys = new Set([base]);
    for (const [file, text] of changes) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
      keys.add(codeKey(root, settings));
    }
    expect(keys.size).toBe(changes.length + 1);
  });

  it("does not change with the content, which each page puts in its own key", async () => {
    const root = await project();
    const before = codeKey(root, {});
    await writeFile(path.join(root, "src/content/articles/bai-moi.md"), "---\ntitle: Bài mới\n---\n");
    expect(codeKey(root, {})).toBe(before);
  });

  describe("with a content tree that brings its own chapter config", () => {
    const saved = process.env.GIOT_HONG_ROOT;
    afterEach(() => {
      if (saved === undefined) delete process.env.GIOT_HONG_ROOT;
      else process.env.GIOT_HONG_ROOT = saved;
    });

    it("changes with that config, which every page is made by", async () => {
      const root = await project();
      const config = path.join(root, "tree/src/chapter.config.ts");
      await mkdir(path.dirname(config), { recursive: true });
      await writeFile(config, 'export const chapter = { name: "A" };');
      process.env.GIOT_HONG_ROOT = path.join(root, "tree");
      const before = codeKey(root, {});
      await writeFile(config, 'export const chapter = { name: "B" };');
      expect(codeKey(root, {})).not.toBe(before);
    });
  });
});
