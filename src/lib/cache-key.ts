/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild` in
 * astro.config.mjs): a page or image whose getStaticPaths entry returns the
 * same `cacheKey` as in the last build, made by unchanged code, is copied from
 * Astro's cache folder instead of rendered again. Astro hashes the code (each
 * route's module graph, the config, the lock file) itself; the key must cover
 * every piece of content the page shows, or the page ships stale.
 */
import { createHash } from "node:crypto";
import { compareText } from "./compare.ts";

/** A stable hash of any JSON-able value (object keys sorted, so key order does not matter). */
export function hashKey(value: unknown): string {
  const canonical = JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => compareText(a, b)))
      : v,
  );
  return createHash("sha256").update(canonical).digest("hex").slice(0, 32);
}

/** What an article page is made of, besides the code (an entry is its id, digest and front matter). */
export interface ArticlePageInputs<A extends { id: string; digest?: string | number; data: unknown }, C> {
  article: A & { filePath?: string };
  related: A[];
  previous?: A;
  next?: A;
  campaigns: C[];
}

/**
 * The cache key of an article page, or undefined when the page must be
 * rendered every time: an MDX article may embed charts (YearChart,
 * CampaignChart) whose figures are not in the key.
 */
export function articlePageKey<A extends { id: string; digest?: string | number; data: unknown }, C>(
  inputs: ArticlePageInputs<A, C>,
): string | undefined {
  if (!inputs.article.filePath?.endsWith(".md")) return undefined;
  const entry = (a: A | undefined) => a && { id: a.id, digest: a.digest, data: a.data };
  return hashKey({
    article: entry(inputs.article),
    related: inputs.related.map(entry),
    previous: entry(inputs.previous),
    next: entry(inputs.next),
    campaigns: inputs.campaigns,
  });
}
