/**
 * The configuration of the form editor at /admin/ (Sveltia CMS). Its fields
 * mirror the zod schemas in src/schemas/ one for one, with a Vietnamese label
 * and hint each; test/lib/cms-config.test.ts walks the schemas and fails on any
 * field, requirement, pattern or bound that differs, so the two cannot drift.
 */
import { campaignFigureFields, campaignKinds, campaignStatuses } from "../schemas/campaign.ts";
import { yearFigureFields } from "../schemas/year.ts";
import { SLUG_MAX_LENGTH } from "./slug.ts";

/** One field of the editor's form (the subset of Sveltia's field options this site uses). */
export interface CmsField {
  name: string;
  label: string;
  hint: string;
  widget:
    | "string"
    | "text"
    | "markdown"
    | "number"
    | "boolean"
    | "datetime"
    | "select"
    | "list"
    | "object"
    | "image"
    | "relation";
  required?: boolean;
  default?: unknown;
  /** [regular expression, Vietnamese message] */
  pattern?: [string, string];
  value_type?: "int" | "float";
  min?: number;
  max?: number;
  step?: number;
  options?: { label: string; value: string }[];
  /** list: one field per item (a list of strings when it is a string field). */
  field?: CmsField;
  /** object, or list of objects. */
  fields?: CmsField[];
  /** list: the list is the whole file (data/years.json). */
  root?: boolean;
  collapsed?: boolean;
  summary?: string;
  add_to_top?: boolean;
  label_singular?: string;
  multiple?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  format?: string;
  date_format?: string;
  time_format?: boolean;
}

/** Where the editor saves and how it signs in (docs/trien-khai.md). */
export interface CmsSettings {
  /** owner/name of the GitHub repository (in Actions: GITHUB_REPOSITORY). */
  repo: string;
  branch: string;
  /** Address of the OAuth worker (sveltia-cms-auth); without it, sign-in is by access token. */
  authUrl?: string;
  /** The published site's address with its base path, for the "view on site" links. */
  siteUrl: string;
  /**
   * Each save opens a pull request instead of committing to the branch, for a
   * repository whose main branch requires reviews (docs/trien-khai.md).
   */
  reviewBeforePublish?: boolean;
  /** The chapter's short name (src/chapter.config.ts), in the editor's title. */
  chapterName: string;
  /** Address of the chapter's icon, shown on the sign-in page. */
  logo?: string;
}

const ISO_DATE_PATTERN: [string, string] = [
  "^\\d{4}-\\d{2}-\\d{2}$",
  "Cần một ngày dạng năm-tháng-ngày, ví dụ 2022-03-05.",
];
const URL_PATTERN: [string, string] = ["^https?://\\S+$", "Cần một địa chỉ web đầy đủ, bắt đầu bằng https://"];

/** A calendar date saved as YYYY-MM-DD text, as the schemas' isoDate expects. */
function dateField(name: string, label: string, hint: string, required: boolean): CmsField {
  return {
    name,
    label,
    hint,
    widget: "datetime",
    required,
    format: "YYYY-MM-DD",
    date_format: "DD/MM/YYYY",
    time_format: false,
    pattern: ISO_DATE_PATTERN,
    ...(required ? { default: "{{now}}" } : {}),
  };
}

function countField(name: string, label: string, hint: string): CmsField {
  return { name, label, hint, widget: "number", required: false, value_type: "int", min: 0, step: 1 };
}

function percentField(name: string, label: string, hint: string): CmsField {
  return { name, label, hint, widget: "number", required: false, value_type: "float", min: 0, step: 0.1 };
}

function yearField(hint: string): CmsField {
  return {
    name: "year",
    label: "Năm",
    hint,
    widget: "number",
    required: true,
    value_type: "int",
    min: 1900,
    max: 2200,
    step: 1,
  };
}

