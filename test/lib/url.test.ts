import { describe, expect, test } from "vitest";
import { withBase } from "../../src/lib/url.ts";

describe("withBase", () => {
  test.each([
    ["/", "tin-tuc/", "/tin-tuc/"],
    ["/", "", "/"],
    ["/", "/tin-tuc/", "/tin-tuc/"],
    ["/giot-hong/", "tin-tuc/", "/giot-hong/tin-tuc/"],
    ["/giot-hong", "tin-tuc/", "/giot-hong/tin-tuc/"],
    ["/giot-hong", "//chien-dich/a/", "/giot-hong/chien-dich/a/"],
    ["/giot-hong/", "", "/giot-hong/"],
  ])("withBase(%j, %j) = %j", (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });

  test("the path defaults to the site root", () => {
    expect(withBase("/giot-hong")).toBe("/giot-hong/");
  });
});
