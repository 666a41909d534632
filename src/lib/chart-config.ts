/**
 * Builds the Chart.js configuration from a ChartJson island. Pure: the
 * browser script passes in the colours it read from CSS, and tests check the
 * result without a canvas.
 */
import type { ChartConfiguration, Plugin } from "chart.js";
import type { ChartJson } from "./chart-data.ts";
import { formatNumber } from "./format.ts";

export interface ChartColors {
  collected: string;
  target: string;
  text: string;
  grid: string;
}

export interface ChartOptions {
  colors: ChartColors;
  reducedMotion: boolean;
  /** Narrow screens turn the bars sideways so long campaign names stay readable. */
  horizontal: boolean;
}

/** How long the bars take to grow when the reader has not asked for reduced motion. */
export const CHART_ANIMATION_MS = 300;

export function buildBarConfig(data: ChartJson, opts: ChartOptions): ChartConfiguration<"bar"> {
  const { colors } = opts;
  const datasets: ChartConfiguration<"bar">["data"]["datasets"] = [
    {
      label: data.collectedLabel,
      data: data.collected,
      backgroundColor: colors.collected,
      borderColor: colors.collected,
      borderWidth: 1,
    },
  ];
  if (data.target.some((v) => v !== null)) {
    datasets.push({
      label: data.targetLabel,
      data: data.target,
      backgroundColor: colors.target,
      // A dark outline keeps the light target bar visible when printed in grey.
      borderColor: colors.text,
      borderWidth: 1,
    });
  }
  const valueAxis = opts.horizontal ? "x" : "y";
  return {
    type: "bar",
    // Sideways bars on a phone: long campaign names go on several lines instead of being cut at the edge.
    data: { labels: opts.horizontal ? data.labels.map((l) => wrapLabel(l)) : data.labels, datasets },
    options: {
      indexAxis: opts.horizontal ? "y" : "x",
      // Room for the value written past the end of the longest bar (and above the tallest).
      layout: { padding: opts.horizontal ? { right: 44 } : { top: 4 } },
      responsive: true,
      maintainAspectRatio: false,
      // Bars grow once, briefly, so a reader (or a screenshot) soon sees them final; not at all under reduced motion.
      animation: opts.reducedMotion ? false : { duration: CHART_ANIMATION_MS },
      locale: "vi-VN",
      scales: {
        [valueAxis]: {
          beginAtZero: true,
          ticks: { color: colors.text, callback: (value: number | string) => formatNumber(Number(value)) },
          grid: { color: colors.grid },
        },
        [opts.horizontal ? "y" : "x"]: {
          ticks: { color: colors.text, autoSkip: false },
          grid: { display: false },
        },
      },
      plugins: {
        legend: { labels: { color: colors.text } },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const v = ctx.raw as number | null;
              return v === null ? "" : `${ctx.dataset.label}: ${formatNumber(v)}`;
            },
          },
        },
      },
    },
    plugins: [valueLabels(colors.text, opts.horizontal)],
  };
}

/** Splits a category name into lines of at most `width` characters, at spaces ("Chiến dịch “Hè 2024”" → 2 lines). */
export function wrapLabel(label: string, width = 16): string | string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length <= 1 ? label : lines;
}

/** Writes each bar's value at its end, so the figure reads without hovering (and in print). */
export function valueLabels(color: string, horizontal: boolean): Plugin<"bar"> {
  return {
    id: "giotHongValueLabels",
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = color;
      ctx.font = "12px system-ui, sans-serif";
      ctx.textAlign = horizontal ? "left" : "center";
      ctx.textBaseline = horizontal ? "middle" : "bottom";
      chart.data.datasets.forEach((dataset, di) => {
        const meta = chart.getDatasetMeta(di);
        if (meta.hidden) return;
        meta.data.forEach((bar, i) => {
          const raw = dataset.data[i];
          if (typeof raw !== "number") return;
          const { x, y } = bar.getProps(["x", "y"], true) as { x: number; y: number };
          ctx.fillText(formatNumber(raw), horizontal ? x + 4 : x, horizontal ? y : y - 3);
        });
      });
      ctx.restore();
    },
  };
}
