import { describe, expect, test } from "vitest";
import { SLUG_MAX_LENGTH, SLUG_PATTERN, foldVietnamese, isSlug, shortenSlug, slugify } from "../../src/lib/slug.ts";

describe("slugify", () => {
  test.each([
    ["Quận Bắc Từ Liêm phấn đấu", "quan-bac-tu-liem-phan-dau"],
    ["Đội tình nguyện Đống Đa", "doi-tinh-nguyen-dong-da"],
    ["Ngày hội “Mưa Cầu Vồng” 2021", "ngay-hoi-mua-cau-vong-2021"],
    ["Chiến dịch “Những giọt máu hồng”", "chien-dich-nhung-giot-mau-hong"],
    ["  Hơn 3.792 đơn vị máu — đạt 172,9 %!  ", "hon-3792-don-vi-mau-dat-172-9"],
    ["Ước mơ, ưu tiên; ở đây", "uoc-mo-uu-tien-o-day"],
    ["---", ""],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  test("a thousands dot is not a word break; other dots are", () => {
    expect(slugify("Mục tiêu 4.000 đơn vị")).toBe("muc-tieu-4000-don-vi");
    expect(slugify("1.234.567 người")).toBe("1234567-nguoi");
    expect(slugify("Phiên bản 1.2")).toBe("phien-ban-1-2");
    expect(slugify("Năm 2021.Kết quả")).toBe("nam-2021-ket-qua");
  });

  test("precomposed (NFC) and decomposed (NFD) input give the same slug", () => {
    const title = "Quận Bắc Từ Liêm phấn đấu";
    expect(slugify(title.normalize("NFD"))).toBe(slugify(title.normalize("NFC")));
  });

  test("every slug it makes from a non-empty title passes isSlug", () => {
    for (const title of ["Hiến máu cứu người", "Năm 2022: 4.000 đơn vị", "Đ"]) {
      expect(isSlug(slugify(title)), title).toBe(true);
    }
  });
});

describe("foldVietnamese", () => {
  test("drops every tone and vowel mark and keeps case", () => {
    expect(foldVietnamese("Quận Bắc Từ Liêm phấn đấu")).toBe("Quan Bac Tu Liem phan dau");
    expect(foldVietnamese("ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ỳýỷỹỵ")).toBe(
      "aaaaa aaaaa eeeee ooooo ooooo uuuuu yyyyy",
    );
  });

  test("maps đ and Đ, which NFD does not split", () => {
    expect(foldVietnamese("đ")).toBe("d");
    expect(foldVietnamese("Đ")).toBe("D");
    expect(foldVietnamese("Đống Đa, đường đê")).toBe("Dong Da, duong de");
  });
});

describe("isSlug", () => {
  test.each(["quan-bac-tu-liem", "2021-ngay-hoi-mua-cau-vong", "a", "4000"])("accepts %s", (value) => {
    expect(isSlug(value)).toBe(true);
    expect(SLUG_PATTERN.test(value)).toBe(true);
  });

  test.each(["", "Quan-Bac", "quận", "a--b", "-a", "a-", "a_b", "a b", "a/b", "bai-viet.md"])("rejects %j", (value) => {
    expect(isSlug(value)).toBe(false);
  });
});

describe("shortenSlug", () => {
  test("leaves a slug within the limit as it is", () => {
    expect(shortenSlug("ngay-hoi-hien-mau", 80)).toBe("ngay-hoi-hien-mau");
  });

  test("cuts a long slug at the last word boundary within the limit", () => {
    expect(shortenSlug("mot-hai-ba-bon-nam", 10)).toBe("mot-hai-ba");
    expect(shortenSlug("mot-hai-ba-bon-nam", 11)).toBe("mot-hai-ba");
    expect(shortenSlug("mot-hai-ba-bon-nam", 9)).toBe("mot-hai");
  });

  test("cuts a single word longer than the limit where it must", () => {
    expect(shortenSlug("abcdefghijklmnop", 5)).toBe("abcde");
  });

  test("a 270-character title gives a slug of at most SLUG_MAX_LENGTH ending on a whole word", () => {
    const title = "Quận Bắc Từ Liêm tổ chức ngày hội hiến máu tình nguyện ".repeat(6).slice(0, 270);
    const slug = shortenSlug(slugify(title));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slugify(title).startsWith(`${slug}-`)).toBe(true);
    expect(isSlug(slug)).toBe(true);
  });
});
