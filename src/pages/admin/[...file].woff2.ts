/**
 * Sveltia CMS's fonts, copied as-is from the installed packages
 * (src/lib/cms-assets.ts): served from the site's own address, not bundled by every build.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { cmsFileEndpoint } from "../../cms-files.ts";

const endpoint = cmsFileEndpoint("woff2");
export const getStaticPaths = endpoint.getStaticPaths satisfies GetStaticPaths;
export const GET: APIRoute = endpoint.GET;
