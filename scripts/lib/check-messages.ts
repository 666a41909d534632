/**
 * Every message `npm run check` can print, in Vietnamese for the comms staff
 * (with the English gist in brackets for developers). Each says what is wrong,
 * what was expected, what was found and how to fix it; content-check.ts adds
 * the file, line and field. docs/huong-dan-bien-tap.md explains each code.
 */
import { formatNumber, formatPercent } from "../../src/lib/format.ts";
import { IMAGE_EXTENSIONS } from "../../src/lib/article-files.ts";
import { impliedQuota } from "../../src/lib/figures.ts";

export type Severity = "error" | "warning";

export interface CheckMessage {
  severity: Severity;
  /** Stable name of the mistake, e.g. "date-invalid"; the guide lists them all. */
  code: string;
  /** Path from the site root, with forward slashes. */
  file: string;
  line?: number;
  /** The field, e.g. "date", "image.alt", "campaigns (mục 2)". */
  field?: string;
  problem: string;
  expected: string;
  found: string;
  fix: string;
}

export type MessageText = Pick<CheckMessage, "problem" | "expected" | "found" | "fix">;

/** How a value from a file reads in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "(không có)";
  if (value === null) return "(để trống)";
  if (typeof value === "string") {
    if (value.trim() === "") return "(để trống)";
    const short = value.length > 80 ? `${value.slice(0, 77)}…` : value;
    return `"${short}"`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

/** Field names as the message shows them: `campaigns (mục 2)`, `image.alt`. */
export function fieldLabel(path: readonly (string | number)[]): string {
  let label = "";
  for (const segment of path) {
    if (typeof segment === "number") label += ` (mục ${segment + 1})`;
    else label += label ? `.${segment}` : segment;
  }
  return label;
}

const DATE_EXAMPLE = "2022-03-05";

/** An example line for each front-matter field, used when one is missing or wrong. */
export const FIELD_EXAMPLES: Readonly<Record<string, string>> = {
  title: 'title: "Quận Bắc Từ Liêm tổ chức ngày hội hiến máu"',
  description: 'description: "Một hoặc hai câu tóm tắt bài viết."',
  date: `date: ${DATE_EXAMPLE}`,
  authors: 'authors:\n    - "Ban biên tập Giọt Hồng"',
  "source.name": 'name: "Báo Lao Động Thủ Đô"',
  "image.src": 'src: "./anh-ngay-hoi.jpg"',
  "image.alt": 'alt: "Người hiến máu nằm trên ghế, tình nguyện viên đứng bên cạnh"',
  name: '"name": "Ngày hội Giọt hồng mùa xuân"',
  kind: '"kind": "festival"',
  year: '"year": 2022',
  status: '"status": "done"',
  source: '"source": { "name": "Hội Chữ thập đỏ quận" }',
};

/** Dates written the Vietnamese way (05/03/2022) turned into what the file wants. */
export function isoFromVietnameseDate(value: string): string | undefined {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
  if (!match) return undefined;
  return `${match[3]}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}`;
}

