/**
 * A small static server for a built site, used by the link gate and the
 * browser tests. It behaves like GitHub Pages / Netlify where it matters:
 * the site lives under its base path, "dir/" serves "dir/index.html", "dir"
 * redirects to "dir/", a missing page gets 404.html with status 404, and the
 * headers from dist/_headers are sent, so the tests see the same policy a
 * reader would.
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
  ".pdf": "application/pdf",
};

export interface HeaderRule {
  /** "/*", "/_astro/*" or an exact path, relative to the site root. */
  pattern: string;
  headers: [string, string][];
}

/** Reads the Netlify / Cloudflare Pages `_headers` format (path line, then indented "Name: value" lines). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === "" || raw.trim().startsWith("#")) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(":");
    if (!rule || colon < 0) throw new Error(`_headers: cannot read line "${raw.trim()}"`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, sitePath: string): boolean {
  return pattern.endsWith("*") ? sitePath.startsWith(pattern.slice(0, -1)) : pattern === sitePath;
}

export interface StaticServer {
  /** Origin plus base path, ending in "/": "http://127.0.0.1:41234/giot-hong/". */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` under `base` on 127.0.0.1 at a free port. */
export async function serveStatic(dir: string, base = "/"): Promise<StaticServer> {
  const root = path.resolve(dir);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const headersFile = path.join(root, "_headers");
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, "utf8")) : [];

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://localhost");
      const send = async (status: number, file: string, sitePath: string) => {
        res.statusCode = status;
        res.setHeader("Content-Type", TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream");
        for (const rule of rules) {
          if (matches(rule.pattern, sitePath)) for (const [name, value] of rule.headers) res.setHeader(name, value);
        }
        res.end(req.method === "HEAD" ? undefined : await readFile(file));
      };
      const notFound = async () => {
        const page = path.join(root, "404.html");
        if (existsSync(page)) return send(404, page, "/404.html");
        res.statusCode = 404;
        res.end("Not found");
      };
      let decoded: string;
      try {
        decoded = decodeURIComponent(url.pathname);
      } catch {
        return notFound();
      }
      if (!decoded.startsWith(prefix) && decoded !== prefix.slice(0, -1)) return notFound();
      const sitePath = "/" + decoded.slice(prefix.length);
      const file = path.join(root, sitePath);
      if (!file.startsWith(root)) return notFound();
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!decoded.endsWith("/")) {
          res.statusCode = 301;
          res.setHeader("Location", `${decoded}/${url.search}`);
          return res.end();
        }
        const index = path.join(file, "index.html");
        return existsSync(index) ? send(200, index, sitePath) : notFound();
      }
      if (info?.isFile()) return send(200, file, sitePath);
      return notFound();
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("static server: no port");
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: origin + prefix,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
