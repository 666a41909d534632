/**
 * The yearly report is meant to be printed: draw every chart now instead of
 * on scroll (a printed page never scrolls), redraw them at the paper's width
 * without animation when printing starts, and offer a print button.
 */
import { Chart } from "chart.js";

function settleCharts(): void {
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
  void import("./chart-draw.ts").then(({ drawChart }) => figures.forEach((figure) => drawChart(figure)));
  window.addEventListener("beforeprint", settleCharts);
  window.matchMedia("print").addEventListener("change", settleCharts);
}
