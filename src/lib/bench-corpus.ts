/**
 * A FICTIONAL corpus for the build benchmark (`npm run bench`): N articles of
 * about 5 KB of Vietnamese markdown, with years and campaigns to match. Every
 * title says "hư cấu" and every body starts by saying it was generated, so no
 * generated page can be mistaken for the chapter's real results. The output is
 * deterministic for a given size and seed, so runs compare like with like.
 */
import type { ArticleFrontmatter } from "../schemas/article.ts";
import type { CampaignRecord } from "../schemas/campaign.ts";
import type { YearRecord } from "../schemas/year.ts";

export interface CorpusOptions {
  articles: number;
  /** Same seed, same corpus. */
  seed?: number;
  /** Target body size in UTF-8 bytes (default 5,000). */
  bodyBytes?: number;
}

export interface CorpusArticle {
  /** File name without extension: the article's slug. */
  id: string;
  /** The whole file: YAML front matter and markdown body. */
  source: string;
}

export interface CorpusCampaign {
  id: string;
  data: CampaignRecord;
}

export interface Corpus {
  years: YearRecord[];
  campaigns: CorpusCampaign[];
  articles: CorpusArticle[];
}

export const FICTION_NOTE =
  "Bài viết hư cấu, sinh tự động để đo hiệu năng của trang; mọi tên và con số đều không có thật.";
const SOURCE = { name: "Dữ liệu hư cấu cho phép đo hiệu năng" };

/** mulberry32: a tiny seeded PRNG, enough to vary text without Math.random's irreproducibility. */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A chapter publishes on the order of a hundred articles a year and holds
 * about one campaign for every ten articles; a city-wide archive is capped at
 * 40 years so 10,000 articles still give 250 a year.
 */
export function corpusShape(articles: number): { years: number; campaigns: number } {
  const years = Math.min(40, Math.max(3, Math.ceil(articles / 100)));
  const campaigns = Math.max(years, Math.ceil(articles / 10));
  return { years, campaigns };
}

const WARDS = [
  "Cổ Nhuế",
  "Đông Ngạc",
  "Đức Thắng",
  "Liên Mạc",
  "Minh Khai",
  "Phú Diễn",
  "Phúc Diễn",
  "Tây Tựu",
  "Thượng Cát",
  "Thụy Phương",
  "Xuân Đỉnh",
  "Xuân Tảo",
];
const CAMPAIGN_NAMES = [
  "Ngày hội Giọt hồng",
  "Chiến dịch Mùa hè đỏ",
  "Ngày hội Xuân hồng",
  "Hành trình Đỏ",
  "Chủ nhật Đỏ",
  "Ngày hiến máu tình nguyện",
  "Lễ hội Xuân hồng",
  "Chiến dịch Giọt máu nghĩa tình",
];
const KINDS = ["festival", "campaign", "ward-day", "other"] as const;
const SENTENCES = [
  "Từ sáng sớm, hàng trăm người dân phường {ward} đã có mặt tại điểm hiến máu để đăng ký, khám sàng lọc và hiến máu.",
  "Ban tổ chức bố trí khu vực chờ thoáng mát, nước uống và suất ăn nhẹ cho người hiến máu sau khi hiến.",
  "Nhiều bạn sinh viên lần đầu hiến máu chia sẻ rằng cảm giác hồi hộp nhanh chóng qua đi khi biết một đơn vị máu có thể giúp người bệnh vượt qua cơn nguy kịch.",
  "Đoàn thanh niên phường {ward} cử {n} tình nguyện viên hỗ trợ hướng dẫn, điền phiếu và chăm sóc người hiến máu.",
  "Các y bác sĩ nhắc người hiến máu ngủ đủ giấc, ăn nhẹ trước khi hiến và không uống rượu bia trong vòng hai mươi bốn giờ.",
  "Theo ban tổ chức, ngày hội tiếp nhận {n} đơn vị máu, vượt kế hoạch đặt ra từ đầu tháng.",
  "Câu lạc bộ hiến máu dự bị của phường {ward} hiện có {n} thành viên sẵn sàng hiến máu khi bệnh viện cần gấp.",
  "Những người hiến máu nhiều lần được tặng giấy chứng nhận và lời cảm ơn của Hội Chữ thập đỏ quận.",
  "Lượng máu tiếp nhận được chuyển về Viện Huyết học - Truyền máu Trung ương để phục vụ cấp cứu và điều trị.",
  "Cán bộ Hội Chữ thập đỏ đi từng tổ dân phố, phát tờ rơi và giải đáp thắc mắc của người dân về hiến máu an toàn.",
  "Một gia đình ở phường {ward} có ba thế hệ cùng đi hiến máu, trở thành hình ảnh đẹp của ngày hội.",
  "Ban Chỉ đạo vận động hiến máu tình nguyện quận đề nghị các cơ quan, doanh nghiệp tạo điều kiện để người lao động tham gia.",
  "Người hiến máu được kiểm tra huyết áp, đo nồng độ huyết sắc tố và tư vấn sức khỏe miễn phí trước khi hiến.",
  "Sau khi hiến, mỗi người nghỉ ngơi khoảng mười lăm phút tại chỗ và được nhân viên y tế theo dõi.",
  "Trong năm, phường {ward} tổ chức {n} buổi tuyên truyền trên loa phát thanh và mạng xã hội.",
];
const HEADINGS = [
  "Không khí ngày hội",
  "Những con số",
  "Người hiến máu nói gì",
  "Chuẩn bị trước khi hiến máu",
  "Kế hoạch thời gian tới",
  "Lời cảm ơn",
];
const TAGS = ["ngày hội", "chiến dịch", "tình nguyện viên", "sinh viên", "kết quả", "kế hoạch", "phường"];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

