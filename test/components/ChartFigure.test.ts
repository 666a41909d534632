import { describe, expect, test } from "vitest";
import ChartFigure from "../../src/components/ChartFigure.astro";
import { campaignSeries, toChartJson, yearSeries, type ChartSeries } from "../../src/lib/chart-data.ts";
import { figureText, t } from "../../src/i18n/vi.ts";
import type { Figure } from "../../src/lib/figures.ts";
import { fixtureCampaigns, fixtureYears } from "../lib/fixture-data.ts";
import { render, text } from "./render.ts";

const labels = { collected: t.stats.collected, target: t.stats.target };

function props(series: ChartSeries) {
  return { series, title: "Biểu đồ hư cấu", summary: "Tóm tắt hư cấu.", source: "Nguồn: hư cấu.", firstColumn: "Năm" };
}

/** What a table cell must say for a figure: its vi-VN text, with the derived mark and words. */
function cell(figure: Figure | undefined, kind: "number" | "percent" = "number"): string {
  if (!figure) return t.stats.notReported;
  return figureText(figure, kind) + (figure.derivation ? `${t.stats.derivedMark} (số suy ra)` : "");
}

describe("ChartFigure", () => {
  test("the table has one row per series row, with the same figures", async () => {
    const series = yearSeries(fixtureYears());
    const root = await render(ChartFigure, props(series));
    const headers = root.querySelectorAll("thead th").map(text);
    expect(headers).toEqual(["Năm", t.stats.collected, t.stats.target, t.stats.percent]);
    const rows = root.querySelectorAll("tbody tr").map((tr) => tr.querySelectorAll("th, td").map(text));
    expect(rows).toEqual(
      series.rows.map((r) => [r.label, cell(r.collected), cell(r.target), cell(r.percent, "percent")]),
    );
    // Spot-check the vi-VN forms a reader sees.
    expect(rows[4]).toEqual(["2023", "hơn 4.200", "khoảng 3.000* (số suy ra)", "140 %"]);
    expect(rows[5]).toEqual(["2024", "–", "5.000", "–"]);
  });

  test("the same chart twice on one page gets two different ids", async () => {
    const series = yearSeries(fixtureYears());
    const page: App.Locals = {};
    const first = await render(ChartFigure, props(series), page);
    const second = await render(ChartFigure, props(series), page);
    const other = await render(ChartFigure, props(campaignSeries(fixtureCampaigns(), 2023)), page);
    expect(first.querySelector("figure")?.id).toBe(`bieu-do-${series.id}`);
    expect(second.querySelector("figure")?.id).toBe(`bieu-do-${series.id}-2`);
    // Its table region is named apart too (a landmark name must be unique on the page).
    expect(first.querySelector("section.table-wrap")?.getAttribute("aria-label")).toBe("Bảng số liệu: Biểu đồ hư cấu");
    expect(second.querySelector("section.table-wrap")?.getAttribute("aria-label")).toBe(
      "Bảng số liệu: Biểu đồ hư cấu (lần 2)",
    );
    expect(other.querySelector("figure")?.id).toBe(`bieu-do-${campaignSeries(fixtureCampaigns(), 2023).id}`);
    // Another page starts again from the plain id.
    expect((await render(ChartFigure, props(series))).querySelector("figure")?.id).toBe(`bieu-do-${series.id}`);
  });

  test("the JSON island holds exactly toChartJson(series)", async () => {
    const series = campaignSeries(fixtureCampaigns(), 2023);
    const root = await render(ChartFigure, props(series));
    const islands = root.querySelectorAll('script[type="application/json"][data-chart-data]');
    expect(islands).toHaveLength(1);
    expect(JSON.parse(islands[0].textContent)).toEqual(toChartJson(series, labels));
  });

  test("campaign rows link to the campaign page", async () => {
    const series = campaignSeries(fixtureCampaigns(), 2023);
    const root = await render(ChartFigure, props(series));
    const links = root.querySelectorAll("tbody th a").map((a) => a.getAttribute("href"));
    expect(links).toEqual(series.rows.map((r) => `/${r.path}`));
  });

  test("a series without targets leaves out the target and percent columns", async () => {
    const withoutTargets = fixtureCampaigns().filter((c) => c.data.unitTarget === undefined);
    const root = await render(ChartFigure, props(campaignSeries(withoutTargets, 2023)));
    expect(root.querySelectorAll("thead th").map(text)).toEqual(["Năm", t.stats.collected]);
    expect(root.querySelectorAll("tbody tr")[0].querySelectorAll("td")).toHaveLength(1);
  });

  test("caption, summary, source and derived notes are on the figure", async () => {
    const root = await render(ChartFigure, props(yearSeries(fixtureYears())));
    const figure = root.querySelector("figure.chart");
    expect(figure?.getAttribute("id")).toBe("bieu-do-nam");
    expect(text(figure?.querySelector("figcaption h2"))).toBe("Biểu đồ hư cấu");
    expect(text(figure?.querySelector(".chart-summary"))).toBe("Tóm tắt hư cấu.");
    expect(text(figure?.querySelector(".chart-source"))).toBe("Nguồn: hư cấu.");
    // 2020 and 2023 targets are derived from a stated percent; 2019 and 2021 percents from a stated target.
    expect(figure?.querySelectorAll(".derived-note li")).toHaveLength(4);
    // The canvas stays hidden until the script draws it: without JavaScript the table is the chart.
    expect(figure?.querySelector(".chart-canvas")?.hasAttribute("hidden")).toBe(true);
    expect(figure?.querySelector("canvas")?.getAttribute("role")).toBe("img");
  });

  test("an empty series says there is no data, with no canvas, table or JSON", async () => {
    const root = await render(ChartFigure, props({ id: "rong", rows: [] }));
    expect(text(root.querySelector("figure .muted"))).toBe(t.stats.noData);
    expect(root.querySelector("table")).toBeNull();
    expect(root.querySelector("canvas")).toBeNull();
    expect(root.querySelector("script[data-chart-data]")).toBeNull();
    expect(text(root.querySelector(".chart-source"))).toBe("Nguồn: hư cấu.");
  });

  test("a label with </script> cannot break out of the JSON island", async () => {
    const series: ChartSeries = { id: "x", rows: [{ label: "</script><b>x</b>", collected: { value: 1 } }] };
    const root = await render(ChartFigure, props(series));
    const island = root.querySelector("script[data-chart-data]");
    expect(island?.innerHTML).not.toContain("</script>");
    expect(JSON.parse(island?.textContent ?? "").labels).toEqual(["</script><b>x</b>"]);
  });

  test("headingLevel 3 makes the title an h3", async () => {
    const root = await render(ChartFigure, { ...props(yearSeries(fixtureYears())), headingLevel: 3 });
    expect(root.querySelector("figcaption h3")).not.toBeNull();
    expect(root.querySelector("figcaption h2")).toBeNull();
  });
});
