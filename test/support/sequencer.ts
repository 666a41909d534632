/**
 * The order test files start in. Vitest's own starts the projects one after
 * another, each's largest files first, so the two longest files of the run
 * (the browser suites of the real and the fixture site, a few lines each)
 * started last among the browser files and the build project's longest file
 * after every browser file: the run ended with one long file on one worker
 * while the others idled. Longest first, across projects, ends the run with
 * the short unit files instead.
 */
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The longest files of a run, longest first (each file's time in a full
 * `vitest run` on a quiet 2-core machine, 3/12/2026: 170, 170, 150, 80, 80,
 * 65, 45, 30, 28 s). Only the order depends on this list: a file missing from
 * it runs after these, in Vitest's order.
 */
export const LONGEST_FIRST = [
  "test/browser/site.test.ts",
  "test/browser/fixture-site.test.ts",
  "test/browser/reader-pages.test.ts",
  "test/build/bad-inputs.test.ts",
  "test/browser/admin.test.ts",
  "test/browser/held-out-2022.test.ts",
  "test/browser/reader-polish.test.ts",
  "test/scripts/build.test.ts",
  "test/browser/search.test.ts",
];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
      return i === -1 ? LONGEST_FIRST.length : i;
    };
    // Array.prototype.sort is stable: the rest keep Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
