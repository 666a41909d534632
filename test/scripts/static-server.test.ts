import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseHeadersFile, serveStatic } from "../../scripts/static-server.ts";

describe("parseHeadersFile", () => {
  it("reads path blocks with indented headers and skips comments", () => {
    const text =
      "# note\n/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: frame-ancestors 'none'\n\n/_astro/*\n  Cache-Control: max-age=1\n";
    expect(parseHeadersFile(text)).toEqual([
      {
        pattern: "/*",
        headers: [
          ["X-Content-Type-Options", "nosniff"],
          ["Content-Security-Policy", "frame-ancestors 'none'"],
        ],
      },
      { pattern: "/_astro/*", headers: [["Cache-Control", "max-age=1"]] },
    ]);
  });
});

describe("serveStatic", () => {
  it("serves a site under its base like GitHub Pages, with the _headers headers", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "giot-hong-serve-"));
    await mkdir(path.join(dir, "tin-tuc"));
    await writeFile(path.join(dir, "index.html"), "home");
    await writeFile(path.join(dir, "tin-tuc/index.html"), "news");
    await writeFile(path.join(dir, "404.html"), "not found");
    await writeFile(path.join(dir, "_headers"), "/*\n  X-Content-Type-Options: nosniff\n");
    const server = await serveStatic(dir, "/g/");
    try {
      const get = (p: string) => fetch(server.origin + p, { redirect: "manual" });
      const home = await get("/g/");
      expect([home.status, await home.text(), home.headers.get("x-content-type-options")]).toEqual([
        200,
        "home",
        "nosniff",
      ]);
      expect((await get("/g/tin-tuc")).headers.get("location")).toBe("/g/tin-tuc/");
      const missing = await get("/tin-tuc/");
      expect([missing.status, await missing.text()]).toEqual([404, "not found"]);
      expect((await get("/g/../etc/passwd")).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
