import { describe, expect, test } from "vitest";
import type { Chart, TooltipItem } from "chart.js";
import { buildBarConfig, valueLabels, wrapLabel, type ChartOptions } from "../../src/lib/chart-config.ts";
import { campaignSeries, toChartJson, yearSeries, type ChartJson } from "../../src/lib/chart-data.ts";
import { fixtureCampaigns, fixtureYears } from "./fixture-data.ts";

const colors = { collected: "#9f1239", target: "#f4a3ab", text: "#1a1a1a", grid: "#dddddd" };
const opts: ChartOptions = { colors, reducedMotion: false, horizontal: false };
const labels = { collected: "Tiếp nhận", target: "Chỉ tiêu" };
const yearJson = (): ChartJson => toChartJson(yearSeries(fixtureYears()), labels);

// Chart.js types the scale/plugin options loosely; the tests reach into them as plain objects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

describe("buildBarConfig", () => {
  test("a bar chart with collected and target datasets in the chapter's colours", () => {
    const config = buildBarConfig(yearJson(), opts);
    expect(config.type).toBe("bar");
    expect(config.data.labels).toEqual(["2019", "2020", "2021", "2022", "2023", "2024"]);
    expect(config.data.datasets).toEqual([
      {
        label: "Tiếp nhận",
        data: [2000, 1500, 3000, 3600, 4200, null],
        backgroundColor: colors.collected,
        borderColor: colors.collected,
        borderWidth: 1,
      },
      {
        label: "Chỉ tiêu",
        data: [2500, 2000, 2400, 3000, 3000, 5000],
        backgroundColor: colors.target,
        // The light target bar gets a dark outline so it survives grey printing.
        borderColor: colors.text,
        borderWidth: 1,
      },
    ]);
  });

  test("no target dataset when no row has a target", () => {
    const withoutTargets = fixtureCampaigns().filter((c) => c.data.unitTarget === undefined);
    const config = buildBarConfig(toChartJson(campaignSeries(withoutTargets, 2023), labels), opts);
    expect(config.data.datasets.map((d) => d.label)).toEqual(["Tiếp nhận"]);
  });

  test("vertical by default: categories on x, values on y from zero", () => {
    const options: Loose = buildBarConfig(yearJson(), opts).options;
    expect(options.indexAxis).toBe("x");
    expect(options.locale).toBe("vi-VN");
    expect(options.scales.y.beginAtZero).toBe(true);
    expect(options.scales.y.grid).toEqual({ color: colors.grid });
    expect(options.scales.x.grid).toEqual({ display: false });
    expect(options.scales.x.ticks.autoSkip).toBe(false);
  });

  test("horizontal on narrow screens: categories on y, values on x", () => {
    const options: Loose = buildBarConfig(yearJson(), { ...opts, horizontal: true }).options;
    expect(options.indexAxis).toBe("y");
    expect(options.scales.x.beginAtZero).toBe(true);
    expect(typeof options.scales.x.ticks.callback).toBe("function");
    expect(options.scales.y.grid).toEqual({ display: false });
  });

  test("horizontal bars wrap long names and keep room on the right for the values", () => {
    const json: ChartJson = { ...yearJson(), labels: ["Chiến dịch “Những giọt máu hồng”", "2021"] };
    const config = buildBarConfig(json, { ...opts, horizontal: true });
    expect(config.data.labels).toEqual([["Chiến dịch", "“Những giọt máu", "hồng”"], "2021"]);
    expect((config.options as Loose).layout.padding).toEqual({ right: 44 });
    expect(buildBarConfig(json, opts).data.labels).toEqual(json.labels);
  });

  test("wrapLabel splits at spaces into lines of at most 16 characters", () => {
    expect(wrapLabel("Ngày hội hiến máu tại các phường")).toEqual(["Ngày hội hiến", "máu tại các", "phường"]);
    expect(wrapLabel("2021")).toBe("2021");
    expect(wrapLabel("Mộtchuỗirấtdàikhôngcódấucách")).toBe("Mộtchuỗirấtdàikhôngcódấucách");
  });

  test("animation is short (300 ms), and off when the reader asks for reduced motion", () => {
    expect((buildBarConfig(yearJson(), opts).options as Loose).animation).toEqual({ duration: 300 });
    expect((buildBarConfig(yearJson(), { ...opts, reducedMotion: true }).options as Loose).animation).toBe(false);
  });

  test("value-axis ticks are written the Vietnamese way", () => {
    const callback = (buildBarConfig(yearJson(), opts).options as Loose).scales.y.ticks.callback;
    expect(callback(4000)).toBe("4.000");
    expect(callback("1500")).toBe("1.500");
  });

  test("tooltips say the dataset and the vi-VN number; a missing bar says nothing", () => {
    const label = (buildBarConfig(yearJson(), opts).options as Loose).plugins.tooltip.callbacks.label;
    const item = (raw: number | null) => ({ raw, dataset: { label: "Tiếp nhận" } }) as unknown as TooltipItem<"bar">;
    expect(label(item(3792))).toBe("Tiếp nhận: 3.792");
    expect(label(item(null))).toBe("");
  });

  test("legend text uses the text colour", () => {
    expect((buildBarConfig(yearJson(), opts).options as Loose).plugins.legend.labels.color).toBe(colors.text);
  });

  test("carries the value-label plugin", () => {
    const plugins = buildBarConfig(yearJson(), opts).plugins ?? [];
    expect(plugins.map((p) => p.id)).toEqual(["giotHongValueLabels"]);
  });
});