const viNumber = new Intl.NumberFormat("vi-VN");

function fillSentence(random: () => number): string {
  return pick(random, SENTENCES)
    .replace("{ward}", pick(random, WARDS))
    .replace("{n}", viNumber.format(10 + Math.floor(random() * 990)));
}

const encoder = new TextEncoder();
function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

function yaml(value: unknown): string {
  // JSON strings are valid YAML scalars and escape quotes for us.
  return JSON.stringify(value);
}

function articleBody(random: () => number, bodyBytes: number): string {
  const parts = [`*${FICTION_NOTE}*`];
  let size = utf8Bytes(parts[0]);
  let section = 0;
  while (size < bodyBytes) {
    let block: string;
    if (section % 3 === 0) block = `## ${HEADINGS[(section / 3) % HEADINGS.length]}`;
    else if (section % 5 === 4)
      block = [fillSentence(random), fillSentence(random), fillSentence(random)].map((s) => `- ${s}`).join("\n");
    else {
      const sentences = Array.from({ length: 3 + Math.floor(random() * 3) }, () => fillSentence(random));
      sentences[0] = sentences[0].replace(/(\d[\d.]*) đơn vị máu/, "**$1 đơn vị máu**");
      block = sentences.join(" ");
    }
    parts.push(block);
    size += utf8Bytes(block) + 2;
    section++;
  }
  return parts.join("\n\n") + "\n";
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const { articles: count, seed = 1, bodyBytes = 5000 } = options;
  const random = makeRandom(seed);
  const shape = corpusShape(count);
  const lastYear = 2025;
  const firstYear = lastYear - shape.years + 1;

  const years: YearRecord[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    const target = 1000 + Math.round(random() * 40) * 100;
    years.push({
      year: y,
      unitsCollected: Math.round(target * (0.8 + random() * 0.6)),
      unitTarget: target,
      activities: 5 + Math.floor(random() * 30),
      participants: 1000 + Math.floor(random() * 50) * 100,
      sources: [SOURCE],
    });
  }

  const campaigns: CorpusCampaign[] = [];
  for (let i = 0; i < shape.campaigns; i++) {
    const year = firstYear + (i % shape.years);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const units = 50 + Math.floor(random() * 900);
    campaigns.push({
      id: `${year}-hu-cau-${pad(i + 1, 5)}`,
      data: {
        name: `${pick(random, CAMPAIGN_NAMES)} số ${i + 1} (hư cấu)`,
        kind: KINDS[i % KINDS.length],
        year,
        startDate: `${year}-${pad(month, 2)}-${pad(day, 2)}`,
        place: `Nhà văn hóa phường ${pick(random, WARDS)}`,
        unitsCollected: units,
        unitTarget: random() < 0.5 ? Math.round(units / 100) * 100 + 100 : undefined,
        status: "done",
        description: "Chiến dịch hư cấu, sinh tự động để đo hiệu năng.",
        sources: [SOURCE],
      },
    });
  }
  const campaignsByYear = new Map<number, CorpusCampaign[]>();
  for (const c of campaigns) campaignsByYear.set(c.data.year, [...(campaignsByYear.get(c.data.year) ?? []), c]);

  const list: CorpusArticle[] = [];
  const width = Math.max(5, String(count).length);
  for (let i = 0; i < count; i++) {
    const year = firstYear + (i % shape.years);
    const date = `${year}-${pad(1 + Math.floor(random() * 12), 2)}-${pad(1 + Math.floor(random() * 28), 2)}`;
    const ofYear = campaignsByYear.get(year) ?? [];
    const linked = ofYear.length > 0 ? [pick(random, ofYear).id] : [];
    const ward = pick(random, WARDS);
    const front: Omit<ArticleFrontmatter, "image"> = {
      title: `Bài mẫu hư cấu số ${i + 1}: phường ${ward} hưởng ứng hiến máu tình nguyện năm ${year}`,
      description: `Bài viết hư cấu số ${i + 1}, sinh tự động để đo hiệu năng: người dân phường ${ward} tham gia hiến máu.`,
      date,
      authors: ["Ban biên tập (hư cấu)"],
      campaigns: linked,
      tags: [pick(random, TAGS), pick(random, TAGS)].filter((t, k, all) => all.indexOf(t) === k),
      draft: false,
    };
    const frontmatter = [
      "---",
      `title: ${yaml(front.title)}`,
      `description: ${yaml(front.description)}`,
      `date: ${front.date}`,
      `authors: [${front.authors.map(yaml).join(", ")}]`,
      `campaigns: [${front.campaigns.map(yaml).join(", ")}]`,
      `tags: [${front.tags.map(yaml).join(", ")}]`,
      "---",
    ].join("\n");
    list.push({
      id: `bai-mau-hu-cau-${pad(i + 1, width)}`,
      source: `${frontmatter}\n\n${articleBody(random, bodyBytes)}`,
    });
  }
  return { years, campaigns, articles: list };
}
