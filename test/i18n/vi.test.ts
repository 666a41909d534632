import { describe, expect, test } from "vitest";
import { explainDerivation, figureText, sourceLine, withQualifier, yearVerdict } from "../../src/i18n/vi.ts";

describe("yearVerdict", () => {
  test("over the target says by how much", () => {
    expect(yearVerdict(2021, 172.9)).toBe("Năm 2021 vượt chỉ tiêu 72,9 %.");
    expect(yearVerdict(2023, 140)).toBe("Năm 2023 vượt chỉ tiêu 40 %.");
  });
  test("exactly at the target, or within rounding of it, reached it rather than exceeding it by 0 %", () => {
    expect(yearVerdict(2022, 100)).toBe("Năm 2022 đạt 100 % chỉ tiêu.");
    expect(yearVerdict(2022, 100.04)).toBe("Năm 2022 đạt 100 % chỉ tiêu.");
    expect(yearVerdict(2022, 100.06)).toBe("Năm 2022 vượt chỉ tiêu 0,1 %.");
  });
  test("under the target says the percent reached", () => {
    expect(yearVerdict(2020, 75)).toBe("Năm 2020 đạt 75 % chỉ tiêu.");
  });
  test("no percent, no verdict", () => {
    expect(yearVerdict(2024)).toBeUndefined();
  });
});

describe("figure wording", () => {
  test("withQualifier and figureText", () => {
    expect(withQualifier("3.792", "over")).toBe("hơn 3.792");
    expect(withQualifier("5.000", "about")).toBe("khoảng 5.000");
    expect(withQualifier("504")).toBe("504");
    expect(figureText({ value: 3792, qualifier: "over" })).toBe("hơn 3.792");
    expect(figureText({ value: 172.9 }, "percent")).toBe("172,9 %");
  });

  test("explainDerivation says how each kind of derived figure was worked out", () => {
    expect(explainDerivation({ kind: "target-from-percent", units: 3792, percent: 172.9 })).toBe(
      "Số suy ra: 3.792 đơn vị đạt 172,9 % chỉ tiêu, nên chỉ tiêu khoảng 3.792 ÷ 172,9 %.",
    );
    expect(explainDerivation({ kind: "percent-from-target", units: 1126, target: 1000 })).toBe(
      "Số suy ra: 1.126 ÷ 1.000 đơn vị chỉ tiêu.",
    );
    expect(explainDerivation({ kind: "quota-from-percent", target: 4000, percent: 182 })).toBe(
      "Số suy ra: mục tiêu 4.000 đơn vị bằng 182 % số lượng Thành phố giao, nên số Thành phố giao khoảng 4.000 ÷ 182 %.",
    );
    expect(explainDerivation({ kind: "sum-of-years", years: [2021, 2022] })).toBe(
      "Số suy ra: cộng số đơn vị máu các năm 2021, 2022.",
    );
  });

  test("sourceLine lists each source once", () => {
    expect(sourceLine(["A", "B", "A"])).toBe("Nguồn: A; B.");
  });
});