const qualifierField: CmsField = {
  name: "unitsQualifier",
  label: "Cách nguồn nói con số",
  hint: "Chọn “hơn” khi nguồn viết “hơn 1.126 đơn vị”, “khoảng” khi viết “khoảng…”. Để trống nếu con số là chính xác.",
  widget: "select",
  required: false,
  options: [
    { label: "hơn (over)", value: "over" },
    { label: "khoảng (about)", value: "about" },
  ],
};

function namesField(name: string, label: string, hint: string, required: boolean): CmsField {
  return {
    name,
    label,
    hint,
    widget: "list",
    required,
    ...(required ? { min: 1 } : {}),
    field: { name: "name", label: "Họ tên", hint: "Một người một dòng.", widget: "string" },
  };
}

/** What each figure field is called in the form's "which figures" list. */
const figureLabels: Record<string, string> = {
  unitsCollected: "Số đơn vị máu tiếp nhận",
  unitTarget: "Chỉ tiêu, mục tiêu (đơn vị máu)",
  percentOfTarget: "Phần trăm chỉ tiêu đạt được",
  quotaUnits: "Chỉ tiêu được giao",
  targetPercentOfQuota: "Mục tiêu so với chỉ tiêu được giao (%)",
  activities: "Số hoạt động",
  participants: "Số người tham gia",
  registered: "Số người đăng ký",
  donors: "Số người hiến máu",
};

/**
 * Where a record's figures come from (src/schemas/common.ts sourceSchemaFor):
 * a list of sources, each saying which of the record's figures it gives.
 */
function figureSourcesField(figureFields: readonly string[]): CmsField {
  return {
    name: "sources",
    label: "Nguồn số liệu",
    hint: "Ai công bố các con số này, ở đâu, ngày nào. Mỗi nguồn một mục; chỉ ghi số liệu mà nguồn nói rõ.",
    widget: "list",
    required: true,
    min: 1,
    fields: [
      {
        name: "name",
        label: "Tên nguồn",
        hint: "Cơ quan hoặc tờ báo công bố số liệu: tên Hội, và tờ báo đưa tin nếu số liệu qua báo (“…, qua báo …”).",
        widget: "string",
        required: true,
      },
      namesField("authors", "Tác giả bài nguồn", "Tên các phóng viên, nếu bài nguồn ghi.", false),
      {
        name: "url",
        label: "Địa chỉ bài nguồn",
        hint: "Đường dẫn tới bài gốc, bắt đầu bằng https:// (nếu có trên mạng).",
        widget: "string",
        required: false,
        pattern: URL_PATTERN,
      },
      dateField(
        "published",
        "Ngày nguồn công bố",
        "Ngày nguồn đăng số liệu. Không rõ thì để trống, đừng đoán, và đừng ghi ngày của bài trên trang này.",
        false,
      ),
      {
        name: "article",
        label: "Bài viết trên trang này",
        hint: "Bài viết của trang đưa tin về số liệu này (nếu có).",
        widget: "relation",
        required: false,
        collection: "articles",
        value_field: "{{slug}}",
        search_fields: ["title"],
        display_fields: ["title"],
      },
      {
        name: "figures",
        label: "Số liệu nguồn này cho",
        hint: "Chọn các số nguồn này nêu. Để trống nếu nguồn cho mọi số của bản ghi.",
        widget: "list",
        required: false,
        min: 1,
        field: {
          name: "figure",
          label: "Số liệu",
          hint: "Một số liệu mà nguồn này nêu.",
          widget: "select",
          options: figureFields.map((value) => ({ label: figureLabels[value] ?? value, value })),
        },
      },
    ],
  };
}

/** A time of day, HH:MM on the 24-hour clock, as src/schemas/common.ts timeOfDay expects. */
function timeField(name: string, label: string, hint: string): CmsField {
  return {
    name,
    label,
    hint,
    widget: "string",
    required: false,
    pattern: ["^([01]\\d|2[0-3]):[0-5]\\d$", "Cần một giờ dạng HH:MM, 24 giờ, ví dụ 07:30 hoặc 13:45."],
  };
}

