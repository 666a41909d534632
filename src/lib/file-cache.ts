/**
 * A folder of files keyed by a hash of what made them. Used for the share
 * images (src/pages/og/): drawing one takes ~2 ms (src/lib/share-image.ts),
 * 11,000 of them at 10,000 articles, while an image only changes when its card or the
 * drawing code changes. The folder lives in Astro's cache folder, which the
 * deploy workflow keeps between runs, so a rebuild draws only new cards.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** A stable hash of any JSON-able value (object keys sorted, so key order does not matter). */
export function hashKey(value: unknown): string {
  const canonical = JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
  return createHash("sha256").update(canonical).digest("hex").slice(0, 32);
}

/** The cached bytes for `key` in `dir`, or `make()`'s, stored for next time. A cache that cannot be written is skipped. */
export async function cachedFile(
  dir: string,
  key: unknown,
  extension: string,
  make: () => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> {
  const file = path.join(dir, `${hashKey(key)}${extension}`);
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    // Not cached yet.
  }
  const bytes = await make();
  try {
    await mkdir(dir, { recursive: true });
    // Write then rename, so a build stopped half-way never leaves a truncated file behind.
    const partial = `${file}.${process.pid}.part`;
    await writeFile(partial, bytes);
    await rename(partial, file);
  } catch {
    // A read-only or full disk only costs the cache, not the build.
  }
  return bytes;
}