export const say = {
  frontmatterMissing(): MessageText {
    return {
      problem: "Bài viết không có phần thông tin ở đầu tệp (missing front matter).",
      expected: "tệp bắt đầu bằng một dòng ---, tiếp theo là các trường (title, date…), rồi một dòng --- nữa",
      found: "dòng đầu tiên không phải ---, hoặc thiếu dòng --- đóng lại",
      fix: "Thêm vào đầu tệp một dòng ---, các trường của bài, rồi một dòng ---. Dễ nhất là tạo bài bằng `npm run new` hoặc chép phần đầu của một bài có sẵn.",
    };
  },

  yamlInvalid(reason: string, code: string, lineText: string): MessageText {
    const duplicateKey = code === "DUPLICATE_KEY";
    const explained = YAML_REASONS[code];
    return {
      problem: duplicateKey
        ? "Một trường được viết hai lần ở phần đầu bài (duplicate key)."
        : "Phần đầu bài không đúng cú pháp YAML (invalid YAML).",
      expected:
        "mỗi dòng có dạng `tên: giá trị`; giá trị có dấu hai chấm (:), dấu # hoặc bắt đầu bằng ký tự đặc biệt thì đặt trong ngoặc kép",
      found: `${lineText.trim() || "(dòng trống)"}  (${explained ? `${explained}; ${reason}` : reason})`,
      fix: duplicateKey
        ? "Xoá một trong hai dòng trùng tên, giữ lại dòng đúng."
        : 'Đặt giá trị trong ngoặc kép, ví dụ title: "Hà Nội: ngày hội hiến máu"; kiểm tra thụt lề (dùng dấu cách, không dùng Tab) và các dòng danh sách bắt đầu bằng "  - ".',
    };
  },

  fieldMissing(field: string, description: string): MessageText {
    const example = FIELD_EXAMPLES[field];
    return {
      problem: `Thiếu trường "${field}" (missing field).`,
      expected: description,
      found: "(không có)",
      fix: example ? `Thêm dòng: ${example}` : `Thêm trường "${field}".`,
    };
  },

  fieldEmpty(field: string, detail: string): MessageText {
    const example = FIELD_EXAMPLES[field];
    return {
      problem: `Trường "${field}" đang để trống (empty field): ${detail}.`,
      expected: "có nội dung",
      found: "(để trống)",
      fix: example
        ? `Điền nội dung, ví dụ: ${example}`
        : `Điền nội dung cho "${field}" hoặc xoá dòng này nếu không bắt buộc.`,
    };
  },

  fieldUnknown(key: string, allowed: readonly string[], suggestion: string | undefined): MessageText {
    return {
      problem: `Trường "${key}" không có trong mẫu (unknown field, probably a typo).`,
      expected: `một trong các trường: ${allowed.join(", ")}`,
      found: `"${key}"`,
      fix: suggestion
        ? `Có lẽ bạn muốn viết "${suggestion}": sửa "${key}" thành "${suggestion}".`
        : "Kiểm tra chính tả tên trường, hoặc xoá dòng này nếu không cần.",
    };
  },

  dateInvalid(field: string, value: unknown, detail: string): MessageText {
    const text = typeof value === "string" ? value : undefined;
    const converted = text ? isoFromVietnameseDate(text) : undefined;
    return {
      problem: `Ngày ở trường "${field}" không hợp lệ (invalid date): ${detail}.`,
      expected: `một ngày có thật, viết năm-tháng-ngày YYYY-MM-DD, ví dụ ${DATE_EXAMPLE}`,
      found: describeValue(value),
      fix: converted
        ? `Viết lại theo thứ tự năm-tháng-ngày: ${field}: ${converted}`
        : `Sửa thành một ngày có trên lịch, dạng YYYY-MM-DD (tháng 2 có 28 hoặc 29 ngày; tháng 4, 6, 9, 11 có 30 ngày).`,
    };
  },

  dateFuture(date: string, today: string): MessageText {
    return {
      problem: "Ngày đăng nằm trong tương lai (date in the future on a published article).",
      expected: `một ngày không muộn hơn hôm nay (${today}, giờ Hà Nội)`,
      found: date,
      fix: `Sửa ngày thành hôm nay hoặc một ngày đã qua; nếu bài chưa muốn đăng, thêm dòng draft: true.`,
    };
  },

  numberInvalid(field: string, value: unknown, detail: string): MessageText {
    let fix = `Viết một số nguyên không âm, không có dấu chấm nghìn, không có ngoặc kép, ví dụ "${field}": 3792.`;
    if (typeof value === "string") {
      const digits = value.replace(/[.\s,]/g, "");
      fix = /^\d+$/.test(digits)
        ? `Bỏ ngoặc kép và dấu chấm nghìn: "${field}": ${digits}.`
        : `Thay chữ bằng con số, ví dụ "${field}": 3792; nếu nguồn không nêu số này, xoá cả dòng.`;
    } else if (typeof value === "number" && value < 0) {
      fix = `Bỏ dấu trừ; nếu con số chưa biết, xoá cả dòng "${field}".`;
    } else if (typeof value === "number" && !Number.isInteger(value)) {
      // JSON reads 1.200 as 1.2: the dot was most likely a Vietnamese thousands separator.
      const thousands = Math.round(value * 1000);
      fix =
        Math.abs(value * 1000 - thousands) < 1e-6
          ? `Trong tệp số liệu, dấu chấm là dấu thập phân. Nếu ý bạn là ${formatNumber(thousands)} (dấu chấm ngăn hàng nghìn), viết "${field}": ${thousands}.`
          : "Số đơn vị máu, số người phải là số nguyên: bỏ phần thập phân, viết đúng con số nguồn nêu.";
    }
    return {
      problem: `Con số ở trường "${field}" không hợp lệ (invalid number): ${detail}.`,
      expected: "một số nguyên không âm (non-negative integer), ví dụ 3792",
      found: describeValue(value),
      fix,
    };
  },

  valueNotAllowed(field: string, value: unknown, allowed: readonly unknown[]): MessageText {
    const list = allowed.map((v) => `"${String(v)}"`).join(", ");
    return {
      problem: `Giá trị của "${field}" không nằm trong danh sách được phép (value not allowed).`,
      expected: `một trong: ${list}`,
      found: describeValue(value),
      fix: `Chọn một giá trị trong danh sách trên, viết đúng chữ thường, ví dụ "${field}": "${String(allowed[0])}".`,
    };
  },

  wrongType(field: string, value: unknown, expected: string, detail: string): MessageText {
    const fixes: Record<string, string> = {
      string: `Đặt giá trị trong ngoặc kép, ví dụ ${field.split(".").pop()}: "…".`,
      array: `Viết thành danh sách, mỗi mục một dòng bắt đầu bằng "  - ", ví dụ:\n      ${field.split(".").pop()}:\n        - "mục thứ nhất"`,
      boolean: "Chỉ viết true (có) hoặc false (không), không có ngoặc kép.",
      object: "Viết các trường con thụt vào hai dấu cách dưới tên trường, như trong hướng dẫn.",
      number: "Viết một con số, không có ngoặc kép.",
    };
    return {
      problem: `Trường "${field}" sai kiểu giá trị (wrong type): ${detail}.`,
      expected: TYPE_NAMES[expected] ?? expected,
      found: describeValue(value),
      fix: fixes[expected] ?? "Sửa giá trị theo mẫu trong hướng dẫn.",
    };
  },

  urlInvalid(field: string, value: unknown): MessageText {
    const scheme = typeof value === "string" ? /^\s*([a-z][a-z0-9+.-]*):/i.exec(value)?.[1].toLowerCase() : undefined;
    if (scheme && scheme !== "http" && scheme !== "https") {
      return {
        problem: `Địa chỉ ở "${field}" không phải một trang web: địa chỉ ${scheme}: có thể chạy mã hoặc mở thứ khác, không được dùng (URL scheme not allowed).`,
        expected: "một địa chỉ trang web, bắt đầu bằng https:// (hoặc http://)",
        found: describeValue(value),
        fix: "Mở trang nguồn trên trình duyệt, chép nguyên địa chỉ trên thanh địa chỉ và dán vào đây; không có trang nguồn thì xoá dòng này.",
      };
    }
    return {
      problem: `Địa chỉ web ở "${field}" không đầy đủ (invalid URL).`,
      expected: "một địa chỉ đầy đủ, bắt đầu bằng https://",
      found: describeValue(value),
      fix: "Mở trang nguồn trên trình duyệt, chép nguyên địa chỉ trên thanh địa chỉ và dán vào đây.",
    };
  },

  fieldInvalid(field: string, value: unknown, detail: string): MessageText {
    return {
      problem: `Giá trị của "${field}" không hợp lệ (invalid value): ${detail}.`,
      expected: "giá trị theo mẫu trong hướng dẫn",
      found: describeValue(value),
      fix: "Sửa giá trị theo mẫu trong docs/huong-dan-bien-tap.md.",
    };
  },

  imageAltMissing(where: string, src: string): MessageText {
    return {
      problem: `Ảnh ${where} thiếu mô tả (image without alt text): người khiếm thị nghe mô tả thay cho ảnh.`,
      expected: "một câu ngắn tả những gì có trong ảnh",
      found: `ảnh "${src}" không có mô tả`,
      fix:
        where === "đầu bài"
          ? `Thêm dòng dưới image: ${FIELD_EXAMPLES["image.alt"]}`
          : `Viết mô tả trong ngoặc vuông: ![Người hiến máu tại ngày hội](${src})`,
    };
  },

  imageMissing(src: string, looked: string): MessageText {
    return {
      problem: "Không tìm thấy tệp ảnh (image file not found).",
      expected: "đường dẫn tới một ảnh có thật, tính từ thư mục chứa bài viết, ví dụ ./anh-ngay-hoi.jpg",
      found: `"${src}" (đã tìm ở ${looked})`,
      fix: "Tải ảnh lên cùng thư mục với bài viết, hoặc sửa tên tệp cho khớp (phân biệt chữ hoa, chữ thường và đuôi .jpg/.png).",
    };
  },

  imageType(src: string, extension: string): MessageText {
    const drawing = extension === "svg";
    return {
      problem: drawing
        ? "Ảnh SVG không được dùng trong bài: tệp SVG có thể chứa mã chạy trên trang (SVG image refused)."
        : "Tệp này không phải loại ảnh trang web đăng được (file type not allowed as an image).",
      expected: `ảnh ${IMAGE_EXTENSIONS.map((ext) => `.${ext}`).join(", ")}`,
      found: `"${src}"`,
      fix: drawing
        ? "Mở ảnh SVG rồi xuất (export) thành PNG, đặt cạnh bài viết và sửa đường dẫn, ví dụ ./logo.png."
        : `Ảnh: lưu lại dưới dạng .jpg hoặc .png. Tài liệu (${extension ? `.${extension}` : "PDF, DOCX"}) không đăng kèm bài được: đưa lên nơi lưu trữ của Hội (ví dụ Google Drive) rồi đặt liên kết [Tải báo cáo](https://…).`,
    };
  },

  fileLinkLocal(href: string): MessageText {
    return {
      problem:
        "Liên kết tới một tệp trong thư mục bài sẽ không mở được: trang chỉ đăng ảnh của bài, không đăng tệp khác (local file link).",
      expected: "liên kết tới một địa chỉ https://, hoặc tới một trang của chính trang web (ví dụ /so-lieu/)",
      found: `"${href}"`,
      fix: "Đưa tài liệu lên nơi lưu trữ của Hội (ví dụ Google Drive) rồi đặt liên kết [Tải báo cáo (PDF)](https://…).",
    };
  },

  imageRemote(src: string): MessageText {
    return {
      problem:
        "Ảnh lấy từ trang web khác sẽ không hiện: trang chỉ tải ảnh của chính nó (remote image blocked by the site's CSP).",
      expected: "ảnh đặt cùng thư mục với bài viết, dẫn bằng ![mô tả](./ten-anh.jpg)",
      found: `"${src}"`,
      fix: "Tải ảnh về (nếu được phép dùng), đặt cạnh bài viết, rồi thay địa chỉ bằng ./ten-anh.jpg. Muốn ghi nguồn, viết tên trang gốc dưới ảnh.",
    };
  },

  urlInsecure(field: string, url: string): MessageText {
    return {
      problem: "Liên kết dùng http:// (không mã hoá); trình duyệt có thể cảnh báo người đọc (insecure link).",
      expected: "địa chỉ bắt đầu bằng https://",
      found: `${field}: "${url}"`,
      fix: "Mở liên kết trong trình duyệt; nếu trang có bản https://, sửa lại thành https://. Nếu trang chỉ có http://, có thể giữ nguyên.",
    };
  },

  yamlAliases(max: number): MessageText {
    return {
      problem: "Phần đầu bài dùng quá nhiều tham chiếu YAML (& và *), có thể làm treo máy (too many YAML aliases).",
      expected: `các trường viết thẳng giá trị, không quá ${max} tham chiếu *tên`,
      found: "các dấu & và * lồng nhau, khi mở ra thành rất nhiều giá trị",
      fix: "Xoá các dòng có & và *, viết thẳng giá trị cho từng trường (xem mẫu trong hướng dẫn).",
    };
  },

  mdxInvalid(reason: string, lineText: string): MessageText {
    return {
      problem: "Bài MDX không đúng cú pháp, trang web không dựng được (MDX syntax error).",
      expected:
        "mỗi thẻ mở <Ten> có thẻ đóng </Ten> (hoặc tự đóng <Ten />), mỗi dấu { có dấu } đi cùng; chữ < và { trong câu viết là &lt; và &#123;",
      found: `${lineText.trim() || "(dòng trống)"}  (${reason})`,
      fix: "Sửa dòng này (hoặc thẻ mở ở phía trên nó). Bài MDX do biên tập viên phụ trách: nhờ biên tập viên xem lại.",
    };
  },

  mdxNew(name: string): MessageText {
    return {
      problem: "Thay đổi này thêm một bài MDX: MDX chạy mã khi dựng trang, chỉ biên tập viên được thêm (new MDX file).",
      expected: "bài viết mới là tệp .md",
      found: `"${name}"`,
      fix: "Đổi đuôi thành .md nếu bài không cần thành phần đặc biệt; nếu cần, nhờ biên tập viên duyệt (GitHub yêu cầu biên tập viên xem xét tệp .mdx).",
    };
  },

  slugTooLong(slug: string, max: number): MessageText {
    const shorter = slug.slice(0, max + 1).replace(/-[^-]*$/, "");
    return {
      problem: "Tên tệp bài viết quá dài để làm địa chỉ trang (slug too long).",
      expected: `tên tối đa ${max} ký tự`,
      found: `${slug.length} ký tự: "${slug.length > 60 ? `${slug.slice(0, 57)}…` : slug}"`,
      fix: `Đổi tên tệp (hoặc thư mục) ngắn lại, giữ những chữ chính, ví dụ "${shorter}".`,
    };
  },

  linkBroken(name: string): MessageText {
    return {
      problem: "Đây là một lối tắt (symlink) trỏ tới tệp không còn nữa (broken link).",
      expected: "tệp thật, hoặc lối tắt tới một tệp có thật",
      found: `"${name}"`,
      fix: "Xoá lối tắt này, hoặc chép tệp thật vào đúng chỗ.",
    };
  },

  campaignUnknown(id: string, suggestion: string | undefined, known: readonly string[]): MessageText {
    return {
      problem: "Bài viết gắn với một chiến dịch không có trong data/campaigns/ (unknown campaign id).",
      expected: known.length ? `mã của một chiến dịch có sẵn: ${known.join(", ")}` : "mã của một chiến dịch có sẵn",
      found: `"${id}"`,
      fix: suggestion
        ? `Có lẽ bạn muốn viết "${suggestion}". Nếu đây là chiến dịch mới, tạo tệp bằng npm run new -- --campaign "Tên chiến dịch".`
        : 'Sửa cho đúng tên tệp trong data/campaigns/ (không có đuôi .json), hoặc tạo chiến dịch mới bằng npm run new -- --campaign "Tên chiến dịch".',
    };
  },

  slugDuplicate(slug: string, others: readonly string[]): MessageText {
    return {
      problem: `Hai bài viết có cùng địa chỉ /tin-tuc/${slug}/ (duplicate slug).`,
      expected: "mỗi bài một tên tệp (hoặc thư mục) riêng",
      found: `cũng dùng tên này: ${others.join(", ")}`,
      fix: "Đổi tên một trong các tệp (hoặc thư mục), ví dụ thêm năm hoặc địa danh vào cuối tên.",
    };
  },

  slugInvalid(name: string, suggestion: string): MessageText {
    return {
      problem: "Tên tệp bài viết không dùng được làm địa chỉ trang (invalid slug).",
      expected: "chữ thường không dấu, số và dấu gạch ngang, ví dụ quan-bac-tu-liem-to-chuc-ngay-hoi",
      found: `"${name}"`,
      fix: suggestion
        ? `Đổi tên thành "${suggestion}".`
        : "Đổi tên theo tiêu đề bài, bỏ dấu, thay dấu cách bằng dấu gạch ngang.",
    };
  },

  fileIgnored(name: string): MessageText {
    return {
      problem: "Trang web sẽ bỏ qua tệp này (file ignored by the site).",
      expected: "bài viết là tệp .md ngay trong src/content/articles/, hoặc tệp index.md trong một thư mục con",
      found: `"${name}"`,
      fix: "Đổi đuôi tệp thành .md (chữ thường), hoặc chuyển tệp vào đúng chỗ; nếu tệp không cần, xoá đi.",
    };
  },

  htmlTag(tag: string, dangerous: boolean): MessageText {
    return {
      problem: dangerous
        ? `Thẻ <${tag}> có thể chạy mã hoặc nhúng trang khác, không được dùng trong bài (unsafe HTML tag).`
        : `Thẻ <${tag}> không nằm trong danh sách HTML được phép (HTML tag not allowed).`,
      expected: "chỉ các thẻ được phép trong hướng dẫn (bảng, figure, figcaption, a, img, strong, em…)",
      found: `<${tag}>`,
      fix: dangerous
        ? `Xoá thẻ <${tag}> và nội dung bên trong. Muốn nhúng video, bản đồ hay biểu đồ, nhờ biên tập viên (MDX).`
        : `Xoá thẻ <${tag}> (giữ lại chữ bên trong) hoặc dùng cú pháp markdown: ## tiêu đề, **đậm**, *nghiêng*, [liên kết](https://…).`,
    };
  },

  htmlAttribute(tag: string, attribute: string, eventHandler: boolean): MessageText {
    return {
      problem: eventHandler
        ? `Thuộc tính ${attribute}= chạy mã (script) khi người đọc thao tác, không được dùng (event handler attribute).`
        : `Thuộc tính ${attribute}= không được dùng trên thẻ <${tag}> (attribute not allowed).`,
      expected: "chỉ các thuộc tính được phép trong hướng dẫn (href, src, alt, title, colspan…)",
      found: `<${tag} ${attribute}=…>`,
      fix: `Xoá ${attribute}="…" khỏi thẻ <${tag}>.`,
    };
  },

  htmlUrl(tag: string, attribute: string, url: string, scheme: string): MessageText {
    return {
      problem: `Địa chỉ ${scheme}: có thể chạy mã hoặc chứa nội dung ẩn, không được dùng (unsafe URL).`,
      expected: "địa chỉ bắt đầu bằng https://, http://, mailto:, tel:, hoặc đường dẫn tới ảnh trong thư mục bài",
      found: `${attribute}=${describeValue(url)} trên <${tag}>`,
      fix: "Thay bằng địa chỉ https:// của trang hay ảnh gốc; ảnh thì tải tệp lên cùng thư mục với bài viết.",
    };
  },

  htmlImageLocal(src: string): MessageText {
    return {
      problem: "Ảnh viết bằng thẻ <img> không lấy được tệp trong thư mục bài (local image in HTML).",
      expected: "ảnh trong thư mục bài viết dùng cú pháp markdown ![mô tả](./anh.jpg)",
      found: `<img src="${src}">`,
      fix: `Thay thẻ <img> bằng: ![mô tả ảnh](${src})`,
    };
  },

  jsonInvalid(reason: string, lineText: string): MessageText {
    const explained = JSON_REASONS.find(([pattern]) => pattern.test(reason))?.[1];
    if (explained) reason = `${explained}; ${reason}`;
    return {
      problem: "Tệp số liệu không đúng cú pháp JSON (invalid JSON).",
      expected:
        'JSON hợp lệ: tên trường và chữ trong ngoặc kép "…", các trường cách nhau bằng dấu phẩy, không có dấu phẩy sau trường cuối',
      found: lineText ? `${lineText.trim()}  (${reason})` : reason,
      fix: "Kiểm tra dòng này và dòng ngay trên: thường là thiếu hoặc thừa dấu phẩy, thiếu ngoặc kép, hoặc thiếu dấu } ].",
    };
  },

  dataShape(expected: string, value: unknown): MessageText {
    return {
      problem: "Tệp số liệu không đúng khuôn (wrong data file shape).",
      expected,
      found: describeValue(value),
      fix: "Chép khuôn từ hướng dẫn hoặc từ một tệp có sẵn rồi điền số liệu.",
    };
  },

  fileMissing(path: string): MessageText {
    return {
      problem: "Thiếu tệp số liệu (data file missing).",
      expected: `tệp ${path}`,
      found: "(không có tệp)",
      fix: `Tạo lại tệp ${path}; nếu chưa có số liệu năm nào, viết [] (một danh sách rỗng).`,
    };
  },

  yearDuplicate(year: number, firstLine: number): MessageText {
    return {
      problem: `Năm ${year} có hai bản ghi trong data/years.json (duplicate year).`,
      expected: "mỗi năm một bản ghi",
      found: `năm ${year} đã có ở dòng ${firstLine}`,
      fix: "Gộp số liệu vào một bản ghi và xoá bản ghi còn lại.",
    };
  },

  campaignIdDuplicate(id: string, others: readonly string[]): MessageText {
    return {
      problem: `Hai tệp chiến dịch có cùng mã "${id}" (duplicate campaign id).`,
      expected: "mỗi chiến dịch một tên tệp riêng (mã chiến dịch là tên tệp, viết thường)",
      found: `cũng dùng mã này: ${others.join(", ")}`,
      fix: "Xoá tệp thừa hoặc đổi tên một tệp, ví dụ thêm năm vào đầu: 2022-ngay-hoi-mua-xuan.json.",
    };
  },

  campaignIdInvalid(name: string, suggestion: string): MessageText {
    return {
      problem: "Tên tệp chiến dịch không dùng được làm mã (invalid campaign id).",
      expected: "chữ thường không dấu, số và dấu gạch ngang, đuôi .json",
      found: `"${name}"`,
      fix: suggestion ? `Đổi tên tệp thành "${suggestion}.json" (và sửa các bài viết nhắc tới mã cũ).` : "Đổi tên tệp.",
    };
  },

  campaignIdYear(id: string, year: number): MessageText {
    return {
      problem: `Mã chiến dịch "${id}" bắt đầu bằng năm ${id.slice(0, 4)} nhưng "year" là ${year} (campaign id and year disagree).`,
      expected: `"year": ${id.slice(0, 4)}, hoặc tên tệp bắt đầu bằng ${year}-`,
      found: `"year": ${year}`,
      fix: `Nếu chiến dịch thuộc năm ${year}, đổi tên tệp thành "${year}-${id.slice(5)}.json" (và sửa các bài viết nhắc tới mã cũ); nếu không, sửa "year" thành ${id.slice(0, 4)}.`,
    };
  },

  campaignYearMismatch(year: number, field: string, date: string): MessageText {
    return {
      problem: `Năm của chiến dịch không khớp với ngày ở "${field}" (campaign year disagrees with its dates).`,
      expected: `ngày thuộc năm ${year}, hoặc "year" bằng năm của ngày`,
      found: `"year": ${year}, "${field}": "${date}"`,
      fix: `Sửa "year" thành ${date.slice(0, 4)} hoặc sửa lại ngày.`,
    };
  },

  campaignDatesOrder(start: string, end: string): MessageText {
    return {
      problem: "Ngày kết thúc đứng trước ngày bắt đầu (endDate before startDate).",
      expected: "endDate bằng hoặc sau startDate",
      found: `"startDate": "${start}", "endDate": "${end}"`,
      fix: "Đổi chỗ hai ngày hoặc sửa lại cho đúng.",
    };
  },

  campaignTimesOrder(start: string, end: string): MessageText {
    return {
      problem: "Giờ kết thúc không sau giờ bắt đầu (endTime not after startTime).",
      expected: "endTime sau startTime trong cùng ngày, giờ dạng HH:MM (24 giờ)",
      found: `"startTime": "${start}", "endTime": "${end}"`,
      fix: 'Sửa lại giờ; buổi chiều viết theo 24 giờ, ví dụ "13:30" chứ không phải "01:30".',
    };
  },

  quotaDisagrees(year: number, target: number, quota: number, percent: number): MessageText {
    const exact = Math.round((target / quota) * 1000) / 10;
    const implied = impliedQuota(target, percent);
    return {
      problem: `Chỉ tiêu được giao năm ${year} không khớp với mục tiêu và tỷ lệ nguồn nêu (stated quota disagrees with target and percent).`,
      expected: `${formatNumber(target)} / ${formatNumber(quota)} ≈ ${formatPercent(exact)}, gần ${formatPercent(percent)}${
        implied === undefined ? "" : `; hoặc chỉ tiêu được giao khoảng ${formatNumber(implied)}`
      }`,
      found: `"quotaUnits": ${quota}, "unitTarget": ${target}, "targetPercentOfQuota": ${percent}`,
      fix: "Đối chiếu ba con số với nguồn: có thể nhập nhầm một số. Nếu nguồn nêu đúng như vậy, có thể giữ nguyên; trang vẫn hiện đúng các số nguồn nêu.",
    };
  },

  articleUnknown(slug: string): MessageText {
    return {
      problem: "Nguồn số liệu trỏ tới một bài viết không có (unknown article).",
      expected: "tên tệp (không có đuôi .md) của một bài trong src/content/articles/",
      found: `"${slug}"`,
      fix: 'Sửa "article" cho đúng tên tệp bài viết, hoặc xoá dòng này.',
    };
  },

  campaignSumExceedsYear(year: number, sum: number, total: number, files: readonly string[]): MessageText {
    return {
      problem: `Các chiến dịch năm ${year} cộng lại nhiều hơn tổng của cả năm (campaigns add up to more than the year's total).`,
      expected: `tổng các chiến dịch không vượt ${formatNumber(total)} đơn vị (unitsCollected của năm ${year})`,
      found: `${formatNumber(sum)} đơn vị từ ${files.join(", ")}`,
      fix: "Đối chiếu lại với nguồn: có thể nhập nhầm một con số, hoặc một chiến dịch thuộc năm khác. Nếu nguồn nói đúng như vậy, có thể giữ nguyên.",
    };
  },

  percentDisagrees(year: number, units: number, target: number, percent: number): MessageText {
    const exact = Math.round((units / target) * 1000) / 10;
    return {
      problem: `Phần trăm hoàn thành năm ${year} không khớp với số đơn vị và chỉ tiêu (stated percent disagrees with units and target).`,
      expected: `${formatNumber(units)} / ${formatNumber(target)} ≈ ${formatPercent(exact)}`,
      found: `"percentOfTarget": ${percent}`,
      fix: "Đối chiếu lại ba con số với nguồn. Nếu nguồn nêu đúng như vậy, có thể giữ nguyên.",
    };
  },
};

