/**
 * For a test file: the shared build of a site (test/support/sites.ts), from
 * the run's site broker (test/support/site-broker.ts), which builds it the
 * first time any file asks and hands every later file the same folder. The
 * folder is shared: read it, never write into it.
 */
import { get } from "node:http";
import { inject } from "vitest";
import type { SharedSite, SiteName } from "./sites.ts";

export type { SharedSite, SiteName };

export function sharedSite(name: SiteName): Promise<SharedSite> {
  const broker = inject("siteBroker");
  if (!broker)
    throw new Error("no site broker: run the tests through vitest.config.ts (npm test, npm exec -- vitest run)");
  return new Promise((resolve, reject) => {
    get(new URL(encodeURIComponent(name), broker), (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => (res.statusCode === 200 ? resolve(JSON.parse(body) as SharedSite) : reject(new Error(body))));
      res.on("error", reject);
    }).on("error", reject);
  });
}
