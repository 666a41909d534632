/**
 * Vitest global setup: builds each shared site (test/support/sites.ts) once
 * per run, when a test file first asks for it, and hands the same build to
 * every file that asks after. The test files run in worker processes, so they
 * ask over a small HTTP server on 127.0.0.1 whose address is provided to them
 * (`inject("siteBroker")`); an answer comes when the build is done. Sites no
 * file asks for are never built, so a single test file builds only its own.
 * The same server holds the run's build lock: one `astro build` at a time in
 * this checkout, the shared sites first (test/support/build-lock.ts).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";
import { buildSite, type BuildOptions, type BuiltSite } from "../browser/support/build.ts";
import { BUILD_LOCK_ENV } from "./locked-build.ts";
import { SITES, type SharedSite, type SiteName } from "./sites.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The broker's address, "http://127.0.0.1:port/". */
    siteBroker: string;
  }
}

interface Broker {
  url: string;
  server: Server;
  builds: Map<SiteName, Promise<BuiltSite>>;
  users: number;
}

// Vitest runs this setup once for each project that has it; the projects share one broker.
const KEY = Symbol.for("giot-hong.site-broker");
const shared = globalThis as unknown as Record<symbol, Promise<Broker> | undefined>;

/**
 * One build at a time in this checkout (why: test/support/build-lock.ts). The
 * shared sites go first: files wait for them, while a file's own build (an
 * edited copy, a rebuild) holds up only that file.
 */
class BuildLock {
  private held = false;
  private readonly waiting: { first: boolean; grant: () => void }[] = [];

  acquire(first: boolean): { granted: Promise<void>; release: () => void; cancel: () => void } {
    let done = false;
    const entry = { first, grant: () => undefined as void };
    const granted = new Promise<void>((resolve) => (entry.grant = resolve));
    if (this.held) this.waiting.push(entry);
    else {
      this.held = true;
      entry.grant();
    }
    const release = () => {
      if (done) return;
      done = true;
      const next = this.waiting.findIndex((w) => w.first);
      const [chosen] = this.waiting.splice(next === -1 ? 0 : next, 1);
      if (chosen) chosen.grant();
      else this.held = false;
    };
    // Given up before its turn (the asking process ended): leave the queue; after its turn: release.
    const cancel = () => {
      const at = this.waiting.indexOf(entry);
      if (at === -1) release();
      else {
        done = true;
        this.waiting.splice(at, 1);
      }
    };
    return { granted, release, cancel };
  }
}

function isSiteName(name: string): name is SiteName {
  return Object.hasOwn(SITES, name);
}

async function startBroker(): Promise<Broker> {
  const builds = new Map<SiteName, Promise<BuiltSite>>();
  const lock = new BuildLock();
  let lockUrl = "";
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://broker");
    if (url.pathname === "/lock") {
      // Granted: headers now, the body never; the asking process's exit closes the connection and frees the lock.
      const turn = lock.acquire(url.searchParams.has("first"));
      res.on("close", turn.cancel);
      void turn.granted.then(() => {
        if (res.destroyed) return;
        res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
        res.flushHeaders();
      });
      return;
    }
    const name = decodeURIComponent(url.pathname.slice(1));
    if (!isSiteName(name)) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end(`no shared site "${name}"; the sites are ${Object.keys(SITES).join(", ")} (test/support/sites.ts)`);
      return;
    }
    let build = builds.get(name);
    if (!build) {
      const options = SITES[name] as BuildOptions;
      build = buildSite({ ...options, env: { ...options.env, [BUILD_LOCK_ENV]: `${lockUrl}?first` } });
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
  // A build, or a turn at the lock, can take minutes on a busy machine; the asking file's hook timeout is the limit.
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  lockUrl = `${url}lock`;
  // The test workers start after this setup and inherit it: their builds wait for the lock (locked-build.ts).
  process.env[BUILD_LOCK_ENV] = lockUrl;
  return { url, server, builds, users: 0 };
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
    delete process.env[BUILD_LOCK_ENV];
    broker.server.closeAllConnections();
    await new Promise<void>((resolve) => broker.server.close(() => resolve()));
    const built = await Promise.allSettled(broker.builds.values());
    for (const result of built) if (result.status === "fulfilled") await result.value.cleanup();
  };
}
