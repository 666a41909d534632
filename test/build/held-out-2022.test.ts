/**
 * Issue 18's held-out scenario, built as a site and read back as a reader, a
 * spreadsheet and a calendar app would: the 2022 record (quota 2.200 stated,
 * target 4.000, 182 % of the quota), its article and festival (340
 * registered, 286 units) and a drive planned from 07:30 to 11:30 with a goal
 * of 500 units. Fictional data: test/fixtures/ket-qua-2022/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sharedBuild, text, type BuiltSite } from "./build-site.ts";

let site: BuiltSite;

beforeAll(async () => {
  // Built on 2022-06-01 (test/support/sites.ts): before the planned drive, after the festival and its article.
  site = await sharedBuild("ket-qua-2022");
});

const file = (path: string) => readFileSync(join(site.outDir, path), "utf8");
const main = (path: string) => text(site.page(path).querySelector("main"));

/** What a page must never show for a figure the data does state, or for a plan: a derived quota, a dash, "source did not say". */
function expectNothingMissing(path: string) {
  const body = main(path);
  expect(body).not.toContain("Nguồn chưa nêu");
  // A dash standing for a missing figure (FigureValue's "missing"), or a dash alone in a cell or fact; a range "07:30 – 11:30" is fine.
  expect(site.page(path).querySelectorAll(".figure.missing")).toHaveLength(0);
  expect(
    site
      .page(path)
      .querySelectorAll("main dd, main td, main strong")
      .filter((el) => text(el) === "–"),
  ).toEqual([]);
  expect(body).not.toContain("khoảng 2.198");
}

describe("the 2022 record", () => {
  it("on /so-lieu/: the quota is 2.200 as stated (no *, no 'khoảng'), beside the target and 182 %", () => {
    const root = site.page("so-lieu/");
    const table = root.querySelector('section[aria-label="Hoạt động và người tham gia theo năm"]')!;
    expect(table.querySelectorAll("thead th").map(text)).toEqual([
      "Năm",
      "Hoạt động",
      "Người tham gia",
      "Số Thành phố giao",
      "Mục tiêu so với số Thành phố giao",
    ]);
    const row2022 = table
      .querySelectorAll("tbody tr")
      .map((tr) => tr.querySelectorAll("th, td").map(text))
      .find((cells) => cells[0] === "2022");
    expect(row2022).toEqual(["2022", "–", "–", "2.200", "182 %"]);
    expect(main("so-lieu/")).not.toContain("khoảng 2.198");
    // The year chart's table: the target as stated.
    const yearRows = root
      .querySelectorAll("#bieu-do-nam tbody tr")
      .map((tr) => tr.querySelectorAll("th, td").map(text));
    expect(yearRows).toContainEqual(["2022", "–", "4.000", "–"]);
  });

  it("on /so-lieu/: both sources are shown beside the year's figures, each with its date and the figures it gives", () => {
    const sources = site
      .page("so-lieu/")
      .querySelectorAll(".year-sources .source-list")
      .map((list) => [text(list.querySelector(".source-label")), list.querySelectorAll("li").map(text)]);
    expect(sources[0]).toEqual([
      "Nguồn số liệu năm 2022:",
      [
        "Báo Hư Cấu Thủ Đô (dữ liệu kiểm thử) (Phóng viên hư cấu A, Phóng viên hư cấu B), công bố ngày 20/01/2022 · cho số liệu: chỉ tiêu, mục tiêu so với số Thành phố giao · bản gốc",
        "Hội Chữ thập đỏ phường Hư Cấu (dữ liệu kiểm thử), không rõ ngày công bố · cho số liệu: số Thành phố giao · bài trên trang: Ngày hội tháng Ba tiếp nhận 286 đơn vị máu (hư cấu)",
      ],
    ]);
    const links = site
      .page("so-lieu/")
      .querySelectorAll(".year-sources li a")
      .map((a) => a.getAttribute("href"));
    expect(links).toEqual([
      "https://example.org/bao-hu-cau/4000-don-vi-mau-2022",
      "/tin-tuc/ket-qua-ngay-hoi-thang-ba/",
      // 2021's source has neither a link nor an article.
    ]);
  });

  it("on the home page: next year's target with its stated share of the stated quota, and its sources", () => {
    const plan = text(site.page("").querySelector(".plan p"));
    expect(plan).toBe(
      "Mục tiêu năm 2022: 4.000 đơn vị máu (bằng 182 % số Thành phố giao: 2.200 đơn vị). Mục tiêu hư cấu do Ban Chỉ đạo phường đặt ra, cao hơn chỉ tiêu được giao.",
    );
    const planSources = site
      .page("")
      .querySelectorAll(".plan .source-list li")
      .map((li) => text(li));
    expect(planSources).toHaveLength(2);
    expect(planSources[0]).toContain("công bố ngày 20/01/2022");
    expect(site.page("").querySelector(".plan .derived-note")).toBeNull();
  });

  it("on /bao-cao/2022/: the quota as stated, the festival's 286 units, and every source", () => {
    const stats = site
      .page("bao-cao/2022/")
      .querySelectorAll(".stat")
      .map((el) => [text(el.querySelector(".value")), text(el.querySelector(".label"))]);
    expect(stats).toEqual([
      ["4.000", "Chỉ tiêu (đơn vị máu)"],
      ["2.200", "Số Thành phố giao"],
    ]);
    const campaigns = site
      .page("bao-cao/2022/")
      .querySelectorAll('section[aria-labelledby="chien-dich"] tbody tr')
      .map((tr) => text(tr.querySelector("th a")) + " | " + text(tr.querySelectorAll("td")[1]));
    expect(campaigns).toContain("Ngày hội hiến máu tháng Ba (hư cấu) | 286");
    const sources = site.page("bao-cao/2022/").querySelectorAll('section[aria-labelledby="nguon"] li').map(text);
    expect(sources.join("\n")).toContain("Báo Hư Cấu Thủ Đô (dữ liệu kiểm thử)");
    expect(sources.join("\n")).toContain("công bố ngày 14/03/2022");
  });
});