const articleFields: CmsField[] = [
  {
    name: "title",
    label: "Tiêu đề",
    hint: "Tiêu đề bài, hiện trên trang và trong danh sách tin. Địa chỉ bài được tạo từ tiêu đề (bỏ dấu).",
    widget: "string",
    required: true,
  },
  {
    name: "description",
    label: "Tóm tắt",
    hint: "Một hoặc hai câu tóm tắt, hiện dưới tiêu đề và trong danh sách tin.",
    widget: "text",
    required: true,
  },
  dateField("date", "Ngày đăng", "Ngày bài được đăng.", true),
  namesField("authors", "Người viết", "Người viết bài trên trang này; mỗi người một dòng.", true),
  {
    name: "source",
    label: "Bài báo gốc",
    hint: "Điền khi bài này đưa lại tin của một tờ báo; trang sẽ ghi nguồn.",
    widget: "object",
    required: false,
    collapsed: true,
    fields: [
      {
        name: "name",
        label: "Tên báo",
        hint: "Tên tờ báo hoặc trang tin đăng bài gốc.",
        widget: "string",
        required: true,
      },
      namesField("authors", "Tác giả bài gốc", "Tên các phóng viên của bài gốc.", false),
      {
        name: "url",
        label: "Địa chỉ bài gốc",
        hint: "Đường dẫn tới bài gốc, bắt đầu bằng https://",
        widget: "string",
        required: false,
        pattern: URL_PATTERN,
      },
    ],
  },
  {
    name: "campaigns",
    label: "Chiến dịch",
    hint: "Các chiến dịch bài viết nói tới; chọn trong danh sách chiến dịch đã có.",
    widget: "relation",
    required: false,
    multiple: true,
    collection: "campaigns",
    value_field: "{{slug}}",
    search_fields: ["name", "year"],
    // The name alone: Sveltia writes numbers the Vietnamese way, so a year would read "2.025".
    display_fields: ["{{name}}"],
  },
  {
    name: "tags",
    label: "Chủ đề",
    hint: "Chữ thường, mỗi chủ đề một dòng, ví dụ “ngày hội hiến máu”.",
    widget: "list",
    required: false,
    field: { name: "tag", label: "Chủ đề", hint: "Chữ thường.", widget: "string" },
  },
  {
    name: "image",
    label: "Ảnh đầu bài",
    hint: "Ảnh tải lên được lưu cùng thư mục với bài.",
    widget: "object",
    required: false,
    collapsed: false,
    fields: [
      { name: "src", label: "Ảnh", hint: "Ảnh JPG, PNG hoặc WebP.", widget: "image", required: true },
      {
        name: "alt",
        label: "Mô tả ảnh",
        hint: "Ảnh có gì, viết cho người không nhìn thấy ảnh (bắt buộc).",
        widget: "string",
        required: true,
      },
      { name: "caption", label: "Chú thích", hint: "Dòng chữ hiện dưới ảnh.", widget: "string", required: false },
    ],
  },
  {
    name: "draft",
    label: "Bản nháp",
    hint: "Bật: bài chưa hiện trên trang. Tắt khi bài đã sẵn sàng đăng.",
    widget: "boolean",
    required: false,
    default: false,
  },
];

/** The article's text, kept apart: it is the markdown body, not a front-matter field. */
const articleBody: CmsField = {
  name: "body",
  label: "Nội dung",
  hint: "Để trống một dòng giữa hai đoạn văn.",
  widget: "markdown",
  required: true,
};

const kindLabels: Record<(typeof campaignKinds)[number], string> = {
  festival: "Ngày hội hiến máu",
  campaign: "Chiến dịch",
  "ward-day": "Ngày hiến máu ở phường",
  other: "Khác",
};
const statusLabels: Record<(typeof campaignStatuses)[number], string> = {
  planned: "Sắp diễn ra",
  ongoing: "Đang diễn ra",
  done: "Đã xong",
};

