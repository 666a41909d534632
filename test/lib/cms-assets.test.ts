import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cmsFilePaths, sveltiaPackage } from "../../src/cms-files.ts";
import {
  CMS_SCRIPT,
  cmsFiles,
  cmsFonts,
  cmsRedirects,
  SVELTIA_VERSION_CHECK,
  unpkgUrl,
} from "../../src/lib/cms-assets.ts";

const served = cmsFilePaths();
const sveltiaScript = readFileSync(served.find((f) => f.route === CMS_SCRIPT)!.path, "utf8");

describe("the addresses Sveltia's browser build asks unpkg.com for", () => {
  it("are its own version, or a library's range without ^ or ~", () => {
    expect(unpkgUrl("@sveltia/cms", "0.221.1", "locales/")).toBe("https://unpkg.com/@sveltia/cms@0.221.1/locales/");
    expect(unpkgUrl("immutable", "^5.1.9", "dist/immutable.es.js")).toBe(
      "https://unpkg.com/immutable@5.1.9/dist/immutable.es.js",
    );
  });

  it("map to the site's copies under /admin/", () => {
    const sveltia = { version: "1.2.3", dependencies: { immutable: "^5.0.0", exifr: "~7.1.0" } };
    expect(cmsRedirects(sveltia, "/giot-hong/admin/", "import")).toEqual({
      "https://unpkg.com/immutable@5.0.0/dist/immutable.es.js": "/giot-hong/admin/lib/immutable.es.js",
      "https://unpkg.com/exifr@7.1.0/dist/lite.esm.mjs": "/giot-hong/admin/lib/exifr-lite.esm.js",
    });
    expect(cmsRedirects(sveltia, "/admin/", "fetch")).toEqual({
      "https://unpkg.com/@sveltia/cms@1.2.3/locales/": "/admin/locales/",
    });
  });

  it("stop the build when Sveltia no longer depends on a library the list names", () => {
    expect(() => cmsRedirects({ version: "1.2.3", dependencies: {} }, "/admin/", "import")).toThrow(
      "@sveltia/cms no longer depends on immutable: update src/lib/cms-assets.ts",
    );
  });
});

/*
 * The installed Sveltia, read as text: if an update changes how it builds an
 * address, the import map or the fetch answers would miss and the editor
 * would fail in a browser; this fails first.
 */
describe("the installed Sveltia", () => {
  it("builds unpkg addresses as package@version/file", () => {
    expect(sveltiaScript).toContain("`https://unpkg.com/${e}`");
    expect(sveltiaScript).toContain("https://unpkg.com/@sveltia/cms");
  });

  it("asks for each module file the import map redirects", () => {
    for (const file of cmsFiles.filter((f) => f.unpkg === "import")) {
      expect(sveltiaScript, file.pkg).toContain(`(\`${file.pkg}\`,\`${file.file}\`)`);
    }
  });

  it("fetches its words from locales/<language>.json beside its version, and checks package.json for a newer one", () => {
    expect(sveltiaScript).toMatch(/`\$\{\w+\}@\$\{\w+\}\/locales`/);
    expect(sveltiaScript).toMatch(/fetch\(`\$\{\w+\}\/\$\{e\}\.json`/);
    const base = sveltiaScript.match(/(\w+)=`https:\/\/unpkg\.com\/@sveltia\/cms`/)![1];
    expect(sveltiaScript).toContain(`=\`\${${base}}/package.json\``);
    expect(SVELTIA_VERSION_CHECK).toBe("https://unpkg.com/@sveltia/cms/package.json");
  });

  it("loads only chunks the site serves, from beside its own script", () => {
    const chunks = readdirSync(path.join(path.dirname(served.find((f) => f.route === CMS_SCRIPT)!.path), "chunks"));
    for (const chunk of chunks.filter((name) => name.endsWith(".js"))) {
      expect(served.map((f) => f.route)).toContain(`chunks/${chunk}`);
    }
  });

  it("names the fonts the admin script adds", () => {
    for (const font of cmsFonts) expect(sveltiaScript).toContain(`font-family:'${font.family}'`);
  });

  it("has every file the site serves, Vietnamese among its languages", () => {
    for (const file of served) {
      expect(existsSync(file.path), file.route).toBe(true);
      // src/pages/admin/ has a route file for each of these types only.
      expect(file.route, file.route).toMatch(/\.(js|json|woff2)$/);
    }
    expect(served.map((f) => f.route)).toContain("locales/vi.json");
    expect(sveltiaPackage().dependencies).toHaveProperty("immutable");
  });
});
