/**
 * Which sources support which figures. A record lists its sources, each
 * naming the figures it gives (or none: then it gives them all), so a page
 * can credit every source beside the figures it supports.
 */
import type { Source } from "../schemas/common.ts";

/** The sources that give `field`: those naming it, and those naming no field at all. */
export function sourcesOf<S extends Source>(sources: readonly S[], field: string): S[] {
  return sources.filter((s) => !s.figures || s.figures.includes(field));
}

/** Distinct source names over several records, in first-seen order. */
export function sourceNames(records: readonly { sources: readonly Source[] }[]): string[] {
  return [...new Set(records.flatMap((r) => r.sources.map((s) => s.name)))];
}

/** The latest day any of the sources published, YYYY-MM-DD, or undefined when none says. */
export function latestPublished(sources: readonly Source[]): string | undefined {
  const dates = sources.map((s) => s.published).filter((d): d is string => d !== undefined);
  return dates.length === 0 ? undefined : [...dates].sort().at(-1);
}

/** The figure fields, in the record's order, that one source gives and the record has. */
export function figuresGiven(source: Source, present: readonly string[]): string[] {
  return source.figures ? present.filter((f) => source.figures!.includes(f)) : [...present];
}
