import type { z } from "zod";

/** The messages a schema gives for a record, one "path: message" line each, for inline snapshots. */
export function issues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".") || "(bản ghi)"}: ${issue.message}`);
}

/** A copy of a record without one field, to test what a missing field says. */
export function without<T extends object, K extends keyof T>(record: T, key: K): Omit<T, K> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}
