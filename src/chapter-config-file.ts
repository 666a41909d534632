/**
 * Which chapter config a build uses. The repository's own is
 * src/chapter.config.ts; a content tree given in GIOT_HONG_ROOT that holds a
 * src/chapter.config.ts of its own (the same place, in its own layout) brings
 * its chapter with it, and the build uses that file instead
 * (src/integrations/chapter-config.ts). A tree without one, like the fixture
 * sites that only test the content, keeps the repository's chapter.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { contentPaths } from "./content-paths.ts";

/** Where a chapter config sits in a tree with the site's layout. */
export const CHAPTER_CONFIG_PATH = "src/chapter.config.ts";

/** Absolute path of the chapter config for the content tree `root` (relative to `repoRoot` unless absolute). */
export function chapterConfigFile(repoRoot: string, root: string = contentPaths().root): string {
  const own = path.resolve(repoRoot, CHAPTER_CONFIG_PATH);
  const tree = path.resolve(repoRoot, root, CHAPTER_CONFIG_PATH);
  return tree !== own && existsSync(tree) ? tree : own;
}
