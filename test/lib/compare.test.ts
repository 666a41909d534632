import { describe, expect, it } from "vitest";
import { compareText } from "../../src/lib/compare.ts";

describe("compareText", () => {
  it("orders by code unit, not by the Vietnamese alphabet or the machine's locale", () => {
    expect(["đ", "e", "d", "Z", "a", "ă"].sort(compareText)).toEqual(["Z", "a", "d", "e", "ă", "đ"]);
    expect(compareText("tin-tuc/b", "tin-tuc/a")).toBe(1);
    expect(compareText("x", "x")).toBe(0);
  });
});