const campaignFields: CmsField[] = [
  {
    name: "name",
    label: "Tên chiến dịch",
    hint: "Tên như Hội viết. Mã chiến dịch (tên tệp) được tạo từ năm và tên này.",
    widget: "string",
    required: true,
  },
  {
    name: "kind",
    label: "Loại",
    hint: "Ngày hội, chiến dịch, ngày hiến máu ở phường hoặc khác.",
    widget: "select",
    required: true,
    options: campaignKinds.map((value) => ({ label: kindLabels[value], value })),
  },
  yearField("Năm của chiến dịch; phải khớp với ngày bắt đầu và kết thúc."),
  dateField("startDate", "Ngày bắt đầu", "Ngày đầu tiên, nếu biết.", false),
  dateField("endDate", "Ngày kết thúc", "Ngày cuối cùng; để trống nếu chỉ diễn ra một ngày.", false),
  timeField("startTime", "Giờ bắt đầu", "Giờ mở cửa ngày đầu, giờ Việt Nam, 24 giờ (ví dụ 07:30)."),
  timeField("endTime", "Giờ kết thúc", "Giờ kết thúc ngày cuối, giờ Việt Nam, 24 giờ (ví dụ 11:30); sau giờ bắt đầu."),
  { name: "place", label: "Địa điểm", hint: "Nơi tổ chức.", widget: "string", required: false },
  { name: "organiser", label: "Đơn vị tổ chức", hint: "Ai tổ chức.", widget: "string", required: false },
  countField("unitsCollected", "Số đơn vị máu tiếp nhận", "Số nguyên, không có dấu chấm nghìn (ví dụ 1126)."),
  qualifierField,
  countField("unitTarget", "Mục tiêu (đơn vị máu)", "Số đơn vị máu chiến dịch hướng tới; hiện trên lịch hiến máu."),
  countField("registered", "Số người đăng ký", "Số người đăng ký hiến máu."),
  countField("donors", "Số người hiến máu", "Số người đã hiến (khác số đăng ký, khác số đơn vị máu)."),
  countField("participants", "Số người tham gia", "Khách, tình nguyện viên…, khi nguồn đếm riêng với người hiến."),
  {
    name: "status",
    label: "Tình trạng",
    hint: "Sắp diễn ra, đang diễn ra hay đã xong.",
    widget: "select",
    required: true,
    default: "planned",
    options: campaignStatuses.map((value) => ({ label: statusLabels[value], value })),
  },
  {
    name: "registration",
    label: "Cách đăng ký",
    hint: "Với chiến dịch sắp diễn ra: một câu hoặc một đường dẫn.",
    widget: "text",
    required: false,
  },
  {
    name: "description",
    label: "Giới thiệu",
    hint: "Một hoặc hai câu về chiến dịch.",
    widget: "text",
    required: false,
  },
  figureSourcesField(campaignFigureFields),
];

const yearFields: CmsField[] = [
  yearField("Năm dương lịch; mỗi năm chỉ một bản ghi."),
  countField("unitsCollected", "Số đơn vị máu tiếp nhận", "Số nguyên, không có dấu chấm nghìn (ví dụ 3792)."),
  qualifierField,
  countField("unitTarget", "Chỉ tiêu (đơn vị máu)", "Chỉ tiêu của năm, khi nguồn nêu."),
  percentField(
    "percentOfTarget",
    "Phần trăm chỉ tiêu đạt được",
    "Khi nguồn nêu; dấu chấm thập phân (172.9 cho 172,9 %).",
  ),
  countField(
    "quotaUnits",
    "Chỉ tiêu được giao (đơn vị máu)",
    "Khi nguồn nêu con số; trang hiện đúng số này, không tính lại.",
  ),
  percentField(
    "targetPercentOfQuota",
    "Chỉ tiêu so với số được giao (%)",
    "Khi chỉ tiêu là mục tiêu riêng của Hội và nguồn nói nó bằng bao nhiêu phần trăm số cấp trên giao (182 cho “vượt 182%”).",
  ),
  countField("activities", "Số hoạt động tuyên truyền", "Số hoạt động vận động hiến máu trong năm."),
  countField("participants", "Số người tham gia", "Số người tham gia các hoạt động đó."),
  {
    name: "note",
    label: "Ghi chú",
    hint: "Một nhận xét ngắn hiện cùng năm (ví dụ ảnh hưởng của Covid-19).",
    widget: "text",
    required: false,
  },
  figureSourcesField(yearFigureFields),
];

