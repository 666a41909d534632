/**
 * npm run new -- "Tiêu đề bài viết"              → src/content/articles/<slug>.md
 * npm run new -- --thu-muc "Tiêu đề bài viết"    → src/content/articles/<slug>/index.md (with photos)
 * npm run new -- --campaign "Tên" [--year 2022 | --date 2022-03-05]
 *                                                → data/campaigns/<năm>-<slug>.json
 * npm run new -- --help                          → what it does, and nothing created
 *
 * Never overwrites: if the file (or an article with the same address) exists,
 * it says so and stops. --root <dir> and --today <YYYY-MM-DD> are for tests.
 * Every mistake on the command line is one Vietnamese sentence (scripts/lib/new-args.ts).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { chapter } from "../src/chapter.config.ts";
import { contentPaths } from "../src/content-paths.ts";
import { todayIso } from "../src/lib/format.ts";
import { slugify, SLUG_MAX_LENGTH } from "../src/lib/slug.ts";
import {
  articleSlug,
  articleTemplate,
  campaignId,
  campaignTemplate,
  CAMPAIGN_OPTIONAL_FIELDS,
} from "../src/lib/new-content.ts";
import { NEW_HELP, parseNewArgs } from "./lib/new-args.ts";

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

const parsed = parseNewArgs(process.argv.slice(2));
if (!parsed.ok) fail(parsed.error);
const options = parsed.options;
if (options.help) {
  console.log(NEW_HELP);
  process.exit(0);
}

const root = options.root ?? process.env.GIOT_HONG_ROOT ?? ".";
const today = options.today ?? todayIso();
const title = options.title;
if (!title) {
  fail(
    options.campaign
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
  try {
    mkdirSync(dirname(path), { recursive: true });
    // "wx" fails if the file appeared in the meantime: never overwrite.
    writeFileSync(path, text, { encoding: "utf8", flag: "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(
      code === "EEXIST"
        ? `Đã có tệp ${show(path)}; không ghi đè.`
        : `Không ghi được tệp ${show(path)} (${code ?? String(error)}). Kiểm tra thư mục có tồn tại và bạn có quyền ghi.`,
    );
  }
}

const shortened = slugify(title).length > SLUG_MAX_LENGTH;

if (options.campaign) {
  if (!slugify(title)) fail("Tên chiến dịch cần có ít nhất một chữ cái hoặc chữ số.");
  const year = options.year ?? Number((options.date ?? today).slice(0, 4));
  const id = campaignId(title, year);
  const path = join(paths.campaigns, `${id}.json`);
  if (existsSync(path)) fail(`Đã có tệp ${show(path)}; không ghi đè. Hãy đặt tên khác, hoặc mở tệp đó để sửa.`);
  write(path, campaignTemplate({ name: title, year, sourceName: chapter.name, startDate: options.date }));
  console.log(`✔ Đã tạo ${show(path)}`);
  console.log(`  Mã chiến dịch (dùng trong "campaigns" của bài viết): ${id}`);
  if (shortened) console.log(`  Tên dài: mã được rút gọn còn tối đa ${SLUG_MAX_LENGTH} ký tự, cắt giữa hai từ.`);
  console.log("  Sửa kind, status, source rồi thêm các trường có số liệu, ví dụ:");
  for (const field of CAMPAIGN_OPTIONAL_FIELDS) {
    if (!(options.date && field.startsWith('"startDate"'))) console.log(`    ${field}`);
  }
} else {
  const slug = articleSlug(title);
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
  const path = join(paths.articles, options.folder ? `${slug}/index.md` : `${slug}.md`);
  const date = options.date ?? today;
  write(path, articleTemplate({ title, date, author: `Ban biên tập ${chapter.shortName}`, campaignIds }));
  console.log(`✔ Đã tạo ${show(path)}`);
  console.log(`  Địa chỉ trên trang: /tin-tuc/${slug}/`);
  if (shortened)
    console.log(`  Tiêu đề dài: địa chỉ được rút gọn còn tối đa ${SLUG_MAX_LENGTH} ký tự, cắt giữa hai từ.`);
  if (options.folder) {
    console.log(`  Đặt ảnh của bài vào thư mục ${show(dirname(path))}, rồi ghi trong bài: image.src: ./ten-anh.jpg`);
  }
  console.log("  Bài đang là bản nháp (draft: true). Viết xong, đổi thành draft: false rồi chạy npm run check.");
}
