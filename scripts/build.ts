/**
 * npm run build: the check first, then `astro build` into a folder next to the
 * output, swapped into place only when everything succeeded. A site with an
 * error never builds, and a failed build leaves the last good output (dist/, or
 * GIOT_HONG_OUT_DIR) exactly as it was, so a server publishing it keeps serving
 * the old site. Arguments after the script's own (--root, --today) go to astro.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCheckArgs, runCheck, withPlainErrors } from "./lib/run-check.ts";
import { astroBuildEnv } from "./lib/astro-build.ts";

const PROJECT = fileURLToPath(new URL("..", import.meta.url));

const argv = process.argv.slice(2);
const { root, today } = parseCheckArgs(argv);
const astroArgs = argv.filter((arg, i) => {
  const own = ["--root", "--today"];
  return !own.includes(arg) && !own.includes(argv[i - 1] ?? "") && !/^--(root|today)=/.test(arg);
});

const final = resolve(process.env.GIOT_HONG_OUT_DIR ?? "dist");
const staging = `${final}.building`;
const previous = `${final}.previous`;

function stop(message: string, code = 1): never {
  console.error(`\n✖ ${message}`);
  console.error(`  Trang web đang có (${final}) được giữ nguyên, không bị thay đổi.`);
  process.exit(code);
}

let check: ReturnType<typeof runCheck> | undefined;
withPlainErrors("npm run build", () => {
  check = runCheck(root, today);
});
if (!check) stop("Không build vì bước kiểm tra nội dung không chạy xong (content check crashed).", 2);
if (check.errors > 0) {
  console.error(check.report);
  stop("Không build vì nội dung còn lỗi (build stopped: content check failed). Sửa các lỗi trên rồi chạy lại.");
}
console.log(`${check.report}\n`);

// A build that crashed earlier may have left its half-made folder behind.
rmSync(staging, { recursive: true, force: true });
const env: NodeJS.ProcessEnv = { ...process.env, GIOT_HONG_OUT_DIR: staging };
if (root !== ".") env.GIOT_HONG_ROOT = root;
// astro build, then the search index once Astro has ended (scripts/build-site.ts).
const result = spawnSync(process.execPath, [join(PROJECT, "scripts/build-site.ts"), ...astroArgs], {
  stdio: "inherit",
  env: astroBuildEnv(env),
});
if (result.status !== 0 || !existsSync(join(staging, "index.html"))) {
  rmSync(staging, { recursive: true, force: true });
  stop(`astro build thất bại (build failed, exit ${result.status ?? result.signal}).`, result.status || 1);
}

// Swap: two renames on the same disk, so the old site is whole until the new one is.
rmSync(previous, { recursive: true, force: true });
const hadPrevious = existsSync(final);
if (hadPrevious) renameSync(final, previous);
try {
  renameSync(staging, final);
} catch (error) {
  if (hadPrevious) renameSync(previous, final);
  throw error;
}
rmSync(previous, { recursive: true, force: true });
console.log(`\n✔ Đã build xong vào ${final}`);
