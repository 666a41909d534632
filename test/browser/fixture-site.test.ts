/**
 * The fictional fixture site (many years, campaigns, pages of news, an MDX
 * article with charts), built at the root of its domain.
 */
import { browserSuite } from "./support/suite.ts";

browserSuite("fixture site, base /", "fixture");