describe("the finished festival", () => {
  it("shows 286 units, 340 registered and its source's own date, with nothing that looks missing", () => {
    const path = "chien-dich/2022-ngay-hoi-thang-ba/";
    expect(text(site.page(path).querySelector(".big"))).toBe("286 đơn vị máu");
    const facts = site
      .page(path)
      .querySelectorAll(".facts dt")
      .map((dt) => [text(dt), text(dt.nextElementSibling)]);
    expect(facts).toEqual([
      ["Loại hình", "Ngày hội hiến máu"],
      ["Trạng thái", "Đã kết thúc"],
      ["Thời gian", "12/03/2022"],
      ["Giờ", "07:00 – 11:00"],
      ["Địa điểm", "Nhà văn hóa hư cấu, phường Hư Cấu"],
      ["Người đăng ký", "340"],
    ]);
    expect(text(site.page(path).querySelector(".source-list li"))).toBe(
      "Hội Chữ thập đỏ phường Hư Cấu (dữ liệu kiểm thử), công bố ngày 14/03/2022 · bài trên trang: Ngày hội tháng Ba tiếp nhận 286 đơn vị máu (hư cấu)",
    );
    expect(main(path)).not.toContain("Nguồn chưa nêu");
  });
});

describe("the planned drive", () => {
  const path = "chien-dich/2022-ngay-hoi-mua-he/";

  it("its page shows what is planned: date, time, place, goal, how to register and 'Thêm vào lịch'", () => {
    const facts = site
      .page(path)
      .querySelectorAll(".plan .facts dt")
      .map((dt) => [text(dt), text(dt.nextElementSibling)]);
    expect(facts).toEqual([
      ["Thời gian", "18/06/2022"],
      ["Giờ", "07:30 – 11:30"],
      ["Địa điểm", "Sân trường hư cấu, 5 phố Lá, phường Hư Cấu"],
      ["Mục tiêu", "500 đơn vị máu"],
      ["Cách đăng ký", "Đăng ký tại nhà văn hóa tổ dân phố hoặc gọi 0000 000 000 (số hư cấu)."],
    ]);
    const add = site.page(path).querySelector(".add-to-calendar a");
    expect(text(add)).toBe("Thêm vào lịch");
    expect(add?.getAttribute("href")).toBe("/lich-hien-mau/#theo-doi-lich");
  });

  it("its page has nothing that looks missing: no big figure, no dash, no 'Nguồn chưa nêu', no 'Người tham gia'", () => {
    expect(site.page(path).querySelector(".big")).toBeNull();
    expect(main(path)).not.toContain("Người tham gia");
    expectNothingMissing(path);
  });

  it("its card on /lich-hien-mau/ and the home page gives the time and the goal, and when it ends", () => {
    for (const page of ["lich-hien-mau/", ""]) {
      const item = site.page(page).querySelector("[data-ends]")!;
      expect(item.getAttribute("data-ends")).toBe("2022-06-18T11:30:00+07:00");
      expect(text(item.querySelector(".when"))).toBe("18/06/2022, 07:30 – 11:30");
      expect(item.querySelector("time")?.getAttribute("datetime")).toBe("2022-06-18T07:30+07:00");
      const facts = item.querySelectorAll("dt").map((dt) => [text(dt), text(dt.nextElementSibling)]);
      expect(facts).toContainEqual(["Mục tiêu", "500 đơn vị máu"]);
    }
    expect(text(site.page("lich-hien-mau/").querySelector(".subscribe .button"))).toBe("Theo dõi lịch");
  });

  it("is not charted, reported or offered for download, and neither is 2023, which has only a planned drive", () => {
    const chart = site.page("so-lieu/").querySelectorAll("#bieu-do-chien-dich-2022 tbody th").map(text);
    expect(chart).toEqual(["Ngày hội hiến máu tháng Ba (hư cấu)"]);
    expect(site.exists("bao-cao/2023/")).toBe(false);
    expect(site.page("bao-cao/").querySelectorAll("main li a").map(text)).toEqual([
      "Báo cáo hiến máu tình nguyện năm 2022",
      "Báo cáo hiến máu tình nguyện năm 2021",
    ]);
    expect(existsSync(join(site.outDir, "du-lieu/chien-dich-2023.csv"))).toBe(false);
    expect(site.page("so-lieu/").querySelector("#bieu-do-chien-dich-2023")).toBeNull();
  });
});

