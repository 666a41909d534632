import { expect, test } from "vitest";
import { themeCss } from "../../src/lib/theme.ts";
import { chapter } from "../../src/chapter.config.ts";

const colors = {
  brand: "#111111",
  brandDark: "#222222",
  chartCollected: "#333333",
  chartTarget: "#444444",
  chartCollectedDark: "#555555",
  chartTargetDark: "#666666",
};

test("themeCss sets the light colours on :root and the dark ones under prefers-color-scheme: dark", () => {
  expect(themeCss(colors)).toMatchInlineSnapshot(`
    ":root {
      --brand: #111111;
      --chart-collected: #333333;
      --chart-target: #444444;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --brand: #222222;
        --chart-collected: #555555;
        --chart-target: #666666;
      }
    }
    /* Paper is white whatever the screen's theme. */
    @media print {
      :root {
        --brand: #111111;
        --chart-collected: #333333;
        --chart-target: #444444;
      }
    }
    "
  `);
});

test("the chapter's own colours all reach the stylesheet", () => {
  const css = themeCss(chapter.colors);
  for (const value of Object.values(chapter.colors)) expect(css).toContain(value);
});
