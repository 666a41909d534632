/**
 * The site's content loaders, strict: any file the build cannot read stops
 * the build with a Vietnamese message. Astro's own file() loader logs a
 * parse failure and carries on, so a years.json saved with a byte-order mark
 * published the previous build's figures from the kept cache (or none at
 * all); its glob() loader logs a failed render and stores the article
 * without HTML. Bytes become text once, by src/lib/source-text.ts, the same
 * rules `npm run check` reports.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { contentPaths } from "../content-paths.ts";
import { mdxToJs } from "satteri";
import { MAX_SLUG_LENGTH } from "./article-files.ts";
import { decodeSourceText, formatSourceProblem } from "./source-text.ts";

/** A build-stopping content error; the message is what the comms officer reads. */
export class ContentError extends Error {
  constructor(message: string) {
    super(`${message}\n\nChạy npm run check để xem mọi lỗi cùng lúc (content error: run npm run check).`);
    this.name = "ContentError";
    // The stack is Astro's and ours, not the editor's: the message says everything.
    this.stack = this.message;
  }
}

/** A file as the editor knows it: from the content's root (GIOT_HONG_ROOT, else the project). */
function fromRoot(context: LoaderContext, file: string): string {
  const root = path.resolve(fileURLToPath(context.config.root), contentPaths().root);
  return path.relative(root, file).split(path.sep).join("/");
}

async function readText(context: LoaderContext, file: string, lineEnds: "any" | "lf-or-crlf"): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new ContentError(
      `LỖI [file-unreadable] ${fromRoot(context, file)}\n  Vấn đề:   Không đọc được tệp (${code}).\n  Cách sửa: Kiểm tra tệp còn đó và không phải một liên kết (symlink) hỏng.`,
    );
  }
  const decoded = decodeSourceText(bytes, lineEnds);
  if (!decoded.ok) throw new ContentError(formatSourceProblem(fromRoot(context, file), decoded.problem));
  return decoded.text;
}

function parseJson(context: LoaderContext, file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    const line = /\(line (\d+) column \d+\)/.exec(reason)?.[1];
    throw new ContentError(
      `LỖI [json-invalid] ${fromRoot(context, file)}${line ? `:${line}` : ""}\n  Vấn đề:   Tệp số liệu không đúng cú pháp JSON (${reason}).\n  Cách sửa: Kiểm tra dòng này và dòng ngay trên: thường là thiếu hoặc thừa dấu phẩy, thiếu ngoặc kép, hoặc thiếu dấu } ].`,
    );
  }
}

/** Makes a loader's logged errors stop the build instead of being skipped over. */
function failOnLoggedError(context: LoaderContext): LoaderContext {
  const logger = Object.create(context.logger) as LoaderContext["logger"];
  logger.error = (message: string) => {
    throw new ContentError(`LỖI [content-unreadable] ${message}`);
  };
  return { ...context, logger };
}

/** In `astro dev`, loads again when a watched file changes; a mistake is logged there, not thrown. */
function watch(
  context: LoaderContext,
  target: string,
  concerns: (changed: string) => boolean,
  load: (context: LoaderContext) => Promise<void>,
): void {
  const { watcher } = context;
  if (!watcher) return;
  watcher.add(target);
  const reload = async (changed: string) => {
    if (!concerns(changed)) return;
    try {
      await load({ ...context, watcher: undefined });
    } catch (error) {
      context.logger.error((error as Error).message);
    }
  };
  for (const event of ["change", "add", "unlink"] as const)
    watcher.on(event, (changed: string) => void reload(changed));
}

/**
 * A JSON file holding a list of records, one entry each, keyed by `idOf`.
 * Replaces Astro's file() loader, which logs a file it cannot parse and keeps the old entries.
 */