describe("the downloads", () => {
  const rows = (csv: string) =>
    csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");

  it("nam.csv: 2022's target with the newspaper's own date, the licence and how to cite", () => {
    const [header, ...lines] = rows(file("du-lieu/nam.csv"));
    expect(header).toBe(
      "Năm,Tiếp nhận (đơn vị máu),Nguồn ghi,Chỉ tiêu (đơn vị máu),Chỉ tiêu là số suy ra,Đạt (%),Tỷ lệ là số suy ra,Nguồn,Ngày nguồn công bố,Địa chỉ nguồn,Giấy phép,Cách trích dẫn",
    );
    const line2022 = lines.find((l) => l.startsWith("2022,"))!;
    expect(line2022).toContain(
      "2022,,,4000,không,,,Báo Hư Cấu Thủ Đô (dữ liệu kiểm thử),2022-01-20,https://example.org/bao-hu-cau/4000-don-vi-mau-2022,CC BY 4.0",
    );
    expect(line2022).toMatch(
      /“Đơn vị máu tiếp nhận theo năm, so với chỉ tiêu”, https:\/\/[^,]+\/so-lieu\/, giấy phép CC BY 4\.0\."$/,
    );
  });

  it("chien-dich-2022.csv and .json: 286 units dated by the source (14/03), not by the site's article (15/03)", () => {
    const [, ...lines] = rows(file("du-lieu/chien-dich-2022.csv"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Ngày hội hiến máu tháng Ba \(hư cấu\),286,,,,,,Hội Chữ thập đỏ phường Hư Cấu \(dữ liệu kiểm thử\),2022-03-14,,/,
    );
    const json = JSON.parse(file("du-lieu/chien-dich-2022.json"));
    expect(json).toMatchObject({
      figuresDate: "2022-03-14",
      licence: { name: "CC BY 4.0" },
      rows: [{ label: "Ngày hội hiến máu tháng Ba (hư cấu)", unitsCollected: 286, sourceDate: "2022-03-14" }],
    });
    expect(json.citation).toMatch(
      /“Đơn vị máu theo chiến dịch năm 2022”, https:\/\/[^,]+\/so-lieu\/, giấy phép CC BY 4\.0\.$/,
    );
  });

  it("nam.json: every source of 2022's charted figures with its own date", () => {
    const json = JSON.parse(file("du-lieu/nam.json"));
    const row = json.rows.find((r: { label: string }) => r.label === "2022");
    expect(row).toMatchObject({
      unitTarget: 4000,
      sourceDate: "2022-01-20",
      sources: [{ name: "Báo Hư Cấu Thủ Đô (dữ liệu kiểm thử)", published: "2022-01-20" }],
    });
  });
});

describe("the calendar", () => {
  it("has the drive as a timed event in Hà Nội's zone, from 07:30 to 11:30, with its goal", () => {
    const ics = file("lich-hien-mau.ics");
    const unfolded = ics.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("DTSTART;TZID=Asia/Ho_Chi_Minh:20220618T073000\r\n");
    expect(unfolded).toContain("DTEND;TZID=Asia/Ho_Chi_Minh:20220618T113000\r\n");
    expect(unfolded).toContain("BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\n");
    expect(unfolded).toContain("Mục tiêu: 500 đơn vị máu.");
  });

  it("reads correctly in a real iCalendar parser (python3-icalendar)", () => {
    const script = `
import sys, json, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
events = [{
  "summary": str(e["SUMMARY"]),
  "start": e.decoded("DTSTART").isoformat(),
  "end": e.decoded("DTEND").isoformat(),
  "location": str(e["LOCATION"]),
  "description": str(e["DESCRIPTION"]),
} for e in cal.walk("VEVENT")]
print(json.dumps(events, ensure_ascii=False))
`;
    const out = execFileSync("/usr/bin/python3", ["-c", script, join(site.outDir, "lich-hien-mau.ics")], {
      encoding: "utf8",
    });
    const events = JSON.parse(out);
    expect(events).toEqual([
      {
        summary: "Ngày hội hiến máu mùa hè (hư cấu)",
        start: "2022-06-18T07:30:00+07:00",
        end: "2022-06-18T11:30:00+07:00",
        location: "Sân trường hư cấu, 5 phố Lá, phường Hư Cấu",
        description:
          "Ngày hội hư cấu sắp diễn ra, dùng để kiểm thử lịch hiến máu.\nMục tiêu: 500 đơn vị máu.\nCách đăng ký: Đăng ký tại nhà văn hóa tổ dân phố hoặc gọi 0000 000 000 (số hư cấu).",
      },
      {
        summary: "Ngày hội hiến máu mùa xuân 2023 (hư cấu)",
        start: "2023-02-18",
        end: "2023-02-19",
        location: "Nhà văn hóa hư cấu, phường Hư Cấu",
        description: "Mục tiêu: 300 đơn vị máu.",
      },
    ]);
  });
});
