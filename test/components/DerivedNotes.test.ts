import { describe, expect, test } from "vitest";
import DerivedNotes from "../../src/components/DerivedNotes.astro";
import { explainDerivation, t } from "../../src/i18n/vi.ts";
import type { Derivation } from "../../src/lib/figures.ts";
import { render, text } from "./render.ts";

const fromPercent: Derivation = { kind: "target-from-percent", units: 3792, percent: 172.9 };
const fromTarget: Derivation = { kind: "percent-from-target", units: 1126, target: 1000 };

describe("DerivedNotes", () => {
  test("renders nothing when no figure is derived", async () => {
    const root = await render(DerivedNotes, { figures: [{ value: 1 }, undefined, { value: 2, qualifier: "over" }] });
    expect(root.querySelector(".derived-note")).toBeNull();
    expect(text(root)).toBe("");
  });

  test("the legend, then one line per distinct derivation, in order", async () => {
    const root = await render(DerivedNotes, {
      figures: [
        { value: 2193, derivation: fromPercent },
        { value: 3792 },
        { value: 112.6, derivation: fromTarget },
        { value: 2193, derivation: { ...fromPercent } },
        undefined,
      ],
    });
    expect(text(root.querySelector(".derived-note p"))).toBe(t.stats.derivedLegend);
    const items = root.querySelectorAll("li").map(text);
    expect(items).toEqual([explainDerivation(fromPercent), explainDerivation(fromTarget)]);
    expect(items[0]).toBe("Số suy ra: 3.792 đơn vị đạt 172,9 % chỉ tiêu, nên chỉ tiêu khoảng 3.792 ÷ 172,9 %.");
  });
});
