import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";
import { buildBarConfig } from "../lib/chart-config.ts";
import type { ChartJson } from "../lib/chart-data.ts";

// Only what a bar chart with a legend and tooltips needs: never chart.js/auto.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const NARROW = "(max-width: 40rem)";
const ROW_HEIGHT_REM = 3.2;

/** For pages that manage drawn charts themselves (the printable report). */
export { Chart };

export function drawChart(figure: HTMLElement): void {
  const island = figure.querySelector<HTMLScriptElement>("script[data-chart-data]");
  const box = figure.querySelector<HTMLElement>(".chart-canvas");
  const canvas = box?.querySelector("canvas");
  if (!island || !box || !canvas || figure.dataset.chartDrawn !== undefined) return;
  const data = JSON.parse(island.textContent ?? "{}") as ChartJson;
  const horizontal = figure.dataset.horizontal === "narrow" && window.matchMedia(NARROW).matches;
  const css = getComputedStyle(figure);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  box.hidden = false;
  if (horizontal) box.style.height = `${Math.max(12, data.labels.length * ROW_HEIGHT_REM + 6)}rem`;
  figure.dataset.chartDrawn = "";
  const config = buildBarConfig(data, {
    colors: {
      collected: read("--chart-collected", "#9f1239"),
      target: read("--chart-target", "#f4a3ab"),
      text: read("--text", "#1c1c1e"),
      grid: read("--grid", "#e7e5e4"),
    },
    reducedMotion: window.matchMedia("(prefers-reduced-motion: reduce)").matches,
    horizontal,
  });
  // data-chart-settled says the bars are final (for a screenshot, a test): at once without
  // animation, else when the bars have grown.
  const settle = () => {
    figure.dataset.chartSettled = "";
  };
  const animation = config.options?.animation;
  if (animation && config.options) config.options.animation = { ...animation, onComplete: settle };
  new Chart(canvas, config);
  if (!animation) settle();
}
