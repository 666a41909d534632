/**
 * Preloaded (`node --import`) into every `astro build` and `npm run build` a
 * test starts (test/support/locked-build.ts adds it): waits for the run's
 * build lock, held by the site broker (test/support/site-broker.ts), before
 * the script runs. Astro writes part of what it generates for the content
 * (.astro/content-assets.mjs, .astro/content-modules.mjs) into the project's
 * own .astro/ folder whatever the output and cache folders, so two builds of
 * different content trees in one checkout overwrite each other's files: one
 * build at a time. The answer to the lock request stays open while this
 * process lives; its exit closes the connection, which frees the lock, even
 * when the build crashes.
 */
import { get } from "node:http";

const url = process.env.GIOT_HONG_BUILD_LOCK;
if (url) {
  await new Promise<void>((resolve, reject) => {
    get(url, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`build lock ${url}: HTTP ${res.statusCode}`));
        return;
      }
      // Held until this process exits; the open connection must not keep it alive.
      res.socket.unref();
      resolve();
    }).on("error", reject);
  });
}
