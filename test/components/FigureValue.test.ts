import { describe, expect, test } from "vitest";
import FigureValue from "../../src/components/FigureValue.astro";
import { render, text } from "./render.ts";

describe("FigureValue", () => {
  test("a stated count in vi-VN form, with no derived mark", async () => {
    const root = await render(FigureValue, { figure: { value: 3792 } });
    expect(text(root)).toBe("3.792");
    expect(root.querySelector(".derived-mark")).toBeNull();
  });

  test("the source's qualifier comes before the number", async () => {
    expect(text(await render(FigureValue, { figure: { value: 1126, qualifier: "over" } }))).toBe("hơn 1.126");
    expect(text(await render(FigureValue, { figure: { value: 5000, qualifier: "about" } }))).toBe("khoảng 5.000");
  });

  test("a percent", async () => {
    expect(text(await render(FigureValue, { figure: { value: 172.9 }, kind: "percent" }))).toBe("172,9 %");
  });

  test("a derived figure carries a visible mark hidden from screen readers, and words for them", async () => {
    const root = await render(FigureValue, {
      figure: {
        value: 2193,
        qualifier: "about",
        derivation: { kind: "target-from-percent", units: 3792, percent: 172.9 },
      },
    });
    const mark = root.querySelector(".derived-mark");
    expect(text(mark)).toBe("*");
    expect(mark?.getAttribute("aria-hidden")).toBe("true");
    expect(text(root.querySelector(".visually-hidden"))).toBe("(số suy ra)");
    expect(text(root)).toBe("khoảng 2.193* (số suy ra)");
  });

  test("the hidden words are read and copied apart from the number, with nothing new to see", async () => {
    const root = await render(FigureValue, {
      figure: { value: 2193, derivation: { kind: "target-from-percent", units: 3792, percent: 172.9 } },
    });
    // The separating space is a no-break space at the start of the hidden text:
    // an ordinary one there is dropped by layout (so a screen reader and a copy
    // would still get "2.193*(số suy ra)"), and one outside the hidden box
    // would show on screen.
    expect(root.querySelector(".visually-hidden")?.textContent).toBe("\u00a0(số suy ra)");
    expect(root.querySelector(".figure")?.textContent).toBe("2.193*\u00a0(số suy ra)");
  });

  test("a missing figure shows a dash, marked as missing", async () => {
    const root = await render(FigureValue, {});
    const span = root.querySelector(".figure");
    expect(span?.classList.contains("missing")).toBe(true);
    expect(text(span)).toBe("–");
  });
});