export function jsonListLoader(file: string, idOf: (record: Record<string, unknown>, index: number) => string): Loader {
  const load = async (context: LoaderContext): Promise<void> => {
    const full = path.resolve(fileURLToPath(context.config.root), file);
    const data = parseJson(context, full, await readText(context, full, "any"));
    if (!Array.isArray(data)) {
      throw new ContentError(
        `LỖI [data-shape] ${fromRoot(context, full)}\n  Vấn đề:   Tệp cần là một danh sách [ … ].`,
      );
    }
    // Every record validated before the store changes: a failure leaves the last good entries whole.
    const entries = [];
    for (const [index, record] of data.entries()) {
      const id = idOf((record ?? {}) as Record<string, unknown>, index);
      entries.push({
        id,
        data: await context.parseData({ id, data: record as Record<string, unknown>, filePath: full }),
      });
    }
    context.store.clear();
    for (const entry of entries) context.store.set({ ...entry, filePath: fromRoot(context, full) });
    watch(context, full, (changed) => changed === full, load);
  };
  return { name: "giot-hong-json-list", load };
}

/**
 * One record per `*.json` file of a folder, the file name (without .json) as its id.
 * Replaces glob() for data, which cannot read a file saved with a byte-order mark.
 */
export function jsonFolderLoader(folder: string): Loader {
  const load = async (context: LoaderContext): Promise<void> => {
    const dir = path.resolve(fileURLToPath(context.config.root), folder);
    let names: string[];
    try {
      names = (await readdir(dir)).filter((name) => name.endsWith(".json") && !name.startsWith("."));
    } catch {
      names = [];
    }
    const records = await Promise.all(
      names.map(async (name) => {
        const full = path.join(dir, name);
        const text = await readText(context, full, "any");
        return { id: name.replace(/\.json$/, ""), full, text, data: parseJson(context, full, text) };
      }),
    );
    const entries = [];
    for (const { id, full, text, data } of records) {
      const parsed = await context.parseData({ id, data: data as Record<string, unknown>, filePath: full });
      entries.push({ id, data: parsed, filePath: fromRoot(context, full), digest: context.generateDigest(text) });
    }
    context.store.clear();
    for (const entry of entries) context.store.set(entry);
    watch(context, dir, (changed) => path.dirname(changed) === dir && changed.endsWith(".json"), load);
  };
  return { name: "giot-hong-json-folder", load };
}

/** An MDX article's syntax, checked by the compiler @astrojs/mdx uses, so the error is ours and has its line. */
function checkMdxSyntax(file: string, text: string): void {
  const front = /^---\n[\s\S]*?\n---(?:\n|$)/.exec(text)?.[0] ?? "";
  try {
    mdxToJs(text.slice(front.length));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):\d+:\s*/.exec(message);
    const line = (position ? Number(position[1]) : 1) + front.split("\n").length - 1;
    throw new ContentError(
      `LỖI [mdx-invalid] ${file}:${line}\n  Vấn đề:   Bài MDX không đúng cú pháp (${message.replace(/^\d+:\d+:\s*/, "").replace(/\s*\(\d+:\d+\)/, "")}).\n  Cách sửa: Mỗi thẻ mở <Ten> cần thẻ đóng </Ten>, mỗi dấu { cần dấu }; nhờ biên tập viên xem lại.`,
    );
  }
}

/**
 * Wraps the articles' glob() loader: each file it reads must be UTF-8 with LF
 * or CRLF line ends (glob reads it as UTF-8 whatever it is, and finds no front
 * matter in a CR-only file), its slug short enough for a file name, an MDX
 * article valid MDX, and an error the loader would log stops the build.
 */
export function strictArticles(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const strict = failOnLoggedError(context);
      const parseData: LoaderContext["parseData"] = async (props) => {
        if (props.filePath) {
          const text = await readText(context, props.filePath, "lf-or-crlf");
          const file = fromRoot(context, props.filePath);
          if (props.id.length > MAX_SLUG_LENGTH) {
            throw new ContentError(
              `LỖI [slug-too-long] ${file}\n  Vấn đề:   Tên tệp bài viết dài ${props.id.length} ký tự, quá ${MAX_SLUG_LENGTH} ký tự được phép.\n  Cách sửa: Đổi tên tệp (hoặc thư mục) ngắn lại, giữ những chữ chính.`,
            );
          }
          if (props.filePath.endsWith(".mdx")) checkMdxSyntax(file, text);
        }
        return context.parseData(props);
      };
      await loader.load({ ...strict, parseData });
    },
  };
}
