/**
 * npm run build: check first, build into a folder beside the output, swap only
 * on success. And the build itself strips unsafe HTML even if the check is skipped.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { childEnv, copyFixture, PROJECT, readIn, runScript, TODAY, treeHash, writeIn } from "./support.ts";
import { astroBin } from "../../scripts/lib/astro-build.ts";
import { lockedBuild } from "../support/locked-build.ts";
import { SHARE_IMAGE_DIR } from "../../src/url.ts";

/**
 * A work folder inside the project on purpose: for an output folder outside it,
 * Astro writes its prerender bundle to the shared ./.astro/.prerender/, where
 * builds running at the same time (other test files) overwrite each other's chunks.
 */
const workDirs: string[] = [];
function workDir(label: string): string {
  mkdirSync(join(PROJECT, "test-output"), { recursive: true });
  const dir = mkdtempSync(join(PROJECT, "test-output", `scripts-${label}-`));
  workDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

/** An output folder holding a previous "good" build, so we can see whether it was kept or replaced. */
function previousOutput(): { out: string; cache: string; before: string } {
  const work = workDir("build");
  const out = join(work, "dist");
  mkdirSync(out);
  writeFileSync(join(out, "index.html"), "<!doctype html><title>Bản build trước</title>");
  writeFileSync(join(out, "dau-vet.txt"), "bản build trước");
  return { out, cache: join(work, "cache"), before: treeHash(out) };
}

function build(root: string, out: string, cache: string, env: NodeJS.ProcessEnv = {}) {
  return runScript("build.ts", ["--root", root, "--today", TODAY], {
    GIOT_HONG_OUT_DIR: out,
    GIOT_HONG_CACHE_DIR: cache,
    ...env,
  });
}

describe("npm run build", () => {
  it("builds an article made by npm run new, keeps drafts out, never touches content, and swaps the output in", () => {
    const root = copyFixture();
    expect(runScript("new.ts", ["--root", root, "--today", TODAY, "Quận Bắc Từ Liêm phấn đấu"]).code).toBe(0);
    expect(runScript("new.ts", ["--root", root, "--today", TODAY, "--campaign", "Ngày hội Giọt hồng"]).code).toBe(0);
    // What the editor does when the text is ready: publish it and link the new campaign.
    const path = "src/content/articles/quan-bac-tu-liem-phan-dau.md";
    writeIn(
      root,
      path,
      readIn(root, path)
        .replace("draft: true", "draft: false")
        .replace("campaigns: []", "campaigns:\n  - 2025-ngay-hoi-giot-hong"),
    );
    const content = treeHash(root);
    const { out, cache } = previousOutput();

    const run = build(root, out, cache);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain("✔ Không có lỗi");
    const page = readFileSync(join(out, "tin-tuc/quan-bac-tu-liem-phan-dau/index.html"), "utf8");
    expect(page).toContain("Quận Bắc Từ Liêm phấn đấu");
    expect(existsSync(join(out, "chien-dich/2025-ngay-hoi-giot-hong/index.html"))).toBe(true);
    // The fixture's draft (dated 2999) is not published.
    expect(existsSync(join(out, "tin-tuc/ban-nhap-chua-dang"))).toBe(false);
    expect(readFileSync(join(out, "tin-tuc/index.html"), "utf8")).not.toContain("ban-nhap-chua-dang");
    // The previous output was replaced whole, and no half-made folder is left beside it.
    expect(existsSync(join(out, "dau-vet.txt"))).toBe(false);
    expect(existsSync(`${out}.building`)).toBe(false);
    expect(existsSync(`${out}.previous`)).toBe(false);
    expect(treeHash(root)).toBe(content);
    // The search index is made once Astro's process has ended (scripts/build-site.ts), not inside it.
    expect(run.stdout).toContain("search index: made by scripts/build-site.ts once astro build ends");
    expect(run.stdout).toMatch(/search index: \d+ HTML files read in/);
    expect(existsSync(join(out, "pagefind/pagefind-entry.json"))).toBe(true);
    // Astro's incremental build keeps exactly the site's share images for the next build.
    const cards = (dir: string) =>
      readdirSync(join(dir, SHARE_IMAGE_DIR), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith(".jpg"))
        .sort();
    expect(cards(out).length).toBeGreaterThan(0);
    expect(cards(join(cache, "dist"))).toEqual(cards(out));
  });

  it("does not build a site with an error, and leaves the previous output untouched", () => {
    const root = copyFixture();
    const path = "src/content/articles/ngay-hoi-hien-mau-mua-xuan.md";
    writeIn(root, path, readIn(root, path).replace("date: 2024-03-10", "date: 2024-02-30"));
    const { out, cache, before } = previousOutput();
    const run = build(root, out, cache);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("LỖI [date-invalid] src/content/articles/ngay-hoi-hien-mau-mua-xuan.md:4");
    expect(run.stderr.replaceAll(out, "<dist>").trim().split("\n").slice(-2).join("\n")).toMatchInlineSnapshot(`
      "✖ Không build vì nội dung còn lỗi (build stopped: content check failed). Sửa các lỗi trên rồi chạy lại.
        Trang web đang có (<dist>) được giữ nguyên, không bị thay đổi."
    `);
    expect(treeHash(out)).toBe(before);
    expect(existsSync(`${out}.building`)).toBe(false);
  });

  it("leaves the previous output untouched when astro build itself fails", () => {
    const { out, cache, before } = previousOutput();
    // A broken site address in the deploy settings makes Astro stop after the check has passed.
    const run = build(copyFixture(), out, cache, { SITE_URL: "không phải địa chỉ" });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("astro build thất bại");
    expect(treeHash(out)).toBe(before);
    expect(existsSync(`${out}.building`)).toBe(false);
  });
});

describe("unsafe HTML in a markdown article, with the check skipped", () => {
  it("builds to a page with no script, event handler, javascript: URL or frame from the content", () => {
    const root = copyFixture();
    const body = [
      "Đoạn văn an toàn trước.",
      "",
      "<script>window.XSS_MARKER_1 = 1</script>",
      "",
      'Ảnh <img src="https://anh.example/a.png" alt="ảnh" onerror="XSS_MARKER_2()"> và [liên kết](javascript:XSS_MARKER_3()).',
      "",
      '<iframe src="https://evil.example/XSS_MARKER_4"></iframe>',
      "",
      '<p><a href="JaVaScRiPt&colon;XSS_MARKER_5()" onclick="XSS_MARKER_6()">bấm</a></p>',
      "",
      '<object data="https://evil.example/XSS_MARKER_7.swf"></object><embed src="https://evil.example/XSS_MARKER_8">',
      "",
      '<svg><script>XSS_MARKER_9()</script></svg><img src="data:image/svg+xml,XSS_MARKER_10" alt="x">',
      "",
      '<details><summary onmouseover="XSS_MARKER_11()">Bảng</summary><table><tr><td>Ô được giữ</td></tr></table></details>',
      "",
      "Đoạn văn an toàn sau.",
    ].join("\n");
    writeIn(
      root,
      "src/content/articles/bai-dan-tu-web-khac.md",
      `---\ntitle: "Bài dán từ web khác"\ndescription: "Kiểm thử HTML không an toàn (hư cấu)."\ndate: 2025-01-10\nauthors:\n  - "Tác giả hư cấu"\n---\n\n${body}\n`,
    );
    // The check refuses this article...
    expect(runScript("check.ts", ["--root", root, "--today", TODAY]).code).toBe(1);
    // ...so build with plain `astro build`, as if someone skipped the check.
    const work = workDir("unsafe");
    const out = join(work, "dist");
    const result = spawnSync(process.execPath, lockedBuild([astroBin(PROJECT), "build"]), {
      cwd: PROJECT,
      env: childEnv({ GIOT_HONG_ROOT: root, GIOT_HONG_OUT_DIR: out, GIOT_HONG_CACHE_DIR: join(work, "cache") }),
      encoding: "utf8",
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const page = readFileSync(join(out, "tin-tuc/bai-dan-tu-web-khac/index.html"), "utf8");
    expect(page).toContain("Đoạn văn an toàn trước.");
    expect(page).toContain("Đoạn văn an toàn sau.");
    expect(page).toContain("<td>Ô được giữ</td>");
    expect(page).not.toContain("XSS_MARKER");
    expect(page).not.toMatch(/<iframe|<object|<embed|javascript:/i);
    // The site's own markup has no inline event handlers either, so any would be from the content.
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
    // The build log says what it removed and from which file.
    expect(result.stderr + result.stdout).toContain("đã bỏ thẻ <script>");
  });
});
