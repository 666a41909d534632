/**
 * The form editor at /admin/ (Sveltia CMS, served from the site), driven in
 * Chromium with no network, as a comms officer would use it: open a folder
 * copy of the fictional fixture site, create a campaign, then an article with
 * a photo that belongs to it, save both; the files it wrote must pass
 * `npm run check` and build into the article's and the campaign's pages.
 * The editor is the one built into the run's shared real site, served under
 * its base path /giot-hong/ (the editor's page does not depend on the content
 * it edits: that comes from the folder).
 * Screenshots of the Vietnamese editor at 360 and 1280 px go to
 * test-output/screenshots/admin-*.png.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, ROOT } from "./support/build.ts";
import { launchChromium, newContext, serveSite, type ServedSite } from "./support/browser.ts";
import { fillFolder, readFolder, readTree, stubDirectoryPicker, writeChanges } from "./support/cms-folder.ts";

const FIXTURE = path.join(ROOT, "test/fixtures/site");
const SHOTS = path.join(ROOT, "test-output/screenshots");
const BASE = "/giot-hong/";

const CAMPAIGN_NAME = "Ngày hội Xuân Hồng đường Đê La Thành";
const CAMPAIGN_ID = "2025-ngay-hoi-xuan-hong-duong-de-la-thanh";
const TITLE = "Ngày hội Xuân Hồng: 412 đơn vị máu cho Đê La Thành";
const SLUG = "ngay-hoi-xuan-hong-412-don-vi-mau-cho-de-la-thanh";
const ALT = "Hình minh họa hư cấu: một giọt máu đỏ trên nền hồng";

/**
 * Sveltia draws only the fields near the screen: scroll the form until the
 * one wanted exists, then bring it into view.
 */
async function reveal(page: Page, locator: Locator): Promise<Locator> {
  for (let i = 0; i < 40 && (await locator.count()) === 0; i++) {
    await page.mouse.move(page.viewportSize()!.width / 4, 400);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(100);
  }
  await locator.scrollIntoViewIfNeeded();
  return locator;
}

/** Waits until the editor has written `file` into the folder (saving is asynchronous). */
async function waitForFile(page: Page, file: string): Promise<void> {
  await expect.poll(async () => Object.keys(await readFolder(page)).includes(file), { timeout: 15_000 }).toBe(true);
}

