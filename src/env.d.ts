declare namespace App {
  interface Locals {
    /** How often each chart has been drawn on the page being rendered, so ids stay unique (ChartFigure.astro). */
    chartIds?: Map<string, number>;
  }
}
