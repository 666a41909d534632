/**
 * Machine-readable descriptions of the site's pages: schema.org JSON-LD for
 * search engines, and robots.txt. Pure builders over plain records so they
 * are tested without Astro; absolute URLs are passed in already resolved.
 */
import type { ChapterConfig } from "../chapter.config.ts";
import type { CampaignRecord, CampaignStatus } from "../schemas/campaign.ts";

export type JsonLd = Record<string, unknown>;

/** What a page tells BaseLayout about itself for the head tags (SeoHead.astro). */
export interface SeoProps {
  /** "article" for news, "website" otherwise. */
  ogType?: "website" | "article";
  /** Site path of the share image (PNG, 1200×630, from src/pages/xem-truoc/); the site-wide one when absent. */
  image?: string;
  /** Alt text of the share image. */
  imageAlt?: string;
  /** YYYY-MM-DD, for articles. */
  published?: string;
  /** schema.org nodes for this page. */
  jsonLd?: JsonLd | JsonLd[];
  /** Pages that must not be listed by search engines (the 404 page). */
  noindex?: boolean;
}

/** The chapter as a schema.org Organization (publisher, organiser, creator). */
export function organizationJsonLd(chapter: ChapterConfig, homeUrl: string): JsonLd {
  return {
    "@type": "Organization",
    name: chapter.name,
    alternateName: chapter.shortName,
    url: homeUrl,
    address: {
      "@type": "PostalAddress",
      streetAddress: chapter.address,
      ...(chapter.parent ? { addressRegion: `${chapter.parent.level} ${chapter.parent.name}` } : {}),
      addressCountry: "VN",
    },
    // The ward, commune, district or province the chapter serves, at whatever level (src/lib/chapter.ts).
    areaServed: { "@type": "AdministrativeArea", name: chapter.area },
    ...(chapter.phone ? { telephone: chapter.phone } : {}),
    ...(chapter.email ? { email: chapter.email } : {}),
    ...(chapter.links.length > 0 ? { sameAs: chapter.links.map((l) => l.url) } : {}),
  };
}

/** Wraps one or more nodes as a JSON-LD document. */
export function jsonLdDocument(nodes: JsonLd | JsonLd[]): JsonLd {
  return Array.isArray(nodes)
    ? { "@context": "https://schema.org", "@graph": nodes }
    : { "@context": "https://schema.org", ...nodes };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonLdScript(doc: JsonLd): string {
  return JSON.stringify(doc).replace(/</g, "\\u003c");
}

export interface ArticleLdInput {
  title: string;
  description: string;
  /** YYYY-MM-DD */
  date: string;
  authors: string[];
  tags: string[];
  url: string;
  /** Absolute URL of the share image. */
  image?: string;
}

export function newsArticleJsonLd(article: ArticleLdInput, publisher: JsonLd): JsonLd {
  return {
    "@type": "NewsArticle",
    headline: article.title,
    description: article.description,
    datePublished: `${article.date}T00:00:00+07:00`,
    inLanguage: "vi",
    url: article.url,
    mainEntityOfPage: article.url,
    author: article.authors.map((name) => ({ "@type": "Person", name })),
    publisher,
    ...(article.tags.length > 0 ? { keywords: article.tags.join(", ") } : {}),
    ...(article.image ? { image: [article.image] } : {}),
  };
}

/** schema.org has no "completed" status; a held event keeps EventScheduled. */
const eventStatus: Record<CampaignStatus, string> = {
  planned: "https://schema.org/EventScheduled",
  ongoing: "https://schema.org/EventScheduled",
  done: "https://schema.org/EventScheduled",
};

export function campaignEventJsonLd(
  campaign: CampaignRecord,
  options: { url: string; area: string; organiser: JsonLd; image?: string },
): JsonLd {
  return {
    "@type": "Event",
    name: campaign.name,
    ...(campaign.description ? { description: campaign.description } : {}),
    url: options.url,
    inLanguage: "vi",
    // A campaign whose day the source does not give is still dated to its year.
    // With its opening and closing times a drive is dated to the minute, in Hà Nội time.
    startDate: campaign.startDate ? withTime(campaign.startDate, campaign.startTime) : String(campaign.year),
    ...(campaign.endDate || (campaign.startDate && campaign.startTime && campaign.endTime)
      ? { endDate: withTime(campaign.endDate ?? campaign.startDate!, campaign.startTime && campaign.endTime) }
      : {}),
    eventStatus: eventStatus[campaign.status],
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: {
      "@type": "Place",
      name: campaign.place ?? options.area,
      address: { "@type": "PostalAddress", addressLocality: options.area, addressCountry: "VN" },
    },
    organizer: campaign.organiser ? { "@type": "Organization", name: campaign.organiser } : options.organiser,
    isAccessibleForFree: true,
    ...(options.image ? { image: [options.image] } : {}),
  };
}

/** "2022-11-05" with "07:30" → "2022-11-05T07:30:00+07:00"; the day alone without a time. */
function withTime(date: string, time: string | undefined): string {
  return time ? `${date}T${time}:00+07:00` : date;
}

export interface DatasetDownload {
  url: string;
  /** "text/csv" or "application/json". */
  encodingFormat: string;
  name: string;
}

export function datasetJsonLd(input: {
  name: string;
  description: string;
  url: string;
  creator: JsonLd;
  area: string;
  years: number[];
  sources: string[];
  downloads: DatasetDownload[];
  /** What the figures measure, in the site's language. */
  variables: string[];
  /** YYYY-MM-DD the figures were last changed. */
  dateModified?: string;
  /** URL of the licence the figures are shared under. */
  license?: string;
}): JsonLd {
  const years = [...input.years].sort((a, b) => a - b);
  return {
    "@type": "Dataset",
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: "vi",
    creator: input.creator,
    spatialCoverage: { "@type": "Place", name: input.area },
    ...(years.length > 0
      ? { temporalCoverage: years.length === 1 ? String(years[0]) : `${years[0]}/${years[years.length - 1]}` }
      : {}),
    isBasedOn: [...new Set(input.sources)],
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    ...(input.license ? { license: input.license } : {}),
    variableMeasured: input.variables,
    distribution: input.downloads.map((d) => ({
      "@type": "DataDownload",
      name: d.name,
      contentUrl: d.url,
      encodingFormat: d.encodingFormat,
    })),
  };
}

/** The site, with its search page as a SearchAction ("{q}" marks the query). */
export function websiteJsonLd(name: string, homeUrl: string, searchUrlTemplate: string): JsonLd {
  return {
    "@type": "WebSite",
    name,
    url: homeUrl,
    inLanguage: "vi",
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: searchUrlTemplate.replace("%7Bq%7D", "{q}") },
      "query-input": "required name=q",
    },
  };
}

/** The trail of pages above this one; the last item is the page itself. */
export function breadcrumbJsonLd(items: { name: string; url: string }[]): JsonLd {
  return {
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** robots.txt: everything may be crawled; the sitemap is named by its absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
