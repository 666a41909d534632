/**
 * A folder of files keyed by a hash of what made them. Used for the share
 * images (src/pages/xem-truoc/): drawing one takes ~2 ms (src/lib/share-image.ts),
 * 11,000 of them at 10,000 articles, while an image only changes when its card or the
 * drawing code changes. The folder lives in Astro's cache folder, which the
 * deploy workflow keeps between runs, so a rebuild draws only new cards.
 * Files no card asked for in a build are swept after it (sweepUnused), or
 * every edited title and design change would leave its old images in the
 * kept folder for good.
 */
import { createHash } from "node:crypto";
import { copyFile, link, mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { compareText } from "./compare.ts";

/**
 * What this process knows of each cache folder, by resolved path. On
 * globalThis because the pages (Astro's build bundle) and the integration that
 * sweeps (astro.config.mjs) load this module separately.
 */
interface Folder {
  /** The files served in this build: what the sweep keeps. */
  used: Set<string>;
  /**
   * The files the folder held when first read in this build, plus those
   * written since, and the folder made once: a cold build then tries no read
   * that must fail and makes no folder per file, each a trip through libuv's
   * thread pool (a card cost ~0.4 ms less without them, 26/11).
   */
  held?: Promise<Set<string>>;
  made?: Promise<unknown>;
}
const FOLDERS = Symbol.for("giot-hong.file-cache.folders");
const registry = globalThis as { [FOLDERS]?: Map<string, Folder> };
function folder(dir: string): Folder {
  const all = (registry[FOLDERS] ??= new Map());
  const key = path.resolve(dir);
  let found = all.get(key);
  if (!found) all.set(key, (found = { used: new Set() }));
  return found;
}

/** A stable hash of any JSON-able value (object keys sorted, so key order does not matter). */
export function hashKey(value: unknown): string {
  const canonical = JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => compareText(a, b)))
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
  const name = `${hashKey(key)}${extension}`;
  const file = path.join(dir, name);
  const known = folder(dir);
  known.used.add(name);
  const held = await (known.held ??= readdir(dir).then(
    (names) => new Set(names),
    () => new Set<string>(),
  ));
  if (held.has(name)) {
    try {
      return new Uint8Array(await readFile(file));
    } catch {
      // Removed since the folder was listed: make it again.
    }
  }
  const bytes = await make();
  try {
    await (known.made ??= mkdir(dir, { recursive: true }));
    // Write then rename, so a build stopped half-way never leaves a truncated file behind.
    const partial = `${file}.${process.pid}.part`;
    await writeFile(partial, bytes);
    await rename(partial, file);
    held.add(name);
  } catch {
    // A read-only or full disk only costs the cache, not the build. The folder
    // may have been removed since it was made: make it again next time.
    delete known.made;
  }
  return bytes;
}

/**
 * Gives `target` the tree of files for `key`: from `dir` when an earlier
 * build made it, else made by `make(target)` and then kept in `dir`. Files
 * are hard links where the disk allows (a search bundle is hundreds of small
 * files; a link makes no new inode and copies no bytes), so nothing may change a
 * file of `target` in place: replace it instead. Returns whether the tree was
 * reused. A cache that cannot be read or written only costs the reuse.
 */
export async function cachedFolder(
  dir: string,
  key: unknown,
  target: string,
  make: (target: string) => Promise<void>,
): Promise<boolean> {
  const name = hashKey(key);
  const kept = path.join(dir, name);
  folder(dir).used.add(name);
  try {
    if ((await stat(kept)).isDirectory()) {
      await linkTree(kept, target);
      return true;
    }
  } catch {
    // Not kept yet, or unreadable: make it.
    await rm(target, { recursive: true, force: true });
  }
  await make(target);
  const partial = `${kept}.${process.pid}.part`;
  try {
    await rm(partial, { recursive: true, force: true });
    await linkTree(target, partial);
    await rename(partial, kept);
  } catch {
    await rm(partial, { recursive: true, force: true }).catch(() => undefined);
  }
  return false;
}

/** Copies the tree `from` to `to` (which must not exist yet) as hard links, or as copies across disks. */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      const source = path.join(from, entry.name);
      const destination = path.join(to, entry.name);
      if (entry.isDirectory()) return linkTree(source, destination);
      try {
        await link(source, destination);
      } catch {
        await copyFile(source, destination);
      }
    }),
  );
}

/** Forgets what `dir` served and held, so the next build's sweep counts only its own files and the folder is listed again. */
export function forgetUse(dir: string): void {
  registry[FOLDERS]?.delete(path.resolve(dir));
}

/**
 * Removes the files in `dir` that cachedFile did not serve in this process
 * (old images, and a `.part` left by a build that was stopped). Run after a
 * build that succeeded, so every file it needed was asked for. When `dir`
 * served nothing, nothing is removed: a build without those pages must not
 * empty the cache of one with them.
 */
export async function sweepUnused(dir: string): Promise<{ removed: number; kept: number }> {
  const names = registry[FOLDERS]?.get(path.resolve(dir))?.used;
  if (!names || names.size === 0) return { removed: 0, kept: 0 };
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return { removed: 0, kept: 0 };
  }
  const stale = entries.filter((name) => !names.has(name));
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { force: true, recursive: true })));
  return { removed: stale.length, kept: entries.length - stale.length };
}
