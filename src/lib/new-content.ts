/**
 * The files `npm run new` writes: a new article with every front-matter field
 * filled in or shown in a comment, and a new campaign. Both pass
 * `npm run check` as written; the article starts as a draft so an unfinished
 * text never reaches the public site.
 */
import { shortenSlug, slugify } from "./slug.ts";

export interface ArticleDraft {
  title: string;
  /** Today in Hà Nội, YYYY-MM-DD. */
  date: string;
  author: string;
  /** Ids of the campaigns that exist, listed in a comment so the editor can copy one. */
  campaignIds: readonly string[];
}

/** YAML double-quoted string: the title may hold colons, quotes or a leading #. */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}

export function articleTemplate({ title, date, author, campaignIds }: ArticleDraft): string {
  const campaignHint = campaignIds.length
    ? campaignIds.map((id) => `#   - ${id}`).join("\n")
    : "#   (chưa có chiến dịch nào trong data/campaigns/)";
  return `---
# Tiêu đề bài, hiện trên trang và trong danh sách tin.
title: ${yamlString(title)}
# Một hoặc hai câu tóm tắt, hiện dưới tiêu đề và trong danh sách tin.
description: "Viết một hoặc hai câu tóm tắt bài viết ở đây."
# Ngày đăng: năm-tháng-ngày.
date: ${date}
# Người viết bài trên trang này; mỗi người một dòng bắt đầu bằng "  - ".
authors:
  - ${yamlString(author)}
# Bài báo gốc mà bài này đưa lại (bỏ dấu # ở đầu các dòng để dùng):
# source:
#   name: "Báo Lao Động Thủ Đô"
#   authors:
#     - "Tên phóng viên"
#   url: "https://…"
# Các chiến dịch bài viết nói tới, mỗi mã một dòng. Mã có sẵn:
${campaignHint}
campaigns: []
# Chủ đề, chữ thường, mỗi chủ đề một dòng.
tags: []
# Ảnh đầu bài (tải ảnh lên cùng thư mục với bài rồi bỏ dấu # ở đầu các dòng):
# image:
#   src: ./ten-anh.jpg
#   alt: "Mô tả những gì có trong ảnh, cho người khiếm thị"
#   caption: "Chú thích dưới ảnh (không bắt buộc)"
# true: bài chưa đăng (chỉ xem được khi chạy thử). Đổi thành false khi bài đã sẵn sàng.
draft: true
---

Viết nội dung bài ở đây. Để trống một dòng giữa hai đoạn văn.

## Tiêu đề nhỏ

Chữ **đậm**, chữ *nghiêng*, [liên kết](https://example.org).
`;
}

export interface CampaignDraft {
  name: string;
  year: number;
  sourceName: string;
  /** First day, YYYY-MM-DD, when the command was given one (--date). */
  startDate?: string;
}

/** The file or folder name of a new article: its title as a slug, cut at a word boundary when long. */
export function articleSlug(title: string): string {
  return shortenSlug(slugify(title));
}

/** The id of a new campaign: its year, then its name as a slug (2022-ngay-hoi-mua-xuan). */
export function campaignId(name: string, year: number): string {
  const slug = shortenSlug(slugify(name));
  return /^\d{4}-/.test(slug) ? slug : `${year}-${slug}`;
}

export function campaignTemplate({ name, year, sourceName, startDate }: CampaignDraft): string {
  const record = {
    name,
    kind: "campaign",
    year,
    ...(startDate ? { startDate } : {}),
    status: "planned",
    description: "Một hoặc hai câu giới thiệu chiến dịch.",
    sources: [{ name: sourceName }],
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** Optional campaign fields, printed after the file is made (JSON has no comments to hold them). */
export const CAMPAIGN_OPTIONAL_FIELDS: readonly string[] = [
  '"startDate": "2022-03-05"  (ngày bắt đầu)',
  '"endDate": "2022-03-07"  (ngày kết thúc, bỏ qua nếu chỉ một ngày)',
  '"startTime": "07:30"  (giờ bắt đầu, giờ Hà Nội)',
  '"endTime": "11:30"  (giờ kết thúc)',
  '"place": "Nhà văn hóa phường…"',
  '"organiser": "Đơn vị tổ chức"',
  '"unitsCollected": 504  (số đơn vị máu tiếp nhận)',
  '"unitsQualifier": "over"  (khi nguồn viết "hơn 504")',
  '"unitTarget": 500  (mục tiêu, số đơn vị máu)',
  '"registered": 340  (số người đăng ký)',
  '"donors": 286  (số người hiến máu)',
  '"participants": 620  (số người tham gia)',
  '"registration": "Cách đăng ký…"',
];
