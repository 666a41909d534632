/**
 * Vitest global setup: builds each shared site (test/support/sites.ts) once
 * per run, when a test file first asks for it, and hands the same build to
 * every file that asks after. The test files run in worker processes, so they
 * ask over a small HTTP server on 127.0.0.1 whose address is provided to them
 * (`inject("siteBroker")`); an answer comes when the build is done. Sites no
 * file asks for are never built, so a single test file builds only its own.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";
import { buildSite, type BuiltSite } from "../browser/support/build.ts";
import { SITES, type SharedSite, type SiteName } from "./sites.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The broker's address, "http://127.0.0.1:port/". */
    siteBroker: string;
  }
}

/** Two builds at a time: one Astro build leaves part of a 2-core machine idle (Pagefind, sharp and fs waits). */
const PARALLEL_BUILDS = 2;

interface Broker {
  url: string;
  server: Server;
  builds: Map<SiteName, Promise<BuiltSite>>;
  users: number;
}

// Vitest runs this setup once for each project that has it; the projects share one broker.
const KEY = Symbol.for("giot-hong.site-broker");
const shared = globalThis as unknown as Record<symbol, Promise<Broker> | undefined>;

let running = 0;
const waiting: (() => void)[] = [];
async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= PARALLEL_BUILDS) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

function isSiteName(name: string): name is SiteName {
  return Object.hasOwn(SITES, name);
}

async function startBroker(): Promise<Broker> {
  const builds = new Map<SiteName, Promise<BuiltSite>>();
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? "/", "http://broker").pathname.slice(1));
    if (!isSiteName(name)) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end(`no shared site "${name}"; the sites are ${Object.keys(SITES).join(", ")} (test/support/sites.ts)`);
      return;
    }
    let build = builds.get(name);
    if (!build) {
      build = inTurn(() => buildSite(SITES[name]));
      // A failed build is reported to every file that asks, not thrown here.
      build.catch(() => undefined);
      builds.set(name, build);
    }
    build.then(
      (built) => {
        const answer: SharedSite = {
          name,
          dist: built.dist,
          base: built.base,
          site: SITES[name].site,
          log: built.log,
          cacheDir: built.cacheDir,
        };
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(answer));
      },
      (error: Error) => {
        res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end(`shared site "${name}": ${error.message}`);
      },
    );
  });
  // A build can take minutes on a busy machine; the asking file's hook timeout is the limit.
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server, builds, users: 0 };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared[KEY] ??= startBroker();
  const broker = await shared[KEY];
  broker.users += 1;
  project.provide("siteBroker", broker.url);
  return async () => {
    broker.users -= 1;
    if (broker.users > 0) return;
    shared[KEY] = undefined;
    broker.server.closeAllConnections();
    await new Promise<void>((resolve) => broker.server.close(() => resolve()));
    const built = await Promise.allSettled(broker.builds.values());
    for (const result of built) if (result.status === "fulfilled") await result.value.cleanup();
  };
}
