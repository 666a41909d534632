/**
 * Puts another chapter's config in place of src/chapter.config.ts wherever
 * the site imports it (src/chapter-config-file.ts says which file). A Vite
 * resolver rather than a setting read at run time, so every import of the
 * config, on the server and in the browser, gets the same module, typed by
 * the same interface, and the first chapter's words are not even bundled.
 */
import path from "node:path";
import type { Plugin } from "vite";

export function chapterConfigSwap(own: string, replacement: string): Plugin {
  const ownFile = path.resolve(own);
  const replacementFile = path.resolve(replacement);
  return {
    name: "giot-hong-chapter-config",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (ownFile === replacementFile || !source.includes("chapter.config")) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && path.resolve(resolved.id) === ownFile ? replacementFile : null;
    },
  };
}
