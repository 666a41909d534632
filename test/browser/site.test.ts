/**
 * The real site, built as GitHub Pages builds a project site: under a base
 * path, so a link that forgets the base shows up as a failed request, a
 * broken link or a base-path gate failure.
 */
import { browserSuite } from "./support/suite.ts";

browserSuite("real site, base /giot-hong/", "real");