/** What the YAML parser's error codes mean for someone writing front matter. */
const YAML_REASONS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: "có dấu hai chấm trong giá trị mà không có ngoặc kép",
  DUPLICATE_KEY: "trường bị viết hai lần",
  BAD_INDENT: "thụt lề không đều",
  TAB_AS_INDENT: "thụt lề bằng phím Tab",
  MISSING_CHAR: "thiếu dấu đóng (ngoặc kép, ngoặc vuông…)",
  MULTILINE_IMPLICIT_KEY: "một dòng thiếu dấu hai chấm hoặc thiếu ngoặc kép đóng",
  UNEXPECTED_TOKEN: "có ký tự không đúng chỗ",
  BAD_SCALAR_START: "giá trị bắt đầu bằng ký tự đặc biệt",
};

/** What the JSON parser's messages mean for someone editing a data file. */
const JSON_REASONS: [RegExp, string][] = [
  [/^Expected ',' or '[}\]]' after/, "thiếu dấu phẩy sau trường ở dòng trên"],
  [/^Expected double-quoted property name/, "thừa dấu phẩy trước dấu }, hoặc tên trường thiếu ngoặc kép"],
  [/^Unterminated string/, "thiếu ngoặc kép đóng"],
  [/^Unexpected end of JSON input/, "tệp kết thúc khi chưa đóng đủ } hoặc ]"],
  [/^Bad control character/, "xuống dòng hoặc Tab bên trong ngoặc kép"],
  [/^Unexpected token/, "có ký tự không đúng chỗ (chữ cần ngoặc kép, số không có dấu chấm nghìn)"],
  [/^Unexpected non-whitespace character after JSON/, "có nội dung thừa sau dấu } cuối cùng"],
];

