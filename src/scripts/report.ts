/**
 * The yearly report is meant to be printed: draw every chart now instead of
 * on scroll (a printed page never scrolls), redraw them at the paper's width
 * without animation when printing starts, and offer a print button.
 */
import type { Chart as ChartClass } from "chart.js";

// Chart.js comes with chart-draw.ts through a dynamic import, like on every
// other page, so the report's text and print button do not wait for it
// (and npm run budget can hold every page to that rule).
function settleCharts(Chart: typeof ChartClass): void {
  for (const canvas of document.querySelectorAll<HTMLCanvasElement>("figure[data-chart] canvas")) {
    const chart = Chart.getChart(canvas);
    if (!chart) continue;
    chart.stop();
    chart.resize();
    chart.update("none");
  }
}

export function setupReport(): void {
  const button = document.querySelector<HTMLButtonElement>("[data-print]");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
  const figures = document.querySelectorAll<HTMLElement>("figure[data-chart]");
  if (figures.length === 0) return;
  void import("./chart-draw.ts").then(({ drawChart, Chart }) => {
    figures.forEach((figure) => drawChart(figure));
    const settle = () => settleCharts(Chart);
    window.addEventListener("beforeprint", settle);
    window.matchMedia("print").addEventListener("change", settle);
  });
}
