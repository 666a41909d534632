/**
 * The fictional fixture site (many years, campaigns, pages of news, an MDX
 * article with charts), built at the root of its domain.
 */
import path from "node:path";
import { browserSuite } from "./support/suite.ts";
import { ROOT } from "./support/build.ts";

browserSuite("fixture site, base /", {
  root: path.join(ROOT, "test/fixtures/site"),
  base: "/",
  site: "https://hien-mau.example.org",
});
