import { describe, expect, test } from "vitest";
import YearTable from "../../src/components/YearTable.astro";
import { t } from "../../src/i18n/vi.ts";
import { chapter } from "../../src/chapter.config.ts";
import { fixtureYears } from "../lib/fixture-data.ts";
import { render, text } from "./render.ts";

describe("YearTable", () => {
  test("one row a year with activities, participants, the derived quota and the target's stated percent of it", async () => {
    const root = await render(YearTable, { years: fixtureYears() });
    expect(root.querySelectorAll("thead th").map(text)).toEqual([
      t.stats.year,
      t.stats.activities,
      t.stats.participants,
      t.stats.assignedQuota,
      t.records.quota.targetPercentOfQuota,
    ]);
    const rows = root.querySelectorAll("tbody tr").map((tr) => tr.querySelectorAll("th, td").map(text));
    expect(rows).toEqual([
      ["2019", "10", "3.000", "–", "–"],
      ["2020", "8", "2.000", "–", "–"],
      ["2021", "12", "4.000", "–", "–"],
      ["2022", "15", "5.000", "–", "–"],
      ["2023", "20", "6.000", "–", "–"],
      // 5.000 is 125 % of the quota: the quota is worked out, so it is marked; the percent is as stated.
      ["2024", "–", "–", `khoảng 4.000${t.stats.derivedMark} ${t.stats.derivedSpoken}`, "125 %"],
    ]);
    expect(text(root.querySelector(".derived-note li"))).toBe(
      `Số suy ra: mục tiêu 5.000 đơn vị bằng 125 % số lượng ${chapter.quotaSetter} giao, nên số ${chapter.quotaSetter} giao khoảng 5.000 ÷ 125 %.`,
    );
  });

  test("without a quota anywhere, no quota column and no derived note", async () => {
    const years = fixtureYears().filter((y) => y.targetPercentOfQuota === undefined);
    const root = await render(YearTable, { years });
    expect(root.querySelectorAll("thead th")).toHaveLength(3);
    expect(root.querySelector(".derived-note")).toBeNull();
  });

  test("each year's note is listed under the table", async () => {
    const root = await render(YearTable, { years: fixtureYears() });
    const notes = root.querySelectorAll("ul.small li").map(text);
    expect(notes).toEqual([
      "Năm 2019: Dữ liệu hư cấu, chỉ dùng để kiểm thử.",
      "Năm 2020: Dữ liệu hư cấu, chỉ dùng để kiểm thử.",
      "Năm 2024: Mục tiêu hư cấu cho năm tới, dùng để kiểm thử.",
    ]);
  });

  test("the scrolling table box can be reached by keyboard and is named", async () => {
    const box = (await render(YearTable, { years: fixtureYears() })).querySelector(".table-wrap");
    expect(box?.getAttribute("tabindex")).toBe("0");
    expect(box?.getAttribute("aria-label")).toBe(t.stats.otherFigures);
  });

  test("a stated quota is shown as stated, never as a worked-out one", async () => {
    const years = [
      {
        year: 2022,
        unitTarget: 4000,
        targetPercentOfQuota: 182,
        quotaUnits: 2200,
        sources: [{ name: "Nguồn hư cấu" }],
      },
    ];
    const root = await render(YearTable, { years });
    const cells = root.querySelectorAll("tbody tr td").map(text);
    expect(cells).toEqual(["–", "–", "2.200", "182 %"]);
    expect(root.querySelector(".derived-note")).toBeNull();
  });

  test("each year's sources are listed beside the table, newest year first, with what each gives and when", async () => {
    // Oldest first, as the site index keeps them.
    const years = [
      { year: 2021, unitsCollected: 10, sources: [{ name: "Nguồn hư cấu" }] },
      {
        year: 2022,
        unitTarget: 4000,
        quotaUnits: 2200,
        sources: [
          { name: "Báo hư cấu", published: "2022-01-20", figures: ["unitTarget" as const] },
          { name: "Hội hư cấu", figures: ["quotaUnits" as const] },
        ],
      },
    ];
    const root = await render(YearTable, { years });
    const lists = root.querySelectorAll(".source-list").map((list) => list.querySelectorAll("li").map(text));
    expect(lists).toEqual([
      [
        "Báo hư cấu, công bố ngày 20/01/2022 · cho số liệu: chỉ tiêu",
        `Hội hư cấu, không rõ ngày công bố · cho số liệu: số ${chapter.quotaSetter} giao`,
      ],
      ["Nguồn hư cấu, không rõ ngày công bố"],
    ]);
  });
});
