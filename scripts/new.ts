/**
 * npm run new -- "Tiêu đề bài viết"          → src/content/articles/<slug>.md
 * npm run new -- --campaign "Tên chiến dịch" → data/campaigns/<năm>-<slug>.json
 *
 * Never overwrites: if the file (or an article with the same address) exists,
 * it says so and stops. --root <dir> and --today <YYYY-MM-DD> are for tests.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { chapter } from "../src/chapter.config.ts";
import { contentPaths } from "../src/content-paths.ts";
import { todayIso } from "../src/lib/format.ts";
import { slugify } from "../src/lib/slug.ts";
import { articleTemplate, campaignId, campaignTemplate, CAMPAIGN_OPTIONAL_FIELDS } from "../src/lib/new-content.ts";

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
let root = process.env.GIOT_HONG_ROOT ?? ".";
let today = todayIso();
let campaign = false;
const words: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === "--root") root = args[++i] ?? root;
  else if (arg === "--today") today = args[++i] ?? today;
  else if (arg === "--campaign") campaign = true;
  else words.push(arg);
}
const title = words.join(" ").trim();
if (!title) {
  fail(
    campaign
      ? 'Cần tên chiến dịch, ví dụ: npm run new -- --campaign "Ngày hội hiến máu mùa xuân"'
      : 'Cần tiêu đề bài viết, ví dụ: npm run new -- "Quận Bắc Từ Liêm tổ chức ngày hội hiến máu"',
  );
}

const paths = contentPaths(root);
/** The path as the editor would type it: relative inside the project, absolute outside it. */
const show = (path: string) => {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? inside : resolve(path);
};

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  // "wx" fails if the file appeared in the meantime: never overwrite.
  writeFileSync(path, text, { encoding: "utf8", flag: "wx" });
}

if (campaign) {
  const id = campaignId(title, Number(today.slice(0, 4)));
  if (!slugify(title)) fail("Tên chiến dịch cần có ít nhất một chữ cái hoặc chữ số.");
  const path = join(paths.campaigns, `${id}.json`);
  if (existsSync(path)) fail(`Đã có tệp ${show(path)}; không ghi đè. Hãy đặt tên khác, hoặc mở tệp đó để sửa.`);
  write(path, campaignTemplate({ name: title, year: Number(today.slice(0, 4)), sourceName: chapter.name }));
  console.log(`✔ Đã tạo ${show(path)}`);
  console.log(`  Mã chiến dịch (dùng trong "campaigns" của bài viết): ${id}`);
  console.log("  Sửa kind, status, source rồi thêm các trường có số liệu, ví dụ:");
  for (const field of CAMPAIGN_OPTIONAL_FIELDS) console.log(`    ${field}`);
} else {
  const slug = slugify(title);
  if (!slug) fail("Tiêu đề cần có ít nhất một chữ cái hoặc chữ số.");
  const taken = [`${slug}.md`, `${slug}.mdx`, `${slug}/index.md`, `${slug}/index.mdx`]
    .map((name) => join(paths.articles, name))
    .find((path) => existsSync(path));
  if (taken) fail(`Đã có bài ${show(taken)} với cùng địa chỉ; không ghi đè. Hãy đổi tiêu đề (ví dụ thêm năm).`);
  let campaignIds: string[] = [];
  try {
    campaignIds = readdirSync(paths.campaigns)
      .filter((name) => name.endsWith(".json"))
      .map((name) => name.replace(/\.json$/, ""))
      .sort();
  } catch {
    // No campaigns folder yet: the template says so.
  }
  const path = join(paths.articles, `${slug}.md`);
  write(path, articleTemplate({ title, date: today, author: `Ban biên tập ${chapter.shortName}`, campaignIds }));
  console.log(`✔ Đã tạo ${show(path)}`);
  console.log(`  Địa chỉ trên trang: /tin-tuc/${slug}/`);
  console.log("  Bài đang là bản nháp (draft: true). Viết xong, đổi thành draft: false rồi chạy npm run check.");
}