/** Just enough of a Chart for the plugin: a recording 2D context and bars at fixed spots. */
function fakeChart(datasets: { data: (number | null)[] }[], hidden: boolean[] = []) {
  const calls: string[] = [];
  const ctx = {
    fillStyle: "",
    font: "",
    textAlign: "",
    textBaseline: "",
    save: () => calls.push("save"),
    restore: () => calls.push("restore"),
    fillText(text: string, x: number, y: number) {
      calls.push(`fillText ${text} @${x},${y} ${ctx.textAlign}/${ctx.textBaseline} ${ctx.fillStyle}`);
    },
  };
  const chart = {
    ctx,
    data: { datasets },
    getDatasetMeta: (di: number) => ({
      hidden: hidden[di] ?? false,
      data: datasets[di].data.map((_, i) => ({ getProps: () => ({ x: 100 * (i + 1), y: 50 + di }) })),
    }),
  };
  return { chart: chart as unknown as Chart<"bar">, calls };
}

describe("valueLabels", () => {
  test("writes each bar's value above it, vi-VN formatted, skipping missing values", () => {
    const { chart, calls } = fakeChart([{ data: [3792, null] }, { data: [2193, 4000] }]);
    const plugin = valueLabels("#111111", false);
    expect(plugin.id).toBe("giotHongValueLabels");
    (plugin.afterDatasetsDraw as Loose)(chart, {}, {});
    expect(calls).toEqual([
      "save",
      "fillText 3.792 @100,47 center/bottom #111111",
      "fillText 2.193 @100,48 center/bottom #111111",
      "fillText 4.000 @200,48 center/bottom #111111",
      "restore",
    ]);
  });

  test("horizontal bars get their value to the right, vertically centred", () => {
    const { chart, calls } = fakeChart([{ data: [1126] }]);
    (valueLabels("#222222", true).afterDatasetsDraw as Loose)(chart, {}, {});
    expect(calls).toEqual(["save", "fillText 1.126 @104,50 left/middle #222222", "restore"]);
  });

  test("a dataset hidden from the legend gets no labels", () => {
    const { chart, calls } = fakeChart([{ data: [1] }, { data: [2] }], [true, false]);
    (valueLabels("#333333", false).afterDatasetsDraw as Loose)(chart, {}, {});
    expect(calls).toEqual(["save", "fillText 2 @100,48 center/bottom #333333", "restore"]);
  });
});
