import { describe, expect, test } from "vitest";
import StatCard from "../../src/components/StatCard.astro";
import { render, text } from "./render.ts";

describe("StatCard", () => {
  test("the figure and its label", async () => {
    const root = await render(StatCard, {
      figure: { value: 3792, qualifier: "over" },
      label: "đơn vị máu tiếp nhận năm 2021",
    });
    expect(text(root.querySelector(".value"))).toBe("hơn 3.792");
    expect(text(root.querySelector(".label"))).toBe("đơn vị máu tiếp nhận năm 2021");
    expect(root.querySelector(".label a")).toBeNull();
  });

  test("a percent card with a link to where the figure is explained", async () => {
    const root = await render(StatCard, {
      figure: { value: 172.9 },
      kind: "percent",
      label: "chỉ tiêu",
      path: "/so-lieu/",
    });
    expect(text(root.querySelector(".value"))).toBe("172,9 %");
    const link = root.querySelector(".label a");
    expect(link?.getAttribute("href")).toBe("/so-lieu/");
    expect(text(link)).toBe("chỉ tiêu");
  });

  test("a derived figure keeps its mark on the card", async () => {
    const root = await render(StatCard, {
      figure: {
        value: 2193,
        qualifier: "about",
        derivation: { kind: "target-from-percent", units: 3792, percent: 172.9 },
      },
      label: "chỉ tiêu",
    });
    expect(text(root.querySelector(".value .derived-mark"))).toBe("*");
  });

  test("no figure: a dash, not a zero", async () => {
    const root = await render(StatCard, { label: "người tham gia" });
    expect(text(root.querySelector(".value"))).toBe("–");
  });
});
