/**
 * Which way a push goes through the deploy workflow: a push that changes
 * only articles, their photos and data files takes the content path (check,
 * build, gates, a browser smoke test of the pages it touched), anything else
 * runs the whole test suite first. Pure: the list of changed files in, the
 * decision and the pages to look at out.
 */

/** Folders whose files are content: the check validates them and no code reads them at test time. */
export const CONTENT_FOLDERS = ["src/content/", "data/"] as const;

export type ChangeKind = "content" | "code";

export function isContentPath(file: string): boolean {
  return CONTENT_FOLDERS.some((folder) => file.startsWith(folder));
}

/** "content" only when there is at least one change and every one is content; otherwise "code". */
export function changeKind(files: readonly string[]): ChangeKind {
  return files.length > 0 && files.every(isContentPath) ? "content" : "code";
}

/** Pages every build is looked at on: the ones that gather articles, campaigns and figures. */
export const AGGREGATE_PAGES = ["", "tin-tuc/", "chien-dich/", "so-lieu/", "lich-hien-mau/"] as const;

/**
 * The site paths (below the base) a change shows on, besides the aggregate
 * pages: an article's page, a campaign's page, the figures for years.json.
 */
export function pagesForChanges(files: readonly string[]): string[] {
  const pages = new Set<string>();
  for (const file of files) {
    const article = /^src\/content\/articles\/([^/]+?)(?:\.mdx?$|\/)/.exec(file);
    const campaign = /^data\/campaigns\/([^/]+)\.json$/.exec(file);
    if (article) pages.add(`tin-tuc/${article[1]}/`);
    else if (campaign) pages.add(`chien-dich/${campaign[1]}/`);
    else if (file === "data/years.json") pages.add("bao-cao/");
  }
  return [...pages].sort();
}
