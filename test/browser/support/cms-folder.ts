/**
 * Sveltia CMS's local mode ("Làm việc với kho mã nguồn cục bộ") edits a folder
 * the person picks with the File System Access API. Headless Chromium cannot
 * show that picker, so the page gets a folder in its origin-private file
 * system (a real FileSystemDirectoryHandle, the same API the picker returns)
 * filled with a copy of a site, and the test reads back what the editor wrote.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";

/** Every file under `dir`, by path relative to it (forward slashes), as base64. */
export function readTree(dir: string, prefix = ""): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(path.join(dir, prefix))) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(path.join(dir, rel)).isDirectory()) Object.assign(files, readTree(dir, rel));
    else files[rel] = readFileSync(path.join(dir, rel)).toString("base64");
  }
  return files;
}

/** Makes window.showDirectoryPicker hand out the folder "repo" of the page's private file system. */
export async function stubDirectoryPicker(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(window, "showDirectoryPicker", {
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle("repo"),
    });
  });
}

/** Fills the folder the picker hands out with `files` (and an empty .git, which Sveltia asks for). */
export async function fillFolder(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry("repo", { recursive: true }).catch(() => undefined);
    const repo = await root.getDirectoryHandle("repo", { create: true });
    await repo.getDirectoryHandle(".git", { create: true });
    for (const [file, base64] of Object.entries(files)) {
      const parts = file.split("/");
      let dir = repo;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, files);
}

/** Every file in the picked folder (but .git), as base64. */
export async function readFolder(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of dir.entries()) {
        if (name === ".git") continue;
        const rel = prefix ? `${prefix}/${name}` : name;
        if (handle.kind === "directory") await walk(handle as FileSystemDirectoryHandle, rel);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          let binary = "";
          for (const byte of bytes) binary += String.fromCharCode(byte);
          out[rel] = btoa(binary);
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle("repo"), "");
    return out;
  });
}

/** Writes the files that differ from `before` under `dir`; returns their paths, sorted. */
export function writeChanges(dir: string, before: Record<string, string>, after: Record<string, string>): string[] {
  const changed = Object.keys(after)
    .filter((file) => before[file] !== after[file])
    .sort();
  for (const file of changed) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), Buffer.from(after[file], "base64"));
  }
  return changed;
}
