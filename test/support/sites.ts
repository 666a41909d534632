/**
 * The sites the build and browser tests read, each built once per test run
 * (test/support/site-broker.ts) and shared by every file that names it. A
 * test that needs a site no other file reads (an edited copy, a rebuild on a
 * kept cache, a broken input) still builds its own.
 *
 * Base paths: the real site and the fixture with upcoming drives are built
 * under /giot-hong/, as GitHub Pages builds a project site, so a link that
 * forgets the base fails there; the others at the root of their domain.
 */
import type { BuildOptions } from "../browser/support/build.ts";

export const SITES = {
  /** The real content (the seed report's figures). */
  real: { base: "/giot-hong/", site: "https://example.github.io" },
  /** test/fixtures/site: many years, campaigns, pages of news, an MDX article with charts, a draft. */
  fixture: { root: "test/fixtures/site", base: "/", site: "https://hien-mau.example.org" },
  /** test/fixtures/upcoming: planned drives after the pinned day, topics, a yearly report. */
  upcoming: {
    root: "test/fixtures/upcoming",
    base: "/giot-hong/",
    site: "https://example.org",
    // The fixture's planned days are after this date; pinning it keeps them upcoming.
    env: { GIOT_HONG_TODAY: "2026-11-25" },
  },
  /** test/fixtures/ket-qua-2022: issue 18's held-out 2022 scenario, before its planned drive. */
  "ket-qua-2022": {
    root: "test/fixtures/ket-qua-2022",
    base: "/",
    site: "https://example.org",
    env: { GIOT_HONG_TODAY: "2022-06-01" },
  },
  /** test/fixtures/ward: a second chapter (a ward) with its own chapter config. */
  ward: {
    root: "test/fixtures/ward",
    base: "/",
    site: "https://doi-thong.example.org",
    env: { GIOT_HONG_TODAY: "2026-03-01" },
  },
} satisfies Record<string, BuildOptions>;

export type SiteName = keyof typeof SITES;

/** A shared site as the broker hands it out: where its files are and how it was built. */
export interface SharedSite {
  name: SiteName;
  dist: string;
  base: string;
  site: string;
  /** What `astro build` printed. */
  log: string;
  /** The build's own Astro cache folder. */
  cacheDir: string;
}
