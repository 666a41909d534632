import { describe, expect, test } from "vitest";
import { paths, withBase } from "../src/url.ts";

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

describe("paths", () => {
  test("name each page's folder, and a page's share image after its path", () => {
    expect(paths.article("bai-a")).toBe("tin-tuc/bai-a/");
    expect(paths.shareImage(paths.article("bai-a"))).toBe("og/tin-tuc/bai-a.jpg");
    expect(paths.shareImage(paths.home())).toBe("og/trang-chu.jpg");
  });
});
