/**
 * Where the form editor's files (src/lib/cms-assets.ts) are on disk: in the
 * installed @sveltia/cms package and the packages it depends on, found the
 * way Node resolves them from the project, so a Sveltia update in
 * package-lock.json is what the site serves.
 */
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { findPackageJSON } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { cmsFiles, type SveltiaPackage } from "./lib/cms-assets.ts";

// `astro build` and `astro dev` run in the project's folder.
const sveltiaJson = findPackageJSON("@sveltia/cms", pathToFileURL(path.join(process.cwd(), "package.json")));
if (!sveltiaJson) throw new Error("@sveltia/cms is not installed: run npm ci");

function packageDir(pkg: string): string {
  if (pkg === "@sveltia/cms") return path.dirname(sveltiaJson!);
  const found = findPackageJSON(pkg, pathToFileURL(sveltiaJson!));
  if (!found) throw new Error(`${pkg} (a dependency of @sveltia/cms) is not installed: run npm ci`);
  return path.dirname(found);
}

/** @sveltia/cms's version and dependencies: what its browser build asks unpkg.com for. */
export function sveltiaPackage(): SveltiaPackage {
  return JSON.parse(readFileSync(sveltiaJson!, "utf8")) as SveltiaPackage;
}

/**
 * The file on disk behind each route of cmsFiles: a folder gives each of its
 * files; a font's name ends in a hash, so it is found by its prefix.
 */
export function cmsFilePaths(): { route: string; path: string }[] {
  return cmsFiles.flatMap((file) => {
    const full = path.join(packageDir(file.pkg), file.file);
    if (file.file.endsWith("/")) {
      return readdirSync(full).map((name) => ({ route: file.route + name, path: path.join(full, name) }));
    }
    if (!file.file.endsWith("-")) return [{ route: file.route, path: full }];
    const dir = path.dirname(full);
    const name = readdirSync(dir).find((entry) => entry.startsWith(path.basename(full)) && entry.endsWith(".woff2"));
    if (!name) throw new Error(`${file.pkg} has no ${file.file}*.woff2 any more: update src/lib/cms-assets.ts`);
    return [{ route: file.route, path: path.join(dir, name) }];
  });
}

/** The types of the files served; each has its route file, src/pages/admin/[...file].<type>.ts. */
const types = { js: "text/javascript", json: "application/json", woff2: "font/woff2" } as const;

/**
 * getStaticPaths and GET for the route serving the files of one type. Astro
 * knows a route is a file (not a page wanting a trailing slash) by the
 * extension in its name, hence one route a type.
 */
export function cmsFileEndpoint(type: keyof typeof types) {
  const suffix = `.${type}`;
  return {
    getStaticPaths: () =>
      cmsFilePaths()
        .filter(({ route }) => route.endsWith(suffix))
        .map(({ route, path }) => ({ params: { file: route.slice(0, -suffix.length) }, props: { path } })),
    GET: async ({ props }: { props: Record<string, unknown> }) =>
      new Response(await readFile(props.path as string), { headers: { "content-type": types[type] } }),
  };
}