describe("form editor at /admin/", () => {
  let site: ServedSite;
  let work: string;
  beforeAll(async () => {
    site = await serveSite("real");
    mkdirSync(path.join(ROOT, "test-output"), { recursive: true });
    work = mkdtempSync(path.join(ROOT, "test-output", "admin-edit-"));
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await site?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("is served from the site: no script from another address", () => {
    const html = readFileSync(path.join(site.dist, "admin/index.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(site.base).toBe(BASE);
    for (const src of scripts) expect(src).toMatch(new RegExp(`^${BASE}_astro/`));
    // Sveltia's own file, and the libraries it would fetch from unpkg.com, are copies in the site.
    const assets = JSON.parse(html.match(/<script type="application\/json" id="cms-assets">([^<]*)/)![1]) as {
      script: string;
    };
    expect(assets.script).toBe(`${BASE}admin/sveltia-cms.js`);
    const importMap = JSON.parse(html.match(/<script type="importmap">([^<]*)/)![1]) as {
      imports: Record<string, string>;
    };
    expect(Object.keys(importMap.imports).length).toBeGreaterThan(0);
    for (const [from, to] of Object.entries(importMap.imports)) {
      expect(from).toMatch(/^https:\/\/unpkg\.com\//);
      expect(existsSync(path.join(site.dist, to.slice(BASE.length))), to).toBe(true);
    }
    expect(html).toContain('<html lang="vi">');
  });

  it("creates a campaign and an article with a photo offline, and the files pass the check and build", async () => {
    const browser = await launchChromium();
    const context = await newContext(browser, 1280);
    // No network: anything but the local server is refused, and every such attempt is recorded.
    const outside: string[] = [];
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
    await stubDirectoryPicker(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      // Sveltia names its fonts' CDN copies as a fallback after the bundled ones; the CSP refuses them, nothing is fetched.
      if (message.type() === "error" && !/cdn\.jsdelivr\.net\/fontsource|ERR_FAILED/.test(message.text())) {
        errors.push(message.text());
      }
    });
    try {
      const before = readTree(FIXTURE);
      await page.goto(`${site.url}admin/`);
      await fillFolder(page, before);
      await page.getByRole("button", { name: "Làm việc với kho mã nguồn cục bộ" }).click();
      await page.getByRole("button", { name: "Tạo bài viết hoặc tải tệp lên" }).waitFor();

      // A campaign: its file name is made from its year and name, without diacritics.
      await page.goto(`${site.url}admin/#/collections/campaigns/new`);
      await page.getByRole("textbox", { name: "Tên chiến dịch" }).fill(CAMPAIGN_NAME);
      await page.getByRole("radio", { name: "Ngày hội hiến máu" }).check();
      await page.getByRole("spinbutton", { name: "Năm" }).fill("2025");
      await page.getByRole("textbox", { name: "Ngày bắt đầu" }).fill("2025-03-08");
      await (await reveal(page, page.getByRole("spinbutton", { name: "Số đơn vị máu tiếp nhận" }))).fill("412");
      await (await reveal(page, page.getByRole("radio", { name: "Đã xong" }))).check();
      // Sources are a list (each with its date and the figures it gives): add the first one.
      await (await reveal(page, page.getByRole("button", { name: /Thêm .Nguồn số liệu/ }))).click();
      await (
        await reveal(page, page.getByRole("textbox", { name: "Tên nguồn" }))
      ).fill("Nguồn hư cấu (dữ liệu kiểm thử)");
      await page.getByRole("button", { name: "Lưu" }).click();
      await waitForFile(page, `data/campaigns/${CAMPAIGN_ID}.json`);

      // An article in its own folder, with the campaign picked from the list and a photo uploaded beside it.
      await page.goto(`${site.url}admin/#/collections/articles/new`);
      await page.getByRole("textbox", { name: "Tiêu đề" }).fill(TITLE);
      await page.getByRole("textbox", { name: "Tóm tắt" }).fill("Tóm tắt hư cấu để kiểm thử trình biên tập.");
      await page.getByRole("textbox", { name: "Ngày đăng" }).fill("2025-03-10");
      await page.getByRole("button", { name: /Thêm .Người viết/ }).click();
      await page.getByRole("textbox", { name: "Họ tên" }).fill("Phóng viên hư cấu");
      const campaigns = await reveal(page, page.getByRole("combobox", { name: "Chiến dịch" }));
      await campaigns.click();
      await campaigns.pressSequentially("Đê La Thành");
      await page.getByRole("option", { name: new RegExp(CAMPAIGN_NAME) }).click();
      await (await reveal(page, page.getByRole("checkbox", { name: /Ảnh đầu bài/ }))).click();
      const photo = await reveal(page, page.getByRole("group", { name: /Trường “.Ảnh.”/ }));
      await photo.getByRole("button", { name: "Duyệt tệp" }).click();
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("dialog").getByRole("button", { name: "Tải lên" }).click();
      await (
        await chooser
      ).setFiles({
        name: "anh-ngay-hoi.png",
        mimeType: "image/png",
        buffer: Buffer.from(before["src/content/articles/le-ra-mat-diem-hien-mau-moi/giot-mau.png"], "base64"),
      });
      await page.getByRole("dialog").getByRole("button", { name: "Chèn" }).click();
      await (await reveal(page, page.getByRole("textbox", { name: "Mô tả ảnh" }))).fill(ALT);
      await (await reveal(page, page.getByRole("textbox", { name: "Nội dung" }))).click();
      await page.keyboard.type("Đoạn văn hư cấu về ngày hội, để kiểm thử trình biên tập.");
      // The preview is the site's article layout (src/scripts/admin-preview.ts), which reads the entry
      // through Immutable.js: served from the site, since the policy refuses unpkg.com.
      await expect
        .poll(async () => (await Promise.all(page.frames().map((f) => f.locator("body").innerText()))).join("\n"))
        .toContain("Ngày đăng: 10/03/2025 · Tác giả: Phóng viên hư cấu");
      await page.screenshot({ path: path.join(SHOTS, "admin-article-1280.png") });
      await page.getByRole("button", { name: "Lưu" }).click();
      await waitForFile(page, `src/content/articles/${SLUG}/index.md`);

      cpSync(FIXTURE, path.join(work, "site"), { recursive: true });
      const written = writeChanges(path.join(work, "site"), before, await readFolder(page));
      expect(written).toEqual([
        `data/campaigns/${CAMPAIGN_ID}.json`,
        `src/content/articles/${SLUG}/anh-ngay-hoi.png`,
        `src/content/articles/${SLUG}/index.md`,
      ]);
      // Empty optional fields are left out; the date is ISO; the campaign is referred to by its id.
      expect(JSON.parse(readFileSync(path.join(work, "site", written[0]), "utf8"))).toEqual({
        name: CAMPAIGN_NAME,
        kind: "festival",
        year: 2025,
        startDate: "2025-03-08",
        unitsCollected: 412,
        status: "done",
        sources: [{ name: "Nguồn hư cấu (dữ liệu kiểm thử)" }],
      });
      const article = readFileSync(path.join(work, "site", written[2]), "utf8");
      expect(article).toContain("date: 2025-03-10\n");
      expect(article).toContain(`campaigns:\n  - ${CAMPAIGN_ID}\n`);
      expect(article).toContain("src: anh-ngay-hoi.png");
      expect(outside.filter((url) => !url.startsWith("https://www.githubstatus.com/"))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }

    const check = await promisify(execFile)(process.execPath, ["scripts/check.ts", "--root", path.join(work, "site")], {
      cwd: ROOT,
    }).catch((error: { stdout: string; stderr: string }) => error);
    expect(check.stderr, check.stdout).toBe("");

    const built = await buildSite({ root: path.join(work, "site"), base: BASE, site: "https://hien-mau.example.org" });
    try {
      const articleHtml = readFileSync(path.join(built.dist, `tin-tuc/${SLUG}/index.html`), "utf8");
      expect(articleHtml).toContain(TITLE);
      expect(articleHtml).toMatch(new RegExp(`<img[^>]*alt="${ALT}"`));
      expect(articleHtml).toContain(`href="${BASE}chien-dich/${CAMPAIGN_ID}/"`);
      const campaignHtml = readFileSync(path.join(built.dist, `chien-dich/${CAMPAIGN_ID}/index.html`), "utf8");
      expect(campaignHtml).toContain(CAMPAIGN_NAME);
      expect(campaignHtml).toContain(`href="${BASE}tin-tuc/${SLUG}/"`);
      expect(readFileSync(path.join(built.dist, "chien-dich/index.html"), "utf8")).toContain(CAMPAIGN_NAME);
    } finally {
      await built.cleanup();
    }
    // Two builds' worth: the editing in Chromium, then the edited site's build.
  }, 240_000);

  it("reads Vietnamese at phone and desktop width", async () => {
    const browser = await launchChromium();
    try {
      for (const width of [360, 1280]) {
        const context = await newContext(browser, width);
        await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
        await stubDirectoryPicker(context);
        const page = await context.newPage();
        await page.goto(`${site.url}admin/`);
        const signIn = page.getByRole("button", { name: "Đăng nhập bằng mã truy cập" });
        await signIn.waitFor();
        await page.screenshot({ path: path.join(SHOTS, `admin-sign-in-${width}.png`) });
        await fillFolder(page, readTree(FIXTURE));
        await page.getByRole("button", { name: "Làm việc với kho mã nguồn cục bộ" }).click();
        await page.goto(`${site.url}admin/#/collections/campaigns/new`);
        await page.getByRole("textbox", { name: "Tên chiến dịch" }).fill(CAMPAIGN_NAME);
        await page.getByRole("radio", { name: "Ngày hội hiến máu" }).check();
        await page.screenshot({ path: path.join(SHOTS, `admin-campaign-${width}.png`) });
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });
});
