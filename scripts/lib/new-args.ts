/**
 * The command line of `npm run new`, read without a stack trace: anything it
 * does not understand gets one Vietnamese sentence saying what was wrong and
 * what to type instead.
 */

export interface NewOptions {
  help: boolean;
  campaign: boolean;
  /** Article as a folder (ten-bai/index.md) with room for its photos. */
  folder: boolean;
  /** The campaign's year, from --year or from --date. */
  year?: number;
  /** --date: the article's date, or the campaign's first day. */
  date?: string;
  root?: string;
  today?: string;
  /** The title or the campaign's name, the words that are not options. */
  title: string;
}

export type ParsedArgs = { ok: true; options: NewOptions } | { ok: false; error: string };

export const NEW_HELP = `Tạo bài viết hoặc chiến dịch mới (không bao giờ ghi đè tệp đã có).

  npm run new -- "Tiêu đề bài viết"
      → src/content/articles/<tieu-de-bai-viet>.md  (bản nháp, draft: true)
  npm run new -- --thu-muc "Tiêu đề bài viết"
      → src/content/articles/<tieu-de-bai-viet>/index.md, thư mục để đặt ảnh của bài
  npm run new -- --campaign "Tên chiến dịch" [--year 2022 | --date 2022-03-05]
      → data/campaigns/<năm>-<ten-chien-dich>.json

Tùy chọn:
  --thu-muc, --folder       bài viết dạng thư mục (có ảnh)
  --campaign, --chien-dich  tạo chiến dịch thay vì bài viết
  --year <năm>, --nam       năm của chiến dịch (mặc định: năm nay)
  --date <YYYY-MM-DD>, --ngay
                            ngày đăng bài, hoặc ngày bắt đầu của chiến dịch (năm lấy theo ngày này)
  --help, -h                in hướng dẫn này, không tạo gì

Tiêu đề dài được rút gọn thành địa chỉ tối đa 80 ký tự, cắt ở ranh giới giữa hai từ.`;

const ALIASES: Record<string, string> = {
  "-h": "--help",
  "--folder": "--thu-muc",
  "--chien-dich": "--campaign",
  "--nam": "--year",
  "--ngay": "--date",
};
const WITH_VALUE = new Set(["--year", "--date", "--root", "--today"]);

/** A real calendar day written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function parseNewArgs(argv: readonly string[]): ParsedArgs {
  const options: NewOptions = { help: false, campaign: false, folder: false, title: "" };
  const words: string[] = [];
  const fail = (error: string): ParsedArgs => ({ ok: false, error });
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    if (raw === "--") {
      // Everything after a lone -- is the title, even words that start with a dash.
      words.push(...argv.slice(i + 1));
      break;
    }
    if (!raw.startsWith("-") || raw === "-") {
      words.push(raw);
      continue;
    }
    const [given, inline] = raw.includes("=")
      ? [raw.slice(0, raw.indexOf("=")), raw.slice(raw.indexOf("=") + 1)]
      : [raw];
    const name = ALIASES[given] ?? given;
    let value = inline;
    if (WITH_VALUE.has(name) && value === undefined) {
      value = argv[++i];
      if (value === undefined || value.startsWith("--")) {
        return fail(`Tùy chọn ${given} cần một giá trị, ví dụ: ${given} ${name === "--year" ? "2022" : "2022-03-05"}`);
      }
    }
    switch (name) {
      case "--help":
        options.help = true;
        break;
      case "--campaign":
        options.campaign = true;
        break;
      case "--thu-muc":
        options.folder = true;
        break;
      case "--root":
        options.root = value;
        break;
      case "--today":
        options.today = value;
        break;
      case "--year": {
        const year = Number(value);
        if (!/^\d{4}$/.test(value ?? "") || year < 1900 || year > 2200) {
          return fail(`Năm "${value}" không hợp lệ: cần một năm bốn chữ số từ 1900 đến 2200, ví dụ --year 2022.`);
        }
        options.year = year;
        break;
      }
      case "--date":
        if (!isCalendarDate(value ?? "")) {
          return fail(
            `Ngày "${value}" không hợp lệ: cần một ngày có thật, viết năm-tháng-ngày, ví dụ --date 2022-03-05.`,
          );
        }
        options.date = value;
        break;
      default:
        return fail(
          `Không hiểu tùy chọn "${raw}". Các tùy chọn: --thu-muc, --campaign, --year, --date, --help. ` +
            'Tiêu đề bắt đầu bằng dấu gạch ngang thì viết sau hai dấu --, ví dụ: npm run new -- -- "-5 độ…".' +
            " Xem hướng dẫn: npm run new -- --help",
        );
    }
  }
  if (options.year !== undefined && options.date !== undefined && Number(options.date.slice(0, 4)) !== options.year) {
    return fail(
      `--year ${options.year} và --date ${options.date} không cùng năm. Chỉ cần một trong hai: --date đã cho biết năm.`,
    );
  }
  if (options.folder && options.campaign) {
    return fail("--thu-muc dành cho bài viết; chiến dịch luôn là một tệp .json. Bỏ một trong hai tùy chọn.");
  }
  if (options.year !== undefined && !options.campaign) {
    return fail("--year chỉ dùng cho chiến dịch (--campaign). Với bài viết, dùng --date 2022-03-05 để đặt ngày đăng.");
  }
  options.title = words.join(" ").trim();
  return { ok: true, options };
}