/** The fields of each record kind, by the schema they mirror (compared in test/lib/cms-config.test.ts). */
export const cmsFields = { article: articleFields, campaign: campaignFields, year: yearFields } as const;

/** The whole configuration handed to CMS.init(). */
export function cmsConfig(settings: CmsSettings) {
  return {
    load_config_file: false,
    backend: {
      name: "github",
      repo: settings.repo,
      branch: settings.branch,
      ...(settings.authUrl ? { base_url: settings.authUrl } : {}),
      commit_messages: {
        create: "Thêm {{collection}} “{{slug}}” (biên tập trên trình duyệt)",
        update: "Sửa {{collection}} “{{slug}}” (biên tập trên trình duyệt)",
        delete: "Xóa {{collection}} “{{slug}}” (biên tập trên trình duyệt)",
        uploadMedia: "Tải lên ảnh “{{path}}”",
        deleteMedia: "Xóa ảnh “{{path}}”",
      },
    },
    ...(settings.reviewBeforePublish ? { publish_mode: "editorial_workflow" } : {}),
    app_title: `Biên tập trang ${settings.chapterName}`,
    ...(settings.logo ? { logo: { src: settings.logo } } : {}),
    site_url: settings.siteUrl,
    media_folder: "public/uploads",
    // The Vietnamese the rest of the site writes: "Quận Bắc Từ Liêm" → quan-bac-tu-liem, as `npm run new` does.
    slug: {
      encoding: "ascii",
      clean_accents: true,
      sanitize_replacement: "-",
      trim: true,
      lowercase: true,
      maxlength: SLUG_MAX_LENGTH,
    },
    output: { omit_empty_optional_fields: true, json: { indent_style: "space", indent_size: 2 } },
    editor: { preview: true },
    collections: [
      {
        name: "articles",
        label: "Bài viết",
        label_singular: "bài viết",
        description: "Tin bài hiện ở mục Tin tức. Mỗi bài một thư mục, ảnh của bài nằm cùng thư mục.",
        folder: "src/content/articles",
        path: "{{slug}}/index",
        extension: "md",
        format: "yaml-frontmatter",
        create: true,
        slug: "{{slug}}",
        identifier_field: "title",
        // Photos beside the article (src/content/articles/<slug>/anh.jpg), which Astro optimises.
        media_folder: "",
        public_folder: "",
        summary: "{{date}} · {{title}}",
        sortable_fields: ["date", "title"],
        preview_path: "tin-tuc/{{slug}}/",
        fields: [...articleFields, articleBody],
      },
      {
        name: "campaigns",
        label: "Chiến dịch",
        label_singular: "chiến dịch",
        description: "Ngày hội, chiến dịch, ngày hiến máu ở phường: mỗi chiến dịch một tệp data/campaigns/<mã>.json.",
        folder: "data/campaigns",
        extension: "json",
        format: "json",
        create: true,
        identifier_field: "name",
        slug: "{{fields.year}}-{{slug}}",
        summary: "{{name}}",
        sortable_fields: ["year", "name"],
        preview_path: "chien-dich/{{slug}}/",
        fields: campaignFields,
      },
      {
        name: "years",
        label: "Số liệu theo năm",
        description: "Kết quả từng năm (data/years.json): số đơn vị máu, chỉ tiêu và nguồn.",
        files: [
          {
            name: "years",
            label: "Số liệu theo năm",
            file: "data/years.json",
            format: "json",
            fields: [
              {
                name: "years",
                label: "Các năm",
                hint: "Mỗi năm một bản ghi.",
                widget: "list",
                root: true,
                label_singular: "năm",
                summary: "{{year}}",
                fields: yearFields,
              },
            ],
          },
        ],
      },
    ],
  };
}
