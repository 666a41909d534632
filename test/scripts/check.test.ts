/**
 * npm run check against a copy of the fixture site with one mistake written
 * in: each mistake the issue lists gets its exit code and its message (file,
 * line, field) pinned.
 */
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture, readIn, runCheck, runCheckProcess, treeHash, writeIn } from "./support.ts";

const ARTICLES = "src/content/articles";

/** A valid article; tests replace one line to make one mistake. */
const GOOD = `---
title: "Bài kiểm thử (hư cấu)"
description: "Một câu tóm tắt hư cấu."
date: 2025-01-10
authors:
  - "Tác giả hư cấu"
campaigns:
  - 2024-ngay-hoi-mua-xuan
draft: false
---

Nội dung hư cấu.
`;

function withArticle(name: string, text: string) {
  const root = copyFixture();
  writeIn(root, `${ARTICLES}/${name}`, text);
  return runCheck(root);
}

function withData(path: string, edit: (text: string) => string) {
  const root = copyFixture();
  writeIn(root, path, edit(readIn(root, path)));
  return runCheck(root);
}

describe("npm run check on the fixture site", () => {
  // End to end, as npm runs it: its own process, its exit code, what it prints.
  it("passes the untouched fixture and writes nothing", () => {
    const root = copyFixture();
    const before = treeHash(root);
    const run = runCheckProcess(root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("✔ Không có lỗi trong 3 bài viết và 3 tệp số liệu.");
    expect(treeHash(root)).toBe(before);
  });

  it("a good article passes", () => {
    expect(withArticle("bai-kiem-thu.md", GOOD).code).toBe(0);
  });
});

describe("each mistake gets a message naming file, line and field", () => {
  it("front matter that is not valid YAML (end to end: exit code 1)", () => {
    const root = copyFixture();
    writeIn(
      root,
      `${ARTICLES}/bai-kiem-thu.md`,
      GOOD.replace('title: "Bài kiểm thử (hư cấu)"', "title: Hà Nội: ngày hội"),
    );
    const run = runCheckProcess(root);
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [yaml-invalid] src/content/articles/bai-kiem-thu.md:2
        Vấn đề:   Phần đầu bài không đúng cú pháp YAML (invalid YAML).
        Cần:      mỗi dòng có dạng \`tên: giá trị\`; giá trị có dấu hai chấm (:), dấu # hoặc bắt đầu bằng ký tự đặc biệt thì đặt trong ngoặc kép
        Đang có:  title: Hà Nội: ngày hội  (có dấu hai chấm trong giá trị mà không có ngoặc kép; Nested mappings are not allowed in compact mappings)
        Cách sửa: Đặt giá trị trong ngoặc kép, ví dụ title: "Hà Nội: ngày hội hiến máu"; kiểm tra thụt lề (dùng dấu cách, không dùng Tab) và các dòng danh sách bắt đầu bằng "  - ".",
      ]
    `);
  });

  it("a field written twice", () => {
    const run = withArticle("bai-kiem-thu.md", GOOD.replace("draft: false", "draft: false\ndraft: true"));
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [yaml-invalid] src/content/articles/bai-kiem-thu.md:10
        Vấn đề:   Một trường được viết hai lần ở phần đầu bài (duplicate key).
        Cần:      mỗi dòng có dạng \`tên: giá trị\`; giá trị có dấu hai chấm (:), dấu # hoặc bắt đầu bằng ký tự đặc biệt thì đặt trong ngoặc kép
        Đang có:  draft: true  (trường bị viết hai lần; Map keys must be unique)
        Cách sửa: Xoá một trong hai dòng trùng tên, giữ lại dòng đúng.",
      ]
    `);
  });

  it("no front matter at all", () => {
    const run = withArticle("bai-kiem-thu.md", "Chỉ có nội dung, không có phần đầu bài.\n");
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [frontmatter-missing] src/content/articles/bai-kiem-thu.md:1
        Vấn đề:   Bài viết không có phần thông tin ở đầu tệp (missing front matter).
        Cần:      tệp bắt đầu bằng một dòng ---, tiếp theo là các trường (title, date…), rồi một dòng --- nữa
        Đang có:  dòng đầu tiên không phải ---, hoặc thiếu dòng --- đóng lại
        Cách sửa: Thêm vào đầu tệp một dòng ---, các trường của bài, rồi một dòng ---. Dễ nhất là tạo bài bằng \`npm run new\` hoặc chép phần đầu của một bài có sẵn.",
      ]
    `);
  });

  it("a missing title", () => {
    const run = withArticle("bai-kiem-thu.md", GOOD.replace('title: "Bài kiểm thử (hư cấu)"\n', ""));
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [field-missing] src/content/articles/bai-kiem-thu.md:1 · trường "title"
        Vấn đề:   Thiếu trường "title" (missing field).
        Cần:      tiêu đề bài viết (một đoạn chữ)
        Đang có:  (không có)
        Cách sửa: Thêm dòng: title: "Quận Bắc Từ Liêm tổ chức ngày hội hiến máu"",
      ]
    `);
  });

  it("an empty title", () => {
    const run = withArticle("bai-kiem-thu.md", GOOD.replace('title: "Bài kiểm thử (hư cấu)"', 'title: "  "'));
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [field-empty] src/content/articles/bai-kiem-thu.md:2 · trường "title"
        Vấn đề:   Trường "title" đang để trống (empty field): tiêu đề không được để trống.
        Cần:      có nội dung
        Đang có:  (để trống)
        Cách sửa: Điền nội dung, ví dụ: title: "Quận Bắc Từ Liêm tổ chức ngày hội hiến máu"",
      ]
    `);
  });

  it("a date that is not a real date", () => {
    const run = withArticle("bai-kiem-thu.md", GOOD.replace("date: 2025-01-10", "date: 2021-02-30"));
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [date-invalid] src/content/articles/bai-kiem-thu.md:4 · trường "date"
        Vấn đề:   Ngày ở trường "date" không hợp lệ (invalid date): ngày này không có trên lịch (kiểm tra lại ngày và tháng).
        Cần:      một ngày có thật, viết năm-tháng-ngày YYYY-MM-DD, ví dụ 2022-03-05
        Đang có:  "2021-02-30"
        Cách sửa: Sửa thành một ngày có trên lịch, dạng YYYY-MM-DD (tháng 2 có 28 hoặc 29 ngày; tháng 4, 6, 9, 11 có 30 ngày).",
      ]
    `);
  });

  it("a date written the Vietnamese way", () => {
    const run = withArticle("bai-kiem-thu.md", GOOD.replace("date: 2025-01-10", "date: 05/03/2024"));
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [date-invalid] src/content/articles/bai-kiem-thu.md:4 · trường "date"
        Vấn đề:   Ngày ở trường "date" không hợp lệ (invalid date): cần một ngày dạng YYYY-MM-DD (ví dụ 2022-03-05).
        Cần:      một ngày có thật, viết năm-tháng-ngày YYYY-MM-DD, ví dụ 2022-03-05
        Đang có:  "05/03/2024"
        Cách sửa: Viết lại theo thứ tự năm-tháng-ngày: date: 2024-03-05",
      ]
    `);
  });

  it("a date in the future on a published article, but not on a draft", () => {
    const future = GOOD.replace("date: 2025-01-10", "date: 2025-06-16");
    const run = withArticle("bai-kiem-thu.md", future);
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [date-future] src/content/articles/bai-kiem-thu.md:4 · trường "date"
        Vấn đề:   Ngày đăng nằm trong tương lai (date in the future on a published article).
        Cần:      một ngày không muộn hơn hôm nay (2025-06-15, giờ Hà Nội)
        Đang có:  2025-06-16
        Cách sửa: Sửa ngày thành hôm nay hoặc một ngày đã qua; nếu bài chưa muốn đăng, thêm dòng draft: true.",
      ]
    `);
    expect(withArticle("bai-kiem-thu.md", future.replace("draft: false", "draft: true")).code).toBe(0);
  });

  it("an unknown field (a likely typo)", () => {
    const run = withArticle("bai-kiem-thu.md", GOOD.replace("authors:", "athors:"));
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [field-missing] src/content/articles/bai-kiem-thu.md:1 · trường "authors"
        Vấn đề:   Thiếu trường "authors" (missing field).
        Cần:      danh sách người viết, ít nhất một người
        Đang có:  (không có)
        Cách sửa: Thêm dòng: authors:
          - "Ban biên tập Giọt Hồng"",
        "LỖI [field-unknown] src/content/articles/bai-kiem-thu.md:5 · trường "athors"
        Vấn đề:   Trường "athors" không có trong mẫu (unknown field, probably a typo).
        Cần:      một trong các trường: title, description, date, authors, source, campaigns, tags, image, draft
        Đang có:  "athors"
        Cách sửa: Có lẽ bạn muốn viết "authors": sửa "athors" thành "authors".",
      ]
    `);
  });

  it("a campaign id that does not exist", () => {
    const run = withArticle("bai-kiem-thu.md", GOOD.replace("2024-ngay-hoi-mua-xuan", "2024-ngay-hoi-mua-xuann"));
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [campaign-unknown] src/content/articles/bai-kiem-thu.md:8 · trường "campaigns (mục 1)"
        Vấn đề:   Bài viết gắn với một chiến dịch không có trong data/campaigns/ (unknown campaign id).
        Cần:      mã của một chiến dịch có sẵn: 2024-chien-dich-he, 2024-ngay-hoi-mua-xuan
        Đang có:  "2024-ngay-hoi-mua-xuann"
        Cách sửa: Có lẽ bạn muốn viết "2024-ngay-hoi-mua-xuan". Nếu đây là chiến dịch mới, tạo tệp bằng npm run new -- --campaign "Tên chiến dịch".",
      ]
    `);
  });

  it("two articles with the same slug: foo.md and foo/index.md", () => {
    const run = withArticle("tong-ket-nam-2024.md", GOOD);
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [slug-duplicate] src/content/articles/tong-ket-nam-2024/index.md:1
        Vấn đề:   Hai bài viết có cùng địa chỉ /tin-tuc/tong-ket-nam-2024/ (duplicate slug).
        Cần:      mỗi bài một tên tệp (hoặc thư mục) riêng
        Đang có:  cũng dùng tên này: src/content/articles/tong-ket-nam-2024.md
        Cách sửa: Đổi tên một trong các tệp (hoặc thư mục), ví dụ thêm năm hoặc địa danh vào cuối tên.",
      ]
    `);
  });

  it("two articles whose names differ only in capitals", () => {
    const run = withArticle("Ngay-Hoi-Hien-Mau-Mua-Xuan.md", GOOD);
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [slug-invalid] src/content/articles/Ngay-Hoi-Hien-Mau-Mua-Xuan.md:1
        Vấn đề:   Tên tệp bài viết không dùng được làm địa chỉ trang (invalid slug).
        Cần:      chữ thường không dấu, số và dấu gạch ngang, ví dụ quan-bac-tu-liem-to-chuc-ngay-hoi
        Đang có:  "Ngay-Hoi-Hien-Mau-Mua-Xuan"
        Cách sửa: Đổi tên thành "ngay-hoi-hien-mau-mua-xuan".",
        "LỖI [slug-duplicate] src/content/articles/ngay-hoi-hien-mau-mua-xuan.md:1
        Vấn đề:   Hai bài viết có cùng địa chỉ /tin-tuc/ngay-hoi-hien-mau-mua-xuan/ (duplicate slug).
        Cần:      mỗi bài một tên tệp (hoặc thư mục) riêng
        Đang có:  cũng dùng tên này: src/content/articles/Ngay-Hoi-Hien-Mau-Mua-Xuan.md
        Cách sửa: Đổi tên một trong các tệp (hoặc thư mục), ví dụ thêm năm hoặc địa danh vào cuối tên.",
      ]
    `);
  });

  it("an image file that does not exist", () => {
    const run = withArticle(
      "bai-kiem-thu.md",
      GOOD.replace("draft: false", 'image:\n  src: ./anh-khong-co.jpg\n  alt: "Ảnh hư cấu"\ndraft: false'),
    );
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [image-missing] src/content/articles/bai-kiem-thu.md:10 · trường "image.src"
        Vấn đề:   Không tìm thấy tệp ảnh (image file not found).
        Cần:      đường dẫn tới một ảnh có thật, tính từ thư mục chứa bài viết, ví dụ ./anh-ngay-hoi.jpg
        Đang có:  "./anh-khong-co.jpg" (đã tìm ở src/content/articles/anh-khong-co.jpg)
        Cách sửa: Tải ảnh lên cùng thư mục với bài viết, hoặc sửa tên tệp cho khớp (phân biệt chữ hoa, chữ thường và đuôi .jpg/.png).",
      ]
    `);
  });

  it("an image without alt text, in the front matter and in the body", () => {
    const root = copyFixture();
    const path = `${ARTICLES}/tong-ket-nam-2024/index.md`;
    const text = readIn(root, path)
      .replace('  alt: "Hình minh họa một giọt máu màu đỏ trên nền hồng nhạt"\n', "")
      .replace("![Hình minh họa một giọt máu](./giot-mau.png)", "![](./giot-mau.png)");
    writeIn(root, path, text);
    const run = runCheck(root);
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [image-alt-missing] src/content/articles/tong-ket-nam-2024/index.md:10 · trường "image.alt"
        Vấn đề:   Ảnh đầu bài thiếu mô tả (image without alt text): người khiếm thị nghe mô tả thay cho ảnh.
        Cần:      một câu ngắn tả những gì có trong ảnh
        Đang có:  ảnh "./giot-mau.png" không có mô tả
        Cách sửa: Thêm dòng dưới image: alt: "Người hiến máu nằm trên ghế, tình nguyện viên đứng bên cạnh"",
        "LỖI [image-alt-missing] src/content/articles/tong-ket-nam-2024/index.md:22 · trường "nội dung bài"
        Vấn đề:   Ảnh trong bài thiếu mô tả (image without alt text): người khiếm thị nghe mô tả thay cho ảnh.
        Cần:      một câu ngắn tả những gì có trong ảnh
        Đang có:  ảnh "./giot-mau.png" không có mô tả
        Cách sửa: Viết mô tả trong ngoặc vuông: ![Người hiến máu tại ngày hội](./giot-mau.png)",
      ]
    `);
  });

  it("a data file that is not valid JSON", () => {
    const run = withData("data/campaigns/2024-chien-dich-he.json", (text) =>
      text.replace('"status": "done",', '"status": "done"'),
    );
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [json-invalid] data/campaigns/2024-chien-dich-he.json:10
        Vấn đề:   Tệp số liệu không đúng cú pháp JSON (invalid JSON).
        Cần:      JSON hợp lệ: tên trường và chữ trong ngoặc kép "…", các trường cách nhau bằng dấu phẩy, không có dấu phẩy sau trường cuối
        Đang có:  "sources": [{ "name": "Bản tin hư cấu" }]  (thiếu dấu phẩy sau trường ở dòng trên; Expected ',' or '}' after property value)
        Cách sửa: Kiểm tra dòng này và dòng ngay trên: thường là thiếu hoặc thừa dấu phẩy, thiếu ngoặc kép, hoặc thiếu dấu } ].",
      ]
    `);
  });

  it("negative, fractional and non-numeric units", () => {
    const run = withData("data/campaigns/2024-chien-dich-he.json", (text) =>
      text
        .replace('"unitsCollected": 610', '"unitsCollected": -610')
        .replace('"unitTarget": 600', '"unitTarget": 1.200')
        .replace('"startDate"', '"participants": "hơn 700",\n  "startDate"'),
    );
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [number-invalid] data/campaigns/2024-chien-dich-he.json:5 · trường "participants"
        Vấn đề:   Con số ở trường "participants" không hợp lệ (invalid number): đang là chữ, không phải con số.
        Cần:      một số nguyên không âm (non-negative integer), ví dụ 3792
        Đang có:  "hơn 700"
        Cách sửa: Thay chữ bằng con số, ví dụ "participants": 3792; nếu nguồn không nêu số này, xoá cả dòng.",
        "LỖI [number-invalid] data/campaigns/2024-chien-dich-he.json:8 · trường "unitsCollected"
        Vấn đề:   Con số ở trường "unitsCollected" không hợp lệ (invalid number): số âm.
        Cần:      một số nguyên không âm (non-negative integer), ví dụ 3792
        Đang có:  -610
        Cách sửa: Bỏ dấu trừ; nếu con số chưa biết, xoá cả dòng "unitsCollected".",
        "LỖI [number-invalid] data/campaigns/2024-chien-dich-he.json:9 · trường "unitTarget"
        Vấn đề:   Con số ở trường "unitTarget" không hợp lệ (invalid number): có phần thập phân.
        Cần:      một số nguyên không âm (non-negative integer), ví dụ 3792
        Đang có:  1.2
        Cách sửa: Trong tệp số liệu, dấu chấm là dấu thập phân. Nếu ý bạn là 1.200 (dấu chấm ngăn hàng nghìn), viết "unitTarget": 1200.",
      ]
    `);
  });

  it("a campaign whose year disagrees with its dates", () => {
    const run = withData("data/campaigns/2024-chien-dich-he.json", (text) =>
      text.replace('"year": 2024', '"year": 2023'),
    );
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [campaign-year-mismatch] data/campaigns/2024-chien-dich-he.json:5 · trường "startDate"
        Vấn đề:   Năm của chiến dịch không khớp với ngày ở "startDate" (campaign year disagrees with its dates).
        Cần:      ngày thuộc năm 2023, hoặc "year" bằng năm của ngày
        Đang có:  "year": 2023, "startDate": "2024-06-01"
        Cách sửa: Sửa "year" thành 2024 hoặc sửa lại ngày.",
        "LỖI [campaign-year-mismatch] data/campaigns/2024-chien-dich-he.json:6 · trường "endDate"
        Vấn đề:   Năm của chiến dịch không khớp với ngày ở "endDate" (campaign year disagrees with its dates).
        Cần:      ngày thuộc năm 2023, hoặc "year" bằng năm của ngày
        Đang có:  "year": 2023, "endDate": "2024-07-31"
        Cách sửa: Sửa "year" thành 2024 hoặc sửa lại ngày.",
      ]
    `);
  });

  it("a duplicate campaign id (file names that differ only in capitals)", () => {
    const root = copyFixture();
    writeIn(root, "data/campaigns/2024-Chien-Dich-He.json", readIn(root, "data/campaigns/2024-chien-dich-he.json"));
    const run = runCheck(root);
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [campaign-id-invalid] data/campaigns/2024-Chien-Dich-He.json:1
        Vấn đề:   Tên tệp chiến dịch không dùng được làm mã (invalid campaign id).
        Cần:      chữ thường không dấu, số và dấu gạch ngang, đuôi .json
        Đang có:  "2024-Chien-Dich-He.json"
        Cách sửa: Đổi tên tệp thành "2024-chien-dich-he.json" (và sửa các bài viết nhắc tới mã cũ).",
        "LỖI [campaign-id-duplicate] data/campaigns/2024-chien-dich-he.json:1
        Vấn đề:   Hai tệp chiến dịch có cùng mã "2024-chien-dich-he" (duplicate campaign id).
        Cần:      mỗi chiến dịch một tên tệp riêng (mã chiến dịch là tên tệp, viết thường)
        Đang có:  cũng dùng mã này: data/campaigns/2024-Chien-Dich-He.json
        Cách sửa: Xoá tệp thừa hoặc đổi tên một tệp, ví dụ thêm năm vào đầu: 2022-ngay-hoi-mua-xuan.json.",
        "CẢNH BÁO [campaign-sum-exceeds-year] data/years.json:11 · trường "năm 2024: unitsCollected"
        Vấn đề:   Các chiến dịch năm 2024 cộng lại nhiều hơn tổng của cả năm (campaigns add up to more than the year's total).
        Cần:      tổng các chiến dịch không vượt 1.250 đơn vị (unitsCollected của năm 2024)
        Đang có:  1.640 đơn vị từ data/campaigns/2024-Chien-Dich-He.json, data/campaigns/2024-chien-dich-he.json, data/campaigns/2024-ngay-hoi-mua-xuan.json
        Cách sửa: Đối chiếu lại với nguồn: có thể nhập nhầm một con số, hoặc một chiến dịch thuộc năm khác. Nếu nguồn nói đúng như vậy, có thể giữ nguyên.",
      ]
    `);
  });

  it("a year recorded twice in years.json", () => {
    const run = withData("data/years.json", (text) =>
      text.replace(
        /\n\]\s*$/,
        ',\n  { "year": 2023, "unitsCollected": 950, "sources": [{ "name": "Bản tin hư cấu" }] }\n]\n',
      ),
    );
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [year-duplicate] data/years.json:16 · trường "năm 2023: year"
        Vấn đề:   Năm 2023 có hai bản ghi trong data/years.json (duplicate year).
        Cần:      mỗi năm một bản ghi
        Đang có:  năm 2023 đã có ở dòng 3
        Cách sửa: Gộp số liệu vào một bản ghi và xoá bản ghi còn lại.",
      ]
    `);
  });

  it("a source that names an article that does not exist", () => {
    const run = withData("data/years.json", (text) =>
      text.replace('"article": "tong-ket-nam-2024"', '"article": "tong-ket-2024"'),
    );
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [article-unknown] data/years.json:14 · trường "năm 2024: sources (mục 1).article"
        Vấn đề:   Nguồn số liệu trỏ tới một bài viết không có (unknown article).
        Cần:      tên tệp (không có đuôi .md) của một bài trong src/content/articles/
        Đang có:  "tong-ket-2024"
        Cách sửa: Sửa "article" cho đúng tên tệp bài viết, hoặc xoá dòng này.",
      ]
    `);
  });

  it("unsafe HTML pasted into an article", () => {
    const body = [
      'Đoạn văn <img src="https://anh.example/a.png" alt="a" onerror="alert(1)"> và [liên kết](javascript:alert(1)).',
      "",
      "<script>alert(document.cookie)</script>",
      "",
      '<iframe src="https://video.example/embed/1"></iframe>',
      "",
      '<p style="color:red"><a href="JaVaScRiPt&colon;alert(1)">bấm</a> <font>cũ</font></p>',
      "",
      '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="ảnh nhúng">',
    ].join("\n");
    const run = withArticle("bai-kiem-thu.md", GOOD.replace("Nội dung hư cấu.", body));
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [html-attribute] src/content/articles/bai-kiem-thu.md:12 · trường "nội dung bài"
        Vấn đề:   Thuộc tính onerror= chạy mã (script) khi người đọc thao tác, không được dùng (event handler attribute).
        Cần:      chỉ các thuộc tính được phép trong hướng dẫn (href, src, alt, title, colspan…)
        Đang có:  <img onerror=…>
        Cách sửa: Xoá onerror="…" khỏi thẻ <img>.",
        "LỖI [html-url] src/content/articles/bai-kiem-thu.md:12 · trường "nội dung bài"
        Vấn đề:   Địa chỉ javascript: có thể chạy mã hoặc chứa nội dung ẩn, không được dùng (unsafe URL).
        Cần:      địa chỉ bắt đầu bằng https://, http://, mailto:, tel:, hoặc đường dẫn tới ảnh trong thư mục bài
        Đang có:  href="javascript:alert(1)" trên <a>
        Cách sửa: Thay bằng địa chỉ https:// của trang hay ảnh gốc; ảnh thì tải tệp lên cùng thư mục với bài viết.",
        "LỖI [html-tag] src/content/articles/bai-kiem-thu.md:14 · trường "nội dung bài"
        Vấn đề:   Thẻ <script> có thể chạy mã hoặc nhúng trang khác, không được dùng trong bài (unsafe HTML tag).
        Cần:      chỉ các thẻ được phép trong hướng dẫn (bảng, figure, figcaption, a, img, strong, em…)
        Đang có:  <script>
        Cách sửa: Xoá thẻ <script> và nội dung bên trong. Muốn nhúng video, bản đồ hay biểu đồ, nhờ biên tập viên (MDX).",
        "LỖI [html-tag] src/content/articles/bai-kiem-thu.md:16 · trường "nội dung bài"
        Vấn đề:   Thẻ <iframe> có thể chạy mã hoặc nhúng trang khác, không được dùng trong bài (unsafe HTML tag).
        Cần:      chỉ các thẻ được phép trong hướng dẫn (bảng, figure, figcaption, a, img, strong, em…)
        Đang có:  <iframe>
        Cách sửa: Xoá thẻ <iframe> và nội dung bên trong. Muốn nhúng video, bản đồ hay biểu đồ, nhờ biên tập viên (MDX).",
        "LỖI [html-attribute] src/content/articles/bai-kiem-thu.md:18 · trường "nội dung bài"
        Vấn đề:   Thuộc tính style= không được dùng trên thẻ <p> (attribute not allowed).
        Cần:      chỉ các thuộc tính được phép trong hướng dẫn (href, src, alt, title, colspan…)
        Đang có:  <p style=…>
        Cách sửa: Xoá style="…" khỏi thẻ <p>.",
        "LỖI [html-url] src/content/articles/bai-kiem-thu.md:18 · trường "nội dung bài"
        Vấn đề:   Địa chỉ javascript: có thể chạy mã hoặc chứa nội dung ẩn, không được dùng (unsafe URL).
        Cần:      địa chỉ bắt đầu bằng https://, http://, mailto:, tel:, hoặc đường dẫn tới ảnh trong thư mục bài
        Đang có:  href="JaVaScRiPt:alert(1)" trên <a>
        Cách sửa: Thay bằng địa chỉ https:// của trang hay ảnh gốc; ảnh thì tải tệp lên cùng thư mục với bài viết.",
        "LỖI [html-tag] src/content/articles/bai-kiem-thu.md:18 · trường "nội dung bài"
        Vấn đề:   Thẻ <font> không nằm trong danh sách HTML được phép (HTML tag not allowed).
        Cần:      chỉ các thẻ được phép trong hướng dẫn (bảng, figure, figcaption, a, img, strong, em…)
        Đang có:  <font>
        Cách sửa: Xoá thẻ <font> (giữ lại chữ bên trong) hoặc dùng cú pháp markdown: ## tiêu đề, **đậm**, *nghiêng*, [liên kết](https://…).",
        "LỖI [html-url] src/content/articles/bai-kiem-thu.md:20 · trường "nội dung bài"
        Vấn đề:   Địa chỉ data: có thể chạy mã hoặc chứa nội dung ẩn, không được dùng (unsafe URL).
        Cần:      địa chỉ bắt đầu bằng https://, http://, mailto:, tel:, hoặc đường dẫn tới ảnh trong thư mục bài
        Đang có:  src="data:image/svg+xml;base64,PHN2Zz4=" trên <img>
        Cách sửa: Thay bằng địa chỉ https:// của trang hay ảnh gốc; ảnh thì tải tệp lên cùng thư mục với bài viết.",
      ]
    `);
  });

  it("a file the site would skip is a warning, not an error", () => {
    const run = withArticle("bai-kiem-thu.markdown", GOOD);
    expect(run.code).toBe(0);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "CẢNH BÁO [file-ignored] src/content/articles/bai-kiem-thu.markdown
        Vấn đề:   Trang web sẽ bỏ qua tệp này (file ignored by the site).
        Cần:      bài viết là tệp .md ngay trong src/content/articles/, hoặc tệp index.md trong một thư mục con
        Đang có:  "src/content/articles/bai-kiem-thu.markdown"
        Cách sửa: Đổi đuôi tệp thành .md (chữ thường), hoặc chuyển tệp vào đúng chỗ; nếu tệp không cần, xoá đi.",
      ]
    `);
  });
});

describe("warnings across files", () => {
  it("campaigns of a year adding up to more than the year's total", () => {
    const run = withData("data/years.json", (text) => text.replace('"unitsCollected": 1250', '"unitsCollected": 1000'));
    expect(run.code).toBe(0);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "CẢNH BÁO [campaign-sum-exceeds-year] data/years.json:11 · trường "năm 2024: unitsCollected"
        Vấn đề:   Các chiến dịch năm 2024 cộng lại nhiều hơn tổng của cả năm (campaigns add up to more than the year's total).
        Cần:      tổng các chiến dịch không vượt 1.000 đơn vị (unitsCollected của năm 2024)
        Đang có:  1.030 đơn vị từ data/campaigns/2024-chien-dich-he.json, data/campaigns/2024-ngay-hoi-mua-xuan.json
        Cách sửa: Đối chiếu lại với nguồn: có thể nhập nhầm một con số, hoặc một chiến dịch thuộc năm khác. Nếu nguồn nói đúng như vậy, có thể giữ nguyên.",
        "CẢNH BÁO [percent-disagrees] data/years.json:13 · trường "năm 2024: percentOfTarget"
        Vấn đề:   Phần trăm hoàn thành năm 2024 không khớp với số đơn vị và chỉ tiêu (stated percent disagrees with units and target).
        Cần:      1.000 / 1.000 ≈ 100 %
        Đang có:  "percentOfTarget": 125
        Cách sửa: Đối chiếu lại ba con số với nguồn. Nếu nguồn nêu đúng như vậy, có thể giữ nguyên.",
      ]
    `);
  });

  it("a stated percent that disagrees with units and target beyond rounding", () => {
    const run = withData("data/years.json", (text) => text.replace('"percentOfTarget": 125', '"percentOfTarget": 152'));
    expect(run.code).toBe(0);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "CẢNH BÁO [percent-disagrees] data/years.json:13 · trường "năm 2024: percentOfTarget"
        Vấn đề:   Phần trăm hoàn thành năm 2024 không khớp với số đơn vị và chỉ tiêu (stated percent disagrees with units and target).
        Cần:      1.250 / 1.000 ≈ 125 %
        Đang có:  "percentOfTarget": 152
        Cách sửa: Đối chiếu lại ba con số với nguồn. Nếu nguồn nêu đúng như vậy, có thể giữ nguyên.",
      ]
    `);
  });

  it("a percent that only differs by rounding is fine", () => {
    const run = withData("data/years.json", (text) =>
      text
        .replace('"unitsCollected": 900', '"unitsCollected": 901')
        .replace('"percentOfTarget": 90', '"percentOfTarget": 90.1'),
    );
    expect(run.code).toBe(0);
    expect(run.blocks).toEqual([]);
  });
});

describe("one run lists every mistake", () => {
  it("reports errors in several files at once, then the warnings, then a summary", () => {
    const root = copyFixture();
    writeIn(root, `${ARTICLES}/bai-mot.md`, GOOD.replace("date: 2025-01-10", "date: 2021-02-30"));
    writeIn(root, `${ARTICLES}/bai-hai.md`, GOOD.replace("authors:", "athors:"));
    writeIn(
      root,
      "data/years.json",
      readIn(root, "data/years.json").replace('"percentOfTarget": 125', '"percentOfTarget": 152'),
    );
    const run = runCheck(root);
    expect(run.code).toBe(1);
    expect(run.blocks.map((block) => block.split("\n")[0])).toMatchInlineSnapshot(`
      [
        "LỖI [field-missing] src/content/articles/bai-hai.md:1 · trường "authors"",
        "LỖI [field-unknown] src/content/articles/bai-hai.md:5 · trường "athors"",
        "LỖI [date-invalid] src/content/articles/bai-mot.md:4 · trường "date"",
        "CẢNH BÁO [percent-disagrees] data/years.json:13 · trường "năm 2024: percentOfTarget"",
      ]
    `);
    expect(run.stdout.trim().split("\n").at(-1)).toMatchInlineSnapshot(
      `"✖ Có 3 lỗi và 1 cảnh báo trong 5 bài viết và 3 tệp số liệu. Sửa các lỗi trên rồi chạy lại npm run check."`,
    );
  });
});

describe("other mistakes", () => {
  it("a value of the wrong kind, a value outside the list, an address that is not a URL", () => {
    const run = withArticle(
      "bai-kiem-thu.md",
      GOOD.replace('authors:\n  - "Tác giả hư cấu"', 'authors: "Tác giả hư cấu"').replace(
        "draft: false",
        'draft: "không"\nsource:\n  name: "Báo hư cấu"\n  url: "bao-hu-cau.example/bai"',
      ),
    );
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [field-wrong-type] src/content/articles/bai-kiem-thu.md:5 · trường "authors"
        Vấn đề:   Trường "authors" sai kiểu giá trị (wrong type): cần một danh sách, đang là một đoạn chữ.
        Cần:      một danh sách (list)
        Đang có:  "Tác giả hư cấu"
        Cách sửa: Viết thành danh sách, mỗi mục một dòng bắt đầu bằng "  - ", ví dụ:
            authors:
              - "mục thứ nhất"",
        "LỖI [field-wrong-type] src/content/articles/bai-kiem-thu.md:8 · trường "draft"
        Vấn đề:   Trường "draft" sai kiểu giá trị (wrong type): cần true hoặc false, đang là một đoạn chữ.
        Cần:      true hoặc false (boolean)
        Đang có:  "không"
        Cách sửa: Chỉ viết true (có) hoặc false (không), không có ngoặc kép.",
        "LỖI [url-invalid] src/content/articles/bai-kiem-thu.md:11 · trường "source.url"
        Vấn đề:   Địa chỉ web ở "source.url" không đầy đủ (invalid URL).
        Cần:      một địa chỉ đầy đủ, bắt đầu bằng https://
        Đang có:  "bao-hu-cau.example/bai"
        Cách sửa: Mở trang nguồn trên trình duyệt, chép nguyên địa chỉ trên thanh địa chỉ và dán vào đây.",
      ]
    `);
  });

  it("a campaign kind or status outside the list, and dates in the wrong order", () => {
    const run = withData("data/campaigns/2024-chien-dich-he.json", (text) =>
      text
        .replace('"kind": "campaign"', '"kind": "chiến dịch"')
        .replace('"endDate": "2024-07-31"', '"endDate": "2024-05-31"'),
    );
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [value-not-allowed] data/campaigns/2024-chien-dich-he.json:3 · trường "kind"
        Vấn đề:   Giá trị của "kind" không nằm trong danh sách được phép (value not allowed).
        Cần:      một trong: "festival", "campaign", "ward-day", "other"
        Đang có:  "chiến dịch"
        Cách sửa: Chọn một giá trị trong danh sách trên, viết đúng chữ thường, ví dụ "kind": "festival".",
        "LỖI [campaign-dates-order] data/campaigns/2024-chien-dich-he.json:6 · trường "endDate"
        Vấn đề:   Ngày kết thúc đứng trước ngày bắt đầu (endDate before startDate).
        Cần:      endDate bằng hoặc sau startDate
        Đang có:  "startDate": "2024-06-01", "endDate": "2024-05-31"
        Cách sửa: Đổi chỗ hai ngày hoặc sửa lại cho đúng.",
      ]
    `);
  });

  it("years.json missing, or not a list", () => {
    const root = copyFixture();
    rmSync(join(root, "data/years.json"));
    const missing = runCheck(root);
    expect(missing.code).toBe(1);
    expect(missing.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [file-missing] data/years.json
        Vấn đề:   Thiếu tệp số liệu (data file missing).
        Cần:      tệp data/years.json
        Đang có:  (không có tệp)
        Cách sửa: Tạo lại tệp data/years.json; nếu chưa có số liệu năm nào, viết [] (một danh sách rỗng).",
      ]
    `);
    writeIn(root, "data/years.json", '{ "year": 2024 }\n');
    const notList = runCheck(root);
    expect(notList.code).toBe(1);
    expect(notList.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [data-shape] data/years.json:1
        Vấn đề:   Tệp số liệu không đúng khuôn (wrong data file shape).
        Cần:      một danh sách các năm: [ { "year": 2021, … }, … ]
        Đang có:  {"year":2024}
        Cách sửa: Chép khuôn từ hướng dẫn hoặc từ một tệp có sẵn rồi điền số liệu.",
      ]
    `);
  });

  it("an unknown field in years.json names the year it is in", () => {
    const run = withData("data/years.json", (text) =>
      text.replace('"unitTarget": 1000,\n    "percentOfTarget": 90', '"unitTaget": 1000,\n    "percentOfTarget": 90'),
    );
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [field-unknown] data/years.json:5 · trường "năm 2023: unitTaget"
        Vấn đề:   Trường "unitTaget" không có trong mẫu (unknown field, probably a typo).
        Cần:      một trong các trường: year, unitsCollected, unitsQualifier, unitTarget, percentOfTarget, quotaUnits, targetPercentOfQuota, activities, participants, note, sources
        Đang có:  "unitTaget"
        Cách sửa: Có lẽ bạn muốn viết "unitTarget": sửa "unitTaget" thành "unitTarget".",
      ]
    `);
  });

  it("a picture from the article folder written as an <img> tag", () => {
    const run = withArticle(
      "bai-kiem-thu.md",
      GOOD.replace("Nội dung hư cấu.", '<img src="./anh.jpg" alt="Ảnh hư cấu">'),
    );
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [html-image-local] src/content/articles/bai-kiem-thu.md:12 · trường "nội dung bài"
        Vấn đề:   Ảnh viết bằng thẻ <img> không lấy được tệp trong thư mục bài (local image in HTML).
        Cần:      ảnh trong thư mục bài viết dùng cú pháp markdown ![mô tả](./anh.jpg)
        Đang có:  <img src="./anh.jpg">
        Cách sửa: Thay thẻ <img> bằng: ![mô tả ảnh](./anh.jpg)",
      ]
    `);
  });

  it("MDX is code for editors: its HTML rules are skipped, its front matter is not", () => {
    const mdx = GOOD.replace("Nội dung hư cấu.", '<iframe src="https://video.example/embed/1" title="Video"></iframe>');
    expect(withArticle("bai-kiem-thu.mdx", mdx).code).toBe(0);
    const run = withArticle("bai-kiem-thu.mdx", mdx.replace("date: 2025-01-10", "date: 2025-13-01"));
    expect(run.code).toBe(1);
    expect(run.blocks.map((block) => block.split("\n")[0])).toMatchInlineSnapshot(`
      [
        "LỖI [date-invalid] src/content/articles/bai-kiem-thu.mdx:4 · trường "date"",
      ]
    `);
  });
});

describe("files, encodings and links (issue 16)", () => {
  it("a front-matter picture that is an SVG", () => {
    const root = copyFixture();
    writeIn(root, `${ARTICLES}/bai-anh/logo.svg`, '<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>');
    writeIn(
      root,
      `${ARTICLES}/bai-anh/index.md`,
      GOOD.replace("draft: false", 'image:\n  src: "./logo.svg"\n  alt: "Logo"\ndraft: false'),
    );
    const run = runCheck(root);
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [image-type] src/content/articles/bai-anh/index.md:10 · trường "image.src"
        Vấn đề:   Ảnh SVG không được dùng trong bài: tệp SVG có thể chứa mã chạy trên trang (SVG image refused).
        Cần:      ảnh .jpg, .jpeg, .png, .webp, .avif, .gif
        Đang có:  "./logo.svg"
        Cách sửa: Mở ảnh SVG rồi xuất (export) thành PNG, đặt cạnh bài viết và sửa đường dẫn, ví dụ ./logo.png.",
      ]
    `);
  });

  it("an http:// source link is a warning; a javascript: one an error", () => {
    const http = withArticle(
      "bai-kiem-thu.md",
      GOOD.replace("draft: false", 'source:\n  name: "Báo cũ"\n  url: "http://bao-cu.example/bai"\ndraft: false'),
    );
    expect(http.code).toBe(0);
    expect(http.blocks).toMatchInlineSnapshot(`
      [
        "CẢNH BÁO [url-insecure] src/content/articles/bai-kiem-thu.md:11 · trường "source.url"
        Vấn đề:   Liên kết dùng http:// (không mã hoá); trình duyệt có thể cảnh báo người đọc (insecure link).
        Cần:      địa chỉ bắt đầu bằng https://
        Đang có:  source.url: "http://bao-cu.example/bai"
        Cách sửa: Mở liên kết trong trình duyệt; nếu trang có bản https://, sửa lại thành https://. Nếu trang chỉ có http://, có thể giữ nguyên.",
      ]
    `);
    const script = withData("data/campaigns/2024-chien-dich-he.json", (text) =>
      text.replace(
        '"sources": [{ "name": "Bản tin hư cấu" }]',
        '"sources": [{ "name": "Bản tin hư cấu", "url": "javascript:alert(1)" }]',
      ),
    );
    expect(script.code).toBe(1);
    expect(script.blocks.map((block) => block.split("\n")[0])).toMatchInlineSnapshot(`
      [
        "LỖI [url-invalid] data/campaigns/2024-chien-dich-he.json:10 · trường "sources (mục 1).url"",
      ]
    `);
  });

  it("a campaign file saved in another encoding names its first bad line", () => {
    const root = copyFixture();
    const path = "data/campaigns/2024-chien-dich-he.json";
    const text = readIn(root, path);
    writeFileSync(join(root, path), Buffer.from(text.replace("Chiến dịch", "Chi\u00e0n"), "latin1"));
    const run = runCheck(root);
    expect(run.code).toBe(1);
    expect(run.blocks.map((block) => block.split("\n")[0])).toMatchInlineSnapshot(`
      [
        "LỖI [encoding-invalid] data/campaigns/2024-chien-dich-he.json:2",
      ]
    `);
  });

  it("a new .mdx file in a git change is a warning; a committed one is not", () => {
    const root = copyFixture();
    const git = (...args: string[]) =>
      execFileSync("git", ["-C", root, "-c", "user.name=t", "-c", "user.email=t@example.org", ...args]);
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "nội dung");
    writeIn(root, `${ARTICLES}/bai-moi.mdx`, GOOD);
    const run = runCheck(root);
    expect(run.code).toBe(0);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "CẢNH BÁO [mdx-new] src/content/articles/bai-moi.mdx:1
        Vấn đề:   Thay đổi này thêm một bài MDX: MDX chạy mã khi dựng trang, chỉ biên tập viên được thêm (new MDX file).
        Cần:      bài viết mới là tệp .md
        Đang có:  "src/content/articles/bai-moi.mdx"
        Cách sửa: Đổi đuôi thành .md nếu bài không cần thành phần đặc biệt; nếu cần, nhờ biên tập viên duyệt (GitHub yêu cầu biên tập viên xem xét tệp .mdx).",
      ]
    `);
    git("add", "-A");
    git("commit", "-qm", "biên tập viên đã duyệt");
    expect(runCheck(root).blocks).toEqual([]);
  });
});

describe("documents beside an article", () => {
  it("a link to a PDF in the article's folder, which the build would not publish", () => {
    const root = copyFixture();
    writeIn(root, `${ARTICLES}/bai-bao-cao/bao-cao.pdf`, "%PDF-1.4\n");
    writeIn(root, `${ARTICLES}/bai-bao-cao/index.md`, GOOD.replace("Nội dung hư cấu.", "[Tải báo cáo](./bao-cao.pdf)"));
    const run = runCheck(root);
    expect(run.code).toBe(1);
    expect(run.blocks).toMatchInlineSnapshot(`
      [
        "LỖI [file-link-local] src/content/articles/bai-bao-cao/index.md:12 · trường "nội dung bài"
        Vấn đề:   Liên kết tới một tệp trong thư mục bài sẽ không mở được: trang chỉ đăng ảnh của bài, không đăng tệp khác (local file link).
        Cần:      liên kết tới một địa chỉ https://, hoặc tới một trang của chính trang web (ví dụ /so-lieu/)
        Đang có:  "./bao-cao.pdf"
        Cách sửa: Đưa tài liệu lên nơi lưu trữ của Hội (ví dụ Google Drive) rồi đặt liên kết [Tải báo cáo (PDF)](https://…).",
      ]
    `);
    // Links to the site's own pages and to other sites stay fine.
    expect(
      withArticle(
        "bai-kiem-thu.md",
        GOOD.replace("Nội dung hư cấu.", "[Số liệu](/so-lieu/) và [báo](https://a.vn/x.html)"),
      ).code,
    ).toBe(0);
  });
});
