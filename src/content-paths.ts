/**
 * Where the content lives. GIOT_HONG_ROOT points the whole site (and the
 * command-line check) at another tree with the same layout, which is how
 * the tests build the fictional fixture sites.
 */
export interface ContentPaths {
  root: string;
  articles: string;
  years: string;
  campaigns: string;
}

export function contentPaths(root: string = process.env.GIOT_HONG_ROOT ?? "."): ContentPaths {
  const base = root.replace(/\/+$/, "");
  return {
    root: base,
    articles: `${base}/src/content/articles`,
    years: `${base}/data/years.json`,
    campaigns: `${base}/data/campaigns`,
  };
}
