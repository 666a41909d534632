/**
 * Tiny and eager: watches chart figures and loads Chart.js (a separate
 * chunk) only when one scrolls near the screen, so a reader who never gets
 * to a chart never downloads it.
 */
export function watchCharts(): void {
  const figures = document.querySelectorAll<HTMLElement>("figure[data-chart]:not([data-chart-watched])");
  if (figures.length === 0) return;
  const start = async (figure: HTMLElement) => {
    const { drawChart } = await import("./chart-draw.ts");
    drawChart(figure);
  };
  if (!("IntersectionObserver" in window)) {
    figures.forEach((f) => void start(f));
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void start(entry.target as HTMLElement);
      }
    },
    { rootMargin: "200px 0px" },
  );
  figures.forEach((f) => {
    f.dataset.chartWatched = "";
    observer.observe(f);
  });
}
