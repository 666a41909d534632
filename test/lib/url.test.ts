import { describe, expect, test } from "vitest";
import { withBase, withoutBase } from "../../src/lib/url.ts";

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

describe("withoutBase", () => {
  test.each([
    ["/", "/tin-tuc/bai/", "/tin-tuc/bai/"],
    ["/giot-hong/", "/giot-hong/tin-tuc/bai/", "/tin-tuc/bai/"],
    ["/giot-hong", "/giot-hong/chien-dich/a/", "/chien-dich/a/"],
    ["/giot-hong/", "/giot-hong/", "/"],
    // Not under the base (cannot happen in a build): left as it is rather than cut wrongly.
    ["/giot-hong/", "/giot-hongx/a/", "/giot-hongx/a/"],
  ])("withoutBase(%j, %j) = %j", (base, pathname, expected) => {
    expect(withoutBase(base, pathname)).toBe(expected);
  });

  test("undoes withBase", () => {
    expect(withoutBase("/giot-hong/", withBase("/giot-hong/", "tin-tuc/bai/"))).toBe("/tin-tuc/bai/");
  });
});
