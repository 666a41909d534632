import type { ChapterConfig } from "../chapter.config.ts";

/**
 * CSS custom properties for the chapter's colours, light and dark. Delivered
 * as a bundled stylesheet rather than an inline style so the Content-Security-
 * Policy needs no exception for it.
 */
export function themeCss(colors: ChapterConfig["colors"]): string {
  return `:root {
  --brand: ${colors.brand};
  --chart-collected: ${colors.chartCollected};
  --chart-target: ${colors.chartTarget};
}
@media (prefers-color-scheme: dark) {
  :root {
    --brand: ${colors.brandDark};
    --chart-collected: ${colors.chartCollectedDark};
    --chart-target: ${colors.chartTargetDark};
  }
}
/* Paper is white whatever the screen's theme. */
@media print {
  :root {
    --brand: ${colors.brand};
    --chart-collected: ${colors.chartCollected};
    --chart-target: ${colors.chartTarget};
  }
}
`;
}