const TYPE_NAMES: Record<string, string> = {
  string: "một đoạn chữ (string)",
  number: "một con số (number)",
  int: "một số nguyên (integer)",
  boolean: "true hoặc false (boolean)",
  array: "một danh sách (list)",
  object: "một nhóm trường con (object)",
};

function padLabel(label: string): string {
  return `  ${label}`.padEnd(12, " ");
}

/** One message as the terminal shows it; `path:line` lets editors jump to the spot. */
export function formatMessage(message: CheckMessage): string {
  const where = message.line ? `${message.file}:${message.line}` : message.file;
  const kind = message.severity === "error" ? "LỖI" : "CẢNH BÁO";
  const field = message.field ? ` · trường "${message.field}"` : "";
  return [
    `${kind} [${message.code}] ${where}${field}`,
    `${padLabel("Vấn đề:")}${message.problem}`,
    `${padLabel("Cần:")}${message.expected}`,
    `${padLabel("Đang có:")}${message.found}`,
    `${padLabel("Cách sửa:")}${message.fix}`,
  ].join("\n");
}

/** The whole report: errors, then warnings, then a one-line summary. */
export function formatReport(
  messages: readonly CheckMessage[],
  counts: { articles: number; dataFiles: number },
): string {
  const errors = messages.filter((m) => m.severity === "error");
  const warnings = messages.filter((m) => m.severity === "warning");
  const parts: string[] = [];
  if (errors.length) parts.push(`Lỗi (phải sửa trước khi đăng):\n\n${errors.map(formatMessage).join("\n\n")}`);
  if (warnings.length) {
    parts.push(`Cảnh báo (không chặn việc đăng, nhưng nên xem lại):\n\n${warnings.map(formatMessage).join("\n\n")}`);
  }
  const checked = `${formatNumber(counts.articles)} bài viết và ${formatNumber(counts.dataFiles)} tệp số liệu`;
  parts.push(
    errors.length
      ? `✖ Có ${formatNumber(errors.length)} lỗi và ${formatNumber(warnings.length)} cảnh báo trong ${checked}. Sửa các lỗi trên rồi chạy lại npm run check.`
      : `✔ Không có lỗi trong ${checked}${warnings.length ? ` (${formatNumber(warnings.length)} cảnh báo)` : ""}.`,
  );
  return parts.join("\n\n");
}
